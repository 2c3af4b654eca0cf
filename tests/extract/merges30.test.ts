// Repairs of this session's own audit (election results written for the tests): each case is a sentence of the kind
// the tool got wrong, and each test fails without its repair.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const run = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const claimsOf = (text: string) => run(text).claims.map((c) => [c.source.text, c.cue, c.content]);
const actorsOf = (text: string) => run(text).actors.map((a) => [a.type, a.name]);

describe("a party's name the tagger cut", () => {
  it.each([
    ['a nationality before a name and "party"', "Georgia's ruling Georgian Dream party won 53.9% of the vote.", 'Georgian Dream', 'Dream'],
    ['"Alternative for" a country', 'The far-right Alternative for Germany party won 20.8% of the vote on Sunday.', 'Alternative for Germany', 'Alternative'],
    ['two causes joined by "and"', 'In Turkey, the ruling Justice and Development Party (AKP) of President Recep Tayyip Erdogan lost Istanbul.', 'Justice and Development Party', 'Development Party'],
  ])('%s', (_name, text, whole, part) => {
    const actors = actorsOf(text);
    // ("party" may close the name, as in "the Scottish National party")
    expect(actors.filter(([t, n]) => t === 'organization' && (n === whole || n === `${whole} party`))).toHaveLength(1);
    expect(actors.map(([, n]) => n)).not.toContain(part);
  });
  it('a nationality before a company stays apart when no "party" follows', () => {
    expect(actorsOf('Shares of the Swiss company Nestle fell 3% on Monday, while Georgian Dream won.').map(([, n]) => n)).not.toContain('Swiss Nestle');
  });
});

it('a kind of firm before a name of two words makes it an organization', () => {
  expect(actorsOf('At least 37 candidates were killed, according to the consulting firm Data Civica.')).toContainEqual(['organization', 'Data Civica']);
});

describe('the source before a relative clause that holds a share', () => {
  it('a comma after "37.8%" closes the aside', () => {
    expect(claimsOf('The four main opposition alliances, which together took 37.8%, said they would not recognise the result.'))
      .toContainEqual(['The four main opposition alliances', 'said', 'they would not recognise the result']);
  });
});

describe('a clause reported after a report of its own', () => {
  it('starts after the inner report and its conjunction', () => {
    const text = 'At least 37 candidates were killed, according to the consulting firm Data Civica, and two people died in shootings at polling stations in the state of Puebla on Sunday, state authorities said.';
    const claims = claimsOf(text);
    expect(claims).toContainEqual(['state authorities', 'said', 'two people died in shootings at polling stations in the state of Puebla on Sunday']);
    expect(claims).toContainEqual(['the consulting firm Data Civica', 'according to', 'At least 37 candidates were killed']);
  });
  it('keeps the whole clause when no report stands inside it', () => {
    expect(claimsOf('At least 37 candidates were killed and two people died in shootings on Sunday, state authorities said.'))
      .toContainEqual(['state authorities', 'said', 'At least 37 candidates were killed and two people died in shootings on Sunday']);
  });
});

describe('"according to X, which …" closing the sentence', () => {
  it('reports the clause before the cue', () => {
    expect(claimsOf('She won nearly 60% of the vote according to the National Electoral Institute, which put her ahead of her rival.'))
      .toContainEqual(['the National Electoral Institute', 'according to', 'She won nearly 60% of the vote']);
  });
  it('still reads the clause after the relative clause when the attribution opens the sentence', () => {
    expect(claimsOf('According to the ministry, which cited hospital records, 40 people died in the floods.'))
      .toContainEqual(['the ministry', 'according to', '40 people died in the floods']);
  });
});

describe('company, statute and church names', () => {
  it('a company described after a comma as a carrier is an organization', () => {
    expect(actorsOf("Maersk, the world's second-largest container carrier, said it would add a surcharge of $1,500 per container.")).toContainEqual(['organization', 'Maersk']);
  });
  it('a person described by a job is still a person', () => {
    expect(actorsOf('Maria Lopez, a mail carrier, said the road was closed.')).toContainEqual(['person', 'Maria Lopez']);
  });
  it.each(['the Taft-Hartley Act', 'the Inflation Reduction Act'])('%s is no actor', (law) => {
    expect(actorsOf(`The White House said it would not use ${law} to force workers back.`).map(([, n]) => n)).toEqual(['White House']);
  });
  it.each([
    ["St. Peter's Basilica", 'VA'],
    ["St. Peter's Square", 'VA'],
    ["St Paul's Cathedral", 'GB'],
  ])('%s is one place, in %s', (name, country) => {
    const places = run(`The pope spoke from the balcony of ${name} to about 40,000 people.`).places.map((p) => [p.name, p.country]);
    expect(places).toContainEqual([name, country]);
  });
});

describe('a base form after a modal reports nothing without "that"', () => {
  it('"it would add a surcharge" is no claim of "it"', () => {
    expect(claimsOf('Maersk said it would add a surcharge of $1,500 per container on cargo bound for affected ports.').map(([, cue]) => cue)).toEqual(['said']);
  });
  it('"would add that" still reports', () => {
    expect(claimsOf('The minister would add that the two sides had met twice.'))
      .toContainEqual(['The minister', 'add', 'the two sides had met twice']);
  });
});

describe("an actor's name written in capitals by a dateline", () => {
  it('takes the form the text writes elsewhere', () => {
    const text = 'UNITED NATIONS, May 10 (Reuters) - The United Nations General Assembly on Friday backed a Palestinian bid, the United Nations said.';
    const un = run(text).actors.find((a) => a.aliases.includes('UNITED NATIONS') || a.name === 'UNITED NATIONS');
    expect(un?.name).toBe('United Nations');
  });
});

describe("a dateline's state abbreviation in capitals", () => {
  it.each(['NORTH LAUDERDALE, FLA. (WSVN) - A crash killed a teen, officials said.', 'A crash in Miami, FLA. killed a teen, officials said.'])('%s', (text) => {
    const fla = run(text).places.find((p) => p.name.startsWith('FLA'));
    expect(fla?.country).toBe('US');
  });
});

describe('"claimed to" a hearer', () => {
  it('a past form before "to the outlet" still reports', () => {
    expect(claimsOf('The singer has not been returning his calls, the source further claimed to the outlet.'))
      .toContainEqual(['the source', 'claimed', 'The singer has not been returning his calls']);
  });
  it('the noun "claim to" a right reports nothing', () => {
    expect(claimsOf("The move would weaken the Chinese Communist Party's claim to a divine right to rule.")).toEqual([]);
  });
});
