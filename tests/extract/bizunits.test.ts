import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const dates = (text: string, ref: string) => findDates({ ...contextOf(text), referenceDate: ref }).map((d) => [d.text, d.value]);
const units = (text: string) => findNumbers(contextOf(text)).map((n) => [n.text, n.unit]);

// 2025-06-13 is a Friday
describe('findDates: the verb a date goes with decides its tense', () => {
  it.each([
    ['"said on <weekday>" with no "that" before "will"', 'The brewer said on Monday it will shut three breweries.', [['Monday', '2025-06-09']]],
    ['"said <weekday>" before "will"', 'Harlow Foods said Wednesday it will sell its bakery unit.', [['Wednesday', '2025-06-11']]],
    ['"told reporters on <weekday>" before "will"', 'The governor told reporters on Tuesday the port will reopen.', [['Tuesday', '2025-06-10']]],
    ['"said in a statement on <weekday>" before "will"', 'The insurer said in a statement on Monday it will raise premiums.', [['Monday', '2025-06-09']]],
    ['a past participle in a "would" sentence', 'The CEO said the firm would hire 300 engineers under a plan unveiled in September.', [['September', '2024-09']]],
    ['a past verb in a "will" sentence', 'The company will expand the plant it bought in August.', [['August', '2024-08']]],
    // the other side: the date belongs to a verb that looks forward
    ['"will be announced on <weekday>" stays ahead', 'The winners will be announced on Wednesday.', [['Wednesday', '2025-06-18']]],
    ['"would resume on <weekday>" stays ahead', 'The envoy said talks would resume on Thursday.', [['Thursday', '2025-06-19']]],
    ['"will remain closed on <weekday>" stays ahead', 'Schools will remain closed on Tuesday.', [['Tuesday', '2025-06-17']]],
    ['a present passive is a schedule', 'The next match is played on Sunday.', [['Sunday', '2025-06-15']]],
    ['a condition stays ahead', 'She will lead the party if elected on Sunday.', [['Sunday', '2025-06-15']]],
    ['"expected on <weekday>" stays ahead', 'Results expected on Wednesday will show a loss.', [['Wednesday', '2025-06-18']]],
    ['"is expected in <month>" looks forward', 'A decision is expected in March.', [['March', '2026-03']]],
    ['"was expected in <month>" stays past', 'A decision was expected in March.', [['March', '2025-03']]],
    ['"would be completed in <month>" stays ahead', 'He said the bridge would be completed in September.', [['September', '2025-09']]],
  ])('%s', (_label, text, expected) => {
    expect(dates(text, '2025-06-13')).toEqual(expected);
  });
});

describe('findNumbers: currencies, areas and units glued by a hyphen', () => {
  it.each([
    ['a currency named with its country', 'The miner paid 7 billion Mexican pesos.', [['7 billion Mexican pesos', 'MXN']]],
    ['a currency name of one country', 'The refiner earned 5 billion zlotys and 60 billion forints.', [['5 billion zlotys', 'PLN'], ['60 billion forints', 'HUF']]],
    ['Asian currencies', 'Sales were 12 trillion rupiah, 70 billion baht and 4 billion ringgit.', [['12 trillion rupiah', 'IDR'], ['70 billion baht', 'THB'], ['4 billion ringgit', 'MYR']]],
    ['"Taiwan dollars" is no USD', 'The chipmaker earned 250 billion Taiwan dollars.', [['250 billion Taiwan dollars', 'TWD']]],
    ['"Egyptian pounds" is no GBP', 'The bank lost 6 billion Egyptian pounds.', [['6 billion Egyptian pounds', 'EGP']]],
    ['"Pakistani rupees" is no INR', 'The utility earned 45 billion Pakistani rupees.', [['45 billion Pakistani rupees', 'PKR']]],
    ['a bare repeat takes the earlier country', 'Net profit was 2.2 billion Danish crowns against 1.9 billion crowns a year ago.', [['2.2 billion Danish crowns', 'DKK'], ['1.9 billion crowns', 'DKK']]],
    ['a bare repeat without a scale word', 'It paid 8 billion Czech crowns. Its shares closed at 612 crowns.', [['8 billion Czech crowns', 'CZK'], ['612 crowns', 'CZK']]],
    ['a bare "kroner" after a code', 'It earned NOK 3 billion, or 3 billion kroner.', [['NOK 3 billion', 'NOK'], ['3 billion kroner', 'NOK']]],
    ['a bare "pesos" after a named peso', 'The fine was 40 million Chilean pesos, up from 30 million pesos.', [['40 million Chilean pesos', 'CLP'], ['30 million pesos', 'CLP']]],
    ['a bare "pounds" after Egyptian pounds', 'It lost 3 billion Egyptian pounds after losing 2 billion pounds.', [['3 billion Egyptian pounds', 'EGP'], ['2 billion pounds', 'EGP']]],
    ['a bare "pesos" names no country', 'A ticket costs 900 pesos.', [['900 pesos', 'peso']]],
    ['bare "crowns" with no currency before are a count', 'The jeweller restored 4 crowns.', [['4 crowns', null]]],
    ['area units', 'It bought 3.5 million square feet and a 900 square metre plot.', [['3.5 million square feet', 'ft2'], ['900 square metre', 'm2']]],
    ['hyphenated area and power units', 'The 600-acre site has a 25-megawatt plant on a 1,500-hectare farm.', [['600-acre', 'acre'], ['25-megawatt', 'MW'], ['1,500-hectare', 'ha']]],
    ['hyphenated weight and floor area', 'A 200-tonne press sits in a 250,000-square-foot plant.', [['200-tonne', 't'], ['250,000-square-foot', 'ft2']]],
  ])('%s', (_label, text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});
