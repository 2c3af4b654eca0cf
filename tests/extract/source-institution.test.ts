// A place's institution as a claim's source (actors.ts findInstitutions, claims.ts describeSource): "the Tigray
// government said" names an organization, and Tigray stays a place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** Through the whole pipeline: each claim's source, its kind and the name of its actor (null when none). */
const sourcesOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return record.claims.map((c) => [c.source.text, c.source.kind, c.source.actor ? names.get(c.source.actor) : null]);
};
const placesOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).places.map((p) => p.name);
const actorsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).actors.map((a) => [a.type, a.name, a.roles]);

describe('a place\'s institution is a named source', () => {
  it.each([
    ['a region\'s government after the content', 'Fighting in Tigray has stopped. Talks on the budget will resume in May, the Tigray government said on Tuesday.',
      [['the Tigray government', 'named', 'Tigray government']]],
    ['a state\'s attorney general\'s office', 'The Ohio attorney general\'s office said it would appeal the decision.',
      [['The Ohio attorney general\'s office', 'named', 'Ohio attorney general\'s office']]],
    ['a level of government between place and office', 'Six bodies were found near a highway, the Sinaloa state prosecutor\'s office said.',
      [['the Sinaloa state prosecutor\'s office', 'named', 'Sinaloa state prosecutor\'s office']]],
    ['a provincial government', 'Heavy rain fell across Sindh on Monday. The Sindh provincial government said 40 schools would stay closed.',
      [['The Sindh provincial government', 'named', 'Sindh provincial government']]],
    ['plural authorities', 'Heavy rain fell in Kerala on Monday. Kerala authorities said the dam gates would be opened on Thursday.',
      [['Kerala authorities', 'named', 'Kerala authorities']]],
    ['a possessive place and a department', 'Dengue cases are rising in Kerala. Kerala\'s health department said 12 new cases were confirmed.',
      [['Kerala\'s health department', 'named', 'Kerala\'s health department']]],
    ['a governor\'s office, curly apostrophe', 'The Oregon governor’s office said the order would take effect on Monday.',
      [['The Oregon governor’s office', 'named', 'Oregon governor’s office']]],
    ['"according to" before the institution', 'Nine people were arrested over the weekend, according to the Jalisco state prosecutor\'s office.',
      [['the Jalisco state prosecutor\'s office', 'named', 'Jalisco state prosecutor\'s office']]],
    ['two mentions are one actor', 'Fighting in Tigray has stopped. The Tigray government said the road was open. Aid convoys can pass, the Tigray government said.',
      [['The Tigray government', 'named', 'Tigray government'], ['the Tigray government', 'named', 'Tigray government']]],
    // near misses: no place, a preposition before the place, a person's title
    ['near miss: the government with no place', 'The government said it would send more boats to the coast.',
      [['The government', 'unnamed', null]]],
    ['near miss: officials', 'Officials said the bridge would reopen next week.', [['Officials', 'unnamed', null]]],
    ['near miss: a spokesman', 'A spokesman said the roads were closed.', [['A spokesman', 'unnamed', null]]],
    ['near miss: a place\'s officials stay unnamed', 'Sinaloa officials said the highway was closed.', [['Sinaloa officials', 'unnamed', null]]],
    ['near miss: a place after "in" owns nothing', 'Heavy rain fell in Kerala on Monday. In Kerala authorities said the dam gates would be opened.',
      [['In Kerala authorities', 'unnamed', null]]],
  ])('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it.each([
    ['the region stays a place', 'Fighting in Tigray has stopped. Talks on the budget will resume in May, the Tigray government said.', 'Tigray'],
    ['the state stays a place', 'The Ohio attorney general\'s office said it would appeal the decision.', 'Ohio'],
    ['the state stays a place after a level', 'Six bodies were found near a highway, the Sinaloa state prosecutor\'s office said.', 'Sinaloa'],
  ])('%s', (_name, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it('a person\'s title stays the person\'s role', () => {
    expect(actorsOf('Ohio Attorney General Dave Yost said the state would appeal.'))
      .toContainEqual(['person', 'Dave Yost', ['Ohio Attorney General']]);
  });
});
