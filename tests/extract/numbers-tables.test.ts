import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));
const values = (text: string) => run(text).map((n) => [n.text, n.value]);

describe('findNumbers: rows of figures from tables', () => {
  it.each([
    ['cells joined by spaces are no thousands groups', 'Results came in.\n\nOverall 71 204 3,910',
      [['71', 71], ['204', 204], ['3,910', 3910]]],
    ['a small first cell before a three-digit cell', 'Results came in.\n\nAlpine 5 230 41',
      [['5', 5], ['230', 230], ['41', 41]]],
    ['a grouped pair between two cells', 'Results came in.\n\nCoastal 6 14 870 2',
      [['6', 6], ['14', 14], ['870', 870], ['2', 2]]],
    ['cells joined by tabs', 'Results came in.\n\nHarbour\t9\t305\t1,200',
      [['9', 9], ['305', 305], ['1,200', 1200]]],
    ['cells joined by "|" (no pipe in the text)', 'Results came in.\n\nLakeside | 44 | 518 | 6,030',
      [['44', 44], ['518', 518], ['6,030', 6030]]],
    ['a space-grouped figure in prose stays one', 'Officials said 12 500 people had fled.', [['12 500 people', 12500]]],
    ['a year before a space-grouped figure stays a year', 'In 2019 4 000 workers lost their jobs.', [['4 000 workers', 4000]]],
    ['a grouped figure before a noun stays one', 'Results came in.\n\nValley 14 250 cattle', [['14 250 cattle', 14250]]],
    ['a million written with spaces stays one', 'The region has 1 250 000 residents.', [['1 250 000 residents', 1250000]]],
  ])('%s', (_label, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('findNumbers: a row label is no name', () => {
  it.each([
    ['two capitalised words before a decimal', 'Results came in.\n\nLiberal Alliance 31.7 92 +12',
      [['31.7', 31.7], ['92', 92], ['12', 12]]],
    ['a row label before a value and a percentage', 'Results came in.\n\nLB Sam Okafor 68 100%',
      [['68', 68], ['100%', 100]]],
    ['a model number before a measure stays a name', 'Buy the Nokia Phone 5 64GB model now.', []],
    ['two capitalised words before a count', 'Results came in.\n\nNorth Kivu 52 140 2,310',
      [['52', 52], ['140', 140], ['2,310', 2310]]],
    ['a model number in prose stays a name', 'The airline ordered a new Airbus 350 last year.', []],
    ['a resolution number stays a name', 'The council passed Resolution 2417 on Monday.', []],
    ['a model name before a count of planes', 'The carrier grounded its Boeing 737 jets.', []],
  ])('%s', (_label, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('findNumbers: a row name is no verb', () => {
  it.each([
    ['a surname the tagger reads as a verb', 'Standings\n\n12 Tom Herring 9 0 4', [['12', null], ['9', null], ['0', null], ['4', null]]],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => [n.text, n.event])).toEqual(expected);
  });
});

describe('findNumbers: a negative value after another figure', () => {
  it.each([
    ['a fall in a "Change" column', 'Results came in.\n\nLabour Union 19.4 58 -17', [['19.4', 19.4], ['58', 58], ['-17', -17]]],
    ['two falls in a row', 'Results came in.\n\nGreen List 4.1 -3 -2', [['4.1', 4.1], ['-3', -3], ['-2', -2]]],
    ['a fall after a pipe', 'Results came in.\n\nCentre | 12.2 | 40 | -6', [['12.2', 12.2], ['40', 40], ['-6', -6]]],
    ['a leading minus in prose', 'The economy shrank by -0.4% in May.', [['-0.4%', -0.4]]],
  ])('%s', (_label, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('findNumbers: "Label: N" lines of fact boxes', () => {
  it.each([
    ['a noun and a participle', 'Fact box\n\nSoldiers deployed: 12,000\n\nThe rest came later.', [['12,000', 'Soldiers', 'deployed']]],
    ['a participle alone', 'Fact box\n\nRescued: 870\n\nThe rest came later.', [['870', null, 'Rescued']]],
    ['a casualty state', 'Fact box\n\nMissing: 45\n\nThe rest came later.', [['45', null, 'Missing']]],
    ['a noun phrase is what is counted', 'Fact box\n\nVessels at sea: 31\n\nThe rest came later.', [['31', 'Vessels at sea', null]]],
    ['lines of one block', 'Fact box\n\nDead: 9\nInjured: 60', [['9', null, 'Dead'], ['60', null, 'Injured']]],
    ['a participle label without a colon', 'Fact box\n\nHouses flooded 52', [['52', 'Houses', 'flooded']]],
    ['a row name without a colon is no counted noun', 'Fact box\n\nLagos 52', [['52', null, null]]],
    ['a header cell and its value', 'Fact box\n\nBridges destroyed | 14', [['14', 'Bridges', 'destroyed']]],
    ['a row name in a cell is no counted noun', 'Fact box\n\nLagos | 52', [['52', null, null]]],
    ['a figure inside a sentence keeps its reading', 'Rescuers said the count reached 870 by noon.', [['870', null, 'reached']]],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => [n.text, n.counts, n.event])).toEqual(expected);
  });
});

describe('findNumbers: durations and compound modifiers', () => {
  it.each([
    ['seconds are a unit', 'The sprinter lost 12 seconds in the final.', [['12 seconds', 's']]],
    ['a glued "-second"', 'The police released a 45-second clip.', [['45-second', 's']]],
    ['a number word glued to a noun is a modifier', 'The bank now requires two-factor authentication.', []],
    ['a number word with a glued unit stays', 'She won a two-year term.', [['two-year', 'year']]],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => [n.text, n.unit])).toEqual(expected);
  });
});

describe('findNumbers: a number glued to a noun counts it unless the compound counts nothing', () => {
  it.each([
    ['a count of rooms', 'They bought a three-bedroom flat near the station.', [[3, null]]],
    ['a count of goals', 'United held a two-goal lead at half-time.', [[2, null]]],
    ['a one-match ban', 'The defender was given a one-match ban.', [[1, null]]],
    ['a panel of judges', 'A three-judge panel will hear the appeal.', [[3, null]]],
    ['a count of floors', 'The nine-storey hotel was evacuated.', [[9, null]]],
    ['a length in words is a unit', 'Officers seized an eight-inch blade.', [[8, 'in']]],
    ['a length in figures is the same unit', 'Officers seized an 8-inch blade.', [[8, 'in']]],
    ['"two-factor" counts nothing', 'Staff must use two-factor logins from Monday.', []],
    ['"2-factor" counts nothing either', 'Staff must use 2-factor logins from Monday.', []],
    ['"six-figure" counts nothing', 'He was offered a six-figure salary.', []],
    ['"one-time" counts nothing', 'Retirees will get a one-time payment.', []],
    ['"three-time" counts titles', 'She beat a three-time champion.', [[3, null]]],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => [n.value, n.unit])).toEqual(expected);
  });
});

describe('findNumbers: a figure alone in its table cell', () => {
  const read = (text: string) => run(text).map((n) => [n.text, n.value, n.counts, n.event]);
  it.each([
    ['a label cell after the figure', 'Key facts\n\n4,300 | tents delivered', [['4,300', 4300, 'tents', 'delivered']]],
    ['a one-word label cell', 'Key facts\n\n27 | injuries', [['27', 27, 'injuries', null]]],
    ['a thousands letter before a label cell', 'Key facts\n\n36K | families evacuated', [['36K', 36000, 'families', 'evacuated']]],
    ['rows of a key figures box', 'Key facts\n\n9K | people sheltered\n\n14 | schools', [['9K', 9000, 'people', 'sheltered'], ['14', 14, 'schools', null]]],
    ['a third cell makes no label row', 'Key facts\n\n12 | lorries | 3', [['12', 12, null, null], ['3', 3, null, null]]],
    ['a figure with its noun in one cell keeps its noun', 'Key facts\n\n40 boats | seized at sea', [['40 boats', 40, 'boats', null]]],
    ['a row under a column header row counts the column', 'Injuries by district\n\nDistrict | Injuries\n\nKorat | 31\n\nSurin | 8',
      [['31', 31, 'Injuries', null], ['8', 8, 'Injuries', null]]],
    ['a colon row under a column header row', 'Injuries by district\n\nDistrict | Injuries\n\nKorat: 31\n\nSurin: 8',
      [['31', 31, 'Injuries', null], ['8', 8, 'Injuries', null]]],
    ['columns of a wider table', 'Toll\n\nRegion | Evacuated | Missing\n\nLowlands | 2,100 | 6',
      [['2,100', 2100, null, 'Evacuated'], ['6', 6, null, 'Missing']]],
    ['a header of another width is no header', 'Toll\n\nRegion | Evacuated | Missing\n\nLowlands | 2,100', [['2,100', 2100, null, null]]],
    // a row of another width ends a header's reach: the rows below it are another table's (R2 of regress9)
    ['a two-cell row between ends a three-cell header\'s reach', 'Results\n\nPos | Player | Score\n\n1 | Jordan Hale | 12\n\nRound | 3\n\n1 | Riverside | 28',
      [['1', 1, null, null], ['12', 12, 'Score', null], ['3', 3, null, null], ['1', 1, null, null], ['28', 28, null, null]]],
    ['a three-cell row between ends a two-cell header\'s reach', 'Injuries by district\n\nDistrict | Injuries\n\nKorat | 31\n\nSurin | 8 | 2\n\nWards | 12',
      [['31', 31, 'Injuries', null], ['8', 8, null, null], ['2', 2, null, null], ['12', 12, null, null]]],
    ['a fact-box colon line under prose keeps its label', 'Officials gave figures.\n\nVessels at sea: 31', [['31', 31, 'Vessels at sea', null]]],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findNumbers: column headers that say nothing of what is counted', () => {
  it.each([
    ['a generic header leaves the row label counted', 'Outbreak\n\nMeasure | Total\n\nConfirmed infections | 912\n\nDeaths | 7',
      [['912', 'Confirmed infections', null], ['7', 'Deaths', null]]],
    ['abbreviated headers count nothing', 'Standings\n\nClub | W | Pts\n\nRiverside | 11 | 35', [['11', null, null], ['35', null, null]]],
    ['a colon fact box after a table keeps its own labels', 'Outbreak\n\nMeasure | Total\n\nDeaths | 7\n\nWards: 12',
      [['7', 'Deaths', null], ['12', 'Wards', null]]],
  ])('%s', (_label, text, expected) => {
    expect(run(text).map((n) => [n.text, n.counts, n.event])).toEqual(expected);
  });
});
