// Two regressions of fix-places5 (regress12 R1, R2): a leader after "In <city>," read as a quarter of the city, and a
// wire dateline ("WASHINGTON (Reuters) —") taking every later mention of the same-named state. Each row has the side
// that must stay (the quarter, the small dateline town).
import { describe, expect, it } from 'vitest';
import { expectPlacesAndActors as check } from './ner-helpers.js';

describe('a dateline is the city; a later mention of a state of that name is the state', () => {
  it.each([
    // ("eastern Washington" is the state too: it was the city, DC, until the direction-adjective rule of places.ts)
    ['WASHINGTON (Reuters) — Congress approved relief on Monday for ranchers in Washington and Montana.\n\nRanchers in eastern Washington lost most of their hay.',
      ['place:WASHINGTON:city:US', 'place:Washington:region:US', 'place:Montana:region:US'], ['place:Washington:city:US']],
    ['NEW YORK (AP) — Freezing rain coated roads across New York and Pennsylvania on Friday.\n\nPower was out in 12 counties of New York.',
      ['place:New York:city:US', 'place:New York:region:US', 'place:Pennsylvania:region:US'], []],
    ['NEW YORK (AP) — Ice storms hit New York, Vermont and Maine on Friday.', ['place:NEW YORK:city:US', 'place:New York:region:US'], []],
    // the dateline alone is still the city
    ['WASHINGTON (AP) — The Senate passed the spending bill late on Thursday.', ['place:WASHINGTON:city:US'], ['place:WASHINGTON:region:US']],
    // the side that stays: a small foreign town named in its own dateline and again later
    ['TINDOUF — Aid workers in camps outside Tindouf said food stocks were low.\n\nMorocco and the Polisario Front have fought over Western Sahara for decades.',
      ['place:Tindouf:city:DZ'], ['place:Tindouf:null:null']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a one-word name after "In <city>," is a quarter only when the words after it say a place', () => {
  it.each([
    // the person side: an auxiliary and a person's act, "'s" and a person's noun, ", who", a mention that acts elsewhere
    ['In Madrid, Sanchez has called for calm after the vote.', ['person:Sanchez'], ['place:Sanchez:null:ES']],
    ["In Madrid, Sanchez's spokesman said the talks would resume.", ['person:Sanchez'], ['place:Sanchez:null:ES']],
    ['In Madrid, Sanchez, who faces a confidence vote, defended the budget.', ['person:Sanchez'], ['place:Sanchez:null:ES']],
    ['In Warsaw, Duda was greeted by veterans. Duda will fly to Vilnius on Friday.', ['person:Duda'], ['place:Duda:null:PL']],
    ['In Kharkiv, Synehubov was hit by shrapnel. Synehubov will return to work on Monday.', ['person:Synehubov'], ['place:Synehubov:null:UA']],
    // the place side: a noun of its people or streets, a place predicate, an event it saw
    ['In Mumbai, Govandi residents queued for water.', ['place:Govandi:null:IN'], ['person:Govandi']],
    ["In Beirut, Ghobeiry's streets were empty on Sunday.", ['place:Ghobeiry:null:LB'], ['person:Ghobeiry']],
    ['In Beirut, Ghobeiry was again hit overnight.', ['place:Ghobeiry:null:LB'], ['person:Ghobeiry']],
    ['In Manila, Tondo saw heavy flooding on Sunday.', ['place:Tondo:null:PH'], ['person:Tondo']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a one-word name before ", <city>" is a quarter only when the city closes an apposition', () => {
  it.each([
    ['The summit was attended by Sanchez, Madrid Mayor Jose Luis Almeida and two ministers.', ['person:Sanchez'], ['place:Sanchez:null:ES']],
    ['The delegation met Sanchez, Madrid officials and aid groups.', ['person:Sanchez'], ['place:Sanchez:null:ES']],
    ['Police raided Ghobeiry, Beirut, before dawn.', ['place:Ghobeiry:null:LB'], ['person:Ghobeiry']],
    // a country or state before a lower-case noun closes it too ("the <town>, <country> airstrike"): no person "Ain"
    ['Officials reviewed the May 4 Ras al Ain, Syria airstrike on Monday.', ['place:Syria:country:SY'], ['person:Ain']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
