import { describe, expect, it } from 'vitest';
import { findNumbers, parseWords } from '../../src/extract/numbers.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string) => findNumbers(contextOf(text));
const fields = (text: string) =>
  run(text).map((n) => ({ value: n.value, approximate: n.approximate, unit: n.unit, counts: n.counts, event: n.event }));

describe('findNumbers: forms and fields', () => {
  it.each([
    ['hedged count, perfect tense', 'Some 70 fighters have withdrawn from the town.',
      { value: 70, approximate: true, unit: null, counts: 'fighters', event: 'withdrawn' }],
    ['passive subject', '26 rebel militants were killed and 3 vehicles were destroyed.',
      { value: 26, approximate: false, unit: null, counts: 'rebel militants', event: 'killed' }],
    ['word number, object of a verb', 'The army has captured three hills near the river.',
      { value: 3, approximate: false, unit: null, counts: 'hills', event: 'captured' }],
    ['thousands separator, possession', 'The group now includes 10,000 fighters.',
      { value: 10000, approximate: false, unit: null, counts: 'fighters', event: 'includes' }],
    ['"more than" after the verb', 'The raids killed more than 20 militants.',
      { value: 20, approximate: true, unit: null, counts: 'militants', event: 'killed' }],
    ['"at least" with have-been passive', 'At least 43 people have been killed in the blast.',
      { value: 43, approximate: true, unit: null, counts: 'people', event: 'killed' }],
    ['scale word', 'Funds for some 2.5 million refugees fell short.',
      { value: 2_500_000, approximate: true, unit: null, counts: 'refugees', event: null }],
    ['"a dozen"', 'Police arrested a dozen protesters.',
      { value: 12, approximate: false, unit: null, counts: 'protesters', event: 'arrested' }],
    ['vague amount', 'Dozens of villages were displaced by the floods.',
      { value: 24, approximate: true, unit: null, counts: 'villages', event: 'displaced' }],
    ['money with a scale letter', 'The bank announced a $100m loan.',
      { value: 100_000_000, approximate: false, unit: 'USD', counts: null, event: 'announced' }],
    ['pounds with "bn"', 'Britain has committed over £1.1bn in aid.',
      { value: 1_100_000_000, approximate: true, unit: 'GBP', counts: null, event: 'committed' }],
    ['percent in words', 'Just 10 per cent of requests were approved.',
      { value: 10, approximate: false, unit: '%', counts: null, event: 'approved' }],
    ['distance: no event', 'The town lies about 30km south of the city.',
      { value: 30, approximate: true, unit: 'km', counts: null, event: null }],
    ['currency after the figure', 'Workers earn two Jordanian dinars an hour.',
      { value: 2, approximate: false, unit: 'JOD', counts: null, event: 'earn' }],
    ['-plus suffix', 'With the support of the 60-plus nation coalition, the army advanced.',
      { value: 60, approximate: true, unit: null, counts: 'nation coalition', event: null }],
    ['governed by a preposition', 'Aid was pledged for some 4.7 million Syrians now living abroad.',
      { value: 4_700_000, approximate: true, unit: null, counts: 'Syrians', event: null }],
    ['partitive', 'Airstrikes destroyed three of the five bridges.',
      { value: 3, approximate: false, unit: null, counts: 'bridges', event: 'destroyed' }],
    ['hedged "once"', 'The group has used such weapons at least once.',
      { value: 1, approximate: true, unit: null, counts: null, event: null }],
    ['"one" before a noun', 'Near the border, one strike destroyed a tank.',
      { value: 1, approximate: false, unit: null, counts: 'strike', event: 'destroyed' }],
    ['a hyphenated measure', 'They ended a 25-year partnership.',
      { value: 25, approximate: false, unit: 'year', counts: null, event: null }],
    ['a participle after the counted noun', 'The 18 teams playing in Madrid arrived.',
      { value: 18, approximate: false, unit: null, counts: 'teams', event: null }],
    ['a name after a rank is not counted', 'Standings: 16 Erik Jones, 17 Daniel Suarez.',
      { value: 16, approximate: false, unit: null, counts: null, event: null }],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)[0]).toEqual(expected);
  });

  it('carries the verb along a list of objects', () => {
    const ns = fields('Five strikes destroyed eight oil pump jacks, six refinement stills and two cranes.');
    expect(ns.map((n) => [n.value, n.counts, n.event])).toEqual([
      [5, 'strikes', 'destroyed'], [8, 'oil pump jacks', 'destroyed'], [6, 'refinement stills', 'destroyed'], [2, 'cranes', 'destroyed'],
    ]);
  });

  it('shares the hedge of an amount with its conversion in brackets', () => {
    expect(fields('The town lies about 30km (19 miles) from the border.').map((n) => [n.value, n.unit, n.approximate])).toEqual([
      [30, 'km', true], [19, 'mi', true],
    ]);
  });

  it('covers the hedge and the counted phrase in the span', () => {
    const text = 'Some 70 fighters have withdrawn.';
    const [n] = run(text);
    expect(n).toMatchObject({ text: 'Some 70 fighters', start: 0, end: 16, claim: null });
    expect(text.slice(n!.start, n!.end)).toBe(n!.text);
  });

  it.each([
    ['an ordinal in a name', 'The 101st Division joined the offensive.'],
    ['a date', 'The deal was confirmed on May 11.'],
    ['a year', 'The war began in 2011.'],
    ['a clock time', 'The call starts at 6:00am.'],
    ['a document number', 'The council passed Resolution 2254.'],
    ['a phone number', 'Call 888-847-6592 to join.'],
    ['"one of"', 'It was one of our own.'],
    ['a bracketed reference', 'The dam was built in the 1950s.[2]'],
    ['a score', 'Spain won 2-1 on Sunday.'],
  ])('finds no number in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('parseWords', () => {
  it.each([
    ['five', 5], ['twenty-five', 25], ['two hundred and fifty', 250], ['five million', 5_000_000], ['one thousand two hundred', 1200],
  ])('%s → %d', (words, value) => {
    expect(parseWords(words)).toBe(value);
  });
});

describe('findNumbers: odd input', () => {
  it('stays linear on long runs of figures', () => {
    const t0 = performance.now();
    const ns = run('1 '.repeat(5000));
    expect(ns.length).toBe(5000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('findNumbers: the event of a number in reported speech', () => {
  const events = (text: string) => fields(text).map((n) => [n.value, n.event]);
  it.each([
    ['clause after "said"', 'The rebels said 14 soldiers were captured near the dam.', [[14, 'captured']]],
    ['plain past verb after "says"', 'The agency says 9 aid workers died this week.', [[9, 'died']]],
    ['perfect tense after "told"', 'The mayor told reporters 60 shops had reopened.', [[60, 'reopened']]],
    ['percent with an of-phrase', 'Engineers said 35% of the bridge was damaged.', [[35, 'damaged']]],
    ['hedged count after "announced"', 'The ministry announced at least 200 prisoners were freed.', [[200, 'freed']]],
    ['"claimed" with a clause', 'The militia claimed 8 drones were shot down.', [[8, 'shot down']]],
    ['nothing happens after "said": no event', 'Officials said 40 families, most of them farmers.', [[40, null]]],
    ['"stressed" reports a clause, never an object', 'She stressed 300 homes.', [[300, null]]],
    // near misses: the reporting verb is what happened to the counted thing, or its subject did the saying
    ['a cue whose object is the count', 'The health ministry reported 52 new infections.', [[52, 'reported']]],
    ['money object of "announced"', 'The bank announced a $250m credit line for farmers.', [[250_000_000, 'announced']]],
    ['"to" after the object is a purpose', 'The donors announced $40m to rebuild schools.', [[40_000_000, 'announced']]],
    ['the counted people did the reporting', 'Three officials confirmed the deal.', [[3, 'confirmed']]],
    ['"reported missing": the state, with its verb', 'Seven fishermen were reported missing after the storm.', [[7, 'reported missing']]],
    ['"feared dead"', 'Eleven miners were feared dead on Monday.', [[11, 'feared dead']]],
    ['no cue: unchanged', 'The strikes killed 17 fighters.', [[17, 'killed']]],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('findNumbers: thousands grouped by spaces', () => {
  const values = (text: string) => run(text).map((n) => [n.text, n.value]);
  it.each([
    ['plain spaces', 'Aid officials said 8 000 people left Raqqa and 14 500 stayed.', [['8 000 people', 8000], ['14 500', 14500]]],
    ['no-break space', 'Some 6\u00a0300 tents were delivered.', [['Some 6\u00a0300 tents', 6300]]],
    ['narrow no-break space', 'The camp holds 21\u202f000 refugees.', [['21\u202f000 refugees', 21000]]],
    ['millions', 'The census counted 2 750 000 residents.', [['2 750 000 residents', 2_750_000]]],
    ['a plural name is counted', 'More than 12 500 Afghans crossed the border.', [['More than 12 500 Afghans', 12500]]],
    // near misses: two numbers side by side
    ['a year before a number', 'In 2015 4 000 families fled.', [['4 000 families', 4000]]],
    ['a two-digit second group', 'Those aged 16 25 recruits joined.', [['16', 16], ['25 recruits', 25]]],
    ['a four-digit second group', 'Crews counted 30 4500 times.', [['30', 30], ['4500 times', 4500]]],
    ['a hyphenated compound after', 'She ran 12 400-metre laps.', [['12', 12], ['400-metre', 400]]],
    ['a day before a number', 'On March 3 200 people marched.', [['200 people', 200]]],
    // (the model's number is no figure of its own: the count is of "737 Max aircraft", claims7.test.ts)
    ['a model name after', 'The airline flies about 300 737 Max aircraft.', [['about 300 737 Max aircraft', 300]]],
    ['a determiner before, then a verb', 'Of the 150 200 were sent home.', [['150', 150], ['200', 200]]],
    ['a determiner before, then a counted noun', 'The 8 000 pupils went back to school.', [['8 000 pupils', 8000]]],
    ['a three-digit first group and an unround second', 'The sensor reads 480 720 dots.', [['480', 480], ['720 dots', 720]]],
    ['a three-digit first group, round', 'Some 250 000 people fled.', [['Some 250 000 people', 250000]]],
  ])('%s', (_name, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('findNumbers: fractions and ratios', () => {
  const shares = (text: string) => fields(text).map((n) => [n.value, n.unit, n.counts, n.event]);
  it.each([
    ['hyphenated', 'Three-quarters of the crops were burned.', [[0.75, 'fraction', null, 'burned']]],
    ['two-thirds', 'Two-thirds of the voters stayed home.', [[0.6667, 'fraction', null, 'stayed']]],
    ['"a third of"', 'A third of the wells were poisoned.', [[0.3333, 'fraction', null, 'poisoned']]],
    ['spaced, before "of"', 'Two fifths of the budget was spent.', [[0.4, 'fraction', null, 'spent']]],
    ['"one in five" with its noun', 'One in five schools was closed.', [[0.2, 'fraction', null, 'closed']]],
    ['digits', 'Only 1 in 4 clinics received fuel.', [[0.25, 'fraction', null, 'received']]],
    ['"out of every"', 'Nine out of every ten patients recovered.', [[0.9, 'fraction', null, 'recovered']]],
    ['a fraction of a scale is a count', 'A quarter of a million people were displaced.', [[250_000, null, 'people', 'displaced']]],
    // near misses
    ['periods, not a share', 'The first three quarters of the year were calm.', [[3, null, 'quarters', null]]],
    ['a time span is no ratio', 'The river floods one in ten years.', [[10, 'year', null, null]]],
    ['a mixed amount', 'Add a cup and a half of sugar.', []],
    ['an ordinal is no fraction', 'The third convoy reached 40 villages.', [[40, null, 'villages', 'reached']]],
  ])('%s', (_name, text, expected) => {
    expect(shares(text)).toEqual(expected);
  });

  it('keeps the hedge and the exact span of a fraction', () => {
    const text = 'Nearly two-thirds of the houses burned.';
    const [n] = run(text);
    expect(n).toMatchObject({ text: 'Nearly two-thirds', value: 0.6667, approximate: true, start: 0, end: 17 });
    expect(text.slice(n!.start, n!.end)).toBe(n!.text);
  });
});

describe('findNumbers: scale letters after a bare number', () => {
  const read = (text: string) => fields(text).map((n) => [n.value, n.unit, n.counts]);
  it.each([
    ['"bn" before a currency word', '3bn dollars were pledged.', [[3e9, 'USD', null]]],
    ['"bn" before a count', 'The app has 2bn users.', [[2e9, null, 'users']]],
    ['"mn" before a count', 'Some 4mn people voted.', [[4e6, null, 'people']]],
    ['"m" before a currency word', 'They paid 5m euros in fines.', [[5e6, 'EUR', null]]],
    ['"m" before a verb', '1.2m stayed in the camps.', [[1.2e6, null, null]]],
    ['"m" before an auxiliary', 'Officials said 2.4m were displaced.', [[2.4e6, null, null]]],
    ['"m" before a plural noun', 'The war displaced 6.5m Syrians.', [[6.5e6, null, 'Syrians']]],
    // near misses: metres
    ['"a 1.2m wall"', 'They built a 1.2m wall.', [[1.2, 'm', null]]],
    ['"m" before an adjective', 'The fence is 3m high.', [[3, 'm', null]]],
    ['"m" before a preposition', 'The shell landed 300m from the school.', [[300, 'm', null]]],
    ['"m" before a bracket', 'He stood 50m (164ft) away.', [[50, 'm', null], [164, 'ft', null]]],
    ['"m" glued to a hyphen', 'A 2m-high wall stood there.', [[2, 'm', null]]],
    ['currency prefix unchanged', 'The bank lent $3m.', [[3e6, 'USD', null]]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findNumbers: telephone numbers', () => {
  it.each([
    ['international with spaces', 'Call +44 20 7946 0958 for details.'],
    ['international with a trunk zero', 'Ring +49 (0)30 901 820 today.'],
    ['a free-phone line', 'The hotline 0800 123 456 is open.'],
    ['a local number with a trunk zero', 'Phone 020 7946 0958 after dark.'],
    ['a bracketed area code', 'Dial (555) 234-5678 to report it.'],
    ['dots', 'Contact 01.45.67.89.10 in Paris.'],
  ])('finds no number in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    ['a signed change', 'Prices rose +5% in May.', [[5, '%']]],
    ['grouped thousands', 'Some 7 000 000 people need aid.', [[7_000_000, null]]],
    ['a decimal below one', 'The index fell 0.5 points.', [[0.5, null]]],
  ])('keeps %s', (_name, text, expected) => {
    expect(fields(text).map((n) => [n.value, n.unit])).toEqual(expected);
  });
});

describe('findNumbers: second round of news sentences', () => {
  const brief = (text: string) => run(text).map((n) => [n.text, n.value, n.approximate, n.unit, n.counts, n.event]);
  it.each([
    // a figure right after the hearer of "told" opens the reported clause; a name before a figure stays a name
    ['"told" + agency + figure', 'A spokesman told AFP 40 people had died.', [['40 people', 40, false, null, 'people', 'died']]],
    ['"told the" + two-word name', 'He told the Al Jazeera network 15 soldiers were captured.', [['15 soldiers', 15, false, null, 'soldiers', 'captured']]],
    ['a weekday before the figure', 'Police said Monday 12 people were killed.', [['12 people', 12, false, null, 'people', 'killed']]],
    ['near miss: a model name', 'Engineers inspected the Boeing 737 jets.', []],
    ['near miss: a resolution', 'Diplomats cited Resolution 2254 again.', []],
    // one word in quotation marks is read through
    ['scare-quoted noun', 'Abu Mohammed said 9 “fighters” were killed.', [['9 “fighters”', 9, false, null, 'fighters', 'killed']]],
    ['scare-quoted participle', 'The ministry said 15 militants had been "neutralised" near the border.', [['15 militants', 15, false, null, 'militants', 'neutralised']]],
    ['a quotation opening on the figure is the object', 'The group claimed it had killed “dozens of enemy soldiers”.', [['dozens', 24, true, null, 'enemy soldiers', 'killed']]],
    ['near miss: a longer quotation still ends the phrase', 'He said 9 "were killed by the army".', [['9', 9, false, null, null, null]]],
    // the governor of a figure
    ['a year before the figure', 'In 2017 3 000 people fled the region.', [['3 000 people', 3000, false, null, 'people', 'fled']]],
    ['a phrasal verb', 'The flood wiped out nearly one-third of the harvest.', [['nearly one-third', 0.3333, true, 'fraction', null, 'wiped out']]],
    ['near miss: a preposition governs the figure', 'Aid went to 300 families.', [['300 families', 300, false, null, 'families', null]]],
    // the counted phrase
    ['a misread verb after a plural', 'The 1.2m refugees need aid.', [['1.2m refugees', 1_200_000, false, null, 'refugees', null]]],
    ['a plural head the tagger read as a verb', 'Rebels captured 4 army bases.', [['4 army bases', 4, false, null, 'army bases', 'captured']]],
    ['near miss: a plural modifier', 'Police seized 5 arms caches.', [['5 arms caches', 5, false, null, 'arms caches', 'seized']]],
    ['near miss: an auxiliary after a singular noun', 'Airbus said its 350 line has suffered delays.', [['350 line', 350, false, null, 'line', 'suffered']]],
    ['near miss: a phrasal verb after a singular noun', 'The 90 page plan comes out on Friday.', [['90 page plan', 90, false, null, 'page plan', 'comes out']]],
    ['a scare-quoted head after modifiers keeps both marks', 'The app has 30 million daily active "creators" worldwide.', [['30 million daily active "creators"', 30_000_000, false, null, 'daily active "creators"', 'has']]],
    ['a same-form participle after "were"', 'Villagers said 300 houses were hit.', [['300 houses', 300, false, null, 'houses', 'hit']]],
    ['a same-form participle after "had been"', 'Officials said 40 shops had been shut.', [['40 shops', 40, false, null, 'shops', 'shut']]],
    // ranges: one number, the low end, approximate
    ['hyphen range', 'Some 10-15 villages were shelled.', [['Some 10-15 villages', 10, true, null, 'villages', 'shelled']]],
    ['range with a unit', 'Prices rose 15-20 percent.', [['15-20 percent', 15, true, '%', null, 'rose']]],
    ['"between … and"', 'Between 10 and 20 soldiers were wounded.', [['Between 10 and 20 soldiers', 10, true, null, 'soldiers', 'wounded']]],
    ['"to" range', 'About 20 to 30 armed men attacked the post.', [['About 20 to 30 armed men', 20, true, null, 'armed men', 'attacked']]],
    ['money range with a scale', 'The EU pledged $3-4bn.', [['$3-4bn', 3e9, true, 'USD', null, 'pledged']]],
    ['"between … and" with nothing counted', 'The victims, aged between 18 and 25, were students.', [['between 18 and 25', 18, true, 'year', null, null]]],
    ['near miss: years are not a range', 'Between 2010 and 2015 the war raged.', []],
    ['percentage points are a unit', 'Unemployment fell by 2 percentage points.', [['2 percentage points', 2, false, 'pp', null, 'fell']]],
    // a casualty state after the copula is the event
    ['"were missing"', 'Rescuers said 300 people were missing.', [['300 people', 300, false, null, 'people', 'missing']]],
    ['"are dead"', 'At least 12 are dead.', [['At least 12', 12, true, null, null, 'dead']]],
    ['near miss: a description', 'The 30 soldiers were young.', [['30 soldiers', 30, false, null, 'soldiers', null]]],
    // a scaled decimal has no binary noise
    ['"$4.1bn"', 'The UN needs $4.1bn.', [['$4.1bn', 4_100_000_000, false, 'USD', null, null]]],
    ['"4.1m people"', 'Some 4.1m people fled.', [['Some 4.1m people', 4_100_000, true, null, 'people', 'fled']]],
    // "after", "since" open a clause whose subject is the figure
    ['"after" + clause', 'The attack came two days after 14 soldiers were killed.',
      [['two days', 2, false, 'day', null, null], ['14 soldiers', 14, false, null, 'soldiers', 'killed']]],
    ['near miss: "after" + noun phrase', 'Aid arrived after 3 convoys.', [['3 convoys', 3, false, null, 'convoys', null]]],
    ['near miss: a score', 'The team won 2-1 in extra time.', []],
    ['near miss: a lower second figure', 'It was a 6-3 victory.', []],
    ['near miss: a change is two numbers', 'The toll rose from 10 to 15 people.', [['10', 10, false, null, null, null], ['15 people', 15, false, null, 'people', null]]],
    ['near miss: "and" without "between"', 'Gunmen killed 3 and 4 people.', [['3', 3, false, null, null, 'killed'], ['4 people', 4, false, null, 'people', 'killed']]],
    // "half of" is a share, like "a third of"
    ['"more than half of"', 'More than half of the residents fled.', [['More than half', 0.5, true, 'fraction', null, 'fled']]],
    ['near miss: a part of a match', 'In the second half of the match, they scored.', []],
    ['near miss: the other half', 'The other half of the town burned.', []],
    // coordinated subjects share their verb
    ['two subjects, one verb', 'Two soldiers and three civilians were killed.',
      [['Two soldiers', 2, false, null, 'soldiers', 'killed'], ['three civilians', 3, false, null, 'civilians', 'killed']]],
    ['near miss: each has its own verb', 'Nine people died and 14 were injured.',
      // (14 counts people too, the list's noun: shareListCounts, fix-disaster)
      [['Nine people', 9, false, null, 'people', 'died'], ['14', 14, false, null, 'people', 'injured']]],
    ['near miss: no verb at all', 'Three soldiers and 2 civilians.',
      [['Three soldiers', 3, false, null, 'soldiers', null], ['2 civilians', 2, false, null, 'civilians', null]]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findNumbers: markets, weather, courts and elections', () => {
  const brief = (text: string) => run(text).map((n) => [n.text, n.value, n.approximate, n.unit, n.counts, n.event]);
  it.each([
    // a year names the period of results, sales, elections: no count
    ['a year before "elections"', 'Turnout in the 1998 elections was low.', []],
    ['a year before "sales"', 'The group said its 2019 sales fell sharply.', []],
    ['"fiscal" before a year', 'It expects fiscal 2027 profits to rise.', []],
    ['near miss: a count of 2000 troops', 'Some 2000 troops arrived on Monday.', [['Some 2000 troops', 2000, true, null, 'troops', 'arrived']]],
    // verbs of change the tagger reads as nouns
    ['"rose" with a percentage', 'Exports rose 7% in April.', [['7%', 7, false, '%', null, 'rose']]],
    ['"rise" in a headline present', 'Food prices rise 3% as harvests fail.', [['3%', 3, false, '%', null, 'rise']]],
    ['"cut" after a singular subject', 'The bank cut 900 jobs last year.', [['900 jobs', 900, false, null, 'jobs', 'cut']]],
    ['"fell to"', 'Inflation fell to 2.6% in June.', [['2.6%', 2.6, false, '%', null, 'fell']]],
    ['"rose by"', 'The index rose by 40 points.', [['40 points', 40, false, null, 'points', 'rose']]],
    ['near miss: a rise as a noun', 'There was a rise of 9% in thefts.', [['9%', 9, false, '%', null, null]]],
    // units of weather, quakes and markets
    ['miles per hour', 'Winds of 90 mph hit the coast.', [['90 mph', 90, false, 'mph', null, null]]],
    ['km/h is a speed, not a distance', 'Gusts hit 150 km/h overnight.', [['150 km/h', 150, false, 'km/h', null, 'hit']]],
    ['millimetres of rain', 'The storm brought 80mm of rain.', [['80mm', 80, false, 'mm', null, null]]],
    ['inches of snow', 'Up to 8 inches of snow fell.', [['Up to 8 inches', 8, true, 'in', null, null]]],
    ['Celsius glued', 'The town hit 44C on Sunday.', [['44C', 44, false, '°C', null, 'hit']]],
    ['degree sign', 'It was 30°F in the city.', [['30°F', 30, false, '°F', null, null]]],
    ['near miss: a spaced capital is no unit', 'They got 5 C grades.', [['5 C grades', 5, false, null, 'C grades', 'got']]],
    ['bare degrees after a figure', 'It felt like 40 degrees.', [['40 degrees', 40, false, 'deg', null, null]]],
    ['near miss: academic degrees in words', 'She earned two degrees abroad.', [['two degrees', 2, false, null, 'degrees', 'earned']]],
    ['magnitude before', 'A magnitude 5.9 quake struck the island.', [['magnitude 5.9', 5.9, false, 'magnitude', null, 'struck']]],
    ['magnitude after', 'A 7.1-magnitude tremor shook the city.', [['7.1-magnitude', 7.1, false, 'magnitude', null, 'shook']]],
    ['basis points', 'The yield climbed 15 basis points.', [['15 basis points', 15, false, 'bp', null, 'climbed']]],
    ['"bp" glued', 'Spreads widened 20bp.', [['20bp', 20, false, 'bp', null, 'widened']]],
    ['pence', 'The shares ended at 245p.', [['245p', 245, false, 'GBX', null, 'ended']]],
    ['cents', 'Fuel costs 95 cents more.', [['95 cents', 95, false, 'cent', null, 'costs']]],
    // currencies beyond $ £ € ¥
    ['rupees in crore', 'The state set aside Rs 30 crore for schools.', [['Rs 30 crore', 300_000_000, false, 'INR', null, null]]],
    ['rupee sign in lakh', 'Each family gets ₹2 lakh.', [['₹2 lakh', 200_000, false, 'INR', null, 'gets']]],
    ['Hong Kong dollars, not metres', 'The flat sold for HK$12m.', [['HK$12m', 12_000_000, false, 'HKD', null, null]]],
    ['Canadian dollars', 'Ottawa will spend C$3 billion.', [['C$3 billion', 3_000_000_000, false, 'CAD', null, 'spend']]],
    ['Swiss francs as a code', 'The fine was CHF 5 million.', [['CHF 5 million', 5_000_000, false, 'CHF', null, null]]],
    ['won after a scale', 'The firm invested 2 trillion won.', [['2 trillion won', 2_000_000_000_000, false, 'KRW', null, 'invested']]],
    // (the opening "Of the seats," says what 30 counts: eastasia)
    ['near miss: "won" without a scale is the verb', 'Of the seats, 30 won by Labour were new.', [['30', 30, false, null, 'seats', null]]],
    // ages describe a group; the group's verb comes after them
    ['a group aged a range', 'Four women aged 20 to 30 were charged.',
      [['Four women', 4, false, null, 'women', 'charged'], ['20 to 30', 20, true, 'year', null, null]]],
    ['a group aged one figure', 'Two boys aged 15 were released.',
      [['Two boys', 2, false, null, 'boys', 'released'], ['15', 15, false, 'year', null, null]]],
    // negative figures: a written minus; "down" keeps the value positive with the direction as event
    ['a leading minus sign', 'Growth was revised to -0.5% in March.', [['-0.5%', -0.5, false, '%', null, null]]],
    ['"minus"', 'The index stood at minus 8.', [['minus 8', -8, false, null, null, null]]],
    ['"minus" with a temperature', 'Lows reached minus 12C.', [['minus 12C', -12, false, '°C', null, 'reached']]],
    ['near miss: a score is no negative', 'They won 3-0 at home.', []],
    ['near miss: "down" keeps the value positive', 'Shares were down 4% at noon.', [['4%', 4, false, '%', null, 'were down']]],
    // addresses
    ['a house number', 'Protesters gathered outside 10 Downing Street.', []],
    ['a two-word street', 'He lived at 221 Baker Street West Road.', []],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findNumbers: findings, changes done to an object, names and foreign scales', () => {
  const brief = (text: string) => run(text).map((n) => [n.text, n.value, n.approximate, n.unit, n.counts, n.event]);
  it.each([
    // a verb of finding opens a clause; a copula and an adjective are no event
    ['a finding with a clause', 'The audit found 35% of bridges were unsafe.', [['35%', 35, false, '%', null, null]]],
    ['a finding of a share', 'The census showed 52% in favour.', [['52%', 52, false, '%', null, null]]],
    ['a finding with a passive clause', 'The survey found 60 wells were poisoned.', [['60 wells', 60, false, null, 'wells', 'poisoned']]],
    ['near miss: found as what happened', 'Divers found 14 bodies near the wreck.', [['14 bodies', 14, false, null, 'bodies', 'found']]],
    ['near miss: a reported count keeps its cue', 'The agency reported 80 new infections.', [['80 new infections', 80, false, null, 'new infections', 'reported']]],
    // a verb of change before its subject's level: the subject is what a bare figure counts
    ['the subject of "rose to"', 'Cholera infections rose to 3,150 last month.', [['3,150', 3150, false, null, 'Cholera infections', 'rose']]],
    ['a subject with a place after it', 'Flu deaths in the county fell to 48.', [['48', 48, false, null, 'Flu deaths', 'fell']]],
    ['"the number of"', 'The number of asylum claims rose by 900.', [['900', 900, false, null, 'asylum claims', 'rose']]],
    ['near miss: a pronoun subject', 'It rose to 40 on Tuesday.', [['40', 40, false, null, null, 'rose']]],
    ['near miss: a negative level counts nothing', 'Temperatures fell to minus 9 overnight.', [['minus 9', -9, false, null, null, 'fell']]],
    ['near miss: a percentage counts nothing', 'Youth unemployment rose to 14.2% in May.', [['14.2%', 14.2, false, '%', null, 'rose']]],
    ['near miss: the figure has its own noun', 'Arrests rose to 300 people a day.', [['300 people', 300, false, null, 'people', 'rose']]],
    // a verb of change, its object, then "by N"
    ['"cut rates by"', 'The central bank cut rates by 50 basis points.', [['50 basis points', 50, false, 'bp', null, 'cut']]],
    ['"raised prices by"', 'The utility raised prices by 8%.', [['8%', 8, false, '%', null, 'raised']]],
    ['after "to"', 'The board voted to slash costs by $40 million.', [['$40 million', 40_000_000, false, 'USD', null, 'slash']]],
    ['near miss: a cut as a noun', 'A deep cut in spending by 5% was ruled out.', [['5%', 5, false, '%', null, null]]],
    ['near miss: another verb in between', 'Rates rose after the bank moved by 25 basis points.', [['25 basis points', 25, false, 'bp', null, null]]],
    // a unit of the figure before is no event
    ['a level after a change', 'The yield was up 9 basis points at 3.85%.',
      [['9 basis points', 9, false, 'bp', null, 'was up'], ['3.85%', 3.85, false, '%', null, null]]],
    ['near miss: the verb is still read', 'Shares were down 4% at 210p.',
      [['4%', 4, false, '%', null, 'were down'], ['210p', 210, false, 'GBX', null, 'were down']]],
    ['"plus or minus" is no verb', 'The poll has a margin of plus or minus 4 points.', [['4 points', 4, false, null, 'points', null]]],
    // fractions after "by"
    ['"by a third"', 'The drug cut the risk of stroke by a third.', [['a third', 0.3333, false, 'fraction', null, 'cut']]],
    ['"by half" before a time', 'Output fell by half in March.', [['half', 0.5, false, 'fraction', null, 'fell']]],
    ['"by a quarter" at the end', 'Exports dropped by a quarter.', [['a quarter', 0.25, false, 'fraction', null, 'dropped']]],
    ['near miss: "a third party"', 'The deal was approved by a third party.', []],
    ['near miss: "half a point"', 'Rates rose by half a point.', []],
    // names holding numbers
    ['a capitalised word before', 'The Big Six clubs opposed the plan.', []],
    ['"Group of Seven"', 'Leaders of the Group of Seven met in Rome.', []],
    ['a capitalised word after', 'She booked a room at the Four Seasons in May.', []],
    ['a model number', 'The airline took delivery of a 737 Max on Friday.', []],
    ['a rank group', "They finished in the league's top four again.", []],
    ['near miss: a number at the start', 'Four Big Banks agreed to pay fines.', [['Four Big Banks', 4, false, null, 'Big Banks', 'agreed']]],
    ['near miss: a rank group with a noun', 'The top 10 schools received 400 applications.',
      [['10 schools', 10, false, null, 'schools', 'received'], ['400 applications', 400, false, null, 'applications', 'received']]],
    ['near miss: a unit after "a" and a figure', 'They built a 50 MW plant.', [['50 MW', 50, false, 'MW', null, 'built']]],
    ['near miss: a title-case headline', 'Gunmen Kill Four In Northern Town', [['Four', 4, false, null, null, 'Kill']]],
    // scale words of other languages, after a currency only
    ['Portuguese millions with a decimal comma', 'A empresa pagou R$ 2,3 milhões.', [['R$ 2,3 milhões', 2_300_000, false, 'BRL', null, null]]],
    ['Portuguese billions', 'O banco lucrou R$ 4.1 bilhões.', [['R$ 4.1 bilhões', 4_100_000_000, false, 'BRL', null, null]]],
    ['Spanish "mil millones" is a billion', 'El plan cuesta US$ 5 mil millones.', [['US$ 5 mil millones', 5_000_000_000, false, 'USD', null, null]]],
    ['French milliards', 'Le groupe a levé €3 milliards.', [['€3 milliards', 3_000_000_000, false, 'EUR', null, null]]],
    ['German "Mrd."', 'Die Firma verlor €4,5 Mrd. im Jahr.', [['€4,5 Mrd.', 4_500_000_000, false, 'EUR', null, null]]],
    ['near miss: no currency before', 'Er sah 3 Millionen Sterne.', [['3', 3, false, null, null, null]]],
    ['near miss: a grouped figure stays', 'The club paid €4,500 in fines.', [['€4,500', 4500, false, 'EUR', null, 'paid']]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findNumbers: a bare "pounds" is a weight when the sentence weighs it, else money', () => {
  const unitOf = (text: string) => run(text).map((n) => [n.value, n.unit]);
  it.each([
    ['pounds of a drug', 'Police seized 500 pounds of cocaine in the raid.', [[500, 'lb']]],
    ['a weighing verb', 'The new console weighs two pounds less.', [[2, 'lb']]],
    ['a weighing verb, scaled', 'The ship weighs 2 million pounds.', [[2_000_000, 'lb']]],
    ['a body\'s loss', 'She lost 40 pounds last year.', [[40, 'lb']]],
    ['heavier', 'The new bag is five pounds heavier.', [[5, 'lb']]],
    ['the abbreviation', 'A 500 lb bomb was found.', [[500, 'lb']]],
    ['near miss: a fine', 'He was fined 500 pounds by the court.', [[500, 'GBP']]],
    ['near miss: scaled spending', 'The council spent 3 million pounds on roads.', [[3_000_000, 'GBP']]],
    ['near miss: a scaled loss is money', 'Firms lost 5 million pounds.', [[5_000_000, 'GBP']]],
    ['near miss: pounds of money', 'It wasted 40 pounds of taxpayers\' money.', [[40, 'GBP']]],
  ])('%s', (_name, text, expected) => {
    expect(unitOf(text)).toEqual(expected);
  });
});

describe('findNumbers: video resolutions and ranges after a percent (regressions found by the regression tester)', () => {
  it.each([
    ['a video resolution is no money in pence', 'The phone records video in 1080p and the monitor runs at 1440p.', []],
    ['pence stay pence', 'Shares rose 15p to 312p.', [['15p', 15, 'GBX'], ['312p', 312, 'GBX']]],
    ['a range after a percent is no negative', 'The Fed kept its target range at 4.25%-4.50% on Wednesday.', [['4.25%-4.50%', 4.25, '%']]],
    ['a written minus stays negative', 'The economy shrank by -0.3% in the quarter.', [['-0.3%', -0.3, '%']]],
  ])('%s', (_name, text, expected) => {
    expect(run(text).map((n) => [n.text, n.value, n.unit])).toEqual(expected);
  });
});

describe('findNumbers: the high end of a range', () => {
  const ends = (text: string) => run(text).map((n) => [n.text, n.value, n.high, n.approximate, n.unit, n.counts]);
  it.each([
    ['"between … and"', 'Between 20 and 25 miners were trapped underground.', [['Between 20 and 25 miners', 20, 25, true, null, 'miners']]],
    ['"to"', 'Another 8 to 12 passengers were treated for burns.', [['8 to 12 passengers', 8, 12, true, null, 'passengers']]],
    ['hyphen after a hedge', 'Roughly 400-500 households lost power.', [['Roughly 400-500 households', 400, 500, true, null, 'households']]],
    ['"or"', 'The storm flattened 60 or 70 barns.', [['60 or 70 barns', 60, 70, true, null, 'barns']]],
    ['"or" before a plural in "-men"', 'Four or five gunmen fired on the crowd.', [['Four or five gunmen', 4, 5, true, null, 'gunmen']]],
    ['"or" before a score word is still a range', 'The striker could add 2 or 3 goals this season.', [['2 or 3 goals', 2, 3, true, null, 'goals']]],
    ['partitive after a range', 'Between 12 and 15 of them escaped.', [['Between 12 and 15', 12, 15, true, null, null]]],
    // words, with the scale of the high end
    ['words with a shared scale', 'Three to four hundred fans waited outside.', [['Three to four hundred fans', 300, 400, true, null, 'fans']]],
    ['words with a shared large scale', 'The floods displaced one or two million residents.', [['one or two million residents', 1e6, 2e6, true, null, 'residents']]],
    ['words after "between"', 'Between six and eight trucks were seized.', [['Between six and eight trucks', 6, 8, true, null, 'trucks']]],
    ['a word and a figure', 'Between seven and 12 boats sank.', [['Between seven and 12 boats', 7, 12, true, null, 'boats']]],
    // money, percentages and units: the scale and unit apply to both ends
    ['money with one scale', 'Repairs will cost $4-6 billion.', [['$4-6 billion', 4e9, 6e9, true, 'USD', null]]],
    ['money with two scales', 'Repairs will cost £3m-£5m.', [['£3m-£5m', 3e6, 5e6, true, 'GBP', null]]],
    ['money with the currency on both ends', 'Damage is put at $2-$4 million.', [['$2-$4 million', 2e6, 4e6, true, 'USD', null]]],
    ['money written out twice', 'A settlement of $1 million to $1.5 million is likely.', [['$1 million to $1.5 million', 1e6, 1.5e6, true, 'USD', null]]],
    ['whole amounts after "between"', 'Turnout was between 55% and 60% in most districts.', [['between 55% and 60%', 55, 60, true, '%', null]]],
    ['percent once', 'Costs climbed by an estimated 8-9% overall.', [['an estimated 8-9%', 8, 9, true, '%', null]]],
    ['a unit glued to the high end', 'Forecasters expect highs of 33-36C.', [['33-36C', 33, 36, true, '°C', null]]],
    ['a power unit glued to the high end', 'Each turbine yields 4-5MW.', [['4-5MW', 4, 5, true, 'MW', null]]],
    ['a unit on both ends', 'The queue stretched 3km to 4km.', [['3km to 4km', 3, 4, true, 'km', null]]],
    ['metres read as millions keep both ends', 'Some 1.1m-1.3m voters abstained.', [['Some 1.1m-1.3m voters', 1.1e6, 1.3e6, true, null, 'voters']]],
    // one figure: high is null
    ['one figure', 'Seven boats sank.', [['Seven boats', 7, null, false, null, 'boats']]],
    ['two numbers joined by "and" without "between"', 'Police held five and released nine suspects.', [['five', 5, null, false, null, null], ['nine suspects', 9, null, false, null, 'suspects']]],
    ['two numbers in words joined by "and"', 'Five and seven votes went to them.', [['Five', 5, null, false, null, null], ['seven votes', 7, null, false, null, 'votes']]],
    ['a number of hundreds keeps its "and"', 'Three hundred and twenty pupils sat the test.', [['Three hundred and twenty pupils', 320, null, false, null, 'pupils']]],
    // near misses: no range
    ['near miss: a score', 'United beat them 4-2 at home.', []],
    ['near miss: a split ruling', 'In a 6-3 ruling the judges agreed.', []],
    ['near miss: a season of years', 'The 2021-2022 season ended early.', []],
    ['near miss: round the clock', 'The shelter is staffed 24/7 now.', []],
    ['near miss: a telephone number', 'Residents can call 555-2368 for help.', []],
    ['near miss: a date name before a determiner', 'Since 9-11 the airport has hired 300 guards.', [['300 guards', 300, null, false, null, 'guards']]],
    ['near miss: a disease name', 'Covid-19 closed 40 schools.', [['40 schools', 40, null, false, null, 'schools']]],
    ['near miss: a change to a level', 'Inflation eased 0.4% to 2.9% in June.', [['0.4%', 0.4, null, false, '%', null], ['2.9%', 2.9, null, false, '%', null]]],
    ['near miss: a change from one figure to another', 'Fees rose from $10m to $12m.', [['$10m', 1e7, null, false, 'USD', null], ['$12m', 1.2e7, null, false, 'USD', null]]],
    ['near miss: a change by an amount to a level', 'Copper rose by 300 to 9,450 dollars a tonne.', [['300', 300, null, false, null, 'Copper'], ['9,450 dollars', 9450, null, false, 'USD', null]]],
    ['a range of a change after "by"', 'Fares rose by 10 to 12 percent.', [['10 to 12 percent', 10, 12, true, '%', null]]],
    ['near miss: the high end lower', 'Rebels seized 9 or 4 trucks.', [['9', 9, null, false, null, null], ['4 trucks', 4, null, false, null, 'trucks']]],
  ])('%s', (_name, text, expected) => {
    expect(ends(text)).toEqual(expected);
  });
});

describe('findNumbers: a participle before the counted noun (conflict tester, bug 7)', () => {
  const first = (text: string) => run(text).map((n) => [n.text, n.counts, n.event])[0];
  it.each([
    ['object of a verb: the verb is the event', 'The clinic treated 35 injured workers on Friday.', ['35 injured workers', 'injured workers', 'treated']],
    ['subject: the clause verb after the phrase', 'Some 80 kidnapped villagers were released by the gang.', ['Some 80 kidnapped villagers', 'kidnapped villagers', 'released']],
    ['subject, perfect tense', 'About 150 evacuated residents have returned home.', ['About 150 evacuated residents', 'evacuated residents', 'returned']],
    ['clause after a reporting verb', 'Officials said 60 arrested protesters were charged.', ['60 arrested protesters', 'arrested protesters', 'charged']],
    ['after a preposition: the participle is the event', 'Food was sent to 900 displaced households.', ['900 displaced households', 'displaced households', 'displaced']],
    ['coordinated subjects share the verb', 'Four wounded police officers and two bystanders were airlifted.', ['Four wounded police officers', 'wounded police officers', 'airlifted']],
    ['a cue with a counted object: the participle says what happened', 'The rebels claimed 25 captured soldiers.', ['25 captured soldiers', 'captured soldiers', 'captured']],
    ['one of a singular noun', 'One injured firefighter was treated at the scene.', ['One injured firefighter', 'injured firefighter', 'treated']],
    ['near miss: a describing participle is no event', 'There are 70 unaccompanied minors in the camp.', ['70 unaccompanied minors', 'unaccompanied minors', null]],
    ['near miss: a past verb with its object stays the verb', 'Of those arrested, nine faced charges.', ['nine', null, 'faced']],
    ['near miss: no noun after the past form', 'Troops said 40 surrendered yesterday.', ['40', null, 'surrendered']],
  ])('%s', (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe('findNumbers: an event does not leak along a list past another verb (conflict tester, bug 14)', () => {
  const events = (text: string) => run(text).map((n) => [n.counts, n.event]);
  it.each([
    ['a verb with its noun and preposition', 'Raiders killed 8 farmers, kidnapped 19 children and set fire to 40 huts and 6 granaries.',
      [['farmers', 'killed'], ['children', 'kidnapped'], ['huts', 'set fire to'], ['granaries', 'set fire to']]],
    ['a past form the tagger reads as an adjective', 'Gunmen abducted 12 women and burned 30 homes and 4 mosques.',
      [['women', 'abducted'], ['homes', 'burned'], ['mosques', 'burned']]],
    ['"laid siege to"', 'Troops laid siege to 3 towns and 11 villages.', [['towns', 'laid siege to'], ['villages', 'laid siege to']]],
    ['"took control of"', 'The army took control of 14 villages and 2 bases.', [['villages', 'took control of'], ['bases', 'took control of']]],
    ['"opened fire on", then a verb of its own', 'Police opened fire on 200 protesters and arrested 50 others.', [['protesters', 'opened fire on'], ['others', 'arrested']]],
    ['a list after a preposition takes no verb', 'Rebels killed 20 people in 3 villages and 5 towns.', [['people', 'killed'], ['villages', null], ['towns', null]]],
    ['near miss: a list of objects keeps its verb', 'Gunmen abducted 12 women and 30 children.', [['women', 'abducted'], ['children', 'abducted']]],
    ['near miss: an adjective after a determiner is no verb', 'An unprecedented 60 people attended.', [['people', 'attended']]],
    ['near miss: nor is the end of a compound', 'GDP grew a better-than-expected 0.4 percent.', [[null, null]]],
    ['a list after a cue: each keeps its participle', 'The group claimed 12 killed soldiers and 3 destroyed tanks.', [['killed soldiers', 'killed'], ['destroyed tanks', 'destroyed']]],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('findNumbers: a breakdown of a toll takes its event (conflict tester, bug 8)', () => {
  const parts = (text: string) => run(text).map((n) => [n.text, n.counts, n.event]);
  it.each([
    ['"including"', 'The bombing killed 23 people, including seven children.', [['23 people', 'people', 'killed'], ['seven children', 'children', 'killed']]],
    ['"among them"', 'Floods killed 30 people, among them 12 women.', [['30 people', 'people', 'killed'], ['12 women', 'women', 'killed']]],
    ['a list after "including"', 'A blast killed 40 people, including 9 women and two infants.',
      [['40 people', 'people', 'killed'], ['9 women', 'women', 'killed'], ['two infants', 'infants', 'killed']]],
    ['between commas, another verb', 'Soldiers detained 18 men, including four minors, near the border.', [['18 men', 'men', 'detained'], ['four minors', 'minors', 'detained']]],
    ['"N of them" + noun', 'The raid killed 16 people, five of them women.', [['16 people', 'people', 'killed'], ['five', 'women', 'killed']]],
    ['"N of whom were" + noun', 'The raid killed 16 people, five of whom were women.', [['16 people', 'people', 'killed'], ['five', 'women', 'killed']]],
    ['"N of them" and a place: the toll\'s noun', 'Shelling killed 31 people, nine of them in the market.', [['31 people', 'people', 'killed'], ['nine', 'people', 'killed']]],
    ['"including N" and a place: the toll\'s noun', 'Gunfire killed 22 people, including 6 near the mosque.', [['22 people', 'people', 'killed'], ['6', 'people', 'killed']]],
    ['the nearest toll', 'The storm killed 10 people and injured 40, including 8 children.',
      [['10 people', 'people', 'killed'], ['40', 'people', 'injured'], ['8 children', 'children', 'injured']]],
    ['"N of the dead were" + noun', 'Nine of the dead were teenagers.', [['Nine', 'teenagers', 'dead']]],
    ['"N of the injured"', 'Four of the injured were in critical condition.', [['Four', 'injured', 'injured']]],
    ['"Among the dead were"', 'Among the dead were three nurses.', [['three nurses', 'nurses', 'dead']]],
    ['near miss: no toll before', 'Including 40 guests, the hotel was full.', [['40 guests', 'guests', null]]],
    ['near miss: "including" inside another phrase', 'Police arrested 3 men on several charges including two thefts.', [['3 men', 'men', 'arrested'], ['two thefts', 'thefts', null]]],
    ['near miss: a money figure is no toll', 'The $5bn package, including 20 tanks, was approved.', [['$5bn', null, 'package'], ['20 tanks', 'tanks', null]]],
    ['near miss: "of the wounded" before a noun', 'Two of the wounded soldiers died.', [['Two', 'wounded soldiers', 'died']]],
    ['near miss: a plain partitive', 'Three of the bridges were destroyed.', [['Three', 'bridges', 'destroyed']]],
    // regress4 R2: the toll is the verb's object, not a preposition's; a total's verb of change is not the part's event
    ['the toll, not the figure of its place', 'Raiders killed 25 people in three towns, including 9 in Dalwa.',
      [['25 people', 'people', 'killed'], ['three towns', 'towns', null], ['9', 'people', 'killed']]],
    ['near miss: a place figure before a noun part', 'Troops detained 40 men in two raids, including 7 students.',
      [['40 men', 'men', 'detained'], ['two raids', 'raids', null], ['7 students', 'students', 'detained']]],
    ['a total that climbed', 'The number of infections has climbed to 74, including 21 pupils.', [['74', 'infections', 'climbed'], ['21 pupils', 'pupils', null]]],
    ['near miss: a workforce that has grown', 'The startup has grown to 90 staff, including 25 designers.', [['90 staff', 'staff', 'grown'], ['25 designers', 'designers', null]]],
    ['the part\'s own passive clause', 'The outbreak rose to 36 cases, including 9 patients who were admitted to hospital.',
      [['36 cases', 'cases', 'rose'], ['9 patients', 'patients', 'admitted']]],
    ['near miss: a future clause keeps the toll\'s verb', 'The clinic hired 30 nurses, including 8 who will work nights.', [['30 nurses', 'nurses', 'hired'], ['8', 'nurses', 'hired']]],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('findNumbers: weapons counted behind a name, a nationality or a hyphenated modifier (wire tester)', () => {
  it.each([
    ['a name before a plural the tagger reads as a verb', 'Russia launched 40 Shahed drones at the city overnight.', [40, 'Shahed drones', 'launched']],
    ['a hyphenated name', 'Russia launched 40 Shahed-type drones at the city overnight.', [40, 'Shahed-type drones', 'launched']],
    ['an organization before the plural', 'Jets struck some 120 Hezbollah targets in the south.', [120, 'Hezbollah targets', 'struck']],
    ['a participle after a nationality', 'Air defenses destroyed 38 Ukrainian unmanned aerial vehicles overnight.', [38, 'Ukrainian unmanned aerial vehicles', 'destroyed']],
    ['a hyphenated number word opens the modifier', 'Warships shot down 18 one-way attack drones.', [18, 'one-way attack drones', 'shot down']],
    ['a gerund between participle and noun', 'The brigade lost five armored fighting vehicles.', [5, 'armored fighting vehicles', 'lost']],
  ])('%s', (_name, text, expected) => {
    const n = fields(text)[0]!;
    expect([n.value, n.counts, n.event]).toEqual(expected);
  });

  it('keeps the verb of a list whose first item is a name and a plural', () => {
    const ns = fields('Russia had launched 40 Shahed-type drones and 3 Iskander-M ballistic missiles at Ukraine.');
    expect(ns.map((n) => [n.value, n.counts, n.event])).toEqual([
      [40, 'Shahed-type drones', 'launched'], [3, 'Iskander-M ballistic missiles', 'launched'],
    ]);
  });
});

describe('findNumbers: the verb after a breakdown set off by commas (wire tester)', () => {
  it.each([
    ['a second clause of a list does not take the first verb', 'A woman was killed and four people, including a child, were injured.',
      [[4, 'people', 'injured']]],
    ['a toll and its part', 'Twelve people, including three children, were killed in the strike.',
      [[12, 'people', 'killed'], [3, 'children', 'killed']]],
    ['"among them"', 'At least 30 people, among them two journalists, were wounded on Friday.',
      [[30, 'people', 'wounded'], [2, 'journalists', 'wounded']]],
  ])('%s', (_name, text, expected) => {
    expect(fields(text).map((n) => [n.value, n.counts, n.event])).toEqual(expected);
  });
});

describe('findNumbers: "martyred" is what happened to the figure (wire tester)', () => {
  it.each([
    ['a passive', 'Six soldiers were martyred and three terrorists killed in the attack.', [[6, 'soldiers', 'martyred'], [3, 'terrorists', 'killed']]],
    ['after a reporting verb', 'The ISPR said two policemen were martyred in the attack.', [[2, 'policemen', 'martyred']]],
  ])('%s', (_name, text, expected) => {
    expect(fields(text).map((n) => [n.value, n.counts, n.event])).toEqual(expected);
  });
});

describe('findNumbers: a bare count after "and" counts the noun of the figure before it (wire tester)', () => {
  it.each([
    ['a passive, the auxiliary left out', 'Nine people were killed and 47 wounded in the strikes.', [[9, 'people', 'killed'], [47, 'people', 'wounded']]],
    ['a second verb', 'The blast killed 12 people and wounded 30.', [[12, 'people', 'killed'], [30, 'people', 'wounded']]],
    ['no verb: the event too', 'Twenty-nine drones were shot down over the Belgorod region and nine over the Kursk region.',
      [[29, 'drones', 'shot down'], [9, 'drones', 'shot down']]],
    ['a clause of its own', 'Five soldiers were killed and 11 were injured.', [[5, 'soldiers', 'killed'], [11, 'soldiers', 'injured']]],
    ['near miss: a verb that is no casualty', 'The army killed 20 militants and lost 3.', [[20, 'militants', 'killed'], [3, null, null]]],
  ])('%s', (_name, text, expected) => {
    expect(fields(text).map((n) => [n.value, n.counts, n.event])).toEqual(expected);
  });
});

describe('findNumbers: nautical miles (wire tester)', () => {
  it.each([
    ['a maritime distance', 'UKMTO received a report of an incident 70 nautical miles west of the port of Hodeidah.', { value: 70, unit: 'nmi', counts: null }],
    ['near miss: a land mile', 'The ship sank 12 miles offshore.', { value: 12, unit: 'mi', counts: null }],
  ])('%s', (_name, text, expected) => {
    const n = fields(text)[0]!;
    expect({ value: n.value, unit: n.unit, counts: n.counts }).toEqual(expected);
  });
});

describe('findNumbers: oil rates and metric tons (maritime tester)', () => {
  it.each([
    ['barrels per day', 'OPEC+ agreed to cut output by 2.2 million barrels per day through June.', { value: 2.2e6, unit: 'bbl/d', counts: null }],
    ['barrels a day', 'Russia pledged to reduce exports by a further 200,000 barrels a day.', { value: 200000, unit: 'bbl/d', counts: null }],
    ['bpd', 'Iraq was the second-biggest supplier at 890,000 bpd.', { value: 890000, unit: 'bbl/d', counts: null }],
    ['metric tons', 'The ship was carrying 21,000 metric tons of fertilizer.', { value: 21000, unit: 't', counts: null }],
    // a stock of oil is a volume too: the barrel is a measure (42 US gallons), as litres are, no count of casks (claims7;
    // it was a count of "barrels")
    ['a stock of barrels', 'Crude inventories fell by 2.4 million barrels last week.', { value: 2.4e6, unit: 'bbl', counts: null }],
  ])('%s', (_name, text, expected) => {
    const n = fields(text)[0]!;
    expect({ value: n.value, unit: n.unit, counts: n.counts }).toEqual(expected);
  });
});
