import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const actorsOf = (text: string) => findActorsAndPlaces(contextOf(text)).actors;
/** The actor holding a mention written `form`, by its name and aliases. */
const holder = (text: string, form: string) => {
  const a = actorsOf(text).find((x) => x.mentions.some((m) => m.text === form));
  return a ? { name: a.name, aliases: a.aliases } : null;
};
const rolesOf = (text: string, name: string) => actorsOf(text).find((a) => a.name === name)?.roles ?? null;

describe('acronyms of a name opened by its owner', () => {
  it.each([
    ['a U.S. agency and its acronym without "(…)"', 'The U.S. Consumer Product Safety Commission recalled the heaters. The CPSC said no one was hurt.',
      'CPSC', { name: 'U.S. Consumer Product Safety Commission', aliases: ['CPSC'] }],
    ['a word in capitals gives all its letters', 'The UK Space Agency funded the launch on Tuesday. A UKSA official said the rocket was ready.',
      'UKSA', { name: 'UK Space Agency', aliases: ['UKSA'] }],
    ['an EU body, link words skipped', 'The EU Agency for Cybersecurity warned of attacks. The EUAC said hospitals were targets.',
      'EUAC', { name: 'EU Agency for Cybersecurity', aliases: ['EUAC'] }],
    ['a lower-case "party" between the name and its bracketed acronym', 'The Northern Farmers party (NFP) won a seat. The NFP said it was pleased.',
      // the name spans the lower-case "party" (ner/refine.ts, orgheads.test.ts) and the acronym joins it
      'NFP', { name: 'Northern Farmers party', aliases: ['NFP'] }],
  ])('%s', (_, text, form, expected) => {
    expect(holder(text, form)).toEqual(expected);
  });

  it.each([
    ['two bodies whose names without the owner spell one acronym: the acronym stays its own',
      'The U.S. Federal Housing Agency and the British Federal Health Agency met. The FHA said the talks went well.', 'FHA'],
  ])('%s', (_, text, form) => {
    expect(holder(text, form)?.name).toBe(form);
  });
});

describe('an office in apposition before a name', () => {
  it.each([
    ['The Bank President, Ines Duarte, spoke first. The Chamber President, Moussa Kamara, spoke next.', 'President', 'Ines Duarte'],
    ['Governor Lena Obi met farmers. The Governor, Tunde Bakare, was absent.', 'Governor', 'Tunde Bakare'],
  ])('%s: "%s" belongs to %s', (text, office, person) => {
    const actors = actorsOf(text);
    const a = actors.find((x) => x.mentions.some((m) => m.text === office));
    expect(a?.name).toBe(person);
    expect(actors.some((x) => x.name === office)).toBe(false);
  });

  it('an office with no name after it still stands on its own', () => {
    const actors = actorsOf('The Senate President, who was absent, sent a letter. Senator Ruth Ade read it.');
    expect(actors.some((x) => x.name === 'Ruth Ade' && x.mentions.some((m) => m.text === 'President'))).toBe(false);
  });
});

describe('a generational suffix after a name', () => {
  it.each([
    ['Senator Harold P. Whitcombe Jr. opened the hearing. Whitcombe said the bill was flawed.', 'Whitcombe', 'Harold P. Whitcombe Jr.'],
    ['Mayor Dwayne Castillo Sr. cut the ribbon. Later Castillo thanked the workers.', 'Castillo', 'Dwayne Castillo Sr.'],
    ['Chairman Edward Lyle III resigned on Monday. Lyle denied any wrongdoing.', 'Lyle', 'Edward Lyle III'],
  ])('%s', (text, form, name) => {
    expect(holder(text, form)).toEqual({ name, aliases: [form] });
  });

  it('a surname shared by two people with suffixes stays apart', () => {
    const text = 'Judge Amos Reyes Jr. and Judge Carla Reyes Sr. sat together. Reyes said the case was closed.';
    expect(holder(text, 'Reyes')?.name).toBe('Reyes');
  });
});

describe('roles written after a name', () => {
  it.each([
    ['an acronym spelled like a pronoun', 'Hanna Lindqvist, a WHO official, said cases fell.', 'Hanna Lindqvist', 'a WHO official'],
    ['an acronym like a clause verb', 'Omar Zayed, the IS commander in the east, was killed.', 'Omar Zayed', 'the IS commander in the east'],
    ['"who heads"', 'Karin Vogt, who heads the statistics office, said prices rose.', 'Karin Vogt', 'head of the statistics office'],
    ['"who chairs"', 'Samuel Eto, who chairs the audit panel, declined to comment.', 'Samuel Eto', 'chair of the audit panel'],
    ['"who leads"', 'Rita Mensah, who leads the nurses union, said staff were tired.', 'Rita Mensah', 'leader of the nurses union'],
    ['co- prefix', 'Jonas Weber, the co-chairman of the Greens, spoke on Monday.', 'Jonas Weber', 'the co-chairman of the Greens'],
    ['ex- prefix', 'Paolo Ricci, ex-governor of the province, was charged.', 'Paolo Ricci', 'ex-governor of the province'],
    ['vice- prefix', 'Mei Lin, vice-chairman of the bank, resigned.', 'Mei Lin', 'vice-chairman of the bank'],
    ['co- prefix on a title before the name', 'Greens co-leader Franziska Brantner said the coalition would hold.', 'Franziska Brantner', 'Greens co-leader'],
  ])('%s', (_, text, name, role) => {
    expect(rolesOf(text, name)).toContain(role);
  });

  it.each([
    ['"who" in lower case still ends the role', 'Ana Costa, a nurse who worked nights, said the ward was full.', 'Ana Costa'],
    ['"who leads the race" names no post', 'Lucy Boyd, who leads the race, said she felt strong.', 'Lucy Boyd'],
    ['"who heads to" names no post', 'Marco Bell, who heads to Rome on Friday, said little.', 'Marco Bell'],
  ])('%s', (_, text, name) => {
    expect(rolesOf(text, name)).toEqual([]);
  });
});
