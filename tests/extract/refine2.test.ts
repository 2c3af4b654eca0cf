// Name typing, round 2 (fix-refine2): table headers and row labels, features named as rivers, lakes and mountains,
// "In <city>, <Name> said", "<Town>, <State> police", possessive places, plural group words, given names. Each table
// has both sides.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { findNames } from '../../src/extract/ner/index.js';
import { contextOf } from './ner-helpers.js';

/** Actors as "<type>:<name>", places as "place:<name>". */
const found = (text: string): string[] => {
  const { actors, places } = findActorsAndPlaces(contextOf(text));
  return [...actors.map((a) => `${a.type}:${a.name}`), ...places.map((p) => `place:${p.name}`)];
};

describe('a table header row gives no actors, and its column header types the row labels', () => {
  it.each([
    // the pipe rows the text stage writes for an HTML table, one paragraph each
    ['Club | Points | Played\n\nHarbour Town | 40 | 20\n\nMillbrook | 31 | 20\n\nHarbour Town lead the league.',
      ['organization:Harbour Town', 'organization:Millbrook'], ['organization:Club', 'organization:Points', 'organization:Played']],
    // pasted rows with no blank line between them
    ['Party | Seats | Change\nGreens | 4 | +1\nReform | 15 | +15\n\nReform gained seats on Friday.',
      ['organization:Greens', 'organization:Reform'], ['organization:Party', 'organization:Change', 'organization:Greens |']],
    ['Candidate | Votes | Share\n\nAnna Kowal | 8,120 | 48%\n\nDavid Osei | 7,905 | 46%',
      ['person:Anna Kowal', 'person:David Osei'], ['organization:Candidate', 'person:Candidate']],
    ['Region | Dead | Missing\n\nNorth Vale | 12 | 4\n\nEast Marsh | 3 | 1', ['place:North Vale', 'place:East Marsh'], ['organization:Region']],
    // a first row of label words heads its table with no figure below
    ['Ward | Winner\n\nOld Quarry | Labour\n\nMill End | Greens', ['place:Old Quarry', 'place:Mill End'], ['person:Ward', 'person:Winner']],
    // a summary row names nothing
    ['Party | Seats\n\nLabour | 42\n\nTotal | 70', ['organization:Labour'], ['organization:Total']],
    // near misses: names heading columns of figures stay names; a row of prose over figures is no table
    ['Month | Trump | Harris\n\nAugust | 44 | 47\n\nSeptember | 46 | 45', ['person:Harris'], []],
    ['Region | Labour | Conservative\n\nNorth | 40 | 30\n\nSouth | 35 | 38', ['organization:Labour', 'organization:Conservative'], []],
  ])('%s', (text, present, absent) => {
    const got = found(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('a river, lake or mountain typed an organization is a feature, no actor', () => {
  it.each([
    ['Barges on the River Thames were halted after heavy rain.', ['place:River Thames'], ['organization:River Thames']],
    ['Shipping on the River Rhine stopped for a week.', ['place:River Rhine'], ['organization:River Rhine']],
    ['Floods along the River Severn forced families from their homes.', ['place:River Severn'], ['organization:River Severn']],
    // near misses: a body named after a river, and a namesake that speaks, stay actors
    ['The Mississippi River Commission said the levees held.', ['organization:Mississippi River Commission'], []],
  ])('%s', (text, present, absent) => {
    const got = found(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('"In <city>, <Name> said": a one-word name the gazetteer lacks that speaks or acts is a person', () => {
  it.each([
    ['In Paris, Macron has said Europe must spend more on defence.', ['person:Macron'], ['place:Macron']],
    ['In Tokyo, Ishiba has warned of new tariffs.', ['person:Ishiba'], ['place:Ishiba']],
    ['In Ottawa, Carney met the premiers on Friday.', ['person:Carney'], ['place:Carney']],
    // near misses: a quarter that is hit stays a place; a name that only lies somewhere is left to the tagger
    ['In Beirut, Ghobeiry has been hit by strikes again.', ['place:Ghobeiry'], ['person:Ghobeiry']],
    ['In Mumbai, Dharavi residents queued for water.', ['place:Dharavi'], ['person:Dharavi']],
  ])('%s', (text, present, absent) => {
    const got = found(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('"<Town>, <State> police": a name qualified by a state or province is a place, not a person', () => {
  it.each([
    ['Lake City, Florida police said the hiker had been found.', ['place:Lake City'], ['person:Lake City']],
    ['Gulf Shores, Alabama police said the beach would reopen.', ['place:Gulf Shores'], ['person:Gulf Shores']],
    // near misses: a given name and a surname with a state after them, a title after the state
    ['Sarah Miller, Florida, won the spelling bee on Friday.', ['person:Sarah Miller'], ['place:Sarah Miller']],
  ])('%s', (text, present, absent) => {
    const got = found(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('a table header types the rows of its own table only, and a unit bracket leaves its label', () => {
  const names = (text: string, tableStarts: number[]) =>
    findNames(text, contextOf(text).sentences, new Set(tableStarts)).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
  const two = 'Pos | Player | Score\n\n1 | Mia Stone | -12\n\n1 | Arsenal | 28\n\n2 | Chelsea | 26';
  it.each([
    // the second table (its first row a table start) is not under "Player"
    [two, [0, two.indexOf('1 | Arsenal')], ['PER:Mia Stone'], ['PER:Arsenal', 'ORG:Pos']],
    // near miss: one table, every row under the header
    [two, [0], ['PER:Mia Stone', 'PER:Arsenal'], []],
    ['Party | Votes (%) | Seats\n\nModerate Party | 24.1 | 87', [0], ['ORG:Moderate Party'], ['ORG:Votes', 'ORG:Party | Votes']],
  ])('%s', (text, starts, present, absent) => {
    const got = names(text, starts);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('players\' given names, plural group words, a big city owning a common noun', () => {
  it.each([
    ['Jannik Sinner defeated Daniil Medvedev in the final on Sunday.', ['person:Jannik Sinner', 'person:Daniil Medvedev'], ['organization:Jannik Sinner']],
    ['Iga Swiatek beat Aryna Sabalenka, and Holger Rune lost in Paris.', ['person:Iga Swiatek', 'person:Aryna Sabalenka', 'person:Holger Rune'], []],
    ['He told the officers he hates radical Muslims in government.', [], ['person:Muslims']],
    ['Christians and Jews gathered, and Hindus prayed.', [], ['person:Hindus']],
    ['DUBAI — Dubai\'s flagship carrier Emirates Airline ordered 65 jets on Monday.', ['place:Dubai'], ['organization:Dubai']],
    // near misses: a person named with a given name keeps it; a club owning its coach in a match report stays the club
    ['Maria Santos said the temple would reopen.', ['person:Maria Santos'], []],
    ['Barcelona\'s coach praised the players after the 3-1 win over Sevilla on Saturday.', ['organization:Barcelona'], ['place:Barcelona']],
  ])('%s', (text, present, absent) => {
    const got = found(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
