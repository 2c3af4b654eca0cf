// Election, parliament and government stories: ministries, committees and parties the rules must keep whole (extract stage).
import { describe, it } from 'vitest';
import { expectPlacesAndActors } from './ner-helpers.js';

describe('a government body cut at "on" or "and" is one organization', () => {
  it.each([
    ['The Kenya National Commission on Human Rights said police had shot dead at least 22 people during the protests.',
      ['organization:Kenya National Commission on Human Rights'], ['organization:Human Rights', 'organization:Kenya National Commission']],
    ['The House Committee on Oversight and Accountability said it would subpoena the former adviser next week.',
      ['organization:House Committee on Oversight and Accountability'], ['organization:Accountability']],
    ['Voter turnout was 53.85 percent, according to the Internal Affairs and Communications Ministry in Tokyo.',
      ['organization:Internal Affairs and Communications Ministry'], ['organization:Internal Affairs', 'organization:Communications Ministry']],
    ['The Economy, Trade and Industry Ministry said exports of cars fell for the third month in a row.',
      ['organization:Economy, Trade and Industry Ministry'], ['person:Trade', 'organization:Industry Ministry']],
    ['The White House Office of Management and Budget said agencies would not shut down because the vote was imminent.',
      ['organization:White House Office of Management and Budget'], ['person:Budget']],
    // what must not change: a date after "on", two bodies joined by "and", a person before "and"
    ['The European Commission on Monday said it would open an inquiry into the deal.', ['organization:European Commission'], []],
    ['The Defence Ministry and the Foreign Ministry said the talks had failed after two days.',
      ['organization:Defence Ministry', 'organization:Foreign Ministry'], []],
    ['Senator Jane Smith and Finance Committee members met the governor in the capital on Tuesday.',
      ['person:Jane Smith', 'organization:Finance Committee'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a party word after a name makes it a US state; a division by its head word lies where the story is', () => {
  it.each([
    ['Rep. Marjorie Taylor Greene, a Georgia Republican, filed a motion to oust the speaker.', ['place:Georgia:region:US'], ['place:Georgia:country:GE']],
    ['A Georgia Democrat, Stacey Abrams, said the count was fair.', ['place:Georgia:region:US'], ['place:Georgia:country:GE']],
    ['ISLAMABAD — The party said more than 1,000 of its workers had been detained across Punjab province.', ['place:Punjab:region:PK'], ['place:Punjab:region:IN']],
    ['Floods hit Punjab province, officials in Lahore said on Monday.', ['place:Punjab:region:PK'], ['place:Punjab:region:IN']],
    // what must not change: the country of that name, India's Punjab beside Amritsar
    ["Georgia's ruling party said the vote in Tbilisi was fair.", ['place:Georgia:country:GE'], ['place:Georgia:region:US']],
    ['Farmers in Punjab state blocked highways near Amritsar.', ['place:Punjab:region:IN'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a party named right after "party", "coalition partner" or a position word is an organization', () => {
  it.each([
    ['The far-right Vox and the Catalan separatist party Junts joined forces to block it. A poll put Vox on 12.7%.',
      ['organization:Vox', 'organization:Junts'], ['person:Vox']],
    ['The ruling Liberal Democratic Party and its coalition partner Komeito lost their majority. Komeito secured 24 seats.',
      ['organization:Komeito'], ['person:Komeito']],
    ['Members of the ruling party Georgian Dream said the vote was fair.', ['organization:Georgian Dream'], []],
    // what must not change: a person with a given name, a party adjective before its noun, a date after "party"
    ['The far-right Geert Wilders won the most seats in the election.', ['person:Geert Wilders'], ['organization:Geert Wilders']],
    ['The right-wing Republican senator from Ohio objected to the bill.', [], ['organization:Republican']],
    ['He left the party Sunday after a row over the budget.', [], ['organization:Sunday']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a party named by its members\' plural keeps its first word', () => {
  it.each([
    ['The Liberal Democrats were on 11% and the Greens on 9%.', ['organization:Liberal Democrats'], ['organization:Liberal', 'organization:Democrats']],
    ["Germany's Christian Democrats and the Free Democrats agreed on a budget.", ['organization:Christian Democrats', 'organization:Free Democrats'],
      ['person:Christian Democrats', 'organization:Free']],
    // what must not change: a body's members
    ['Senate Democrats blocked the bill on Thursday.', ['organization:Senate Democrats'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a surname with its possessive, tagged alone, is the person', () => {
  const text = 'The Democratic Alliance came second, followed by former president Jacob Zuma\'s new party with 14.6 percent.\n\n' +
    'President Cyril Ramaphosa told the results ceremony that the outcome was "a victory for democracy".\n\n' +
    'Zuma\'s party said it would challenge the results in court.';
  it('"Zuma\'s party said" after "Jacob Zuma"', () => expectPlacesAndActors(text, ['person:Jacob Zuma'], ["organization:Zuma's"]));
  it('a company named so stays', () => expectPlacesAndActors("Moody's said the rating was stable.", ["organization:Moody's"], []));
});

describe('a person with a role in apposition stays a person in a list after a place', () => {
  it.each([
    ['Chandrababu Naidu, whose party won 16 seats in Andhra Pradesh, and Nitish Kumar, the chief minister of Bihar, are expected to be kingmakers.',
      ['person:Nitish Kumar', 'place:Andhra Pradesh:region:IN'], ['place:Nitish Kumar:null:null']],
    // what must not change: a list of places
    ['Air raid alerts sounded in Odesa, Dnipro and Zaporizhzhia.', ['place:Zaporizhzhia:city:UA'], []],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a town\'s name between a determiner and a poll\'s noun is the pollster', () => {
  it.each([
    ['According to a Gallup survey released last week, just 13% of Americans approve of Congress.', ['organization:Gallup'], ['place:Gallup:city:US']],
    ['A Siena poll put the senator ahead by four points.', ['organization:Siena'], []],
    // what must not change: a state's or a big city's poll, the town elsewhere
    ['A Texas poll showed the governor ahead.', ['place:Texas:region:US'], ['organization:Texas']],
    ['A London survey found that rents rose by 9%.', [], ['organization:London']],
    ['Voters in Gallup were polled on Tuesday.', [], ['organization:Gallup']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});

describe('a body\'s head joined to its faction\'s name keeps the country and the body one organization', () => {
  it.each([
    ['The Pakistan Muslim League-Nawaz (PML-N) of former prime minister Nawaz Sharif won 75 seats.',
      ['organization:Pakistan Muslim League-Nawaz', 'person:Nawaz Sharif'], ['person:Muslim League-Nawaz', 'place:Pakistan:country:PK']],
  ])('%s', (text, present, absent) => expectPlacesAndActors(text, present, absent));
});
