import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findActorsAndPlaces(contextOf(text));
const actor = (text: string, name: string) => {
  const a = run(text).actors.find((x) => x.name === name);
  return a ? { type: a.type, name: a.name, aliases: a.aliases } : null;
};
const names = (text: string) => run(text).actors.map((a) => a.name);

describe('findActorsAndPlaces: a company named with its legal form after a comma', () => {
  it.each([
    ['", Inc." then a verb', 'Northgate Pharmaceuticals, Inc. said on Monday that it would cut jobs.',
      { type: 'organization', name: 'Northgate Pharmaceuticals, Inc.', aliases: [] }],
    ['", LLC," in apposition', 'The distributor, Fenwick Dairy, LLC, said sales fell.',
      { type: 'organization', name: 'Fenwick Dairy, LLC', aliases: [] }],
    ['", S.A."', 'The deal with Banco Ostrava, S.A. closes in May.',
      { type: 'organization', name: 'Banco Ostrava, S.A.', aliases: [] }],
    ['", plc"', 'Brightwater Energy, plc declined to comment on the merger.',
      { type: 'organization', name: 'Brightwater Energy, plc', aliases: [] }],
    ['the name without the form later is an alias', 'Ardent Biologics, Inc. raised its forecast. Analysts said Ardent Biologics had done well.',
      { type: 'organization', name: 'Ardent Biologics, Inc.', aliases: ['Ardent Biologics'] }],
  ])('%s', (_label, text, expected) => {
    expect(actor(text, expected.name)).toEqual(expected);
  });

  it.each([
    ['no actor for the form alone', 'The company, Fenwick Dairy, LLC, said sales fell and Ardent Biologics, Inc. agreed.', ['LLC', 'Inc.', 'Inc']],
    ['no company cut short', 'DENVER, May 4, 2026 /PRNewswire/ -- Quillon Robotics, Inc. (NASDAQ: QLRB), a maker of farm drones, today reported revenue of $80 million.', ['Robotics, Inc.', 'Robotics']],
  ])('%s', (_label, text, absent) => {
    const found = names(text);
    for (const a of absent) expect(found).not.toContain(a);
  });

  it('a title-case word before the name is read into it, a label in capitals is not', () => {
    expect(names('SOURCE Quillon Robotics, Inc')).not.toContain('SOURCE Quillon Robotics, Inc');
  });
});
