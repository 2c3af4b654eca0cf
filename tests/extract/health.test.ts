// Outbreak and migration copy: health agencies' case counts, coast guards' rescues and border agencies' figures.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each number as [text, counts]. */
const countsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts]);
/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a participle right after a figure describes what is counted and opens no claim', () => {
  it.each([
    ['"including 12,660 confirmed"',
      'Since January, 19 countries have reported 59,280 cases, including 12,660 confirmed, and 1,192 deaths, Kaseya said.',
      [['Kaseya', 'said', 'Since January, 19 countries have reported 59,280 cases, including 12,660 confirmed, and 1,192 deaths'],
        ['19 countries', 'reported', '59,280 cases, including 12,660 confirmed, and 1,192 deaths']]],
    ['"out of 142 confirmed cases"', 'The last outbreak killed 55 people out of 142 confirmed cases before it was declared over.', []],
    ['a year before the verb is still its subject\'s', 'The ministry in 2019 confirmed that the clinic had closed.',
      [['The ministry in 2019', 'confirmed', 'the clinic had closed']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('what a figure counts, over the modifiers of an outbreak\'s cases', () => {
  it.each([
    ['"new confirmed mpox cases": an adjective before the participle', 'Africa CDC reported 3,051 new confirmed mpox cases in the past week.',
      [['3,051 new confirmed mpox cases', 'new confirmed mpox cases']]],
    ['"300 reported deaths": "reported" describes the deaths', 'There were 300 reported deaths in the camps.',
      [['300 reported deaths', 'reported deaths']]],
    ['"40 new suspected cholera deaths"', 'Officials counted 40 new suspected cholera deaths.',
      [['40 new suspected cholera deaths', 'new suspected cholera deaths']]],
  ])('%s', (_l, text, want) => {
    expect(countsOf(text)).toEqual(want);
  });
});

describe('"WHO" in capitals is the World Health Organization, never the pronoun "who"', () => {
  /** Each claim as [source, kind, actor's name, content]. */
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    return r.claims.map((c) => [c.source.text, c.source.kind, name.get(c.source.actor ?? '') ?? null, c.content]);
  };
  it.each([
    ['"according to WHO" after a person',
      'Dr Ana Silva leads the team for the World Health Organization. The fatality rate has ranged from 41% to 100% in past outbreaks, according to WHO.',
      [['WHO', 'named', 'World Health Organization', 'The fatality rate has ranged from 41% to 100% in past outbreaks']]],
    ['"…, WHO said": no relative clause', 'Cases rose sharply in the east, WHO said.',
      [['WHO', 'named', 'WHO', 'Cases rose sharply in the east']]],
    ['near miss: the relative pronoun still speaks for what it follows',
      'Aid reached 40 villages, according to the agency, which said the roads were open.',
      [['the agency', 'unnamed', null, 'Aid reached 40 villages'], ['the agency', 'unnamed', null, 'the roads were open']]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('a name, then a body\'s title for it between commas, speaks as the name', () => {
  /** Each claim as [source, actor's name, content]. */
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    return r.claims.map((c) => [c.source.text, name.get(c.source.actor ?? '') ?? null, c.content]);
  };
  it.each([
    ['a possessive name of two words', 'Jean Kaseya, Africa CDC\'s director general, said cases fell.',
      [['Jean Kaseya', 'Jean Kaseya', 'cases fell']]],
    ['a role with an of-phrase after it', 'Ngashi Ngongo, Africa CDC\'s chief of staff, said the rate remained high.',
      [['Ngashi Ngongo', 'Ngashi Ngongo', 'the rate remained high']]],
    ['"the" inside the name', 'Amina Yusuf, Save the Children\'s head of advocacy, said schools had closed.',
      [['Amina Yusuf', 'Amina Yusuf', 'schools had closed']]],
    ['no possessive: the name before a role and its of-phrase', 'Ngashi Ngongo, Africa CDC chief of staff, said cases fell.',
      [['Ngashi Ngongo', 'Ngashi Ngongo', 'cases fell']]],
    ['near miss: a place after a place is no title', 'Cases rose in Goma, North Kivu, officials said.',
      [['officials', null, 'Cases rose in Goma, North Kivu']]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('the level after the size of a change counts the subject of the change', () => {
  it.each([
    ['"fell by 39 percent to around 114,000", the subject with a phrase of its way',
      'Irregular crossings into the European Union fell by 39 percent to around 114,000 in the first half.',
      [['39 percent', null], ['around 114,000', 'crossings']]],
    ['"rose 30% to 45,000"', 'Arrivals rose 30% to 45,000 in June.', [['30%', null], ['45,000', 'Arrivals']]],
    ['"declined 64 percent to about 29,000"', 'Detections declined 64 percent to about 29,000.', [['64 percent', null], ['about 29,000', 'Detections']]],
    ['a goal in the subject: "Arrivals to Italy"', 'Arrivals to Italy rose to 52,000 last year.', [['52,000', 'Arrivals']]],
    ['near miss: an amount counts nothing', 'Exports fell 5% to $3 billion.', [['5%', null], ['$3 billion', null]]],
  ])('%s', (_l, text, want) => {
    expect(countsOf(text)).toEqual(want);
  });
});

describe('"the ministry" after a name that ends the content is no apposition of that name', () => {
  /** Each claim as [source, kind, actor's name]. */
  const sourcesOf = (text: string) => {
    const r = recordOf(text);
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    return r.claims.map((c) => [c.source.text, c.source.kind, name.get(c.source.actor ?? '') ?? null]);
  };
  it.each([
    ['a hospital after "at"', 'The nurse died on January 29 at Mulago National Referral Hospital, the ministry said.', [['the ministry', 'unnamed', null]]],
    ['"treated at"', "The boy was treated at St Mary's Hospital, the agency said.", [['the agency', 'unnamed', null]]],
    ['near miss: the name opening the sentence is described', 'UNRWA, the UN agency for Palestinian refugees, said 12 staff were killed.',
      [['UNRWA', 'named', 'UNRWA']]],
    ['near miss: after an opening phrase', 'In Gaza, UNRWA, the agency for refugees, said 12 staff were killed.', [['UNRWA', 'named', 'UNRWA']]],
  ])('%s', (_l, text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

describe('a figure set against the claimed one after "according to X," leaves the clause before as the content', () => {
  it.each([
    ['"out of" with a participle in it',
      'More than 520,000 doses have been administered in the DRC, according to the health ministry, out of roughly 900,000 doses delivered by donors.',
      [['the health ministry', 'according to', 'More than 520,000 doses have been administered in the DRC']]],
    ['"compared with"', 'Some 19,257 migrants reached the Canaries, according to the ministry, compared with 7,213 reported in 2023.',
      [['the ministry', 'according to', 'Some 19,257 migrants reached the Canaries']]],
    ['near miss: a clause after the source is the content', 'According to the ministry, 40 migrants reached the island.',
      [['the ministry', 'according to', '40 migrants reached the island']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('the base of a comparison counts what the figure before it counts', () => {
  it.each([
    ['"compared with 7,213 in the same period"', '19,257 migrants reached the Canaries by June, compared with 7,213 in the same period of 2023.',
      [['19,257 migrants', 'migrants'], ['7,213', 'migrants']]],
    ['"compared with 48,700 in the whole of 2022"', 'About 72,000 refugees have arrived this year, compared with 48,700 in the whole of 2022.',
      [['About 72,000 refugees', 'refugees'], ['48,700', 'refugees']]],
    ['near miss: a percentage counts nothing to pass on', 'Sales rose 5%, compared with 3 in 2023.', [['5%', null], ['3', null]]],
  ])('%s', (_l, text, want) => {
    expect(countsOf(text)).toEqual(want);
  });
});

describe('a name right after a body\'s common noun is that body\'s', () => {
  /** Each actor as [type, name]. */
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name]);
  it.each([
    ['"The Spanish migration charity Caminando Fronteras"', 'The Spanish migration charity Caminando Fronteras estimated that 5,054 people died.',
      [['organization', 'Caminando Fronteras']]],
    ['"the charity" alone', 'The charity Caminando Fronteras said 50 people died.', [['organization', 'Caminando Fronteras']]],
    ['near miss: a role after the noun makes a person', 'The group leader Maria Lopez said 50 people died.', [['person', 'Maria Lopez']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('a figure before "last year" is no hour of a date', () => {
  it('"killed 15 last year": the deaths are a figure, the period a date', () => {
    const page = '<html><head><meta property="article:published_time" content="2025-01-31T10:00:00Z"></head><body><article>' +
      '<p>The outbreak infected 66 people and killed 15 last year, the ministry said.</p></article></body></html>';
    const r = extract(page, { id: 'a.html' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['last year', '2024']]);
    expect(r.numbers.map((n) => [n.text, n.event])).toEqual([['66 people', 'infected'], ['15', 'killed']]);
  });
});

describe('towns of outbreak and crossing reports resolve', () => {
  /** Each place as [name, country]. */
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.country]);
  it.each([
    ['"Gedaref", the wires\' spelling of Al Qadarif', 'Most cases were in Kassala and Gedaref, the ministry said.', [['Kassala', 'SD'], ['Gedaref', 'SD']]],
    ['"Pylos" after "to"', 'Survivors were taken to Pylos on Wednesday.', [['Pylos', 'GR']]],
    ['"Wimereux", below the population floor', 'The deaths happened off the beach at Wimereux early on Tuesday.', [['Wimereux', 'FR']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('a designation after "clade", "strain" or "variant" is no actor', () => {
  /** Each actor as [type, name]. */
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name]);
  it.each([
    ['"clade Ib"', 'Sierra Leone, which reported its first clade Ib case in October, has now recorded 95 cases.', []],
    ['"variant Omicron" beside a speaker', 'The variant Omicron spread fast, WHO said.', [['organization', 'WHO']]],
    ['near miss: a capitalised "Strain" is a name', 'The Strain family said 40 people came.', [['organization', 'Strain']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('a participle after a figure is no verb of the list going on after it', () => {
  /** Each number as [text, event]. */
  const eventsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.event]);
  it.each([
    ['"including 12,660 confirmed, and 1,192 deaths"', 'Since January, 19 countries have reported 59,280 cases, including 12,660 confirmed, and 1,192 deaths.',
      [['19 countries', null], ['59,280 cases', 'reported'], ['12,660', 'reported'], ['1,192 deaths', 'reported']]],
    ['near miss: a verb of the list\'s own', 'Rebels killed 12 soldiers and wounded 30 civilians.', [['12 soldiers', 'killed'], ['30 civilians', 'wounded']]],
  ])('%s', (_l, text, want) => {
    expect(eventsOf(text)).toEqual(want);
  });
});
