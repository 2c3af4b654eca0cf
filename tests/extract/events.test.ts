import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));
const fields = (text: string) => run(text).map((n) => ({ text: n.text, value: n.value, approximate: n.approximate, counts: n.counts }));

describe('findNumbers: "dozen" multiplies the number before it', () => {
  it.each([
    ['a number word and "dozen"', 'Roughly three dozen tents were pitched beside the river.',
      { text: 'Roughly three dozen tents', value: 36, approximate: true, counts: 'tents' }],
    ['an exact word and "dozen"', 'Four dozen ballot boxes went missing overnight.',
      { text: 'Four dozen ballot boxes', value: 48, approximate: false, counts: 'ballot boxes' }],
    ['a figure and "dozen"', 'Rangers confiscated 5 dozen traps in the reserve.',
      { text: '5 dozen traps', value: 60, approximate: false, counts: 'traps' }],
    ['"one dozen"', 'One dozen lifeboats were lowered.',
      { text: 'One dozen lifeboats', value: 12, approximate: false, counts: 'lifeboats' }],
    ['a range of dozens', 'Two or three dozen shops were looted.',
      { text: 'Two or three dozen shops', value: 24, approximate: true, counts: 'shops' }],
    ['"half a dozen"', 'Half a dozen ambulances raced to the scene.',
      { text: 'Half a dozen ambulances', value: 6, approximate: false, counts: 'ambulances' }],
    ['"several dozen", as "several hundred"', 'Several dozen farmers blocked the motorway.',
      { text: 'Several dozen farmers', value: 24, approximate: true, counts: 'farmers' }],
    ['"a few dozen"', 'Only a few dozen spectators stayed until the end.',
      { text: 'a few dozen spectators', value: 24, approximate: true, counts: 'spectators' }],
  ])('%s', (_label, text, expected) => {
    expect(fields(text)).toContainEqual(expected);
  });

  it.each([
    ['"a dozen" stays 12', 'About a dozen trawlers sank in the storm.',
      { text: 'About a dozen trawlers', value: 12, approximate: true, counts: 'trawlers' }],
    ['"dozens of" stays 24, approximate', 'Dozens of pilgrims fainted in the heat.',
      { text: 'Dozens', value: 24, approximate: true, counts: 'pilgrims' }],
  ])('unchanged: %s', (_label, text, expected) => {
    expect(fields(text)).toContainEqual(expected);
  });
});

const events = (text: string) => run(text).map((n) => [n.text, n.event]);

describe('findNumbers: a passive event with an adverb, a particle or a state after the verb', () => {
  it.each([
    ['a "-ly" adverb before the participle', 'Four firefighters were badly burned in the blaze.', ['Four firefighters', 'burned']],
    ['an adverb after "have been"', 'Eleven pupils have been slightly injured.', ['Eleven pupils', 'injured']],
    ['an adverb before a casualty state', 'Two climbers were seriously hurt on the ridge.', ['Two climbers', 'hurt']],
    ['a particle after the participle', 'Nine drones were shot down near the airport.', ['Nine drones', 'shot down']],
    ['a particle before a preposition', 'Some 300 tents were swept away by the flood.', ['Some 300 tents', 'swept away']],
    ['a state after the participle', 'Three guards were shot dead at the gate.', ['Three guards', 'shot dead']],
    ['a state noun after the participle', 'Fourteen sailors were taken hostage off the coast.', ['Fourteen sailors', 'taken hostage']],
    ['"found alive"', 'Six miners were found alive on Sunday.', ['Six miners', 'found alive']],
    ['an active verb with its state before the object', 'Gunmen shot dead 11 farmers in the village.', ['11 farmers', 'shot dead']],
  ])('%s', (_label, text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });

  it.each([
    ['a preposition with its own object is no particle', 'About 40 protesters were chased up the hill.', ['About 40 protesters', 'chased']],
    ['a figure after "back" is a measure of its own', 'Some 200 troops were pulled back 5 km.', ['Some 200 troops', 'pulled']],
    ['a name after "off" is the object of a preposition', 'About 80 migrants were rescued off Malta.', ['About 80 migrants', 'rescued']],
    // regress15 R2: a describing word or a noun after "off" opens the preposition's object too
    ['an adjective after "off" opens the object', 'About 40 migrants were rescued off southern Italy on Monday.', ['About 40 migrants', 'rescued']],
    ['a noun phrase after "off" is its object', 'Two climbers were airlifted off nearby cliffs.', ['Two climbers', 'airlifted']],
    ['a preposition after the particle keeps it', 'Four drones were shot down near the border.', ['Four drones', 'shot down']],
    ['a time word after the particle keeps it', 'Two bridges were blown up overnight.', ['Two bridges', 'blown up']],
    ['an adverb without an auxiliary is not stepped over', 'Twelve residents quietly left.', ['Twelve residents', null]],
    ['"killed" without a completion stays', 'Nineteen villagers were killed overnight.', ['Nineteen villagers', 'killed']],
  ])('unchanged: %s', (_label, text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });
});

describe('findNumbers: "left N dead": the state the object is left in is the event', () => {
  it.each([
    ['"left" and a state adjective', 'The landslide left 30 villagers dead.', [['30 villagers', 'dead']]],
    ['"has left" with a hedge, then a list', 'The siege has left at least 900 people dead and 4,000 wounded.',
      [['at least 900 people', 'dead'], ['4,000', 'wounded']]],
    ['bare figures in a list', 'The collision left 3 dead and 41 injured.', [['3', 'dead'], ['41', 'injured']]],
    ['a state noun, then a list', 'The cyclone left 8,000 families homeless and 150 missing.',
      [['8,000 families', 'homeless'], ['150', 'missing']]],
    ['"leaving" after a comma', 'A bomb exploded at the market, leaving 17 shoppers wounded.', [['17 shoppers', 'wounded']]],
    ['"without" and a noun', 'The storm left 60,000 homes without electricity.', [['60,000 homes', 'without electricity']]],
    ['"rendered"', 'The earthquake rendered 2,500 households homeless.', [['2,500 households', 'homeless']]],
  ])('%s', (_label, text, expected) => {
    const found = events(text);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each([
    ['no state after the object: "left" stays', 'The rebels left 12 villages before dawn.', ['12 villages', 'left']],
    ['a participle before the noun modifies it', 'The retreating unit left 9 wounded comrades behind.', ['9 wounded comrades', 'left']],
  ])('unchanged: %s', (_label, text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });
});

describe('findNumbers: an attribution aside between the figure and its verb', () => {
  it.each([
    ['"according to" aside', 'Nearly 60 fishermen, according to the coast guard, were rescued at sea.', ['Nearly 60 fishermen', 'rescued']],
    ['"SOURCE said" aside', 'Fifteen prisoners, the warden said, had escaped through a tunnel.', ['Fifteen prisoners', 'escaped']],
    ['an inverted aside', 'Eight police officers, said the mayor, were injured by stones.', ['Eight police officers', 'injured']],
    ['a reporting verb and a time after it', 'About 70 shops, traders said on Tuesday, were looted.', ['About 70 shops', 'looted']],
    // a breakdown is stepped over as well (afterBreakdownAside): the villages were flooded
    ['a breakdown, no aside of attribution', 'Six villages, including two near the lake, were flooded.', ['Six villages', 'flooded']],
  ])('%s', (_label, text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });

  it.each([
    ['a relative clause is no aside', 'Some 25 migrants, who the navy said were exhausted, were taken ashore.', ['Some 25 migrants', null]],
    ['an aside not closed by a comma', 'Thirty homes, officials said. They were destroyed.', ['Thirty homes', null]],
    ['an apposition with no reporting verb', 'Six villages, the largest near the lake, were flooded.', ['Six villages', null]],
    ['two asides are not stepped over', 'Ten soldiers, the army said, according to state media, were killed.', ['Ten soldiers', null]],
  ])('unchanged: %s', (_label, text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });
});
