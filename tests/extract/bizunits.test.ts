import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { contextOf } from './ner-helpers.js';

const dates = (text: string, ref: string) => findDates({ ...contextOf(text), referenceDate: ref }).map((d) => [d.text, d.value]);

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
    ['"expected on <weekday>" stays ahead', 'Results expected on Wednesday will show a loss.', [['Wednesday', '2025-06-18']]],
    ['"would be completed in <month>" stays ahead', 'He said the bridge would be completed in September.', [['September', '2025-09']]],
  ])('%s', (_label, text, expected) => {
    expect(dates(text, '2025-06-13')).toEqual(expected);
  });
});
