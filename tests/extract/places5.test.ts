// Places without a country, towns typed as features, places typed as people (fix-places5): a town named like a
// feature and qualified by its state, towns and quarters the gazetteer lacked, a quarter of a named city, a dateline
// town, "X City and Y" as two places, and a quarter the tagger read as a person after "In <city>,". Each row has a
// side that must stay (a mountain, a person).
import { describe, expect, it } from 'vitest';
import { expectPlacesAndActors as check } from './ner-helpers.js';

describe('a town named like a feature, qualified by its state or country', () => {
  it.each([
    ['Hundreds lost power in Mount Airy, North Carolina, after the ice storm.', ['place:Mount Airy:null:US', 'place:North Carolina:region:US'], ['place:Mount Airy:feature:null']],
    ['The school board of Lake City, Florida, voted to close two schools.', ['place:Lake City:null:US'], ['place:Lake City:null:null']],
    ['Ferries leaving Cape May, New Jersey, were cancelled for the weekend.', ['place:Cape May:null:US'], ['person:Cape May', 'place:Cape May:feature:null']],
    // "the" before a feature head last keeps the feature
    ['Settlers moved onto the Golan Heights, Syria said.', ['place:Golan Heights:feature:SY'], ['place:Golan Heights:null:SY']],
    // no qualifier: the mountain stays a feature
    ['Climbers on Mount Hermon found the bodies of two hikers.', ['place:Mount Hermon:feature:null'], []],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('towns and quarters the gazetteer lacked', () => {
  it.each([
    ['Shelling damaged homes in Nabatieh overnight, officials said.', ['place:Nabatieh:city:LB'], ['person:Nabatieh']],
    ['Residents of Dahiyeh left before the raids began.', ['place:Dahiyeh:city:LB'], ['person:Dahiyeh']],
    ['Police carried out a raid in Rocinha on Tuesday.', ['place:Rocinha:city:BR'], ['person:Rocinha']],
    ['Tourists on Tenerife were evacuated as fires spread.', ['place:Tenerife:feature:ES'], ['place:Tenerife:null:null']],
    ['Evacuation centres in Legazpi filled up quickly.', ['place:Legazpi:city:PH'], []],
    // "X City and Y" tagged as one body: two places
    ['The typhoon cut power to Naga City and Legazpi on Sunday.', ['place:Naga City:city:PH', 'place:Legazpi:city:PH'], ['organization:Naga City and Legazpi']],
    ['The storm flooded Tabaco City and Ligao overnight.', ['place:Tabaco City:city:PH'], ['organization:Tabaco City and Ligao']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a quarter takes the country of the city that owns or qualifies it', () => {
  it.each([
    ["Floodwater reached the first floors in Mumbai's Kurla on Monday.", ['place:Kurla:null:IN'], ['place:Kurla:null:null']],
    ['The army shelled Govandi, Mumbai, overnight.', ['place:Govandi:null:IN'], ['person:Govandi']],
    ['Refugees arrived in Makoko, Lagos, by boat.', ['place:Makoko:city:NG'], ['place:Makoko:city:null']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('one word after "In <city>," is a quarter unless a person cue marks it', () => {
  it.each([
    ['In Mumbai, Govandi residents queued for water.', ['place:Govandi:null:IN'], ['person:Govandi']],
    ['In Beirut, Ghobeiry was hit twice on Sunday.', ['place:Ghobeiry:null:LB'], ['person:Ghobeiry']],
    // the person side: a full name, a verb of speech, a person's act, an active verb, a surname of the article
    ['In Mumbai, Rahul Gandhi said the government had failed.', ['person:Rahul Gandhi'], ['place:Rahul Gandhi:null:IN']],
    ['In Mumbai, Sharma was arrested on Monday.', ['person:Sharma'], ['place:Sharma:null:IN']],
    ['In Washington, Biden signed the bill.', ['person:Biden'], ['place:Biden:null:US']],
    ['Rahul Gandhi toured the camps. In Mumbai, Gandhi met flood victims.', ['person:Rahul Gandhi'], ['place:Gandhi:null:IN']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});

describe('a dateline town is meant by its name, however small', () => {
  it.each([
    // a foreign town under 100,000 people in a story about Morocco resolves only as the dateline
    ['TINDOUF — Refugees in camps near Tindouf said they lacked water.\n\nMorocco has held most of Western Sahara since 1975.',
      ['place:Tindouf:city:DZ'], ['place:Tindouf:null:null']],
  ])('%s', (text, present, absent) => check(text, present, absent));
});
