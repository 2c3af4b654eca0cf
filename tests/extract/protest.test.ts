// Protest and human-rights reporting: rival crowd counts, rights groups' tolls, sentences, and their sources.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each number with the source of the claim holding it (null when none does). */
const figuresOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const byId = new Map(record.claims.map((c) => [c.id, c]));
  return record.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null]);
};

describe('findClaims: each side\'s count of one crowd is a claim of that side', () => {
  it.each([
    ['"put the turnout at"', 'The opposition put the turnout at 100,000, while police estimated 15,000.',
      [['The opposition', 'put', 'the turnout at 100,000'], ['police', 'estimated', '15,000']]],
    ['"estimated the crowd at between … and …", a described subject', 'A monitoring group, the Archive of Public Gatherings, estimated the crowd at between 275,000 and 325,000 people.',
      [['the Archive of Public Gatherings', 'estimated', 'the crowd at between 275,000 and 325,000 people']]],
    ['"put attendance at"', 'Organisers put attendance at 50,000.', [['Organisers', 'put', 'attendance at 50,000']]],
    // near misses: a crowd with no figure after it, a crowd as the object of another verb
    ['near miss: "put the crowd on alert"', 'The stewards put the crowd on alert for 20 minutes.', []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links each count to its own side', () => {
    expect(figuresOf('The opposition put the turnout at 100,000, while the interior ministry put the number at 15,000.')).toEqual([
      ['100,000', 'The opposition'], ['15,000', 'the interior ministry'],
    ]);
  });
});

describe('findNumbers: "estimated" after a subject is its verb, not a hedge', () => {
  const spans = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.approximate, n.event]);
  it.each([
    ['verb after a subject', 'Police estimated 15,000.', [['15,000', false, 'estimated']]],
    ['verb with a clause', 'Organisers estimated 15,000 people joined the march.', [['15,000 people', false, 'joined']]],
    ['hedge after "an"', 'An estimated 40,000 people fled.', [['An estimated 40,000 people', true, 'fled']]],
    ['hedge opening the sentence', 'Estimated 20 people died.', [['Estimated 20 people', true, 'died']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('findClaims: "according to X, a group that …" describes the source', () => {
  it.each([
    ['"a group that has been following"', 'At least 517 people have been killed and more than 19,200 arrested, according to Human Rights Activists in Iran, a group that has been closely following the unrest.',
      [['Human Rights Activists in Iran', 'according to', 'At least 517 people have been killed and more than 19,200 arrested']]],
    ['"an organisation which tracks"', 'Police detained 340 people over the weekend, according to OVD-Info, an independent organisation which tracks arrests.',
      [['OVD-Info', 'according to', 'Police detained 340 people over the weekend']]],
    // the description without a relative clause was read before; a clause after the source still follows it
    ['verbless description', 'Police detained 340 people, according to OVD-Info, an independent monitor.',
      [['OVD-Info', 'according to', 'Police detained 340 people']]],
    ['near miss: a clause after "according to"', 'According to police, a man who was injured in the protest later died.',
      [['police', 'according to', 'a man who was injured in the protest later died']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links the counts before the source to its claim', () => {
    expect(figuresOf('At least 517 people have been killed, according to Human Rights Activists in Iran, a group that has been following the unrest.'))
      .toEqual([['At least 517 people', 'Human Rights Activists in Iran']]);
  });
});

describe('actors: the rights monitors protest stories cite are organizations', () => {
  const actorsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).actors.map((a) => [a.type, a.name]);
  it.each([
    ['"Amnesty" alone, possessive', 'Diana Eltahawy, Amnesty\'s deputy director for the region, said the toll was higher.',
      [['person', 'Diana Eltahawy'], ['organization', 'Amnesty']]],
    ['a group named after its country', 'The Oslo-based group Iran Human Rights put the death toll at 92.', [['organization', 'Iran Human Rights']]],
    ['a group named with a place phrase', 'More than 19,200 people were arrested, according to Human Rights Activists in Iran, a group that tracks the unrest.',
      [['organization', 'Human Rights Activists in Iran']]],
    ['a common word opening a noun phrase', 'Rights groups said the men were tortured into making false confessions. The Oslo-based Iran Human Rights said at least 109 protesters faced execution.',
      [['organization', 'Iran Human Rights']]],
    // a surname before a noun stays a person: the lexicon holds it as a name
    ['near miss: a name before a noun', 'Ruto said the bill was withdrawn. Odinga supporters marched in Kisumu.',
      [['person', 'Ruto'], ['person', 'Odinga']]],
  ])('%s', (_name, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });

  it('names the source of an "according to" by the group\'s whole name', () => {
    const record = extract('Headline\n\nMore than 19,200 people were arrested, according to Human Rights Activists in Iran, a group that tracks the unrest.', { id: 'a.txt' });
    expect(record.claims.map((c) => [c.source.text, c.source.kind, c.source.actor && record.actors.find((a) => a.id === c.source.actor)!.name]))
      .toEqual([['Human Rights Activists in Iran', 'named', 'Human Rights Activists in Iran']]);
  });
});

describe('a prison term in several units is no date ("jailed for four years and eight months")', () => {
  const datesOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).dates.map((d) => d.text);
  it.each([
    ['two units', 'Former student leader Joshua Wong was jailed for four years and eight months.', []],
    ['three units with a comma', 'The activist was sentenced to two years, three months and 10 days in prison.', []],
    ['a term beside a date', 'The court jailed him for three years and six months on 19 November 2024.', ['19 November 2024']],
    // a span from now stays a date
    ['near miss: "in … and …"', 'The plant will close in four years and six months.', ['four years and six months']],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe('a rights body named again by its kind speaks for it ("The commission said")', () => {
  const sourcesOf = (text: string) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    return record.claims.map((c) => [c.source.text, c.source.actor && record.actors.find((a) => a.id === c.source.actor)!.name]);
  };
  it.each([
    ['"the commission"', 'At least 22 people were killed, the Kenya National Commission on Human Rights said on Wednesday. The commission said that 300 people had been injured.',
      [['the Kenya National Commission on Human Rights', 'Kenya National Commission on Human Rights'], ['The commission', 'Kenya National Commission on Human Rights']]],
    ['"the London-based rights group"', 'Amnesty International accused the authorities of using live ammunition. The London-based rights group said 39 people had died.',
      [['Amnesty International', 'Amnesty International'], ['The London-based rights group', 'Amnesty International']]],
    // two rights bodies before it: the description names neither
    ['near miss: two bodies', 'Amnesty International and Human Rights Watch condemned the arrests. The rights group said 39 people had died.',
      [['The rights group', null]]],
  ])('%s', (_label, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a state abbreviation after its city spells no one\'s initials ("(Washington, DC)")', () => {
  const namesOf = (text: string) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    return { actors: record.actors.map((a) => [a.type, a.name, a.aliases]), places: record.places.map((p) => p.name) };
  };
  it('keeps the minister a person and "DC" the place', () => {
    expect(namesOf('(Washington, DC) – Security forces killed 24 protesters, Human Rights Watch said today.\n\nInterior Minister Diosdado Cabello told reporters in Caracas that the protesters were paid.')).toEqual({
      actors: [['organization', 'Human Rights Watch', []], ['person', 'Diosdado Cabello', []]],
      places: ['Washington', 'DC', 'Caracas'],
    });
  });
  it('still reads an acronym elsewhere as its organization', () => {
    expect(namesOf('The Democratic Congress said it would march. The DC leader was arrested in Lagos.').actors.map((a) => a[1])).toContain('Democratic Congress');
  });
});

describe('a rights group\'s bracketed dateline is no part of the claim ("(Washington, DC) – …")', () => {
  const contentsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).claims.map((c) => c.content);
  it.each([
    ['place and state', '(Washington, DC) – Security forces have committed widespread abuses against protesters, Human Rights Watch said today.',
      ['Security forces have committed widespread abuses against protesters']],
    ['place alone', '(Nairobi) – Police shot dead 12 protesters last week, Amnesty International said.', ['Police shot dead 12 protesters last week']],
    // a bracket that names no place opens the clause as before
    ['near miss: no place', '(Updated) – Police shot dead 12 protesters last week, Amnesty International said.',
      ['(Updated) – Police shot dead 12 protesters last week']],
  ])('%s', (_label, text, expected) => {
    expect(contentsOf(text)).toEqual(expected);
  });
});

describe('a relative clause cuts a description only when an article opens it', () => {
  it('the subject of the report after the source keeps its relative clause', () => {
    const text = 'For example, according to a study published in The Journal of Nutrition in 2015, women without a history of ' +
      'cardiovascular disease who took a multivitamin for three years or longer were less likely to die from heart disease.';
    expect(claimsOf(text)).toEqual([['a study published in The Journal of Nutrition in 2015', 'according to',
      'women without a history of cardiovascular disease who took a multivitamin for three years or longer were less likely to die from heart disease']]);
  });
});

describe('a federation named without its "International" tail is the same body', () => {
  it.each([
    ['Security forces killed at least 39 protesters, according to Amnesty International.\n\nAmnesty said the authorities must release those detained.', 'Amnesty International', 'Amnesty'],
    ['Oxfam International warned of hunger in the camps. Oxfam said aid convoys were blocked at the border.', 'Oxfam International', 'Oxfam'],
  ])('%s', (text, name, alias) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    const orgs = record.actors.filter((a) => a.type === 'organization');
    expect(orgs.map((a) => [a.name, a.aliases])).toEqual([[name, [alias]]]);
    expect(new Set(record.claims.map((c) => c.source.actor))).toEqual(new Set([orgs[0]!.id]));
  });
});
