// East Asian security reporting (the eastasia helper's audit): Yonhap, Kyodo and Xinhua datelines, North Korean
// launches, Chinese drills around Taiwan, coast-guard incidents in the South China Sea. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const actorsOf = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => `${a.type}:${a.name}`);

const claimsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).claims.map((c) => [c.source.text, c.content]);

describe('two hyphens after a wire dateline are its dash: the source starts after them', () => {
  it.each([
    ['TOKYO, Aug. 2 (Kyodo) -- Japan\'s Defense Ministry said Friday it will deploy long-range missiles at a camp.',
      [['Japan\'s Defense Ministry', 'it will deploy long-range missiles at a camp']]],
    ['BEIJING, Dec. 10 (Xinhua) -- The Eastern Theater Command said on Tuesday that it had organized joint patrols.',
      [['The Eastern Theater Command', 'it had organized joint patrols']]],
    // near miss: one hyphen already was a dash
    ['SEOUL, Oct. 31 (Yonhap) - The military said it detected a missile.', [['The military', 'it detected a missile']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('a Focus Taiwan dateline, "Taipei, May 24 (CNA)" with no dash, dates the story and is no part of the source', () => {
  it.each([
    ['Taipei, May 24 (CNA) Taiwan\'s Ministry of National Defense (MND) said Friday it had detected 32 Chinese military aircraft.',
      '05-24', [['Taiwan\'s Ministry of National Defense (MND)', 'it had detected 32 Chinese military aircraft']]],
    ['Imphal, Nov 18 (PTI) Three people were killed in the firing, police said.', '11-18', [['police', 'Three people were killed in the firing']]],
  ])('%s', (text, day, claims) => {
    // (a file's date gives the year a dateline leaves out; with none, as from standard input, the year is unknown and the
    // story undated: claims7.test.ts)
    const record = extract(`Headline\n\n${text}\n\nMore text follows here.`, { id: 'a.txt', now: new Date('2026-06-01T00:00:00Z') });
    expect(record.article.published?.slice(5)).toBe(day);
    expect(record.claims.map((c) => [c.source.text, c.content])).toEqual(claims);
  });
});

describe('"Philippine" is the adjective of the Philippines, no person', () => {
  it.each([
    ['A Chinese coast guard ship rammed a Philippine vessel near Scarborough Shoal on Saturday.', [], ['person:Philippine']],
    ['No crew members were hurt, Philippine coast guard spokesperson Jay Tarriela told reporters.', ['person:Jay Tarriela'], ['person:Philippine']],
    ['Two jets fired flares in the path of a Philippine air force plane.', [], ['person:Philippine']],
  ])('%s', (text, present, absent) => {
    const got = actorsOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('"claims" with land or sea as its object is a territorial claim, not a report', () => {
  it.each([
    ['China claims almost the entire South China Sea, despite a 2016 arbitral ruling.', []],
    ['China claims most of it, overlapping claims by the Philippines and Vietnam.', []],
    ['Beijing claims sovereignty over the islands.', []],
    ['Japan claims the Senkaku Islands, which China calls the Diaoyu.', []],
    ['China claims self-ruled Taiwan as its own territory.', []],
    // near misses: a clause, a marker or an object that is no land still report
    ['He claimed he had been beaten by police.', [['He', 'he had been beaten by police']]],
    ['Russia claimed the capture of Avdiivka on Saturday.', [['Russia', 'the capture of Avdiivka on Saturday']]],
    ['China claimed that most of the sea was its own.', [['China', 'most of the sea was its own']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('a plural "-s" noun the tagger reads as a verb after a compound of nouns ends what the figure counts', () => {
  const countsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).numbers.map((n) => [n.text, n.counts]);
  it.each([
    ['The coast guard said it had tracked 16 Chinese coast guard ships, four of which entered restricted waters.',
      [['16 Chinese coast guard ships', 'Chinese coast guard ships'], ['four', 'Chinese coast guard ships']]],
    ['Eight vessels, including two China Coast Guard ships and six militia vessels, took part.',
      [['Eight vessels', 'vessels'], ['two China Coast Guard ships', 'China Coast Guard ships'], ['six militia vessels', 'militia vessels']]],
    ['The island\'s defense ministry tracked eight coast guard ships.', [['eight coast guard ships', 'coast guard ships']]],
  ])('%s', (text, numbers) => expect(countsOf(text)).toEqual(numbers));
});

describe('a participle after a determiner and an ordinal is an adjective, no cue', () => {
  it.each([
    ['A Chinese surveillance plane violated Japanese airspace on Monday, marking the first confirmed incursion by a Chinese military aircraft.', []],
    ['It was the only reported case in the province this year.', []],
    // near miss: the participle as the verb of its subject
    ['The ministry first confirmed the incursion on Monday.', [['The ministry', 'the incursion on Monday']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('"Office of the …" after a name ending in "Office" is no second body', () => {
  it.each([
    ['Zhu Fenglian, a spokesperson for the Taiwan Affairs Office of the State Council, said the talks failed.',
      ['organization:Taiwan Affairs Office', 'organization:State Council'], ['organization:Office of the State Council']],
    ['The Eastern Theater Command of the Chinese People\'s Liberation Army (PLA) on Tuesday organized joint patrols.',
      ['organization:Eastern Theater Command', 'organization:Chinese People\'s Liberation Army'], ['organization:Command of the Chinese People\'s Liberation Army']],
    // near miss: a head after a lower-case word still opens the name
    ['A spokesman for the Ministry of Defence said the talks failed.', ['organization:Ministry of Defence'], ['organization:Defence']],
  ])('%s', (text, present, absent) => {
    const got = actorsOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('ranks, divisions and staffs of East Asian reporting', () => {
  it.each([
    ['Philippine Coast Guard spokesperson Commodore Jay Tarriela said eight Chinese vessels took part.', ['person:Jay Tarriela'], ['person:Commodore Jay Tarriela']],
    ['A Chinese surveillance plane violated Japanese airspace off Nagasaki Prefecture on Monday.', [], ['person:Nagasaki Prefecture']],
    ['Six vessels sailed through the strait on July 16, the ministry\'s Joint Staff said.', ['organization:Joint Staff'], ['person:Joint Staff']],
  ])('%s', (text, present, absent) => {
    const got = actorsOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('"Nagasaki Prefecture" is a region of Japan', () => {
    const { places } = findActorsAndPlaces(contextOf('A Chinese surveillance plane violated Japanese airspace off Nagasaki Prefecture on Monday.'));
    expect(places.map((p) => [p.name, p.kind, p.country])).toEqual([['Nagasaki Prefecture', 'region', 'JP']]);
  });
});

describe('a nationality\'s plural is a people, no place', () => {
  it.each([
    ['It said there were no signs the North Koreans had intended to cross.', 'North Koreans'],
    ['Thousands of Filipinos protested in the capital.', 'Filipinos'],
  ])('%s', (text, people) => {
    const { actors, places } = findActorsAndPlaces(contextOf(text));
    expect([...actors.map((a) => a.name), ...places.map((p) => p.name)]).not.toContain(people);
  });
});

describe('an approximate duration is no date', () => {
  it.each([
    ['A Chinese plane violated Japanese airspace on Aug. 26 for about two minutes, the ministry said.', ['Aug. 26']],
    ['Four ships entered the waters on Friday morning before leaving about two hours later.', ['Friday morning']],
    // near miss: a day with its approximation stays a date
    ['The talks lasted until about Friday.', ['Friday']],
  ])('%s', (text, dates) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    expect(record.dates.map((d) => d.text)).toEqual(dates);
  });
});

describe('the Taiwan-held islands off China\'s coast are places of Taiwan', () => {
  it('Kinmen and Matsu', () => {
    const { places } = findActorsAndPlaces(contextOf('China\'s coast guard sent 14 vessels to patrol near the Taiwan-controlled islands of Kinmen and Matsu.'));
    expect(places.filter((p) => p.name === 'Kinmen' || p.name === 'Matsu').map((p) => [p.name, p.country])).toEqual([['Kinmen', 'TW'], ['Matsu', 'TW']]);
  });
});

describe('"N-nautical-mile" is a length in nautical miles', () => {
  it.each([
    ['The shoal lies inside the Philippines\' 200-nautical-mile exclusive economic zone.', [['200-nautical-mile', 200, 'nmi', null]]],
    ['Ships may not enter the 12-nautical-mile zone, 70 nautical miles west of the port.', [['12-nautical-mile', 12, 'nmi', null], ['70 nautical miles', 70, 'nmi', null]]],
  ])('%s', (text, numbers) => {
    expect(extract(`Headline\n\n${text}`, { id: 'a.txt' }).numbers.map((n) => [n.text, n.value, n.unit, n.counts])).toEqual(numbers);
  });
});

describe('a one-word person owning the next noun takes no place cue', () => {
  it.each([
    ['Lai Ching-te arrived in Honolulu on Saturday. About 60 people protested outside Lai\'s hotel in Honolulu.', 'Lai'],
  ])('%s', (text, name) => {
    const { places } = findActorsAndPlaces(contextOf(text));
    expect(places.map((p) => p.name)).not.toContain(name);
  });

  // near miss: a place's possession after a place cue stays a place
  it('"Shelling hit homes in Kharkiv\'s northern districts" keeps Kharkiv', () => {
    const { places } = findActorsAndPlaces(contextOf('Shelling hit homes in Kharkiv\'s northern districts on Monday.'));
    expect(places.map((p) => p.name)).toContain('Kharkiv');
  });
});

describe('"claimed to have" after its subject is a claim; "is said to be" stays none', () => {
  it.each([
    ['The Taiwan authorities also claimed to have tracked eight coast guard ships.', [['The Taiwan authorities', 'to have tracked eight coast guard ships']]],
    ['The rebels claimed to have shot down a helicopter near the town.', [['The rebels', 'to have shot down a helicopter near the town']]],
    // near misses: a passive and a reduced relative clause
    ['The man is claimed to be the leader.', []],
    ['The group, claimed to have 500 members, was banned.', []],
    // near miss: an object's relative clause ("those they claim to be defending")
    ['The militants crossed the river at night. They have once again killed villagers, those they claim to be defending.', []],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('a figure with its noun left out, after "Of the <noun>," or before "of which", counts that noun', () => {
  const countsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).numbers.map((n) => [n.text, n.counts]);
  it.each([
    ['Of the aircraft, 26 crossed the median line of the Taiwan Strait.', [['26', 'aircraft']]],
    ['The coast guard said it had tracked 16 Chinese coast guard ships, four of which entered restricted waters.',
      [['16 Chinese coast guard ships', 'Chinese coast guard ships'], ['four', 'Chinese coast guard ships']]],
    ['Police arrested 40 protesters, 12 of whom were later released.', [['40 protesters', 'protesters'], ['12', 'protesters']]],
    // near misses: a number in the opening part names no noun; the older rule's figure still counts its hostages
    ['Of the three, 26 left.', [['three', null], ['26', null]]],
    ['Of the 251 hostages taken, 97 remain in Gaza.', [['251 hostages', 'hostages'], ['97', 'hostages']]],
  ])('%s', (text, numbers) => expect(countsOf(text)).toEqual(numbers));
});

describe('a plural\'s possessive opens a role before a name', () => {
  it.each([
    ['The Philippines\' defence secretary, Gilberto Teodoro, said Manila would not withdraw.', 'Gilberto Teodoro', ['Philippines\' defence secretary']],
    ['The United States\' ambassador, MaryKay Carlson, said lives were at risk.', 'MaryKay Carlson', ['United States\' ambassador']],
    // near miss: the singular possessive as before
    ['The country\'s defence minister, Gilberto Teodoro, said Manila would not withdraw.', 'Gilberto Teodoro', ['country\'s defence minister']],
  ])('%s', (text, name, roles) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    expect(record.actors.find((a) => a.name === name)?.roles).toEqual(roles);
  });
});

describe('a connective opening the sentence is no content and no source', () => {
  it.each([
    ['Meanwhile, Hong Kong media tycoon Jimmy Lai testified for the first time in his national security trial, denying that he had ever asked foreign governments to impose sanctions.',
      [['Hong Kong media tycoon Jimmy Lai', 'he had ever asked foreign governments to impose sanctions']]],
    ['Meanwhile, Jimmy Lai spoke in his trial, denying that he had asked for sanctions.', [['Jimmy Lai', 'he had asked for sanctions']]],
    // near miss: a clause before the cue is its content
    ['The talks failed, the ministry confirmed on Monday.', [['the ministry', 'The talks failed']]],
  ])('%s', (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe('a name before a word of the press is the outlet', () => {
  it.each([
    ['North Korea\'s state-run Rodong Sinmun newspaper said Thursday that the leader had called for expansion.', ['organization:Rodong Sinmun'], ['person:Rodong Sinmun']],
    ['The Asahi Shimbun daily reported that the cabinet would resign.', ['organization:Asahi Shimbun'], ['person:Asahi Shimbun']],
    // near miss: "daily" as an adverb after a man's name
    ['John Smith daily reported to the office.', ['person:John Smith'], ['organization:John Smith']],
  ])('%s', (text, present, absent) => {
    const got = actorsOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('a region joined to a body\'s name ending in an abstract noun stays one body', () => {
  it.each([
    ['The two leaders met on the sidelines of the Asia-Pacific Economic Cooperation forum in Lima, Peru.',
      ['organization:Asia-Pacific Economic Cooperation'], ['person:Economic Cooperation']],
  ])('%s', (text, present, absent) => {
    const got = actorsOf(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
