// Syria, Iraq, Iran and Kurdish-region copy: monitors' and rights groups' tolls with their sources, aliases of armed
// groups. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('"…, according to X, a London-based group.": a hyphenated "-based" description is no clause', () => {
  it.each([
    ['"a Britain-based war monitor"', 'At least 26 fighters were killed in clashes in Deir ez-Zor province, according to the Syrian Observatory for Human Rights, a Britain-based war monitor.',
      [['the Syrian Observatory for Human Rights', 'according to', 'At least 26 fighters were killed in clashes in Deir ez-Zor province']]],
    ['"a Norway-based group"', 'Iran executed at least 975 people in 2024, according to Iran Human Rights (IHR), a Norway-based group.',
      [['Iran Human Rights (IHR)', 'according to', 'Iran executed at least 975 people in 2024']]],
    ['"an Iran-backed militia"', 'Three rockets hit the base on Sunday, according to Kataib Hezbollah, an Iran-backed militia.',
      [['Kataib Hezbollah', 'according to', 'Three rockets hit the base on Sunday']]],
    // near miss: a real verb after the source is the content's clause
    ['near miss: "According to X, a bomb exploded"', 'According to police, a roadside bomb exploded near the checkpoint in Kirkuk.',
      [['police', 'according to', 'a roadside bomb exploded near the checkpoint in Kirkuk']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('"X, which backs Y, a description of Y, said": the subject is before the relative clause', () => {
  it.each([
    ['a relative clause, then a description of its object', 'Turkey, which backs the Syrian National Army (SNA), a coalition of rebel factions, said it was following events closely.',
      [['Turkey', 'said', 'it was following events closely']]],
    ['a person as subject', 'Mazloum Abdi, who commands the SDF, an alliance led by Kurdish fighters, said the group would protect Sheikh Maqsoud.',
      [['Mazloum Abdi', 'said', 'the group would protect Sheikh Maqsoud']]],
    // near miss: a relative clause alone, as before
    ['near miss: only the relative clause', 'The ministry, which oversees the police, said 12 people were arrested.',
      [['The ministry', 'said', '12 people were arrested']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('"The Hengaw human rights organization said": the name inside the description speaks', () => {
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    return r.claims.map((c) => [c.source.text, r.actors.find((a) => a.id === c.source.actor)?.name ?? null]);
  };
  it.each([
    ['a name then "human rights organization"', 'Amnesty International said 66 people died. The Hengaw human rights organization said separately that 12 porters had been shot dead near Baneh.',
      [['Amnesty International', 'Amnesty International'], ['The Hengaw human rights organization', 'Hengaw']]],
    // near miss: an acronym names the parent body; the description is the body named before
    ['near miss: "The UN refugee agency"', 'UNHCR said 66 people died. The UN refugee agency said separately that 12 porters had been shot dead near Baneh.',
      [['UNHCR', 'UNHCR'], ['The UN refugee agency', 'UNHCR']]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('armed groups\' names: no "Kurdish-led" before them, "People\'s" inside them', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.aliases]);
  it.each([
    ['"the Kurdish-led Syrian Democratic Forces" is the SDF', 'Factions clashed with the Kurdish-led Syrian Democratic Forces near Manbij. The SDF said 12 of its fighters were killed.',
      [['Syrian Democratic Forces', ['SDF']]]],
    ['"People\'s" after a lower-case "people"', 'About 200,000 people live in Kobani. Ankara regards the People\'s Protection Units (YPG) as an offshoot of the PKK.',
      [['People\'s Protection Units', ['YPG']], ['PKK', []]]],
    // near miss: a country's compound still leaves the name ("US-backed")
    ['near miss: "the US-backed Syrian Democratic Forces (SDF)"', 'Fighting erupted with the US-backed Syrian Democratic Forces (SDF) on Monday.',
      [['Syrian Democratic Forces', ['SDF']]]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('another name after "also known as" or "whose real name is" is an alias', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name, a.aliases]);
  it.each([
    ['after an acronym in brackets, a name the tagger read as a person\'s', 'Kataib Hezbollah is part of the Popular Mobilization Forces (PMF), also known as Hashd al-Shaabi, an umbrella grouping. The PMF said the strike was a blatant assault.',
      [['organization', 'Kataib Hezbollah', []], ['organization', 'Popular Mobilization Forces', ['PMF', 'Hashd al-Shaabi']]]],
    ['a kunya and a real name', 'HTS leader Abu Mohammed al-Jolani, whose real name is Ahmed al-Sharaa, said the fighters had won.',
      [['organization', 'HTS', []], ['person', 'Abu Mohammed al-Jolani', ['Ahmed al-Sharaa']]]],
    // near miss: a person's nickname stays a person's
    ['near miss: a person "also known as"', 'Police arrested Omar Haddad, also known as Abu Ali, on Monday.',
      [['person', 'Omar Haddad', ['Abu Ali']]]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('the Syrian Observatory for Human Rights, later "the Observatory" or "the monitor", is one source', () => {
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    return r.claims.map((c) => [c.source.text, r.actors.find((a) => a.id === c.source.actor)?.name ?? null]);
  };
  it.each([
    ['"The Observatory said"', 'At least 26 fighters were killed, according to the Syrian Observatory for Human Rights. The Observatory said 17 members of the SDF died.',
      [['the Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'], ['The Observatory', 'Syrian Observatory for Human Rights']]],
    ['"according to the monitor"', 'Clashes erupted in Dhiban, the Syrian Observatory for Human Rights said. More than 90 people were killed in that round of clashes, according to the monitor.',
      [['the Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'], ['the monitor', 'Syrian Observatory for Human Rights']]],
    // near miss: two groups named before, "the group" is neither
    ['near miss: two groups before "according to the group"', 'Hamas and Islamic Jihad fired rockets. Five people were killed, according to the group.',
      [['the group', null]]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('"Baghdad\'s Tahrir Square": a landmark owned by a city of another country is that city\'s namesake', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country, p.lat]);
  it.each([
    ['Baghdad\'s', 'Hundreds of mourners gathered in Baghdad\'s Tahrir Square on Thursday.', [['Baghdad', 'IQ', 33.34], ['Tahrir Square', 'IQ', null]]],
    // near miss: the landmark's own city keeps its point
    ['near miss: Cairo\'s', 'Hundreds of protesters gathered in Cairo\'s Tahrir Square on Thursday.', [['Cairo', 'EG', 30.06], ['Tahrir Square', 'EG', 30.0444]]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('Syrian, Iraqi, Kurdish and Iranian outlets are organizations (OUTLET_NAMES)', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name]);
  it.each([
    ['"told Rudaw"', 'A local official, Ihsan Chalabi, told Rudaw that a shepherd was among the injured.', [['person', 'Ihsan Chalabi'], ['organization', 'Rudaw']]],
    ['"told Enab Baladi"', 'Residents of the Salaheddin district told Enab Baladi that checkpoints had been abandoned.', [['organization', 'Enab Baladi']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('"fled Tal Rifaat toward Raqqa": a name with "toward" inside is two places', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country]);
  it.each([
    ['"toward"', 'More than 100,000 people have fled Manbij and Tal Rifaat toward Raqqa and Tabqa since the start of the offensive.',
      [['Manbij', 'SY'], ['Tal Rifaat', 'SY'], ['Raqqa', 'SY'], ['Tabqa', 'SY']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('a quoted phrase as the subject of the reported clause: the clause runs on after the quote', () => {
  it.each([
    ['"had risen"', 'SANA said "residents of Deir al-Zour" had risen against the SDF and that six civilians were killed by shelling.',
      [['SANA', 'said', '"residents of Deir al-Zour" had risen against the SDF and that six civilians were killed by shelling']]],
    ['a regular past', 'Police said "armed gunmen" attacked a checkpoint near Kirkuk.',
      [['Police', 'said', '"armed gunmen" attacked a checkpoint near Kirkuk']]],
    // near miss: a whole quotation after the cue stays the content
    ['near miss: a quotation', 'He said "we will fight on" before leaving.', [['He', 'said', 'we will fight on']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('"IS fighters": the Islamic State\'s acronym in capitals is no verb "is"', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['a range', 'Between 400 and 700 IS fighters remain active in Iraq.', [['Between 400 and 700 IS fighters', 'IS fighters', null]]],
    ['a count with its event', 'Four IS militants were killed in an air strike in the Hamrin mountains.', [['Four IS militants', 'IS militants', 'killed']]],
    // near miss: the verb in lower case
    ['near miss: "is"', 'The toll is 40 people, officials said.', [['40 people', 'people', null]]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('"Sheikh Maqsoud", "Sheikh Jarrah": an Arabic title opening a quarter\'s name, after a place\'s cue, is a place', () => {
  const namesOf = (text: string) => {
    const r = recordOf(text);
    return [r.actors.map((a) => a.name), r.places.map((p) => p.name)];
  };
  it.each([
    ['a quarter\'s head after it', 'Clashes broke out in the Sheikh Maqsoud neighbourhood of Aleppo.', [[], ['Sheikh Maqsoud', 'Aleppo']]],
    ['"in" before it', 'Families were evicted in Sheikh Jarrah on Monday.', [[], ['Sheikh Jarrah']]],
    ['an example after a place noun', 'The group would protect Kurdish neighbourhoods such as Sheikh Maqsoud.', [[], ['Sheikh Maqsoud']]],
    // near miss: a titled person who speaks, or owns something
    ['near miss: a person who speaks', 'Sheikh Maqsoud said the talks would resume.', [['Maqsoud'], []]],
    ['near miss: a possessive', 'Protesters gathered in Sheikh Hasina\'s home district.', [['Sheikh Hasina'], []]],
  ])('%s', (_l, text, want) => {
    expect(namesOf(text)).toEqual(want);
  });
});

describe('towns of the Idlib and Iranian Kurdish news (town/kurdish-regions)', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country]);
  it.each([
    ['Sarmada', 'In Syria, Russian warplanes struck the town of Sarmada.', [['Syria', 'SY'], ['Sarmada', 'SY']]],
    ['Sardasht', 'In Iran, border guards shot dead two porters near Baneh and Sardasht.', [['Iran', 'IR'], ['Baneh', 'IR'], ['Sardasht', 'IR']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('"the Supreme Leader Ali Khamenei": "Supreme" is part of the title, no organization', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name, a.roles]);
  it.each([
    ['after "the"', 'The protesters chanted slogans against the Supreme Leader Ali Khamenei, according to videos.', [['person', 'Ali Khamenei', ['Supreme Leader']]]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});
