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
