// Crime, courts and policing copy: police and court speakers, defendants and lawyers, sentences and charges.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, the name of the source's actor (null: none), content]. */
const claimsOf = (text: string) => {
  const r = recordOf(text);
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? name.get(c.source.actor) : null, c.content]);
};

describe('a force or body set off by commas after the speaker ("X, of Y Police, said")', () => {
  it.each([
    ['a force, direct speech', 'Detective Inspector Ann Reid, of West Yorkshire Police, said: "This sentence sends a clear message."',
      [['Detective Inspector Ann Reid', 'Ann Reid', 'This sentence sends a clear message']]],
    ['a body with "the", reported speech', 'John Hardy, of the Crown Prosecution Service, said the evidence had been overwhelming.',
      [['John Hardy', 'John Hardy', 'the evidence had been overwhelming']]],
    ['a force whose name holds "and"', 'Sergeant Tom Hall, of Avon and Somerset Police, said officers had found the car abandoned.',
      [['Sergeant Tom Hall', 'Tom Hall', 'officers had found the car abandoned']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a "she"/"he" after a sentence that opens with a possessor ("X\'s lawyer, Y, argued … She said")', () => {
  it.each([
    ['the lawyer of the defendant named before', 'Marcus Bell was convicted of murder. Bell\'s attorney, Denise Carter, had argued that the video was too grainy. She said Thursday that she planned to file an appeal.',
      [['Denise Carter', 'Denise Carter', 'the video was too grainy'], ['She', 'Denise Carter', 'she planned to file an appeal']]],
    ['a possessive in s-apostrophe', 'Harold Jenkins was shot twice. Jenkins\' daughter, Tamara Jenkins, told reporters her father had worked at the store for 17 years. "He knew every customer by name," she said.',
      [['Tamara Jenkins', 'Tamara Jenkins', 'her father had worked at the store for 17 years'], ['she', 'Tamara Jenkins', 'He knew every customer by name']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('post-nominal letters after a person are no part of the name ("Jonathan Rees KC … Mr Rees")', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.type, a.name, a.mentions.length]);
  it.each([
    ['KC, then the honorific and surname', 'Cross-examined by prosecutor Jonathan Rees KC, the nurse denied it. Mr Rees told the court the records showed otherwise.',
      [['person', 'Jonathan Rees', 2]]],
    ['SC in Australian copy', 'His barrister, Peter Hume SC, said his client had repaid the money. Mr Hume asked for a lenient sentence.',
      [['person', 'Peter Hume', 2]]],
    ['an honour', 'Tom Clarke OBE, the trust\'s founder, said the hospice would close. Mr Clarke said staff had been told.',
      [['person', 'Tom Clarke', 2]]],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});

describe('a length of time counted from an event is no date ("jailed for four years and six months after admitting")', () => {
  const datesOf = (text: string) => recordOf(text).dates.map((d) => d.text);
  it.each([
    ['a compound sentence length', 'Liam Doyle, 22, was jailed for four years and six months after admitting possession with intent to supply.', []],
    ['a sentence length before "after" and a participle', 'Tom Reed was jailed for 12 years after pleading guilty to fraud.', []],
    ['a span from a clause', 'The body was found two weeks after she vanished.', []],
    ['a span before an event', 'The trial began three days before the election.', []],
    ['a span from a date stays a date', 'He was arrested a week before Feb. 10, 2024.', ['a week before Feb. 10, 2024']],
  ])('%s', (_label, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe('the first month of a range takes the year written after the last ("between January and March 2022")', () => {
  const dates = (text: string, ref: string) => findDates({ ...contextOf(text), referenceDate: ref }).map((d) => [d.text, d.value]);
  it.each([
    ['"between … and …"', 'The prosecution alleges that she gave the patients insulin between January and March 2022.',
      [['January', '2022-01'], ['March 2022', '2022-03']]],
    ['"from … to …", read by chrono as one range', 'The offences took place from June to August 2019.', [['June to August 2019', '2019-06']]],
    ['a range over the new year opens the year before', 'The raids took place between November and February 2023.',
      [['November', '2022-11'], ['February 2023', '2023-02']]],
    ['"late" and "mid-" before the months', 'The fraud ran between late January and mid-March 2021.', [['January', '2021-01'], ['March 2021', '2021-03']]],
    ['a month with no year after it keeps the article\'s', 'The trial opened in March.', [['March', '2026-03']]],
  ])('%s', (_label, text, expected) => {
    expect(dates(text, '2026-11-27')).toEqual(expected);
  });
});

describe('the rupee sign "Rs" before an amount is no actor, and "Rs." ends no sentence', () => {
  it.each([
    ['"Rs" before lakh', 'The court imposed a fine of Rs 10 lakh on the engineer for accepting a bribe of Rs 2.5 lakh.',
      [], [['Rs 10 lakh', 1e6, 'INR'], ['Rs 2.5 lakh', 2.5e5, 'INR']]],
    ['"Rs." with its full stop', 'Police seized Rs. 5 crore in cash from the house.', [], [['Rs. 5 crore', 5e7, 'INR']]],
  ])('%s', (_label, text, actors, numbers) => {
    const r = recordOf(text);
    expect(r.actors.map((a) => a.name)).toEqual(actors);
    expect(r.numbers.map((n) => [n.text, n.value, n.unit])).toEqual(numbers);
  });
});

describe('"outside court" after the cue is where the speaker stands, not the content', () => {
  it.each([
    ['"said outside court that"', 'Detective Superintendent Linda Howard said outside court that the sentence reflected the seriousness of the offending.',
      [['Detective Superintendent Linda Howard', 'Linda Howard', 'the sentence reflected the seriousness of the offending']]],
    ['a named court', 'Her father said outside Leeds Crown Court that justice had been done.', [['Her father', null, 'justice had been done']]],
    ['a clause with no "that"', 'Police said outside the house two men had been arrested.', [['Police', null, 'two men had been arrested']]],
    ['"outside" as an adjective stays in the content', 'The company said outside investors would buy a 20% stake.',
      [['The company', null, 'outside investors would buy a 20% stake']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('an age in apposition after a name is in years, as "aged 34" is', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.unit, n.event]);
  it.each([
    ['between commas', 'John Whitaker, 34, of Leeds, was jailed at the crown court.', [['34', 'year', null]]],
    ['at the end of the sentence', 'The victim was named by police as Amy Cole, 19.', [['19', 'year', null]]],
    ['in brackets, Indian style', 'The court held Rajesh Verma (58) guilty of corruption.', [['58', 'year', null]]],
    ['no name before the comma', 'On Monday, 12 people were hurt in the crash.', [['12 people', null, 'hurt']]],
    ['a figure after a name with no comma is no age', 'Police seized drugs worth £2,000 from Flat 4, the court heard.', [['£2,000', 'GBP', 'worth']]],
  ])('%s', (_label, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('every member of a list of ages after "aged" is an age', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.unit]);
  it.each([
    ['"aged 20, 23 and 27"', 'Police said the suspects, aged 20, 23 and 27, remain in custody.', [['20', 'year'], ['23', 'year'], ['27', 'year']]],
    ['a count after the list is none', 'Two boys aged 15 and 3 dogs were found.', [['Two boys', null], ['15', 'year'], ['3 dogs', null]]],
  ])('%s', (_label, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('a group\'s age aside between commas does not hide its verb ("The three men, aged 20, 23 and 27, were arrested")', () => {
  const eventsOf = (text: string) => recordOf(text).numbers.filter((n) => n.counts).map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['a list of ages', 'The three men, aged 20, 23 and 27, were arrested on suspicion of attempted murder.', [['three men', 'men', 'arrested']]],
    ['a range of ages', 'Four teenagers, aged 15 to 17, were arrested after the attack.', [['Four teenagers', 'teenagers', 'arrested']]],
    ['"between … and"', 'Two women, aged between 30 and 40, were injured in the crash.', [['Two women', 'women', 'injured']]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('counts of a charge name the offence ("two counts of fraud"), whose words are no event', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['a list of charges', 'Whitaker pleaded guilty to two counts of conspiracy to supply Class A drugs and one count of money laundering.',
      [['two counts of conspiracy to supply Class A drugs', 'counts of conspiracy to supply Class A drugs', null], ['one count of money laundering', 'count of money laundering', null]]],
    ['a past form modifying the offence', 'Ellison denies three counts of attempted murder.', [['three counts of attempted murder', 'counts of attempted murder', 'denies']]],
    ['a modified charge before the list', 'Bell was convicted of aggravated murder and two counts of felonious assault.',
      [['two counts of felonious assault', 'counts of felonious assault', null]]],
    ['the clause\'s verb after the offence', 'Two counts of fraud were dropped by prosecutors.', [['Two counts of fraud', 'counts of fraud', 'dropped']]],
    ['other lists keep their verb', 'Rebels destroyed eight oil pump jacks and six refinement stills.',
      [['eight oil pump jacks', 'oil pump jacks', 'destroyed'], ['six refinement stills', 'refinement stills', 'destroyed']]],
  ])('%s', (_label, text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
});

describe('an adverbial opening the sentence is not the subject of a closing participle ("In a separate case, the court …, observing that")', () => {
  it.each([
    ['a prepositional opener and a day after the subject', 'In a separate case, the Supreme Court on Monday granted bail to 12 people, observing that they had spent four years in jail.',
      [['the Supreme Court', 'Supreme Court', 'they had spent four years in jail']]],
    ['a time opener', 'On Tuesday, the judge adjourned the case, saying that more time was needed.', [['the judge', null, 'more time was needed']]],
    ['an adverb opener', 'Separately, police arrested two men, saying they had found weapons in the car.', [['police', null, 'they had found weapons in the car']]],
    // FRONTED_PHRASE_OPENERS: prepositions not read after a cue ("said over 40 people died" reports a figure)
    ['an "over" opener', 'Over the course of the hearing, the defendants stayed calm, saying they had acted in self-defence.',
      [['the defendants', null, 'they had acted in self-defence']]],
    ['an "amid" opener', 'Amid the protests, the minister resigned, saying he had lost the trust of voters.', [['the minister', null, 'he had lost the trust of voters']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('US prosecutors: "U.S. Attorney Damian Williams", "the U.S. Attorney\'s Office for the Southern District of New York"', () => {
  it('the office speaks, and the title is a role, not a place', () => {
    const r = recordOf('Kessler must forfeit $12.3 million, according to the U.S. Attorney\'s Office for the Southern District of New York. ' +
      '"He betrayed investors," U.S. Attorney Damian Williams said in a statement. District Attorney Alvin Bragg said the case mattered.');
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    expect(r.places.map((p) => p.name)).toEqual(['U.S.']);
    expect(r.actors.filter((a) => a.type === 'person').map((a) => [a.name, a.roles])).toEqual([
      ['Kessler', []], ['Damian Williams', ['Attorney']], ['Alvin Bragg', ['District Attorney']]]);
    expect(r.claims.map((c) => c.source.actor && name.get(c.source.actor))).toEqual(["U.S. Attorney's Office", 'Damian Williams', 'Alvin Bragg']);
  });
});

describe('a bare "$" in an article whose places all lie in a dollar country other than the US is that country\'s dollar', () => {
  const units = (text: string) => recordOf(text).numbers.filter((n) => n.unit).map((n) => [n.text, n.unit]);
  it.each([
    ['a Sydney court report', 'A Sydney man was jailed for a scam worth more than $1.2 million. He lived in Parramatta and repaid $180,000 to insurers.',
      [['more than $1.2 million', 'AUD'], ['$180,000', 'AUD']]],
    ['a Toronto police report', 'Toronto police said a man from Mississauga was charged after $50,000 in cash was seized.', [['$50,000', 'CAD']]],
    ['a marked dollar elsewhere keeps "$" as written', 'A Sydney firm paid US$2 million to a Melbourne rival and $3 million in fees.',
      [['US$2 million', 'USD'], ['$3 million', 'USD']]],
    ['places in two countries', 'A Sydney man was extradited to Los Angeles over a $4 million fraud.', [['$4 million', 'USD']]],
    ['a US article stays in US dollars', 'A Chicago man was fined $2,000 by a court in Springfield, Illinois.', [['$2,000', 'USD']]],
  ])('%s', (_label, text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('a time adverb between the auxiliaries does not hide the verb ("21 had so far been charged")', () => {
  const eventsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.event]);
  it.each([
    ['"so far"', 'Police have arrested 37 people, and 21 had so far been charged.', [['37 people', 'arrested'], ['21', 'charged']]],
    ['"earlier"', 'Police arrested 18 people, of whom six had earlier been released on bail.', [['18 people', 'arrested'], ['six', 'released']]],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('the defence side\'s titles are roles ("Defence counsel Vikas Malhotra")', () => {
  const rolesOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.roles]);
  it.each([
    ['counsel', 'Defence counsel Vikas Malhotra said the case was based on fabricated evidence.', [['Vikas Malhotra', ['Defence counsel']]]],
    ['lawyer', 'Defence lawyer Anne Bright said the evidence was thin.', [['Anne Bright', ['Defence lawyer']]]],
    ['attorney', 'Defense attorney Mark Lee said his client was innocent.', [['Mark Lee', ['Defense attorney']]]],
  ])('%s', (_label, text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });
});

describe('the town after "mayor of" is a place, not an organization', () => {
  it('a small Texas city', () => {
    const r = recordOf('Carlos Mendoza, 61, who served as mayor of Eagle Pass from 2016 to 2022, faces 11 counts in Texas.');
    expect(r.actors.map((a) => [a.type, a.name])).toEqual([['person', 'Carlos Mendoza']]);
    expect(r.places.map((p) => [p.name, p.kind, p.country])).toEqual([['Eagle Pass', 'city', 'US'], ['Texas', 'region', 'US']]);
  });
});

describe('a class of drugs is no actor ("Class A drugs")', () => {
  it.each([
    ['Class A', 'Whitaker admitted conspiracy to supply Class A drugs in Leeds.'],
    ['Class B', 'Doyle was found with a quantity of Class B drugs.'],
  ])('%s', (_label, text) => {
    expect(recordOf(text).actors).toEqual([]);
  });
});
