// Obituaries, profiles and long-form features: relatives who speak, works and honours that are no actors, and the
// namesakes of the dead in their families. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source text, cue, content start]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content.slice(0, 24)]);

describe('a relative who speaks after the cue or before it, named or not', () => {
  it.each([
    ['"said his daughter, Name" after the cause of death',
      'The cause was complications of dementia, said his daughter, Ingrid Halvorsen.',
      [['his daughter, Ingrid Halvorsen', 'said', 'The cause was complicati']]],
    ['"said her son" closing the sentence', 'The cause was heart failure, said her son.', [['her son', 'said', 'The cause was heart fail']]],
    ['"said its chief executive" of a company', 'Sales fell by a third last year, said its chief executive.',
      [['its chief executive', 'said', 'Sales fell by a third la']]],
    ['after a quotation', '"He never stopped working," said his widow.', [['his widow', 'said', 'He never stopped working']]],
    ['"his wife, Name, said"', 'The cause was lung cancer, his wife, Mary Jones, said.', [['his wife, Mary Jones', 'said', 'The cause was lung cance']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['a clause after "said his"', 'John Smith, a Pentagon spokesman, said his office would review the case.', [['John Smith', 'said', 'his office would review ']]],
  ])('near miss: %s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('the relatives named after their noun are people', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type]);
  const placesOf = (text: string) => recordOf(text).places.map((p) => p.name);
  it.each([
    ['"survived by a sister, Odile"', 'Marguerite Vallon, a French painter, died on Sunday. She is survived by a sister, Odile.', 'Odile'],
    ['a list after "their two children,"', 'Eleanor Hartley died last week. She is survived by their two children, Anna and Mark, and four grandchildren.', 'Anna'],
  ])('%s', (_name, text, name) => {
    expect(actorsOf(text)).toContainEqual([name, 'person']);
    expect(placesOf(text)).not.toContain(name);
  });
});

describe('the titles of works are no actors', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => a.name);
  it.each([
    ['a title set off by commas after its noun', 'Her second album, Mountain Songs, released in 1973, sold more than a million copies.', 'Mountain Songs'],
    ['a name inside a quoted title after its noun', 'He later taught economics and wrote a memoir, "Counting the Cost," published in 2014.', 'Cost'],
    ['a quoted title before its noun in apposition', 'Her breakthrough came in 1962 with "The Drowned Lighthouse," a canvas nearly 20 feet wide.', 'Drowned Lighthouse'],
    ['a quoted song title after its noun and a year', 'His 1968 song "Sweet Mother Gold Coast" became an unofficial anthem.', 'Mother Gold Coast'],
  ])('%s', (_name, text, title) => {
    expect(actorsOf(text).join('|')).not.toContain(title);
  });

  it.each([
    ['a nickname in quotes stays with its person', 'Joaquín "El Chapo" Guzmán, a drug lord, was sentenced in 2019.', 'Joaquín Guzmán'],
    ['a person after a comma after a work\'s noun, named in full', 'The film, Steven Spielberg said, cost $90 million.', 'Steven Spielberg'],
  ])('near miss: %s', (_name, text, name) => {
    expect(actorsOf(text)).toContain(name);
  });
});

describe('degrees and honours are no actors', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => a.name);
  it.each([
    ['"completed a PhD at"', 'She completed a PhD at Imperial College London in 1967.', 'PhD'],
    ['"was appointed CBE"', 'Hartley retired in 2006. She was appointed CBE in 2001.', 'CBE'],
    ['"appointed OBE … for services to music"', 'Marsh was appointed OBE in 2003 for services to music.', 'OBE'],
    ['"received an MBE"', 'The coach received an MBE in 1998.', 'MBE'],
  ])('%s', (_name, text, word) => {
    expect(actorsOf(text)).not.toContain(word);
  });
});
