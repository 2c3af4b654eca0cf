import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findActorsAndPlaces(contextOf(text)).actors;
/** The person named `name`: its type and roles; null when no actor has that name. */
const person = (text: string, name: string) => {
  const a = run(text).find((x) => x.name === name);
  return a ? { type: a.type, roles: a.roles } : null;
};
const names = (text: string) => run(text).map((a) => a.name);

describe('actor roles: corporate, court and academic titles before a name', () => {
  it.each([
    ['CEO before a name', 'CEO Dana Whitfield told shareholders the year had been hard.', 'Dana Whitfield', ['CEO']],
    ['company, CEO, name', 'Orbix CEO Rahul Menon said demand for chips was strong.', 'Rahul Menon', ['Orbix CEO']],
    ['Chief Operating Officer', 'Chief Operating Officer Maria Lund said the plant would reopen in May.', 'Maria Lund', ['Chief Operating Officer']],
    ['Chief Financial Officer', 'Chief Financial Officer Omar Haddad said costs had risen.', 'Omar Haddad', ['Chief Financial Officer']],
    ['a person tagged inside a long title', 'Chief Risk Officer Ben Alvarez said bad loans had fallen.', 'Ben Alvarez', ['Chief Risk Officer']],
    ['Justice', 'Justice Helen Marsh wrote the opinion for the court.', 'Helen Marsh', ['Justice']],
    ['Chief Justice', 'Chief Justice Peter Alden read the ruling aloud.', 'Peter Alden', ['Chief Justice']],
    ['Professor', 'Professor Nadia Okafor said the trial had gone well.', 'Nadia Okafor', ['Professor']],
    // "Under Secretary" is another post than "Secretary" (maritime tester: sanctions copy)
    ['Under Secretary after a department', '"We will keep targeting this fleet," said Treasury Under Secretary Brian Nelson.', 'Brian Nelson', ['Treasury Under Secretary']],
    ['Under Secretary of State', 'Under Secretary of State Victoria Lund said the talks had failed.', 'Victoria Lund', ['Under Secretary of State']],
    ['near miss: "Under" a president is a preposition', 'Under President Joe Biden, the United States rejoined the accord.', 'Joe Biden', ['President']],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });

  it.each([
    ['no organization "CEO ..."', 'CEO Dana Whitfield told shareholders the year had been hard.', ['CEO Dana Whitfield', 'CEO']],
    ['no organization "CEO" from an apposition', 'Liam Gordon, CEO of Petrolux, said output fell.', ['CEO']],
    ['no junk "Officer" actor', '"We grew," said Elena Moss, Chief Executive Officer of Harlow Foods.', ['Officer']],
    ['the judge is one actor', 'Justice Helen Marsh wrote the opinion. Justice Marsh said the law was clear.', ['Justice Marsh', 'Justice Helen Marsh']],
  ])('%s', (_label, text, absent) => {
    const found = names(text);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('actor roles: the owner and qualifiers written before a title', () => {
  it.each([
    ['club president', 'Sevilla president Marco Ruiz said the club would appeal.', 'Marco Ruiz', ['Sevilla president']],
    ['club manager', 'Everton manager Sean Doyle praised his players.', 'Sean Doyle', ['Everton manager']],
    ['department secretary', 'Energy Secretary Laura Finch met oil executives.', 'Laura Finch', ['Energy Secretary']],
    ['Treasury Secretary', 'Treasury Secretary Paul Benton met bankers on Monday.', 'Paul Benton', ['Treasury Secretary']],
    ['union official', 'Union official Greta Sand said the offer was too low.', 'Greta Sand', ['Union official']],
    ['party MP', 'Green Party MP Tomas Reid said the plan was poor.', 'Tomas Reid', ['Green Party MP']],
    ['lower-case qualifiers', 'Union general secretary Maeve Byrne said members would vote.', 'Maeve Byrne', ['Union general secretary']],
    ['possessive owner', "Zentra's chief executive Owen Blake spoke to reporters.", 'Owen Blake', ["Zentra's chief executive"]],
    ['former president', 'Former president Ana Duarte said the government had failed.', 'Ana Duarte', ['former president']],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });

  it.each([
    ['the company stays an actor', 'Microsoft CEO Laura Hess said demand was strong.', 'Microsoft'],
    ['the club stays an actor', 'Barcelona president Jordi Vidal said the club would appeal.', 'Barcelona'],
  ])('%s', (_label, text, org) => {
    expect(run(text).find((a) => a.name === org)?.type).toBe('organization');
  });

  it.each([
    ['no organization "Senate Minority"', 'Senate Minority Leader Carla Dunn objected to the bill.', ['Senate Minority']],
    ['no organization "Former"', 'Former president Ana Duarte said the government had failed.', ['Former', 'Former president']],
  ])('%s', (_label, text, absent) => {
    const found = names(text);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('actor roles: appositions after and before a name', () => {
  it.each([
    ['chair of', 'Ruth Kagame, chair of the Central Bank, said rates would stay high.', 'Ruth Kagame', ['chair of the Central Bank']],
    ['club manager after a comma', 'Dario Conti, the Napoli manager, said the team was tired.', 'Dario Conti', ['the Napoli manager']],
    ['lawyer at a firm', 'Simon Hale, a lawyer at Brandt Weiss, declined to comment.', 'Simon Hale', ['a lawyer at Brandt Weiss']],
    ['three words before the role word', 'Mara Quinn, the White House deputy press secretary, said talks went well.', 'Mara Quinn', ['the White House deputy press secretary']],
    ['possessive and two modifiers', "Jonas Berg, the EU's trade policy chief, said talks went well.", 'Jonas Berg', ["the EU's trade policy chief"]],
    ['inverted quote: a fellow at', '"Rates will stay high," said Leo Brandt, a senior fellow at the Halden Institute.', 'Leo Brandt', ['a senior fellow at the Halden Institute']],
    ['possessive determiner before the role', 'Silva backed his finance minister, Tiago Ramos, in the dispute.', 'Tiago Ramos', ['finance minister']],
    ['role, then a verb phrase is no role', "Mayor Joan Pike met the team's owner, Victor Hale, at the stadium.", 'Victor Hale', ["team's owner"]],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });

  it('a verb phrase after an apposition is no role', () => {
    const roles = run('The carrier, Norrland Air, accused the minister of playing politics and said it would sue.').flatMap((a) => a.roles);
    expect(roles.filter((r) => /accused|politics/.test(r))).toEqual([]);
  });
});

describe('actor roles: royal and papal names', () => {
  it.each([
    ['papal number', 'Pope Pius XIII called for peace.', 'Pius XIII', ['Pope']],
    ['regnal number kept', 'King Harald V opened the session.', 'Harald V', null],
  ])('%s', (_label, text, name, roles) => {
    const p = person(text, name);
    if (roles) expect(p).toEqual({ type: 'person', roles });
  });

  it('the style after a name is a role, not another person', () => {
    const text = 'Prince Oscar, the Duke of Skane, visited Oslo.';
    const people = run(text).filter((a) => a.type === 'person');
    expect(people.map((a) => a.name)).toEqual(['Oscar']);
    expect(people[0]!.roles).toContain('the Duke of Skane');
  });
});

describe('actor roles: near misses that must not change', () => {
  it.each([
    ['a role after a comma keeps "former"', 'Tom Reddy, the former prime minister, said the vote was close.', 'Tom Reddy', ['the former prime minister']],
    ['a bare title', 'President Lena Varga visited the border.', 'Lena Varga', ['President']],
    ['a lower-case title alone', 'The rebels said, according to spokesman Karim Nasser, that the town fell.', 'Karim Nasser', ['spokesman']],
    ['a date before the title is no part of it', 'On Monday Mayor Ines Kahn opened the bridge.', 'Ines Kahn', ['Mayor']],
    ['an honorific is no role', 'Mr Jonah Wells said the plan would fail.', 'Jonah Wells', []],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });

  it.each([
    ['a company named like a title', 'General Motors said sales rose.', 'General Motors'],
    ['a department named by a title word', 'The Justice Department said it would appeal.', 'Justice Department'],
  ])('%s', (_label, text, org) => {
    expect(run(text).find((a) => a.name === org)?.type).toBe('organization');
  });
});

describe('regression R3: a title word alone is no person', () => {
  it.each([
    ['an editor\'s note', 'Editor\'s note: this story was corrected on Monday.\n\nThe council met on Friday.', 'Editor'],
    ['official figures', 'Official data released on Monday showed prices rose by 3%.', 'Official'],
    ['two titles joined by "and"', 'Founder and chief executive Ines Moreau said the firm would expand.', 'Founder'],
    ['a possessive title', 'Manager\'s pick: the best players of the season.', 'Manager'],
  ])('%s', (_label, text, absent) => {
    expect(names(text)).not.toContain(absent);
  });

  it.each([
    ['both joined titles are roles', 'Founder and chief executive Ines Moreau said the firm would expand.', 'Ines Moreau', ['chief executive', 'Founder']],
    ['the office after "the" still joins its holder', 'Foreign Minister Lena Vogt visited Kyiv. The Minister said talks went well.', 'Lena Vogt', ['Foreign Minister']],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });
});

describe('regression R5: a place name opened by "St."/"Ft." keeps its first word in the role', () => {
  it.each([
    ['St.', 'St. Paul Mayor Greta Lind opened the fair on Saturday.', 'Greta Lind', ['St. Paul Mayor']],
    ['Ft.', 'The fire was contained, Ft. Myers Police Chief Alan Boyd said.', 'Alan Boyd', ['Ft. Myers Police Chief']],
  ])('%s', (_label, text, name, roles) => {
    expect(person(text, name)).toEqual({ type: 'person', roles });
  });
});
