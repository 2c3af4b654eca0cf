// Energy and climate-policy copy: COP summits, IEA/IPCC/WMO reports, emissions and capacity figures, OPEC+ output,
// carbon prices and climate litigation. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source, cue, content]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content]);

describe('a long role set off by commas stands between the speaker and the cue', () => {
  it.each([
    ['a role at a body at a university',
      'Maria Lindqvist, an associate professor at the Lund Institute at the Stockholm School of Economics, said the verdict was a turning point.',
      [['Maria Lindqvist', 'said', 'the verdict was a turning point']]],
    ['a role and "one of the authors"',
      'Paul Okafor, a senior lecturer at Imperial College London and one of the study\'s authors, said the evidence was clear.',
      [['Paul Okafor', 'said', 'the evidence was clear']]],
    ['no article before the role',
      'Anne Roy, research fellow at the Centre for Climate Policy at the University of Leeds in England, said emissions had peaked.',
      [['Anne Roy', 'said', 'emissions had peaked']]],
    ['a report\'s author after "by"',
      'The analysis, by Lauri Jansen of the Centre for Research on Energy and Clean Air (CREA), finds that coal power fell by 3%.',
      [['The analysis', 'finds', 'coal power fell by 3%']]],
    ['near miss: a clause between the commas is no role',
      'The talks collapsed after the delegates at the summit in the capital fought over the wording of the text, said a senior negotiator.',
      [['a senior negotiator', 'said', 'The talks collapsed after the delegates at the summit in the capital fought over the wording of the text']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a town and its country inside an aside close no subject', () => {
  it.each([
    ['a town not in the gazetteer',
      'The report, approved by 195 governments at a meeting in Interlaken, Switzerland, on Sunday, said emissions must be cut by nearly half.',
      [['The report', 'said', 'emissions must be cut by nearly half']]],
    ['a city listed by its own name (Genève)',
      'The report, published in Geneva, Switzerland, on Monday, said heat records would fall.',
      [['The report', 'said', 'heat records would fall']]],
    ['near miss: the speaker after the cue',
      'The talks were held in Baku, Azerbaijan, said Mukhtar Babayev.',
      [['Mukhtar Babayev', 'said', 'The talks were held in Baku, Azerbaijan']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a ministry whose name lists its fields with commas speaks whole', () => {
  it.each([
    ['the name after the content',
      'Renewables would supply 40% of the power mix in 2040, the Ministry of Economy, Trade and Industry said.',
      [['the Ministry of Economy, Trade and Industry', 'said', 'Renewables would supply 40% of the power mix in 2040']]],
    ['the name opening the sentence',
      'The Department for Environment, Food and Rural Affairs said farm emissions fell by 3% last year.',
      [['The Department for Environment, Food and Rural Affairs', 'said', 'farm emissions fell by 3% last year']]],
    ['the name after the cue',
      'Coal use would halve by 2035, said the Ministry of Economy, Trade and Industry.',
      [['the Ministry of Economy, Trade and Industry', 'said', 'Coal use would halve by 2035']]],
    ['near miss: two bodies after a comma stay apart',
      'Emissions fell in March, the Ministry of Energy and Tokyo Electric said.',
      [['the Ministry of Energy and Tokyo Electric', 'said', 'Emissions fell in March']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

/** Each number as [text, value, unit, counts]. */
const numbersOf = (text: string) => recordOf(text).numbers.map((n) => [n.text, n.value, n.unit, n.counts]);

describe('emissions and energy units of climate copy are units', () => {
  it.each([
    ['gigatonnes written out', 'Emissions hit 59 gigatonnes of carbon dioxide equivalent in 2019.', [['59 gigatonnes', 59, 'Gt', null]]],
    ['GtCO2e after a space', 'The country emitted 53.8 GtCO2e last year.', [['53.8 GtCO2e', 53.8, 'GtCO2e', null]]],
    ['MtCO2 after a space', 'Power-sector emissions fell by 120 MtCO2.', [['120 MtCO2', 120, 'MtCO2', null]]],
    ['a bare Gt', 'Emissions rose to 41.6 Gt in 2024.', [['41.6 Gt', 41.6, 'Gt', null]]],
    ['megatonnes', 'Coal emissions fell by 200 megatonnes.', [['200 megatonnes', 200, 'Mt', null]]],
    ['TWh glued to the figure', 'Nuclear generation increased by 11TWh.', [['11TWh', 11, 'TWh', null]]],
    ['GtCO2e glued to the figure', 'Emissions fell 2.5GtCO2e.', [['2.5GtCO2e', 2.5, 'GtCO2e', null]]],
    ['near miss: "Mt" of a mountain', 'The 3 Mt Fuji trails were closed.', [['3 Mt Fuji trails', 3, null, 'Mt Fuji trails']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('"net zero" and zero compounds are no figures', () => {
  it.each([
    ['"net zero" as a goal', 'Countries must reach net zero by 2050.', []],
    ['"ground zero"', 'Rescuers arrived at ground zero.', []],
    ['"zero-emission" as a kind', 'The city bought zero-emission buses.', []],
    ['"zero-carbon" as a kind', 'The plan backs zero-carbon power.', []],
    ['near miss: a count of none', 'Zero people were hurt.', [['Zero people', 0, null, 'people']]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('climate and energy bodies are organizations', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type, a.aliases]);
  it.each([
    ['a news site cited for an analysis', 'The figures were compiled for Carbon Brief.', [['Carbon Brief', 'organization', []]]],
    ['a campaign group alone', 'Greenpeace said the plan was risky.', [['Greenpeace', 'organization', []]]],
    ['a campaign group\'s branch after "at"', 'A campaigner at Greenpeace Japan said the plan was risky.', [['Greenpeace Japan', 'organization', []]]],
    ['a tracker after "at"', 'Analysts at Climate Action Tracker said the plan was weak.', [['Climate Action Tracker', 'organization', []]]],
    ['the EU climate service before a role', 'Copernicus deputy director Samantha Burgess said the month was the warmest.',
      [['Copernicus', 'organization', []], ['Samantha Burgess', 'person', []]]],
    ['a research centre with "on" and "and" in its name',
      'The analysis by the Centre for Research on Energy and Clean Air (CREA) found coal use fell.',
      [['Centre for Research on Energy and Clean Air', 'organization', ['CREA']]]],
    ['a think tank opening the sentence', 'Ember, an energy think tank, said solar overtook coal.', [['Ember', 'organization', []]]],
    ['near miss: the astronomer', 'The astronomer Nicolaus Copernicus was born in 1473.', [['Nicolaus Copernicus', 'person', []]]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('an agency\'s outlook, bulletin or scenario reports what it finds', () => {
  it.each([
    ['an outlook with an auxiliary', "The IEA's 2023 outlook had forecast that fossil fuels would fall to 73% of supply by 2030.",
      [["The IEA's 2023 outlook", 'forecast', 'fossil fuels would fall to 73% of supply by 2030']]],
    ['a bulletin', "The WMO's bulletin showed that concentrations of methane rose again.",
      [["The WMO's bulletin", 'showed', 'concentrations of methane rose again']]],
    ['a scenario', "The agency's central scenario shows that oil demand peaks by 2030.",
      [["The agency's central scenario", 'shows', 'oil demand peaks by 2030']]],
    ['near miss: an outlook that is the content', 'The outlook for prices remained weak, traders said.',
      [['traders', 'said', 'The outlook for prices remained weak']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a wire dateline with its day names the city the wire means', () => {
  const placesOf = (text: string) => recordOf(text).places.map((p) => [p.name, p.kind, p.country]);
  it.each([
    ['Bloomberg style, a US city named later', 'PARIS, March 13 (Bloomberg) -- The agency cut its forecast. The chief spoke at a conference in Houston.',
      [['PARIS', 'city', 'FR'], ['Houston', 'city', 'US']]],
    ['Reuters style, a Canadian province named later', 'LONDON, Oct 16 (Reuters) - The minister spoke at a conference in Ontario.',
      [['LONDON', 'city', 'GB'], ['Ontario', 'region', 'CA']]],
    ['near miss: a qualified dateline', 'PARIS, Texas, March 13 (AP) — The storm hit the town, officials in Houston said.',
      [['PARIS', 'city', 'US'], ['Texas', 'region', 'US'], ['Houston', 'city', 'US']]],
  ])('%s', (_l, text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('a subordinate clause after the cue is no content of it', () => {
  it.each([
    ['"as" with a relative "that" inside',
      'Spain sweltered through its hottest June on record, with an average temperature of 23.6 degrees Celsius, the weather agency AEMET said on Tuesday, as a heatwave that has killed at least eight people tightened its grip on Europe.',
      [['the weather agency AEMET', 'said', 'Spain sweltered through its hottest June on record, with an average temperature of 23.6 degrees Celsius']]],
    ['"because" with a relative "that" inside',
      'Power prices rose, the grid operator said on Monday, because a cold snap that hit the north raised demand.',
      [['the grid operator', 'said', 'Power prices rose']]],
    ['near miss: a clause set off before "that"', 'The agency said on Tuesday, as talks opened, that emissions had peaked.',
      [['The agency', 'said', 'emissions had peaked']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('a description with a long relative clause stands between the speaker and the cue', () => {
  it.each([
    ['"a group that …"',
      'Scientists at World Weather Attribution, a group that studies the role of climate change in extreme events, said the heatwave had been made 4C hotter.',
      [['Scientists at World Weather Attribution', 'said', 'the heatwave had been made 4C hotter']]],
    ['"a think tank which …" with places in it',
      'Ember, an independent think tank which tracks power markets across Europe and Asia, said solar overtook coal.',
      [['Ember', 'said', 'solar overtook coal']]],
    ['near miss: a clause before the comma',
      'The fire spread across the hills, a region that has seen three big blazes in ten years, officials said.',
      [['officials', 'said', 'The fire spread across the hills, a region that has seen three big blazes in ten years']]],
  ])('%s', (_l, text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });
});

describe('oil rates in million and thousand barrels a day are units', () => {
  it.each([
    ['mb/d', 'World oil supply is set to rise by 1.5 mb/d in 2025 to 104.5 mb/d.', [['1.5 mb/d', 1.5, 'mb/d', null], ['104.5 mb/d', 104.5, 'mb/d', null]]],
    ['kb/d', 'Demand will grow by 700 kb/d next year.', [['700 kb/d', 700, 'kb/d', null]]],
    ['mbpd', 'Output rose to 9.2 mbpd.', [['9.2 mbpd', 9.2, 'mb/d', null]]],
    ['near miss: a scale word before b/d', 'The group cut output by 2 million b/d.', [['2 million b/d', 2000000, 'bbl/d', null]]],
  ])('%s', (_l, text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });
});

describe('the Portuguese particle "do" joins a surname, not a question', () => {
  const actorsOf = (text: string) => recordOf(text).actors.map((a) => [a.name, a.type]);
  it.each([
    ['a Brazilian diplomat', 'Andre Correa do Lago said countries must deliver on the pledge.', [['Andre Correa do Lago', 'person']]],
    ['one given name', 'Paulo do Amaral said the plan was ready.', [['Paulo do Amaral', 'person']]],
    ['near miss: a question', 'How do Smith and Jones plan to win?', [['Smith', 'person'], ['Jones', 'person']]],
  ])('%s', (_l, text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});
