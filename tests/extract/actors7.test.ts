// Department words of titles and wire datelines' agencies are no actors (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

/** [type, name, roles, mention count] of every actor, in order. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.roles, a.mentions.length]);
const names = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => a.name);

describe('a department word opening a title is part of the role, not an organization', () => {
  it.each([
    ['Treasury Secretary Dana Whitcombe said tariffs would stay.', 'Treasury', ['person', 'Dana Whitcombe', ['Treasury Secretary'], 1]],
    ['House Speaker Colin Ashdown said the bill would pass.', 'House', ['person', 'Colin Ashdown', ['House Speaker'], 1]],
    ['Commerce Secretary Irene Talbot disagreed with the plan.', 'Commerce', ['person', 'Irene Talbot', ['Commerce Secretary'], 1]],
  ])('%j', (text, department, person) => {
    expect(names(text)).not.toContain(department);
    expect(actors(text)).toContainEqual(person);
  });

  // the department acting on its own is still an organization
  it.each([
    ['Treasury Secretary Dana Whitcombe spoke on Monday. The Treasury said it would issue more debt.', ['organization', 'Treasury', [], 1]],
    ['House Speaker Colin Ashdown spoke first. The House passed the bill on Friday.', ['organization', 'House', [], 1]],
  ])('%j', (text, org) => {
    expect(actors(text)).toContainEqual(org);
  });
});

describe('the agency in a wire dateline filed the story: no actor', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday to approve the bill.'],
    ['LONDON, Nov 27 (Reuters) - British inflation rose in October, officials said.'],
    ['(Reuters) - Oil prices fell on Monday as demand slowed.'],
    ['WASHINGTON, D.C., Nov. 26, 2025 (Reuters) - The Senate voted on Tuesday to approve the bill.'],
  ])('%j', (text) => {
    expect(names(text)).not.toContain('Reuters');
  });

  // named elsewhere as an actor, the agency stays one, without the dateline's mention
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.\n\nTwo senators told Reuters that the vote would be close.', ['organization', 'Reuters', [], 1]],
    ['Reuters reported that the vote would be close. The Senate voted on Tuesday.', ['organization', 'Reuters', [], 1]],
  ])('%j', (text, agency) => {
    expect(actors(text)).toContainEqual(agency);
  });
});
