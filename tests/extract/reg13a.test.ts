// Institutions as claim sources (actors.ts findInstitutions, joinWrittenInstitutions, findBareInstitutionReferences;
// claims.ts describeSource): a state whose name ends in a country's is no country, one body is one actor, a joint
// body is no one owner's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const run = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim's source text and the name of its actor (null when none). */
const sourcesOf = (text: string) => {
  const record = run(text);
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return record.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) : null]);
};
/** Organization actors: name and mention count. */
const orgsOf = (text: string) => run(text).actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.mentions.length]);

describe('a place whose name ends in a country\'s owns its institution', () => {
  it.each([
    ['a US state beside the country', 'The New Mexico attorney general\'s office said it would review the arrest. Mexico\'s attorney general\'s office said the men were Mexican citizens.',
      [['The New Mexico attorney general\'s office', 'New Mexico attorney general\'s office'], ['Mexico\'s attorney general\'s office', 'Mexico\'s attorney general\'s office']]],
    ['New Jersey police', 'New Jersey police said a driver was arrested on the turnpike.', [['New Jersey police', 'New Jersey police']]],
    ['a state government beside the country\'s', 'The New Mexico government said the budget was balanced. The Mexican government said it welcomed the trade deal.',
      [['The New Mexico government', 'New Mexico government'], ['The Mexican government', 'Mexican government']]],
    ['a country whose name holds another\'s', 'Papua New Guinea police said the riot in the highlands was over.', [['Papua New Guinea police', 'Papua New Guinea police']]],
    ['a country that is itself one: South Sudan', 'The South Sudan government said the oil pipeline had reopened.', [['The South Sudan government', 'South Sudan government']]],
    // near miss: a country's own institution keeps its country
    ['near miss: Mexico\'s own office', 'Mexico\'s attorney general\'s office said it had charged four men.', [['Mexico\'s attorney general\'s office', 'Mexico\'s attorney general\'s office']]],
  ])('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('one body is one actor', () => {
  it.each([
    ['police and Police Department, any capitals', 'Chicago police said a man was arrested. The Chicago Police Department said the victim was stable. The Chicago police department said it had found a gun.',
      [['Chicago Police Department', 3]]],
    ['an attorney general\'s office in two capitalisations', 'The Ohio attorney general\'s office said it had sued the firm. The Ohio Attorney General\'s Office said the case was filed on Monday.',
      [['Ohio Attorney General\'s Office', 2]]],
    ['a bare office later names the one office of that kind', 'The Sinaloa state prosecutor\'s office said 12 people had died. The state prosecutor\'s office said later that two were police officers. The prosecutor\'s office also said it had opened 30 cases.',
      [['Sinaloa state prosecutor\'s office', 3]]],
    // near misses: two offices of one kind, or another level, leave the bare form alone
    ['near miss: two offices, the bare one names neither', 'The Sonora prosecutor\'s office said five men were held. The Sinaloa prosecutor\'s office said two were freed. The prosecutor\'s office said the inquiry went on.',
      [['Sonora prosecutor\'s office', 1], ['Sinaloa prosecutor\'s office', 1]]],
    ['near miss: another level is another office', 'The Sinaloa state prosecutor\'s office said 12 people had died. The federal prosecutor\'s office said it would take the case.',
      [['Sinaloa state prosecutor\'s office', 1]]],
    ['near miss: two cities\' police stay two', 'Chicago police said a man was arrested. Houston police said a woman was hurt.',
      [['Chicago police', 1], ['Houston police', 1]]],
  ])('%s', (_name, text, expected) => {
    expect(orgsOf(text)).toEqual(expected);
  });

  it('the other spellings are aliases of the tagger\'s name', () => {
    const a = run('Chicago police said a man was arrested. The Chicago Police Department said the victim was stable.').actors.find((x) => x.type === 'organization');
    expect(a?.name).toBe('Chicago Police Department');
    expect(a?.aliases).toContain('Chicago police');
  });
});

describe('a body of two owners is no one owner\'s', () => {
  it.each([
    ['a joint source stays unnamed', 'Mexican authorities said the border was calm. U.S. and Mexican authorities said the tunnel had been sealed.',
      [['Mexican authorities', 'Mexican authorities'], ['U.S. and Mexican authorities', null]]],
    ['near miss: one owner alone names its body', 'Mexican authorities said the tunnel had been sealed.', [['Mexican authorities', 'Mexican authorities']]],
  ])('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});
