// Two place regressions (report regress10 R2, R3): US towns named "Mount …"/"Lake …" that several towns share are
// towns, not features with no country; a small US city is not moved to a county or state abroad of its name in a US
// story that gives no sign of that country, while the big provinces and states world news name bare still win.
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

const placesOf = (text: string) => findActorsAndPlaces(contextOf(text)).places.map((p) => `${p.name}:${p.kind}:${p.country}`);

const check = (text: string, present: string[], absent: string[]) => {
  const got = placesOf(text);
  for (const p of present) expect(got).toContain(p);
  for (const a of absent) expect(got).not.toContain(a);
};

describe('lead-word names that towns bear (R2)', () => {
  it.each([
    // a name several gazetteer towns share is a town: the context-free lookup finds none, the article's country does
    ['Mount Vernon police said the suspect fled, as storms swept across the United States.', ['Mount Vernon:city:US'], ['Mount Vernon:feature:null']],
    ['The mayor of Lake Forest said the library would reopen, as snow hit the United States.', ['Lake Forest:city:US'], ['Lake Forest:feature:null']],
    ['Shops in Mount Pleasant and Mount Vernon put up plywood before the storm reached the United States.',
      ['Mount Pleasant:city:US', 'Mount Vernon:city:US'], ['Mount Pleasant:feature:null', 'Mount Vernon:feature:null']],
    // the state after the town settles it, and the state stays the state ("New York", not the city)
    ['Buses stopped running in Mount Vernon, New York, after the snow.', ['Mount Vernon:city:US', 'New York:region:US'], ['New York:city:US']],
    ['Residents of Mount Pleasant, South Carolina, lost power overnight.', ['Mount Pleasant:city:US', 'South Carolina:region:US'], ['Mount Pleasant:feature:null']],
    ['Hail fell on Lake Forest, Ill., late on Tuesday.', ['Lake Forest:city:US'], ['Lake Forest:feature:null']],
    // features of the news stay features, with their own country or none
    ['Guides on Mount Kilimanjaro reported heavy snow.', ['Mount Kilimanjaro:feature:TZ'], []],
    ['Fishermen on Lake Victoria said the catch had fallen.', ['Lake Victoria:feature:null'], []],
    ['Two teams on Mount Everest and Mount Kilimanjaro reported delays.', ['Mount Everest:feature:null', 'Mount Kilimanjaro:feature:TZ'], []],
    ['Farmers near Lake Chad said the water was rising.', ['Lake Chad:feature:null'], []],
    ['Ferries from the Isle of Wight were cancelled.', ['Isle of Wight:feature:GB'], []],
    ['Tankers rounded the Cape of Good Hope to avoid the Red Sea.', ['Cape of Good Hope:feature:ZA'], []],
    // a lead-word name no town bears stays a feature; a town's name with a mountain's cue before it is the mountain
    ['Snow closed the roads around Lake Como and Lake Garda.', ['Lake Como:feature:IT'], []],
    ['Hikers on Mount Pleasant reported a small brush fire.', ['Mount Pleasant:feature:null'], ['Mount Pleasant:city:US']],
  ])('%s', check);
});

describe('a US city and a division abroad of its name (R3)', () => {
  it.each([
    // a US story with no sign of Britain, Mexico: the US city, not the English county or the Mexican state
    ['The aircraft carrier returned to Norfolk on Sunday, officials in Washington said.', ['Norfolk:city:US'], ['Norfolk:region:GB']],
    ['A storm knocked out power in the United States, and a mudslide closed a road near Durango.', ['Durango:city:US'], ['Durango:region:MX']],
    ['Schools closed in Kent as snow fell on Seattle and Tacoma.', ['Kent:city:US'], ['Kent:region:GB']],
    ['Floods in the United States reached Kent and Norfolk on Friday.', ['Kent:city:US', 'Norfolk:city:US'], ['Kent:region:GB', 'Norfolk:region:GB']],
    // a sign of the division's country abroad: the county
    ['Farmers in Norfolk and Suffolk said the British harvest was poor, while the United States bought more wheat.',
      ['Norfolk:region:GB'], ['Norfolk:city:US']],
    // the big provinces and states world news name bare still win over a small namesake in a US story
    ['Smoke from wildfires in Ontario drifted over Chicago and Detroit.', ['Ontario:region:CA'], ['Ontario:city:US']],
    ['Bushfires in Victoria burned for a week, and the United States sent crews.', ['Victoria:region:AU'], ['Victoria:city:US']],
    // unless the article's places lie in the city's own state, or its state qualifies it
    ['Crews from Riverside and San Bernardino fought a fire in Ontario.', ['Ontario:city:US'], ['Ontario:region:CA']],
    ['Police in Victoria, Texas, closed two roads.', ['Victoria:city:US'], ['Victoria:region:AU']],
  ])('%s', check);
});
