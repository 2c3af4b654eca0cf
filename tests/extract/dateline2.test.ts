// Wire datelines and their look-alikes (src/extract/datelines.ts): where the lead claim starts, the dateline's place,
// and no actor made of its words. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findPlainDateline } from '../../src/clean/plain.js';
import { findClaims } from '../../src/extract/claims.js';
import { contextOf, expectPlacesAndActors } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);

describe('findClaims: a dash with a closing dash in its clause opens an apposition, not a dateline', () => {
  it.each([
    ['a capitalised apposition of a city', 'Accra, Ghana – West Africa\'s busiest port – will raise its fees in March, the port authority said.',
      [['the port authority', 'said', 'Accra, Ghana – West Africa\'s busiest port – will raise its fees in March']]],
    ['em dashes, a state', 'Austin, Texas — Home to 1 million people — will vote on a transit plan, the mayor said.',
      [['the mayor', 'said', 'Austin, Texas — Home to 1 million people — will vote on a transit plan']]],
    ['a city in capitals', 'NAIROBI, Kenya – East Africa\'s tech hub – will host the summit next year, organisers said.',
      [['organisers', 'said', 'NAIROBI, Kenya – East Africa\'s tech hub – will host the summit next year']]],
    // a real dateline, then an aside between two dashes: the dateline's dash stays unpaired
    ['near miss: a dateline, then an aside in dashes', 'Kyiv, Ukraine – Drones hit Odesa – the port city – overnight, officials said.',
      [['officials', 'said', 'Drones hit Odesa – the port city – overnight']]],
    // the words between the dashes are a clause with its verb: a dateline, then an afterthought
    ['near miss: a dateline, then a dash after a clause', 'Kyiv, Ukraine – Russia launched 40 drones overnight – the largest attack this month, the air force said.',
      [['the air force', 'said', 'Russia launched 40 drones overnight – the largest attack this month']]],
    ['near miss: a plain mixed-case dateline', 'Odesa, Ukraine – Russian missiles struck the port overnight, the governor said.',
      [['the governor', 'said', 'Russian missiles struck the port overnight']]],
    ['near miss: the closing dash is in a later clause', 'Kyiv, Ukraine – Sirens sounded at dawn, and the alert – the third this week – lasted an hour, officials said.',
      [['officials', 'said', 'Sirens sounded at dawn, and the alert – the third this week – lasted an hour']]],
    ['near miss: an agency\'s bracket is a dateline whatever follows', 'Port Sudan (AFP) - Shelling – the heaviest in weeks – hit the city, medics said.',
      [['medics', 'said', 'Shelling – the heaviest in weeks – hit the city']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a wire dateline with its agency is no part of the lead claim', () => {
  it.each([
    ['ANI: a colon after the bracket', 'Srinagar, Jan 5 (ANI): Two soldiers were injured in a blast near the border, the army said.',
      [['the army', 'said', 'Two soldiers were injured in a blast near the border']]],
    ['ANI: no date, a colon', 'Lucknow (ANI): Seven students fell ill after eating lunch at a school, district officials said.',
      [['district officials', 'said', 'Seven students fell ill after eating lunch at a school']]],
    ['IANS: a date, no dash', 'Guwahati, Dec 2 (IANS) Five people drowned when a boat capsized, officials said.',
      [['officials', 'said', 'Five people drowned when a boat capsized']]],
    ['near miss: a colon after a bracket naming no agency', 'Sudan\'s army (SAF): Commanders said the town was retaken.',
      [['Commanders', 'said', 'the town was retaken']]],
    // Dawn, The News, Gulf News: the place and a colon
    ['a place in capitals and a colon', 'PESHAWAR: Six soldiers were killed when militants attacked a check post, the military said.',
      [['the military', 'said', 'Six soldiers were killed when militants attacked a check post']]],
    ['a known mixed-case place and a colon', 'Dubai: Two new metro stations will open next month, the transport authority said.',
      [['the transport authority', 'said', 'Two new metro stations will open next month']]],
    // Indian papers: the place, the day and a colon
    ['a place, its day and a colon', 'Imphal, Nov 11: Ten suspected militants were killed in an encounter in Jiribam district, officials said.',
      [['officials', 'said', 'Ten suspected militants were killed in an encounter in Jiribam district']]],
    ['a place in capitals, its day in full and a colon', 'GUWAHATI, November 3: Two rhinos were poached in Kaziranga, forest officials said.',
      [['forest officials', 'said', 'Two rhinos were poached in Kaziranga']]],
    ['near miss: two names and a colon are no dateline', 'Smith, Jones: The pair said the plan had failed.',
      [['The pair', 'said', 'the plan had failed']]],
    ['near miss: a label and a colon', 'Note: The ministry said the figures were provisional.',
      [['The ministry', 'said', 'the figures were provisional']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findActorsAndPlaces: a wire dateline gives its place, and no actor from its words or the word after it', () => {
  it.each([
    // [name, text, present, absent]
    ['PTI, capitals, a date, no dash', 'SHILLONG, Oct 9 (PTI) Four porters were hurt in a landslide near the pass, police said.',
      ['place:SHILLONG:city:IN'], ['organization:PTI', 'organization:Four', 'person:Four']],
    ['PTI, mixed case, a date, no dash', 'Shillong, Oct 9 (PTI) Four porters were hurt in a landslide near the pass, police said.',
      ['place:Shillong:city:IN'], ['organization:Shillong', 'person:Shillong', 'organization:PTI', 'organization:Four', 'person:Four']],
    ['PTI, no date', 'Shillong (PTI) Four porters were hurt in a landslide near the pass, police said.',
      ['place:Shillong:city:IN'], ['organization:Shillong', 'person:Shillong', 'organization:PTI', 'organization:Four']],
    ['IANS, a date', 'Guwahati, Dec 2 (IANS) Eleven fishermen went missing when their boat sank, officials said.',
      ['place:Guwahati:city:IN'], ['person:Guwahati', 'organization:Guwahati', 'organization:IANS', 'organization:Eleven', 'person:Eleven']],
    ['IANS, no date, "At least"', 'Chennai (IANS) At least 30 families lost their homes in the fire, the fire service said.',
      ['place:Chennai:city:IN'], ['organization:Chennai', 'organization:At', 'person:At', 'organization:IANS']],
    ['ANI, a date and a colon', 'Srinagar, Jan 5 (ANI): Two soldiers were injured in a blast near the border, the army said.',
      ['place:Srinagar:city:IN'], ['organization:ANI', 'organization:Two', 'person:Two', 'organization:Srinagar']],
    ['ANI, no date, a colon', 'Lucknow (ANI): Seven students fell ill after eating lunch at a school, district officials said.',
      ['place:Lucknow:city:IN'], ['organization:ANI', 'organization:Seven', 'person:Seven']],
    ['AFP, no date, a dash', 'Port Sudan (AFP) - Dozens of civilians were killed in a drone strike on a market, activists said.',
      ['place:Port Sudan:city:SD'], ['organization:AFP', 'organization:Dozens']],
    ['AFP, a date', 'Khartoum, May 3 (AFP) - Nine aid workers were freed on Sunday, the UN said.',
      ['place:Khartoum:city:SD'], ['organization:AFP', 'organization:Nine', 'person:Nine']],
    ['Reuters, capitals, a date', 'NAIROBI, March 4 (Reuters) - Kenya will raise fuel prices next month, the energy regulator said.',
      ['place:NAIROBI:city:KE', 'place:Kenya:country:KE'], ['organization:Reuters']],
    ['Reuters, mixed case, no date', 'Nairobi (Reuters) - Twelve miners were trapped underground, rescuers said.',
      ['place:Nairobi:city:KE'], ['organization:Reuters', 'organization:Twelve', 'person:Twelve']],
    // a mixed-case dateline stays in its sentence's run, where the tagger reads the story's first name (regress16 R3)
    ['PTI, a state opening the story', 'Chennai, Dec 3 (PTI) Tamil Nadu recorded 14 deaths from dengue this week, health officials said.',
      ['place:Chennai:city:IN', 'place:Tamil Nadu:region:IN'], ['organization:Tamil Nadu', 'organization:PTI']],
    ['PTI, a party opening the story', 'Chennai, Dec 3 (PTI) Congress leader Rahul Gandhi on Tuesday attacked the government over fuel prices.',
      ['place:Chennai:city:IN', 'organization:Congress', 'person:Rahul Gandhi'], ['organization:PTI', 'organization:Chennai']],
    ['AP, a country after the city', 'SANTIAGO, Chile (AP) — Four firefighters died battling a forest blaze, the interior ministry said.',
      ['place:SANTIAGO:city:CL', 'place:Chile:country:CL'], ['organization:AP', 'organization:Four']],
    ['AP, capitals, a body opening the story', 'SEOUL, South Korea (AP) — Samsung Electronics said its quarterly profit rose 10%.',
      ['place:SEOUL:city:KR', 'organization:Samsung Electronics'], ['person:Samsung Electronics', 'organization:AP']],
    ['Dawn, a place in capitals and a colon', 'PESHAWAR: Six soldiers were killed in North Waziristan, the military said.',
      ['place:PESHAWAR:city:PK'], ['organization:PESHAWAR', 'person:PESHAWAR']],
    ['a mixed-case place, its day and a colon', 'Imphal, Nov 11: Ten suspected militants were killed in Jiribam district, officials said.',
      ['place:Imphal:city:IN'], ['organization:Imphal', 'person:Imphal']],
    ['near miss: a preposition before the place and a colon', 'At Leeds: Yorkshire beat Kent by six wickets.',
      ['place:Leeds:city:GB'], ['place:At Leeds:city:GB']],
    // near miss: the agency named in the story is still an actor
    ['near miss: the agency in the story', 'Shillong, Oct 9 (PTI) Four porters were hurt, police told PTI.',
      ['place:Shillong:city:IN', 'organization:PTI'], ['organization:Four']],
    // near miss: a headline's section label has a dateline's shape; it is no place
    ['near miss: a section label', 'GOLF - WOODS LEADS BY TWO SHOTS.\nAKRON, Ohio 1996-08-30\nTiger Woods led by two shots after the first round.',
      ['place:AKRON:city:US', 'person:Tiger Woods'], ['place:GOLF:null:null']],
    // near miss: a bracket that names no agency makes no dateline; the subject keeps its initials
    ['near miss: a body with its initials', 'Sudan\'s army (SAF) Commanders said the town of Wad Madani was retaken.',
      ['organization:SAF'], []],
  ])('%s', (_name, text, present, absent) => {
    expectPlacesAndActors(text, present, absent);
  });
});

// src/data/news-agencies.ts: the clean stage dates a plain text by the same agencies the extract stage cuts
describe('one list of news agencies for both stages', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['UNI, once known to extract only', 'KOCHI, Jan 5 (UNI) - Two fishing boats sank off the coast on Sunday.', '2026-01-05'],
    ['Bloomberg, once known to clean only', 'FRANKFURT, Nov 3 (Bloomberg) - Bund yields rose to 2.6% on Monday.', '2026-11-03'],
    ['near miss: a bracket naming no agency', 'KOCHI, Jan 5 (Staff) - Two fishing boats sank off the coast on Sunday.', null],
    // AFP's wire copy writes the year: the story is dated by it, not by the file's time
    ['AFP, the year written', 'JERUSALEM, Nov 10, 2024 (AFP) - Thousands rallied in Tel Aviv on Saturday for a hostage deal.', '2024-11-10'],
    ['AFP, day first, the year written', 'BEIRUT, 3 October 2024 (AFP) - Israeli strikes hit the southern suburbs overnight.', '2024-10-03'],
    ['near miss: a year after the file\'s time', 'JERUSALEM, Nov 10, 2027 (AFP) - Thousands rallied in Tel Aviv on Saturday.', null],
  ])('clean dates %s', (_name, text, expected) => {
    expect(findPlainDateline(text, now)?.published.slice(0, 10) ?? null).toBe(expected);
  });
  it.each([
    ['Bloomberg, once known to clean only', 'Frankfurt (Bloomberg) -- Bund yields rose to 2.6%, traders said.',
      [['traders', 'said', 'Bund yields rose to 2.6%']]],
    ['UNI, a date, no dash', 'Kochi, Jan 5 (UNI) Two fishing boats sank off the coast, the coast guard said.',
      [['the coast guard', 'said', 'Two fishing boats sank off the coast']]],
  ])('extract cuts %s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
