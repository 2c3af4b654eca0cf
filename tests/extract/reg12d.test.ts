// Three regressions of one day's merges (fix-reg12d, report regress12 R3, R5, R7): the owner in "shares in <Person>'s
// <Company>" made a company, a person whose surname names a church or a charity made an organization, and a country
// opening a list read as the qualifier of the town before it. Each table also holds the side the merges made right.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { expectPlacesAndActors as check } from './ner-helpers.js';

describe("a market's phrase before an owner's possessive (R3)", () => {
  it.each([
    // the owner keeps the person; the company is the name after "'s"
    ["Shares in Mark Zuckerberg's Meta dropped 3% in early trading.", ['person:Mark Zuckerberg', 'organization:Meta'], ['organization:Mark Zuckerberg']],
    ["Shares in Elon Musk's Tesla rose after the delivery figures.", ['person:Elon Musk'], ['organization:Elon Musk']],
    ["Investors in Gautam Adani's group lost billions on the report.", ['person:Gautam Adani'], ['organization:Gautam Adani']],
    ["Employees of Richard Branson's Virgin Galactic were sent home.", ['person:Richard Branson', 'organization:Virgin Galactic'],
      ['organization:Richard Branson', 'person:Virgin Galactic']],
    // no possessive: the name after the market's phrase is the company
    ['Shares in Hugo Boss fell 6% after the profit warning.', ['organization:Hugo Boss'], ['person:Hugo Boss']],
    ['Analysts at Morgan Stanley cut their forecast for the bank.', ['organization:Morgan Stanley'], ['person:Morgan Stanley']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a person whose surname names a church or a charity (R5)', () => {
  it.each([
    // a person noun before the name, or opening the name the tagger cut; "the late"
    ['Former nurse Helen Chapel told the panel she had warned managers.', ['person:Helen Chapel'], ['organization:Helen Chapel']],
    ['Teacher Anna Mission wrote to the council about the closure.', ['person:Anna Mission'], ['organization:Anna Mission']],
    ["The late Judy Temple's songs will be played at the gala.", ['person:Judy Temple'], ['organization:Judy Temple']],
    // a person's thing after "'s", a person's act after the name
    ["Mark Temple's career began in a small theatre in 1990.", ['person:Mark Temple'], ['organization:Mark Temple']],
    ['Simon Chapel questioned the witness for two hours on Monday.', ['person:Simon Chapel'], ['organization:Simon Chapel']],
    // a body's cue, or no person cue at all: the body
    ['Grace Church said it would open its hall to families.', ['organization:Grace Church'], ['person:Grace Church']],
    ['Members of Hope Chapel told reporters the roof had collapsed.', ['organization:Hope Chapel'], ['person:Hope Chapel']],
    ['Volunteers at Trinity Chapel handed out food on Sunday.', [], ['person:Trinity Chapel']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a country opening a list is no qualifier of the town before it (R7)', () => {
  it.each([
    // a country or a state after "and"/"or" (or a comma, of its own kind): a list of peers
    ['Rebels attacked Ansongo, Niger and Burkina Faso said on Monday.', ['place:Ansongo:null:null'], ['place:Ansongo:null:NE']],
    ['Aid reached families in Kidira, Senegal or Gambia officials said.', ['place:Kidira:null:null'], ['place:Kidira:null:SN']],
    ['Shelling hit Ansongo, Niger, Mali and Chad overnight.', ['place:Ansongo:null:null'], ['place:Ansongo:null:NE']],
    // a later mention's qualifier places the town
    ['Rebels attacked Ansongo, Niger and Burkina Faso said. Troops moved into Ansongo, Mali, on Friday.', ['place:Ansongo:null:ML'], ['place:Ansongo:null:NE']],
    ['Rebels attacked Kidira on Monday. Troops later moved into Kidira, Senegal, officials said.', ['place:Kidira:null:SN'], []],
    // no peer after "and": the qualifier stays
    ['Storms hit Lake City, Florida and nearby towns on Monday.', ['place:Lake City:null:US'], []],
    ['Flooding closed roads in Mount Airy, North Carolina and Galax, Virginia.', ['place:Mount Airy:null:US'], []],
    ['Floods reached Lake City, Florida, United States on Monday.', ['place:Lake City:null:US'], []],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
