// Attribution in conflict and crisis reporting (findClaims): who gives which figure. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each number with the source of the claim holding it (null when none does). */
const figuresOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const byId = new Map(record.claims.map((c) => [c.id, c]));
  return record.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null]);
};
/** Through the whole pipeline: each claim's source with the name of its actor. */
const sourceActorsOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return record.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) : null]);
};

describe('findClaims: inverted cue with a lower-case title or a long description after the name', () => {
  it.each([
    ['lower-case title before the name', 'Three villagers were shot dead, said district commissioner Paul Otieno.',
      [['district commissioner Paul Otieno', 'said', 'Three villagers were shot dead']]],
    ['two lower-case words before the role', 'Nine miners were trapped underground, said deputy mine manager Lena Novak.',
      [['deputy mine manager Lena Novak', 'said', 'Nine miners were trapped underground']]],
    ['a name with an "al-" particle', 'Four ambulances were hit, said civil defence spokesman Mahmoud al-Basal.',
      [['civil defence spokesman Mahmoud al-Basal', 'said', 'Four ambulances were hit']]],
    ['"the head of …" after the name', 'Sixty houses were flooded in the valley, said Maria Costa, the head of the regional emergency service.',
      [['Maria Costa', 'said', 'Sixty houses were flooded in the valley']]],
    ['"head of …" without a determiner', 'Sixty houses were flooded, said Maria Costa, head of the regional emergency service.',
      [['Maria Costa', 'said', 'Sixty houses were flooded']]],
    ['an organization and an indefinite description', 'Thirty fighters died in the clashes, said the Sahel Conflict Observatory, an independent monitoring group.',
      [['the Sahel Conflict Observatory', 'said', 'Thirty fighters died in the clashes']]],
    ['after a participle clause, a clause with an irregular past', 'Rockets hit the depot overnight, killing four guards and wounding six, said regional governor Ana Petrova.',
      [['regional governor Ana Petrova', 'said', 'Rockets hit the depot overnight, killing four guards and wounding six']]],
    ['a source noun alone', 'Two bridges were destroyed overnight, said police.',
      [['police', 'said', 'Two bridges were destroyed overnight']]],
    ['a source noun and an adverbial', 'Two bridges were destroyed overnight, said local officials, in a statement.',
      [['local officials', 'said', 'Two bridges were destroyed overnight']]],
    // near misses: the plain shapes read as before
    ['near miss: capitalised name, description', 'Five shops burned, said Omar Diallo, the mayor.',
      [['Omar Diallo', 'said', 'Five shops burned']]],
    ['near miss: capitalised title', 'Five shops burned, said Mayor Omar Diallo.',
      [['Mayor Omar Diallo', 'said', 'Five shops burned']]],
    ['near miss: forward report after a subject', 'Omar Diallo, the mayor, said five shops burned.',
      [['Omar Diallo', 'said', 'five shops burned']]],
    ['inside its clause: the whole clause is the content', 'The bridge, said Omar Diallo, the mayor of the district, was closed on Monday.',
      [['Omar Diallo', 'said', 'The bridge, said Omar Diallo, the mayor of the district, was closed on Monday']]],
    ['near miss: an object and a participle clause are no source', 'Some 2,000 households reported a water shortage in May, marking a sharp rise on last year.',
      [['Some 2,000 households', 'reported', 'a water shortage in May, marking a sharp rise on last year']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['lower-case title', 'Eight civilians were killed in the market, said provincial governor Ali Rahimi.', [['Eight civilians', 'provincial governor Ali Rahimi']]],
    ['long description', 'Eight civilians were killed, said Ali Rahimi, the governor of the northern province.', [['Eight civilians', 'Ali Rahimi']]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('findClaims: competing claims joined without a comma', () => {
  it.each([
    ['"while"', 'The militia said 25 soldiers were captured while the army said it lost only two men.',
      [['The militia', 'said', '25 soldiers were captured'], ['the army', 'said', 'it lost only two men']]],
    ['"and"', 'The police said 12 protesters were arrested and organisers said 80 people were detained.',
      [['The police', 'said', '12 protesters were arrested'], ['organisers', 'said', '80 people were detained']]],
    ['"whereas" and another cue', 'The ministry said 14 people died whereas local doctors reported that 31 bodies had been counted.',
      [['The ministry', 'said', '14 people died'], ['local doctors', 'reported', '31 bodies had been counted']]],
    ['"and" after a comma', 'The navy said 6 boats were sunk, and the rebels claimed they lost one boat.',
      [['The navy', 'said', '6 boats were sunk'], ['the rebels', 'claimed', 'they lost one boat']]],
    // near misses: "and" inside a subject or an object is no second source
    ['near miss: "and" inside the content', 'The army said the rebels and the militia agreed to a truce.',
      [['The army', 'said', 'the rebels and the militia agreed to a truce']]],
    ['"and" after a place, before another source', 'The army said 40 soldiers died in Goma and Kinshasa officials said 12 more were missing.',
      [['The army', 'said', '40 soldiers died in Goma'], ['Kinshasa officials', 'said', '12 more were missing']]],
    ['near miss: report within a report', 'The envoy said the rebels told him that 20 hostages were alive.',
      [['The envoy', 'said', 'the rebels told him that 20 hostages were alive']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('does not cut at an "and" inside a name', () => {
    // (the second source is read back only to "Prevention": a limit of the source rule, not of this cut)
    const [first] = claimsOf('The agency said 40 people were infected and the Centre for Disease Control and Prevention said 12 died.');
    expect(first).toEqual(['The agency', 'said', '40 people were infected and the Centre for Disease Control and Prevention said 12 died']);
  });

  it('gives each side its own figure', () => {
    expect(figuresOf('The militia said 25 soldiers were captured while the army said it lost only two men.')).toEqual([
      ['25 soldiers', 'The militia'], ['two men', 'the army'],
    ]);
  });
});

describe('findClaims: a definite description or an alias between the name and the cue', () => {
  it.each([
    ['"the … agency for …"', 'ACME, the UN agency for migrant workers, said 300 workers were stranded.',
      [['ACME', 'said', '300 workers were stranded']]],
    ['"the … food agency"', 'The Grain Relief Fund, the regional food agency, said 2 million people faced hunger.',
      [['The Grain Relief Fund', 'said', '2 million people faced hunger']]],
    ['"the … charity known by …"', 'Children First, the British charity known by its initials CF, said 40 schools were closed.',
      [['Children First', 'said', '40 schools were closed']]],
    ['a lower-case description ending in an organization', 'The Northern Brigades, armed groups loyal to the Federal Council, said they shot down a drone.',
      [['The Northern Brigades', 'said', 'they shot down a drone']]],
    ['"who call themselves …"', 'The Delta rebels, who call themselves the River Front, said they seized 3 oil wells.',
      [['The Delta rebels', 'said', 'they seized 3 oil wells']]],
    ['"officially known as …"', 'The Hill Movement, officially known as Liberty Alliance, said it freed 12 prisoners.',
      [['The Hill Movement', 'said', 'it freed 12 prisoners']]],
    ['"also known as …"', 'The Coastal Guard, also known as the Sea Wolves, said it sank two boats.',
      [['The Coastal Guard', 'said', 'it sank two boats']]],
    // near misses: a capitalised appositive is a name of its own; an opening time or place phrase is no source
    ['near miss: a name between commas', "The movement's military wing, the Dawn Brigades, said it destroyed four tanks.",
      [['the Dawn Brigades', 'said', 'it destroyed four tanks']]],
    ['a pronoun opening the content is no inverted source', 'The rebel coalition, the Dawn Brigades, said they destroyed four tanks.',
      [['the Dawn Brigades', 'said', 'they destroyed four tanks']]],
    ['near miss: a pronoun ending the clause is the source', '“We will hold the line,” said he.',
      [['he', 'said', 'We will hold the line']]],
    ['near miss: an indefinite description', 'The Grain Relief Fund, a regional agency, said 2 million people faced hunger.',
      [['The Grain Relief Fund', 'said', '2 million people faced hunger']]],
    ['near miss: a place phrase before the source', 'In Goma, the health ministry said 12 people died.',
      [['the health ministry', 'said', '12 people died']]],
    ['a time phrase before a described source', 'On Monday, the governor said 12 people died.',
      [['the governor', 'said', '12 people died']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('gives the claim to the named organization, not to one inside the description', () => {
    expect(sourceActorsOf('The World Food Programme, the U.N. food agency, said 25 million people faced hunger.')).toEqual([
      ['The World Food Programme', 'World Food Programme'],
    ]);
  });
});

describe('findClaims: "put the toll at N" and the like give the figure a source', () => {
  it.each([
    ['put … at', 'The regional health office put the death toll at 35.', [['The regional health office', 'put', 'the death toll at 35']]],
    ['put the number of … at', 'Aid agencies put the number of people displaced at 12,000.',
      [['Aid agencies', 'put', 'the number of people displaced at 12,000']]],
    ['estimated … at', 'Rescuers estimated the toll at more than 70.', [['Rescuers', 'estimated', 'the toll at more than 70']]],
    ['gave a toll of', 'The Red Crescent gave a toll of 18 dead.', [['The Red Crescent', 'gave', 'a toll of 18 dead']]],
    ['raised … to', 'The ministry later raised the death toll to 52.', [['The ministry', 'raised', 'the death toll to 52']]],
    ['two tolls, "put it at"', 'Villagers put the toll at 40, while the police put it at 11.',
      [['Villagers', 'put', 'the toll at 40'], ['the police', 'put', 'it at 11']]],
    // near misses: the same verbs with other objects report nothing
    ['near miss: "put pressure on"', 'Protesters put pressure on the council to free 40 detainees.', []],
    ['near miss: "raised rates to"', 'The central bank raised interest rates to 6%.', []],
    ['near miss: "an estimated"', 'An estimated 40,000 people fled the city.', []],
    ['near miss: "put it at risk"', 'The strike put it at risk of collapse.', []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links the figure to the claim', () => {
    expect(figuresOf('Villagers put the toll at 40, while the police put it at 11.')).toEqual([['40', 'Villagers'], ['11', 'the police']]);
  });

  it('keeps the subject before a mid-sentence "according to" followed by a past tense', () => {
    expect(claimsOf('The toll, according to hospital staff, stood at 29.')).toEqual([
      ['hospital staff', 'according to', 'The toll, according to hospital staff, stood at 29'],
    ]);
  });
});

describe('a body described by its owner and head noun, then named between commas, speaks for the clause before', () => {
  it.each([
    ['a media wing and its name with an acronym', 'Troops killed nine fighters in a raid near the border, the army\'s media wing, Joint Forces Public Relations (JFPR), said on Friday.',
      [['the army\'s media wing, Joint Forces Public Relations (JFPR)', 'said', 'Troops killed nine fighters in a raid near the border']]],
    ['a wing described by its country, its acronym alone', 'Four drones were shot down overnight, Pakistan\'s military media wing, ISPR, said.',
      [['Pakistan\'s military media wing, ISPR', 'said', 'Four drones were shot down overnight']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a verbless description of the source after "according to X," is not the content', () => {
  it.each([
    ['an indefinite description of a monitor', 'According to the Valley Conflict Monitor, a Geneva-based research group, gunmen killed 14 villagers in the district.',
      [['the Valley Conflict Monitor', 'according to', 'gunmen killed 14 villagers in the district']]],
    ['a think tank with its acronym', 'According to the Institute for Border Studies (IBS), an Islamabad-based think tank, militants carried out 60 attacks in March.',
      [['the Institute for Border Studies (IBS)', 'according to', 'militants carried out 60 attacks in March']]],
    ['not the subject of the content and its aside', 'According to police, a man, a resident of the area, was killed.',
      [['police', 'according to', 'a man, a resident of the area, was killed']]],
    ['not a subject with a figure', 'According to the health ministry, a total of 45 people, including children, died.',
      [['the health ministry', 'according to', 'a total of 45 people, including children, died']]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
