// Companies in business copy (extract stage): tickers in brackets, short names, legal forms, share-price moves and
// known short forms. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each actor as "<type>:<name>[<aliases>]". */
const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}[${[...a.aliases].sort().join(',')}]`);
/** Each claim's source with the name of its actor (null when none). */
const sourcesOf = (text: string) => {
  const r = recordOf(text);
  const byId = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? byId.get(c.source.actor)! : null]);
};

describe('a ticker in brackets after a company is no actor: the company speaks', () => {
  it.each([
    ['a market suffix', 'Korvel Mining Inc (KRV.TO) said on Monday it had closed the Ashby pit.', 'Korvel Mining Inc', 'KRV.TO'],
    ['an exchange and a colon', 'Pellam Robotics Corp. (NYSE: PLM) said that orders rose 8%.', 'Pellam Robotics Corp.', 'PLM'],
    ['a figure and a suffix', 'Hoshida Electric Co (6921.T) said it would cut 400 jobs.', 'Hoshida Electric Co', '6921.T'],
    ['a press release', 'Tarvane Biologics, Inc. (Nasdaq: TRVB), a biotechnology company, said its trial met its goal.', 'Tarvane Biologics, Inc.', 'TRVB'],
  ])('%s', (_, text, company, ticker) => {
    const actors = actorsOf(text);
    expect(actors.some((a) => a.startsWith(`organization:${company}[`) && a.includes(ticker))).toBe(true);
    expect(actors.some((a) => a.includes(`:${ticker}[`))).toBe(false);
    expect(sourcesOf(text).every(([, actor]) => actor === company)).toBe(true);
  });

  it('"under the symbol PLMR" after the company, in its "which" clause', () => {
    const text = 'Pellam Robotics, which is listed on the Nasdaq under the symbol PLMR, said orders rose.';
    expect(actorsOf(text)).toContain('organization:Pellam Robotics[PLMR]');
    expect(sourcesOf(text)).toEqual([['Pellam Robotics', 'Pellam Robotics']]);
  });

  it('a number in brackets is no ticker: "(2019)" stays out', () => {
    expect(actorsOf('Korvel Mining Inc (2019) said it would sell the unit.').join(' ')).not.toContain('2019');
  });
});

describe('a company named again by the words before its trade word or legal form is one actor', () => {
  it.each([
    ['untagged, before a relative clause', 'Ostrava Foods AB raised its forecast. Ostrava, which sells frozen meals, gained market share.',
      'organization:Ostrava Foods AB[Ostrava]'],
    ['untagged, after a preposition', 'Kelbrook Bank AG agreed to pay a fine. A spokesperson for Kelbrook declined to comment.',
      'organization:Kelbrook Bank AG[Kelbrook]'],
    ['read as a person', 'Ardwyn Supply Corp agreed to buy the firm. Ardwyn will pay 310p a share.', 'organization:Ardwyn Supply Corp[Ardwyn]'],
    ['a trade word without legal form', 'Tamsin Logistics opened a warehouse in Ohio. Tamsin said it would hire 300 staff.',
      'organization:Tamsin Logistics[Tamsin]'],
    ['a legal form only', 'Quorvane Inc. said revenue rose 5%. Quorvane said its phones sold well.', 'organization:Quorvane Inc.[Quorvane]'],
  ])('%s', (_, text, actor) => {
    const actors = actorsOf(text);
    expect(actors).toContain(actor);
    expect(actors.filter((a) => a.startsWith('person:'))).toEqual([]);
  });

  it('a claim by the short form is the company\'s', () => {
    expect(sourcesOf('Quorvane Inc. reported results on Monday. Quorvane said its phones sold well.')).toContainEqual(['Quorvane', 'Quorvane Inc.']);
  });

  it.each([
    ['a person the honorific names', 'Fenwick Energy opened a plant. Mr Fenwick, the company\'s founder, declined to comment.', 'person:Fenwick[]'],
    ['two companies share the short form', 'Larch Foods and Larch Energy both reported losses. Larch said it would cut costs.', 'organization:Larch Foods[]'],
    ['a common word', 'General Motors raised prices. General demand fell in the spring.', 'organization:General Motors[]'],
  ])('not when %s', (_, text, actor) => expect(actorsOf(text)).toContain(actor));
});

describe('a legal form or a trade word after a name makes a company, not a person', () => {
  it.each([
    ['a lower-case legal form', 'Harriet Cole plc said completions fell.', 'organization:Harriet Cole plc[]'],
    ['an untagged name before its form', 'The results were weak.\n\nBramwell plc said it would cut 500 jobs.', 'organization:Bramwell plc[]'],
    ['a trade word', 'The operator, Dunmore Ports, said the offer was fair.', 'organization:Dunmore Ports[]'],
    ['a trade word and a country code', 'The operator, Dunmore Ports UK, said the offer was fair.', 'organization:Dunmore Ports UK[]'],
  ])('%s', (_, text, actor) => expect(actorsOf(text)).toContain(actor));

  it('a place keeps its state\'s abbreviation: "Reno NV" is no company', () => {
    expect(actorsOf('The bank opened a branch in Reno NV last year.').some((a) => a.startsWith('organization:Reno'))).toBe(false);
  });
});

describe('a share-price move names a company; a commodity or a figure does not', () => {
  it.each([
    ['Zentravia slid 4.6% and weighed on the index. Morvex rose 2.1%.', ['organization:Zentravia[]', 'organization:Morvex[]']],
  ])('%s', (text, present) => {
    const actors = actorsOf(text);
    for (const p of present) expect(actors).toContain(p);
  });

  it.each([
    'Unemployment rose 0.2% in March.',
    'Bitcoin jumped 5% on Friday.',
    'Dow fell 1% in early trading.',
    // no market report, a statistic, a poll (regress17 R2)
    'Crime fell 7% last year. Ridership fell 15% on the subway. Turnout fell 3% from the last election.',
  ])('%s', (text) => expect(actorsOf(text)).toEqual([]));

  // the pollster before "survey" is an organization (fix-politics, retypePollsters); the people who moved in the polls
  // are no companies
  it('a poll\'s move names no company', () => {
    expect(actorsOf('Shares closed higher on Friday. Trump rose 3% in the poll while Biden slid 2%. Macron fell 5% in the Ifop survey.'))
      .toEqual(['organization:Ifop[]']);
  });

  it('a person stays a person in a poll\'s move', () => {
    expect(actorsOf('Kamala Harris campaigned in Ohio. Harris rose 2% in the poll.')).toContain('person:Kamala Harris[Harris]');
  });
});

describe('a known short form joins the body named in full', () => {
  it('"Federal Reserve" … "the Fed"', () => {
    const actors = actorsOf('The Federal Reserve held rates on Wednesday. Markets expect the Fed to cut in March.');
    expect(actors).toContain('organization:Federal Reserve[Fed]');
    expect(actors.some((a) => a.startsWith('organization:Fed['))).toBe(false);
  });
});

// A legislator's bracketed party and state is no actor (regress17's pre-existing list)
describe('"(R-Texas)" after a legislator makes no actor', () => {
  it.each([
    'Senator Ted Cruz (R-Texas) said the bill would fail.',
    'Rep. Nancy Pelosi (D-Calif.) said it would pass.',
    'Senator Bernie Sanders (I-Vt.) voted against it.',
  ])('%s', (text) => {
    const actors = actorsOf(text);
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatch(/^person:/);
  });
});
