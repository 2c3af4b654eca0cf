// Domestic security copy from Europe and North America: terror plots, shootings, raids, ransomware, extraditions;
// police and prosecutors' statements. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });

describe('"pounds of" an explosive or drug written in capitals is a weight', () => {
  const unitOf = (text: string) => recordOf(text).numbers.map((n) => [n.value, n.unit]);
  it.each([
    ['an explosive with a digit', 'The drone was fitted with three pounds of C-4 explosive.', [[3, 'lb']]],
    ['an explosive in capitals', 'Agents found 50 pounds of TNT in the garage.', [[50, 'lb']]],
    ['near miss: capitals then money', 'The trust wasted 500 pounds of NHS funding.', [[500, 'GBP']]],
    ['near miss: a fine', 'He was fined 500 pounds by the court.', [[500, 'GBP']]],
  ])('%s', (_name, text, expected) => {
    expect(unitOf(text)).toEqual(expected);
  });
});

describe('a description holding a relative clause whose object is a name describes the body before it', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['"a charity that protects British Jews"',
      'The Community Security Trust, a charity that protects British Jews, said it had been informed of the arrests.',
      [['The Community Security Trust', 'it had been informed of the arrests']]],
    ['"an initiative which works with Silicon Valley"',
      'Tech Against Terrorism, an initiative which works with Silicon Valley, said the videos were removed.',
      [['Tech Against Terrorism', 'the videos were removed']]],
    ['near miss: a role and its body stay a description',
      'Anna Berg, head of the Federal Police, said the suspect was armed.',
      [['Anna Berg', 'the suspect was armed']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('"told" with its hearer and only adverbials after it closes the clause before the source', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['"told reporters at an evening news conference"',
      'The gunman began firing outside a grocery store, Police Chief Elaine Bryant told reporters at an evening news conference.',
      [['Police Chief Elaine Bryant', 'The gunman began firing outside a grocery store']]],
    ['"told CNN in a lengthy television interview"',
      'The suspect had been radicalised online, the minister told CNN in a lengthy television interview.',
      [['the minister', 'The suspect had been radicalised online']]],
    ['near miss: a clause after the adverbials is the content',
      'Bryant told reporters at an evening news conference the gunman had acted alone.',
      [['Bryant', 'the gunman had acted alone']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });

  it('a later "she" then stands for the police chief, not the gunman named in her claim', () => {
    const r = recordOf('The shooter, identified as Daniel Kessler, 29, began firing shortly before 3 p.m., Police Chief Elaine Bryant told reporters at an evening news conference. Officers arrived within two minutes, she said.');
    const she = r.claims.find((c) => c.source.text === 'she')!;
    expect(r.actors.find((a) => a.id === she.source.actor)?.name).toBe('Elaine Bryant');
  });
});

describe('a city is no person for a "Greater" metropolitan area named after it', () => {
  const placesAndActors = (text: string) => {
    const r = recordOf(text);
    return { places: r.places.map((p) => [p.name, p.country]), actors: r.actors.filter((a) => a.type === 'person').map((a) => a.name) };
  };
  it.each([
    ['"Manchester" before "Greater Manchester"',
      'A boy was arrested over a plan to attack a synagogue in Manchester, police said. Officers searched two properties in Greater Manchester.',
      { places: [['Manchester', 'GB'], ['Greater Manchester', 'GB']], actors: [] }],
    ['near miss: a surname after the full name stays the person',
      'Police Chief Daniel Manchester spoke on Monday. Manchester said two men were held.',
      { places: [], actors: ['Daniel Manchester'] }],
  ])('%s', (_l, text, want) => {
    expect(placesAndActors(text)).toEqual(want);
  });
});

describe('a dot before a bracketed wire agency ends no sentence: the dateline stays out of the claim', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['"NASHVILLE, Tenn. (AP) —"',
      'NASHVILLE, Tenn. (AP) — A Tennessee man was sentenced to 30 years in federal prison, the Justice Department said.',
      [['the Justice Department', 'A Tennessee man was sentenced to 30 years in federal prison']]],
    ['"COLUMBIA, S.C. (AP) —"',
      'COLUMBIA, S.C. (AP) — Two men were arrested in a plot to attack a power substation, the FBI said.',
      [['the FBI', 'Two men were arrested in a plot to attack a power substation']]],
    ['near miss: a dotted abbreviation before a new sentence',
      'The man was arrested in Nashville, Tenn. The FBI said two others fled.',
      [['The FBI', 'two others fled']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a capitalised "Today" after a name is a title, no date', () => {
  const datesOf = (text: string) => recordOf(text).dates.map((d) => d.text);
  it.each([
    ['"USA Today"', 'It was the 38th mass killing this year, according to a database kept by The Associated Press and USA Today.', ['this year']],
    ['"Radio 4\'s Today programme"', 'The minister told BBC Radio 4\'s Today programme on Monday that the threat was severe.', ['Monday']],
    ['near miss: "Today" opening the sentence', 'Today, police said two men were held.', ['Today']],
    ['near miss: a lower-case "today"', 'Police said two men were held today.', ['today']],
  ])('%s', (_l, text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});

describe('an emergency line\'s number before the line\'s use counts nothing', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => n.text);
  it.each([
    ['"the first 911 call"', 'Officers arrived within two minutes of the first 911 call, police said.', ['two minutes']],
    ['"a 999 call"', 'Police received a 999 call at 3am and found 12 people injured.', ['12 people']],
    ['near miss: a count of 911 people', 'The fire forced 911 people from their homes.', ['911 people']],
    ['"911 calls" in a plural', 'The frantic 911 calls came in after 40 shots were fired, police said.', ['40 shots']],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('a name a group gives itself is an organization', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type]);
  it.each([
    ['"a criminal group calling itself Qilin"', 'A criminal group calling itself Qilin has claimed responsibility for the attack.', [['Qilin', 'organization']]],
    ['"a ransomware gang known as Medusa"', 'The city was hit by a ransomware gang known as Medusa last week.', [['Medusa', 'organization']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('a direction adjective before a name of a city and a division names part of the division', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.kind, p.country]);
  it.each([
    ['"eastern Washington"', 'Federal agents arrested 11 people in raids across Idaho and eastern Washington on Thursday.',
      [['Idaho', 'region', 'US'], ['Washington', 'region', 'US']]],
    ['near miss: a city inside its namesake division keeps its reading', 'Rebels held the besieged districts of eastern Aleppo.', [['Aleppo', 'city', 'SY']]],
    ['near miss: "central London" stays the city', 'Police closed roads in central London on Friday.', [['London', 'city', 'GB']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('a name after a relative\'s noun is the relative, not a short form of the family name before it', () => {
  const peopleOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'person').map((a) => a.name);
  it.each([
    ['"and his son Mostafa Eldidi"',
      'Ahmed Fouad Mostafa Eldidi, 62, and his son Mostafa Eldidi, 26, were arrested on Wednesday, police said.',
      ['Ahmed Fouad Mostafa Eldidi', 'Mostafa Eldidi']],
    ['near miss: a short form with no relative joins the full name',
      'Ahmed Fouad Mostafa Eldidi, 62, was arrested on Wednesday. Mostafa Eldidi had entered Canada in 2018, police said.',
      ['Ahmed Fouad Mostafa Eldidi']],
  ])('%s', (_l, text, want) => {
    expect(peopleOf(text)).toEqual(want);
  });
});

describe('amounts of data are measures with a unit', () => {
  const unitsOf = (text: string) => recordOf(text).numbers.map((n) => [n.value, n.unit, n.counts]);
  it.each([
    ['"400 gigabytes of data"', 'The gang said it stole 400 gigabytes of data from the hospital.', [[400, 'GB', null]]],
    ['"1.5TB of files"', 'Hackers leaked 1.5TB of files on Tuesday.', [[1.5, 'TB', null]]],
  ])('%s', (_l, text, want) => {
    expect(unitsOf(text)).toEqual(want);
  });
});

describe('an indefinite group with the name it gives itself is a named source', () => {
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    return r.claims.map((c) => [c.source.kind, r.actors.find((a) => a.id === c.source.actor)?.name ?? null]);
  };
  it.each([
    ['"A criminal group calling itself Qilin"', 'A criminal group calling itself Qilin claimed responsibility, saying it stole 400 gigabytes of data.', [['named', 'Qilin']]],
    ['near miss: an indefinite group with no name', 'A criminal group claimed responsibility, saying it stole 400 gigabytes of data.', [['unnamed', null]]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('"in N months" after an ordinal of a series is a span, no date ahead', () => {
  const datesOf = (text: string) => recordOf(text).dates.map((d) => d.text);
  it.each([
    ['"the second major attack … in 18 months"', 'It is the second major attack on NHS services in 18 months.', []],
    ['"the third such plot in two years"', 'It was the third such plot in two years, police said.', []],
    ['near miss: a deadline ahead stays a date', 'The hospital will reopen its wards in 18 months.', ['18 months']],
  ])('%s', (_l, text, want) => {
    expect(datesOf(text)).toEqual(want);
  });
});
