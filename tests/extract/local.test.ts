// Local news in the US, UK, Canada and Australia: police blotters, county courts, councils and school boards, fires,
// storms and road closures at town level. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extract } from '../../src/index.js';
import { contextOf, expectPlacesAndActors } from './ner-helpers.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const datesOf = (text: string, referenceDate = '2024-03-20') => findDates({ ...contextOf(text), referenceDate }).map((d) => [d.text, d.value]);

describe('a vote\'s tally between the verb and the weekday keeps the weekday in the past', () => {
  it.each([
    // 2024-03-20 is a Wednesday: the vote was the day before, not the next Tuesday ("a plan to" is a noun)
    ['The council voted 8-2 on Tuesday night to approve a $4.2 million plan to repave 23 miles of streets.', [['Tuesday night', '2024-03-19']]],
    ['The school board voted 4-1 Monday to close two schools under a plan to cut costs.', [['Monday', '2024-03-18']]],
    // what must not change: a vote still to come, and a tally after the weekday
    ['The council will vote on Tuesday on a plan to repave streets.', [['Tuesday', '2024-03-26']]],
    ['The board voted on Monday to approve a plan to hire 12 teachers.', [['Monday', '2024-03-18']]],
  ])('%s', (text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe('the town after a street address in a person\'s apposition is no speaker', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['Daniel Parfitt, 29, of Kingshill Road, Swindon, admitted 11 counts of burglary at Swindon Crown Court.',
      [['Daniel Parfitt', '11 counts of burglary at Swindon Crown Court']]],
    ['John Smith, 34, of Main Street, Dayton, said he had not seen the gun.', [['John Smith', 'he had not seen the gun']]],
    ['Sarah Jones, 45, of 12 Elm Road, Swindon, told the court she had been asleep.', [['Sarah Jones', 'she had been asleep']]],
    // what must not change: a town alone, and a city with its region
    ['John Smith, 34, of Dayton, said he had not seen the gun.', [['John Smith', 'he had not seen the gun']]],
    ['Anna Berg, a researcher in Munich, Germany, said the results were clear.', [['Anna Berg', 'the results were clear']]],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe('a dateline\'s town in capitals is a place when the gazetteer holds the name in several countries', () => {
  it.each([
    // Halifax, Nova Scotia, and Halifax, England: the bare name resolves to neither, and the tagger said organization
    ['HALIFAX — A powerful storm knocked out power to 60,000 customers overnight, officials said.\n\nCrews from New Brunswick were sent to help.',
      ['place:HALIFAX:city:CA'], ['organization:HALIFAX']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a name never runs over a dash between spaces', () => {
  it.each([
    // the tagger ran the state abbreviation of the dateline into the council: one organization, no Illinois
    ['SPRINGFIELD, Ill. — The Springfield City Council voted 8-2 on Tuesday night to approve the road plan.',
      ['place:Ill.:region:US', 'organization:Springfield City Council'], ['organization:Ill. — The Springfield City Council']],
    // what must not change: a hyphen inside a name
    ['Flights to Dallas-Fort Worth were cancelled on Monday.', ['place:Dallas-Fort Worth:null:null'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('where a person of a police blotter lives, and a town before its police, is a place', () => {
  it.each([
    ['The driver, Jaylen Moore, 19, of Cincinnati, was charged with receiving stolen property.\n\nSeparately, Cincinnati police said a woman was killed in a crash.',
      ['place:Cincinnati:city:US'], ['organization:Cincinnati']],
    ['PORTLAND, Maine — Lewiston police said they had arrested a 19-year-old Auburn man in connection with a break-in.',
      ['place:Auburn:city:US'], ['organization:Auburn']],
    ['Tyler Grant, of Auburn, was charged with burglary and theft, according to Lewiston police in Maine.',
      ['place:Auburn:city:US'], ['organization:Auburn']],
    // what must not change: a force after "of"
    ['Detective Constable Amy Rowe, of Wiltshire Police, said the victims were elderly.', ['organization:Wiltshire Police'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a telephone line after a verb of calling is no number', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value]);
  it.each([
    ['Crews were sent after a neighbor called 911 to report smoke coming from the roof.', []],
    ['Police urged residents to report suspicious activity by calling 101.', []],
    ['Anyone who sees the man should dial 000 immediately.', []],
    // what must not change: a count after the verb, and a line's calls counted
    ['The station received 101 calls about the storm.', [['101 calls', 101]]],
    ['Officers called 12 witnesses to the hearing.', [['12 witnesses', 12]]],
    ['Organisers called 111 volunteers to help.', [['111 volunteers', 111]]],
  ])('%s', (text, expected) => expect(numbersOf(text)).toEqual(expected));
});

describe('the block of a street in a police address is no count', () => {
  const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value]);
  it.each([
    ['Two people were wounded in the 400 block of Salem Avenue, police said.', [['Two people', 2]]],
    ['Officers were called to a home in the 1200 block of South Pierce Street.', []],
    // what must not change: blocks counted
    ['The fire spread across four blocks of the old town.', [['four blocks', 4]]],
  ])('%s', (text, expected) => expect(numbersOf(text)).toEqual(expected));
});

describe('kilometres and miles "an hour" are speeds', () => {
  const unitsOf = (text: string) => recordOf(text).numbers.map((n) => [n.value, n.unit]);
  it.each([
    ['The storm brought wind gusts of more than 100 kilometres an hour to the region.', [[100, 'km/h']]],
    ['The car reached 90 miles an hour on the highway.', [[90, 'mph']]],
    // what must not change: a distance travelled in an hour
    ['Crews cleared 20 kilometres of road in an hour.', [[20, 'km']]],
  ])('%s', (text, expected) => expect(unitsOf(text)).toEqual(expected));
});

describe('names listed before a street\'s word in the plural are streets', () => {
  it.each([
    ['Officers said the car was hit by a pickup that ran a red light at Harrison and Montana avenues in Cincinnati.',
      ['place:Harrison:facility:US', 'place:Montana:facility:US'], ['place:Montana:region:US', 'place:Harrison:city:US']],
    // what must not change: a city's streets, a state alone
    ['Crime fell on Chicago streets last year, officials in Montana said.', ['place:Montana:region:US'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('Canadian Press abbreviations and small towns of local flood copy', () => {
  it.each([
    ['Gusts reached 130 km/h at Wreckhouse, N.L., Environment Canada said.', ['place:N.L.:region:CA'], []],
    ['Residents of low-lying parts of Lismore in northern New South Wales were told to evacuate. The highway is closed between Casino and Lismore.',
      ['place:Lismore:city:AU', 'place:Casino:city:AU'], ['organization:Lismore']],
    ['Several roads near Wolfville, Nova Scotia, were washed out.', ['place:Wolfville:city:CA'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a local station\'s call sign after a dateline\'s dotted state opens no sentence', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['LAKEWOOD, Colo. (KDVR) — Firefighters rescued two children from a burning house, officials said.',
      [['officials', 'Firefighters rescued two children from a burning house']]],
    ['TAMPA, Fla. (WFLA-TV) — Deputies arrested a man after a chase, the sheriff said.',
      [['the sheriff', 'Deputies arrested a man after a chase']]],
    // what must not change: a sentence opening with a bracketed abbreviation after a full stop
    ['He moved to Boulder, Colo. (The family followed later.) Officials said the move was approved.',
      [['Officials', 'the move was approved']]],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe('the titles of local councillors are no part of a name', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}`);
  it.each([
    ['Cllr John Davies said the council would review the decision. Cllr Davies added that residents had been consulted.',
      ['person:John Davies']],
    ['Lismore Mayor Steve Krieg said the town was exhausted. "People are tired," Cr Krieg said.', ['person:Steve Krieg']],
    ['Ald. Brad Carlson voted against the measure. Carlson said the plan was too costly.', ['person:Brad Carlson']],
  ])('%s', (text, expected) => expect(actorsOf(text)).toEqual(expected));
});

describe('"ages" before figures gives ages, as "aged" does', () => {
  const unitsOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.unit, n.counts]);
  it.each([
    ['Two passengers, ages 16 and 17, were charged with receiving stolen property.',
      [['Two passengers', null, 'passengers'], ['16', 'year', null], ['17', 'year', null]]],
    ['Two other children, ages 4 and 6, were still inside.', [['Two other children', null, 'children'], ['4', 'year', null], ['6', 'year', null]]],
  ])('%s', (text, expected) => expect(unitsOf(text)).toEqual(expected));
});

describe('"said no" before a noun opens the content', () => {
  const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.content]);
  it.each([
    ['Police said no one was injured in the fire.', [['Police', 'no one was injured in the fire']]],
    ['The sheriff said no charges had been filed.', [['The sheriff', 'no charges had been filed']]],
    ['The Evergreen Education Association, which represents about 1,700 teachers, said no teachers would lose their jobs.',
      [['The Evergreen Education Association', 'no teachers would lose their jobs']]],
    // what must not change: "no" as the whole answer
    ['Voters said no to the school levy on Tuesday.', []],
    ['Asked whether he would resign, the mayor said no.', []],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe('a given name opening the sentence before a middle initial and the tagged surname is the person\'s', () => {
  const actorsOf = (text: string) => recordOf(text).actors.filter((a) => a.type === 'person').map((a) => a.name);
  it.each([
    ['Marcus L. Whitfield, 34, of Dayton, was booked into the county jail. Whitfield is due in court on Thursday.', ['Marcus L. Whitfield']],
    // what must not change: a capitalised word that is no given name
    ['Yesterday J. Smith was charged with theft.', ['J. Smith']],
  ])('%s', (text, expected) => expect(actorsOf(text)).toEqual(expected));
});

describe('names listed before a water\'s word in the plural are rivers or lakes', () => {
  it.each([
    ['Flood warnings were also in place for the Tweed, Richmond and Clarence rivers in New South Wales.',
      ['place:Tweed:feature:null', 'place:Richmond:feature:null', 'place:Clarence:feature:null'], ['organization:Tweed', 'organization:Richmond']],
    // what must not change: rivers the article names already as such
    ['Water levels fell in the Tigris and Euphrates rivers.', ['place:Tigris:feature:null', 'place:Euphrates:feature:null'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});
