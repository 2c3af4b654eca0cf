// Claims of business wire copy (findClaims): a cue's adverbial before a clause without "that", the antecedent of a
// restrictive "who said", "added" with an object, anonymous sources at a sentence start. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);

describe('findClaims: a time or manner adverbial after the cue, then a clause without "that"', () => {
  it.each([
    ['"last week"', 'The central bank governor said last week it was too soon to cut rates.',
      [['The central bank governor', 'said', 'it was too soon to cut rates']]],
    ['"in a statement"', 'The brewer said in a statement it would shut two breweries.',
      [['The brewer', 'said', 'it would shut two breweries']]],
    ['"in a regulatory filing"', 'The insurer said in a regulatory filing it had reserved $300 million for claims.',
      [['The insurer', 'said', 'it had reserved $300 million for claims']]],
    ['"on" a month and day', 'The miner said on Oct. 14 it would idle the smelter.',
      [['The miner', 'said', 'it would idle the smelter']]],
    ['"last month"', 'The chairman said last month the board would review the dividend.',
      [['The chairman', 'said', 'the board would review the dividend']]],
    ['"earlier this week"', 'The retailer said earlier this week it expected weaker holiday sales.',
      [['The retailer', 'said', 'it expected weaker holiday sales']]],
    ['"late on" a weekday', 'The airline said late on Thursday it had grounded six jets.',
      [['The airline', 'said', 'it had grounded six jets']]],
    ['manner then time', 'The utility said in a statement on Wednesday it was restoring power.',
      [['The utility', 'said', 'it was restoring power']]],
    ['a post-modifier of the manner head', 'The carmaker said in an emailed statement to Reuters it was reviewing the recall.',
      [['The carmaker', 'said', 'it was reviewing the recall']]],
    ['"told" a hearer, then a place', 'Zelensky told reporters in Kyiv the front was stable.',
      [['Zelensky', 'told', 'the front was stable']]],
    ['a place, then a weekday', 'The minister said in Geneva on Monday the talks would resume.',
      [['The minister', 'said', 'the talks would resume']]],
    ['"told" a hearer, then "in" a month', 'Lindqvist told investors in March the group would double its margins.',
      [['Lindqvist', 'told', 'the group would double its margins']]],
    ['a participle', 'The port closed two terminals, saying in a notice it lacked staff.',
      [['The port', 'saying', 'it lacked staff']]],
    ['"that" after the clause has begun stays in it', 'The bank said last week it was confident that inflation would ease.',
      [['The bank', 'said', 'it was confident that inflation would ease']]],
    // near misses
    ['near miss: no subject after the adverbial', 'The bank said in a statement released on Tuesday.', []],
    ['near miss: the time is the subject', 'She said last year was the hardest of her career.', []],
    ['near miss: a name then a comma, not a clause', 'The founder wrote in his newsletter Money, Markets, "We will not sell."',
      [['The founder', 'wrote', 'We will not sell']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: "added" is speech only before a clause or a quotation, never before a bare object', () => {
  it.each([
    ['a count of jobs', 'Factories added 12,000 jobs in May.', []],
    ['a price move', 'Copper added 2 cents to $4.10 a pound.', []],
    ['a count, then a clause after a comma', 'The sector added 40,000 jobs last quarter, a figure that surprised markets.', []],
    ['a score', 'The striker added two goals in the second half.', []],
    // the speech sense stays
    ['"added" closing a quotation', '"We will appeal," the lawyer added.', [['the lawyer', 'added', 'We will appeal']]],
    ['"added that"', 'The mayor added that the bridge would reopen in spring.', [['The mayor', 'added', 'the bridge would reopen in spring']]],
    ['a clause without "that"', 'The minister added the army would send 200 more engineers.', [['The minister', 'added', 'the army would send 200 more engineers']]],
    ['"adding that"', 'The regulator fined the bank, adding that it had misled savers.', [['The regulator', 'adding', 'it had misled savers']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a restrictive "who said" speaks for the noun phrase before "who"', () => {
  it.each([
    ['after "to"', 'A jury ordered the chemical maker to pay $90 million to 14 farmers who said the herbicide ruined their crops.',
      [['14 farmers', 'said', 'the herbicide ruined their crops']]],
    ['"of" inside the phrase', 'The airline refunded hundreds of passengers who said they had been charged twice.',
      [['hundreds of passengers', 'said', 'they had been charged twice']]],
    ['back to the determiner', 'The council will compensate the tenants who said their flats were damp.',
      [['the tenants', 'said', 'their flats were damp']]],
    ['"who told"', 'The inquiry heard from a driver who told officers he had not been paid.',
      [['a driver', 'told', 'he had not been paid']]],
    // a place or setting after the noun belongs to it (regress17 R3)
    ['a place after the noun', 'The company compensated 40 families in the valley who said their wells were poisoned.',
      [['40 families in the valley', 'said', 'their wells were poisoned']]],
    // near miss: an acronym in capitals is a name, not the relative pronoun
    ['near miss: "(WHO) said"', 'The World Health Organization (WHO) said the outbreak was contained.',
      [['The World Health Organization (WHO)', 'said', 'the outbreak was contained']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

const sourcesOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.source.kind]);

describe('findClaims: an anonymous source keeps its kind at the start of a sentence', () => {
  it.each([
    ['"familiar with"', 'People familiar with the negotiations said the merger could be called off.',
      [['People familiar with the negotiations', 'unnamed']]],
    ['"close to"', 'Sources close to the board said the chairman would step down.', [['Sources close to the board', 'unnamed']]],
    ['"briefed on", a head outside UNNAMED_HEADS', 'Bankers briefed on the sale said bids were due in January.',
      [['Bankers briefed on the sale', 'unnamed']]],
    ['"with direct knowledge"', 'People with direct knowledge of the probe said it would widen.',
      [['People with direct knowledge of the probe', 'unnamed']]],
    ['mid-sentence as before', 'The bid was rejected, according to people familiar with the matter.',
      [['people familiar with the matter', 'unnamed']]],
    // near miss: a name stays named
    ['near miss: a named company', 'Northwind Logistics said it would open two depots.', [['Northwind Logistics', 'named']]],
  ])('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('findClaims: a comparison with "than" before a cue is no source; "than" before a figure counts the speakers', () => {
  it.each([
    ['"fewer than economists had expected"', 'The economy added 150,000 jobs last month, fewer than economists had expected.', []],
    ['"more than analysts had forecast"', 'Sales rose 4% in the quarter, more than analysts had forecast.', []],
    ['"More than 20 officials said"', 'More than 20 officials said the plan had failed.', [['More than 20 officials', 'said', 'the plan had failed']]],
    ['"More than half of the staff said"', 'More than half of the staff said they had not been paid.', [['More than half of the staff', 'said', 'they had not been paid']]],
    ['"Fewer than a dozen residents said"', 'Fewer than a dozen residents said they would stay.', [['Fewer than a dozen residents', 'said', 'they would stay']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
