// Sudan, South Sudan, Ethiopia, Somalia, DR Congo and Mozambique war copy: states of a federation, tolls with their
// sources, long names of bodies with their acronyms. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { lookupPlace } from '../../src/extract/gazetteer.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a place before "state" names a division, not the source of a claim', () => {
  it.each([
    ['"a town in Upper Nile state, in early March"', 'The army shelled Nasir, a town in Upper Nile state, in early March.', []],
    ['"the capital of North Darfur state, after …"', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege.', []],
    ['a town and its comma: "in Nasir, Upper Nile state, in early March"', 'Militiamen overran an army base in Nasir, Upper Nile state, in early March.', []],
    // near misses: a real cue after it still reads; a source noun before "states" still speaks
    ['a cue after the division', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege, the army said.',
      [['the army', 'said', 'The RSF took El Fasher, the capital of North Darfur state, after a long siege']]],
    ['"the letter states."', 'The mayor resigned, the letter states.', [['the letter', 'states', 'The mayor resigned']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a body\'s name cut into parts before its acronym is one organization with the acronym', () => {
  const orgsOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.aliases]);
  it.each([
    ['"Office for the Coordination of …"', 'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 4.4 million people were hungry.',
      [['UN Office for the Coordination of Humanitarian Affairs', ['OCHA']]]],
    ['a syllable acronym: "Cooperative for the Development of Congo (CODECO)"', 'Fighters of the Cooperative for the Development of Congo (CODECO) attacked the site.',
      [['Cooperative for the Development of Congo', ['CODECO']]]],
    ['a bare word the tagger left out: "The Armed Forces of …"', 'The Armed Forces of the Democratic Republic of the Congo (FARDC) said its troops killed eight militiamen.',
      [['Armed Forces of the Democratic Republic of the Congo', ['FARDC']]]],
    ['"Support and Stabilization Mission in Somalia"', 'The African Union Support and Stabilization Mission in Somalia (AUSSOM) has about 11,000 troops.',
      [['African Union Support and Stabilization Mission in Somalia', ['AUSSOM']]]],
    // near miss: a name that spells its acronym takes nothing before "and the"
    ['near miss: "the army and the Rapid Support Forces (RSF)"', 'Talks between the Sudanese Armed Forces and the Rapid Support Forces (RSF) stalled.',
      [['Sudanese Armed Forces', []], ['Rapid Support Forces', ['RSF']]]],
  ])('%s', (_l, text, want) => {
    expect(orgsOf(text)).toEqual(want);
  });
});

describe('"according to X" closing a participle\'s aside on the subject vouches for the aside only', () => {
  it.each([
    ['"M23 rebels, backed by Rwanda according to UN experts, seized Goma"', 'M23 rebels, backed by Rwanda according to UN experts, seized Goma on Monday after days of fighting.',
      [['UN experts', 'according to', 'M23 rebels, backed by Rwanda']]],
    ['after a wire dateline', 'GOMA, Congo (AP) — M23 rebels, backed by Rwanda according to U.N. experts, seized Goma on Monday after days of fighting.',
      [['U.N. experts', 'according to', 'M23 rebels, backed by Rwanda']]],
    ['"armed by the army according to witnesses"', 'The militia, armed by the army according to witnesses, attacked the village on Sunday.',
      [['witnesses', 'according to', 'The militia, armed by the army']]],
    // near misses: an aside set off by commas on both sides leaves the whole clause as content
    ['near miss: "The fighting, according to the UN, has displaced …"', 'The fighting, according to the UN, has displaced 1 million people.',
      [['the UN', 'according to', 'The fighting, according to the UN, has displaced 1 million people']]],
    ['near miss: "According to X, CONTENT"', 'According to the UN, 12 people were killed in the attack.',
      [['the UN', 'according to', '12 people were killed in the attack']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('towns of the Darfur, Amhara, Somali and Kivu fronts, and the local spellings of cities', () => {
  it.each([
    // [name, country, lat, lon]
    ['Tawila', 'SD', 13.52, 24.87],
    ['Zamzam', 'SD', 13.49, 25.31],
    ['Merawi', 'ET', 11.41, 37.16],
    ['Rutshuru', 'CD', -1.18, 29.45],
    ['Addis Abeba', 'ET', 9.02, 38.75],
    ['Sennar', 'SD', 13.57, 33.57],
    ['Gedaref', 'SD', 14.03, 35.38],
    ['Hudur', 'SO', 4.12, 43.89],
    ['Las Anod', 'SO', 8.48, 47.36],
  ])('%s', (name, country, lat, lon) => {
    const e = lookupPlace(name);
    expect([e?.country, e?.lat, e?.lon]).toEqual([country, lat, lon]);
  });

  it('a dateline in Addis Standard\'s spelling is the place, no person', () => {
    const r = recordOf('Addis Abeba - Heavy fighting broke out near Bahir Dar on Wednesday, residents said.');
    expect(r.places.map((p) => [p.name, p.country])).toContainEqual(['Addis Abeba', 'ET']);
    expect(r.actors.map((a) => a.name)).not.toContain('Addis Abeba');
  });
});

describe('the datelines of Lusa, ENA, SUNA, SONNA, ACP and AIM are no part of the lead claim', () => {
  it.each([
    ['"Maputo, 18 Jun 2025 (Lusa) -"', 'Maputo, 18 Jun 2025 (Lusa) - Armed insurgents killed at least 10 people in Muidumbe district, local sources told Lusa.',
      [['local sources', 'told', 'Armed insurgents killed at least 10 people in Muidumbe district']]],
    ['"Addis Ababa, March 3 (ENA) -"', 'Addis Ababa, March 3 (ENA) - The government will open 12 new schools in Amhara, the ministry said.',
      [['the ministry', 'said', 'The government will open 12 new schools in Amhara']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });

  it('"told Lusa": the agency is an organization, no place', () => {
    const r = recordOf('Insurgents burned 20 houses in Macomia, local sources told Lusa.');
    expect(r.places.map((p) => p.name)).not.toContain('Lusa');
  });
});

describe('a toll\'s passive verb after a place or origin phrase, or a noun joined with a possessive, is its event', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"13 peacekeepers from South Africa, Malawi and Uruguay had been killed"', 'The mission said 13 peacekeepers from South Africa, Malawi and Uruguay had been killed.',
      [['13 peacekeepers', 'peacekeepers', 'killed']]],
    ['"30 civilians in the town were killed"', 'Nearly 30 civilians in the town were killed on Monday.', [['Nearly 30 civilians', 'civilians', 'killed']]],
    ['"460 patients and their companions had been killed"', 'The group said 460 patients and their companions had been killed at the hospital.',
      [['460 patients', 'patients', 'killed']]],
    // near miss: a verb of the phrase's own is no passive of the figure's
    ['near miss: "12 people in the camp who fled"', 'Aid workers counted 12 people in the camp who fled the town.', [['12 people', 'people', 'counted']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('"the General Coordination for …": a title that is an adjective too, after "the", opens a body\'s name', () => {
  const peopleOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'person').map((a) => a.name);
  it.each([
    ['"spokesperson for the General Coordination"', 'Adam Rijal, spokesperson for the General Coordination for Displaced Persons and Refugees, said the camp was shelled.', 'Coordination', false],
    // near miss: a rank without "the" still makes the person
    ['near miss: "General Burhan said"', 'General Burhan said the army would not negotiate.', 'Burhan', true],
  ])('%s', (_l, text, name, person) => {
    expect(peopleOf(text).includes(name)).toBe(person);
  });
});

describe('a role and the long name of its body between commas describe the source before them', () => {
  it.each([
    ['eleven words: "spokesperson for the General Coordination … in Darfur"', 'Adam Rijal, spokesperson for the General Coordination for Displaced Persons and Refugees in Darfur, told Radio Dabanga that the RSF shelled the camp.',
      [['Adam Rijal', 'told', 'the RSF shelled the camp']]],
    // near miss: a long aside that is no role of a body leaves no source before it
    ['near miss: a clause between commas', 'The camp, which the fighters shelled with artillery and drones for three days in a row, was emptied, officials said.',
      [['officials', 'said', 'The camp, which the fighters shelled with artillery and drones for three days in a row, was emptied']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('East and Central African currency codes written before the figure are amounts', () => {
  const amountsOf = (text: string) => recordOf(text).numbers.map((n) => [n.value, n.unit]);
  it.each([
    ['"SDG 1.2 million"', 'A sack of sorghum had risen to SDG 1.2 million in the besieged city.', [[1200000, 'SDG']]],
    ['"SSP 3,000 a litre"', 'Fuel sold at SSP 3,000 a litre in Juba.', [[3000, 'SSP']]],
    ['"an ETB 50 billion budget"', 'Parliament passed an ETB 50 billion budget.', [[50e9, 'ETB']]],
  ])('%s', (_l, text, want) => {
    expect(amountsOf(text)).toEqual(want);
  });

  it('the code is no organization', () => {
    expect(recordOf('A sack of sorghum had risen to SDG 1.2 million in the city.').actors.map((a) => a.name)).not.toContain('SDG');
  });
});

describe('a mixed-case city alone before a spaced dash opens a dateline', () => {
  it.each([
    ['"Addis Abeba - …" (Addis Standard)', 'Addis Abeba - Heavy fighting broke out on the outskirts of Bahir Dar, residents told reporters on Wednesday.',
      [['residents', 'told', 'Heavy fighting broke out on the outskirts of Bahir Dar']]],
    ['"El Fasher – …"', 'El Fasher – Shelling killed 12 people in the city on Monday, medics said.',
      [['medics', 'said', 'Shelling killed 12 people in the city on Monday']]],
    // near miss: a name that is no city keeps its words
    ['near miss: "Smith - …"', 'Smith - The coach praised his players after the match, the club said.',
      [['the club', 'said', 'Smith - The coach praised his players after the match']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('outlets of the Horn and Congo quoted as hearers are organizations', () => {
  it.each([
    ['"told Addis Standard"', 'Residents told Addis Standard that the army shelled the town.', 'Addis Standard'],
    ['"told Garowe Online"', 'Elders told Garowe Online that 12 fighters were killed.', 'Garowe Online'],
  ])('%s', (_l, text, name) => {
    expect(recordOf(text).actors.find((a) => a.name === name)?.type).toBe('organization');
  });
});

describe('a region of the news the tagger read as a person is the place', () => {
  it.each([
    ['"controls most of Darfur"', 'The RSF controls most of Darfur, including Nyala, where it has formed a rival government.', 'Darfur'],
    ['"controls Darfur"', 'The RSF controls Darfur.', 'Darfur'],
  ])('%s', (_l, text, name) => {
    const r = recordOf(text);
    expect(r.actors.map((a) => a.name)).not.toContain(name);
    expect(r.places.find((p) => p.name === name)?.country).toBe('SD');
  });
});

describe('one word with an office only a person holds in apposition is a person', () => {
  it.each([
    ['"Al-Burhan, the head of the ruling Sovereignty Council, told …"', 'Al-Burhan, the head of the ruling Sovereignty Council, told supporters in Port Sudan that the army would win.', 'Al-Burhan', 'person'],
    // near miss: "a member of" fits a body too
    ['near miss: "Hamas, a member of the alliance"', 'Hamas, a member of the alliance, said the talks had failed.', 'Hamas', 'organization'],
  ])('%s', (_l, text, name, type) => {
    expect(recordOf(text).actors.find((a) => a.name === name)?.type).toBe(type);
  });
});

describe('"the X peacekeeping mission, known as Y": Y names the part, not X', () => {
  const aliasesOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.aliases]);
  it.each([
    ['"The U.N. peacekeeping mission, known as MONUSCO"', 'The U.N. peacekeeping mission, known as MONUSCO, said 13 peacekeepers had been killed. The United Nations said aid was blocked.',
      [['United Nations', ['U.N.']], ['MONUSCO', []]]],
    // near miss: a group noun between still joins the two names
    ['near miss: "The Sudanese army, known as the SAF"', 'The Sudanese army, known as the SAF, said it had retaken the bridge.', [['Sudanese army', ['SAF']]]],
  ])('%s', (_l, text, want) => {
    expect(aliasesOf(text)).toEqual(want);
  });
});

describe('a "-ly" adverb before a participle in a counted phrase: "1.2 million internally displaced people"', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"internally displaced people"', 'The government failed to return nearly one million internally displaced people to their homes.',
      [['nearly one million internally displaced people', 'internally displaced people', 'return']]],
    ['"critically injured patients"', 'Doctors treated 40 critically injured patients.', [['40 critically injured patients', 'critically injured patients', 'treated']]],
    // near miss: an adverb after the figure that is no modifier of a noun
    ['near miss: "12 were reportedly killed"', 'At least 12 were reportedly killed in the raid.', [['At least 12', null, 'killed']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('a name of two words before "camp" and its place or people is a camp', () => {
  it.each([
    ['"attacked Abu Shouk camp for displaced people"', 'Fighters attacked Abu Shouk camp for displaced people north of El Fasher on Monday.', 'Abu Shouk camp', true],
    // near miss: a candidate's camp speaks
    ['near miss: "the Kamala Harris camp said"', 'The Kamala Harris camp said the debate had gone well.', 'Kamala Harris camp', false],
  ])('%s', (_l, text, name, place) => {
    expect(recordOf(text).places.some((p) => p.name === name)).toBe(place);
  });
});
