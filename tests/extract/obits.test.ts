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

describe('the surname alone is the namesake who is nobody\'s relative', () => {
  /** Each person as [name, mentions]. */
  const peopleOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.mentions.length]);
  it.each([
    ['"His son, Chinedu Okonkwo, said"', [
      'Adebayo Okonkwo, a former Nigerian finance minister, died on Tuesday. He was 87.',
      'His son, Chinedu Okonkwo, said the cause was heart failure.',
      'Born in 1938 in Ibadan, Okonkwo studied economics at the University of London.',
    ], [['Adebayo Okonkwo', 2], ['Chinedu Okonkwo', 1]]],
    ['"the elder daughter of Thomas Hartley"', [
      'Eleanor Hartley, who has died aged 84, was a physicist.',
      'She was the elder daughter of Thomas Hartley, a steelworker.',
      'Hartley was a tireless campaigner for women in science.',
    ], [['Eleanor Hartley', 2], ['Thomas Hartley', 1]]],
    ['a namesake named after the surname does not count', [
      'Gen. Viktor Halvorsen, a Norwegian army officer, died Oct. 6 in Bergen. He was 92.',
      'The cause was complications of dementia, said his daughter, Ingrid Halvorsen.',
      'Gen. Halvorsen took command of Allied Forces Southern Europe in 1994.',
      'Viktor Olav Halvorsen was born on Feb. 2, 1933, in Tromsø.',
    ], [['Viktor Halvorsen', 2], ['Ingrid Halvorsen', 1], ['Viktor Olav Halvorsen', 1]]],
  ])('%s', (_name, paras, expected) => {
    expect(peopleOf(paras.join('\n\n'))).toEqual(expected);
  });

  it('near miss: a relative named in the short form\'s own paragraph keeps it ambiguous', () => {
    const text = 'Adebayo Okonkwo, a former finance minister, died on Tuesday.\n\nHis son, Chinedu Okonkwo, said Okonkwo had been ill.';
    expect(peopleOf(text)).toContainEqual(['Okonkwo', 1]);
  });

  it('near miss: two namesakes neither of whom is a relative stay apart from the surname', () => {
    const text = 'Tom Reed and Sara Reed were charged on Monday.\n\nReed told the court he was innocent.';
    expect(peopleOf(text)).toContainEqual(['Reed', 1]);
  });
});

describe('founding is no report', () => {
  it.each([
    ['"the group he helped found"', 'Hurras al-Din, the group he helped found in 2018, said in a statement that he had died in a drone strike.'],
    ['"went on to found"', 'After the war she went on to found a charity that helped veterans.'],
  ])('%s', (_name, text) => {
    expect(claimsOf(text).filter((c) => c[1] === 'found')).toEqual([]);
  });
});

describe('a plural span with no count is no date', () => {
  it.each([
    ['"in the years after independence"', 'His song became an unofficial anthem in the years after independence.', 'the years after'],
    ['"in the months before his death"', 'In the months before his death, he wrote dozens of letters.', 'the months before'],
  ])('%s', (_name, text, span) => {
    expect(recordOf(text).dates.map((d) => d.text)).not.toContain(span);
  });
});

describe('a relative clause with a time before its cue speaks for its noun', () => {
  it.each([
    ['"a committee that in 2003 reported that"', 'She chaired a Royal Society committee that in 2003 reported that women held fewer than 10% of professorships in physics.',
      [['a Royal Society committee', 'reported', 'women held fewer than 10']]],
    ['"a study that last year found that"', 'The agency published a study that last year found that 40% of farms were in debt.',
      [['a study', 'found', '40% of farms were in deb']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a quoted nickname after or before its noun is no actor of its own', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => a.name);
  it.each([
    ['"earned her the nickname …"', 'Lena Marsh, whose clear soprano earned her the nickname "the Voice of the Valleys", has died aged 76.', 'Voice of the Valleys'],
    ['"…," a nickname', 'Friends call Maria Castellanos "La Flaca," a nickname from her student days.', 'La Flaca'],
  ])('%s', (_name, text, nickname) => {
    expect(actorsOf(text).join('|')).not.toContain(nickname);
  });
});

describe('a birth name after "Born" opening the sentence', () => {
  it('"Born Ahmed Fathi Suleiman in Alexandria …" names Ahmed Fathi Suleiman', () => {
    const text = 'Abu Khalid al-Masri was killed on Saturday.\n\nBorn Ahmed Fathi Suleiman in Alexandria in 1968, he left Egypt in 1989.';
    const names = recordOf(text).actors.map((a) => a.name);
    expect(names).toContain('Ahmed Fathi Suleiman');
    expect(names.join('|')).not.toContain('Born');
  });
});

describe('a lone "al-X" is the surname of the person the article names in full', () => {
  it('"Abu Khalid al-Masri … al-Masri left Egypt … Al-Masri was arrested"', () => {
    const text = 'Abu Khalid al-Masri, a senior commander, was killed on Saturday.\n\nIn 1989 al-Masri left Egypt to fight in Afghanistan. Al-Masri was arrested in Jordan in 1996.';
    const actors = recordOf(text).actors.map((a) => [a.name, a.type, a.mentions.length]);
    expect(actors).toContainEqual(['Abu Khalid al-Masri', 'person', 3]);
  });
});

describe('"X in Place, which said": the body speaks, not its place', () => {
  it.each([
    ['a gallery in a city', 'Her death was confirmed by her gallery, Galerie Moreau in Paris, which said she had been treated for pneumonia.',
      ['Galerie Moreau', 'said', 'she had been treated for']],
    ['an embassy in a capital', 'The warning was issued by the U.S. Embassy in Kabul, which said the threat was serious.',
      ['the U.S. Embassy', 'said', 'the threat was serious']],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toContainEqual(expected);
  });
});
