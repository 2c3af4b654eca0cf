// Interviews published as HTML whose questions are marked only by the page (a wholly bold paragraph, a "question"
// class, an h3/h4 ending in "?"): the answers are direct claims of the interviewee, the questions none, and the
// article text is the same as without the marks. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const page = (body: string) => `<html><head><title>Interview</title></head><body><article>\n${body}\n</article></body></html>`;
/** Each claim as [source text, actor name or null, cue, content, direct]. */
const claimsOf = (html: string) => {
  const r = extract(html, { id: 'a.html' });
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) ?? null : null, c.cue, c.content, c.direct]);
};
/** Each number with the content of the claim holding it (null when none does). */
const figuresOf = (html: string) => {
  const r = extract(html, { id: 'a.html' });
  const byId = new Map(r.claims.map((c) => [c.id, c]));
  return r.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.content.slice(0, 20) : null]);
};

const INTRO = '<p>Harbour authority chief Mira Lennox spoke to the Coast Gazette about the new ferry terminal.</p>';
const Q1 = 'The terminal is two years late. What happened?';
const A1 = 'We underestimated the seabed work. The piles had to go 40 metres deep instead of 25 metres.';
const Q2 = 'Will the cost rise again?';
const A2 = 'No. The budget of 310 million euros holds, and we have a reserve for the last phase.';
const Q3 = 'When will the first ferry sail?';
const A3 = 'In May, if the sea trials go well. I expect 12 sailings a day by the summer.';
/** A claim's content: the paragraph without its final stop. */
const said = (a: string) => a.replace(/[.!]$/, '');
const answers = (speaker: string, name: string | null, cue: string) => [A1, A2, A3].map((a) => [speaker, name, cue, said(a), true]);

describe('an interview whose questions the page marks: answers are claims of the interviewee', () => {
  it.each([
    ['<strong> paragraphs', page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>\n<p><strong>${Q3}</strong></p>\n<p>${A3}</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    ['<b> inside <p>, "an interview with" intro', page(`<p>In an interview with the Gazette, harbour authority chief Mira Lennox defended the project.</p>\n<p> <b>${Q1}</b> </p>\n<p>${A1}</p>\n<p><b>${Q2}</b></p>\n<p>${A2}</p>\n<p><b>${Q3}</b></p>\n<p>${A3}</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    ['bold question split in two bold runs', page(`${INTRO}\n<p><b>The terminal is two years late.</b> <b>What happened?</b></p>\n<p>${A1}</p>\n<p><b>${Q2}</b></p>\n<p>${A2}</p>\n<p><b>${Q3}</b></p>\n<p>${A3}</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    ['class="question"', page(`${INTRO}\n<p class="question">${Q1}</p>\n<p>${A1}</p>\n<p class="question">${Q2}</p>\n<p>${A2}</p>\n<p class="question">${Q3}</p>\n<p>${A3}</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    ['<h3> questions ending in "?"', page(`${INTRO}\n<h3>${Q1}</h3>\n<p>${A1}</p>\n<h3>${Q2}</h3>\n<p>${A2}</p>\n<h3>${Q3}</h3>\n<p>${A3}</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    ['"NAME:" on each answer', page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>Lennox: ${A1}</p>\n<p><strong>${Q2}</strong></p>\n<p>Lennox: ${A2}</p>\n<p><strong>${Q3}</strong></p>\n<p>Lennox: ${A3}</p>`),
      answers('Lennox', 'Mira Lennox', ':')],
    ['the editor\'s closing note is no answer', page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>\n<p><strong>${Q3}</strong></p>\n<p>${A3}</p>\n<p>This interview has been edited for length and clarity.</p>`),
      answers('Mira Lennox', 'Mira Lennox', 'answer')],
    // the unlabelled paragraph after "A: …" continues the answer (a transcript turn over two paragraphs)
    ['"Q:"/"A:" labels that make a transcript are read as before, marks or not', page(`${INTRO}\n<h4><strong>Q: ${Q1}</strong></h4>\n<p>A: ${A1}</p>\n<p>${A3}</p>\n<h4><strong>Q: ${Q2}</strong></h4>\n<p>A: ${A2}</p>`),
      [A1, A3, A2].map((a) => ['A', 'Mira Lennox', ':', said(a), true])],
    ['an answer over two paragraphs: each is a claim', page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p>${A3}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>`),
      [A1, A3, A2].map((a) => ['Mira Lennox', 'Mira Lennox', 'answer', said(a), true])],
  ])('%s', (_name, html, expected) => {
    expect(claimsOf(html)).toEqual(expected);
  });

  it('numbers in an answer link to its claim; numbers in a question to none', () => {
    const html = page(`${INTRO}\n<p><strong>You promised 8 sailings a day. Can you keep that?</strong></p>\n<p>${A3}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>`);
    expect(figuresOf(html)).toEqual([['8 sailings', null], ['12 sailings', 'In May, if the sea t'], ['310 million euros', 'No. The budget of 31']]);
  });

  it('an answer quoting someone else keeps its own inner attribution', () => {
    const html = page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>Our engineers said the rock was harder than the survey showed. We lost a year there.</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>`);
    expect(claimsOf(html)).toEqual([
      ['Our engineers', null, 'said', 'the rock was harder than the survey showed', false],
      ['Mira Lennox', 'Mira Lennox', 'answer', 'Our engineers said the rock was harder than the survey showed. We lost a year there', true],
      ['Mira Lennox', 'Mira Lennox', 'answer', said(A2), true],
    ]);
  });

  it('the article text is the text without the marks (no "Q:" added), and the record has no mark', () => {
    const marked = extract(page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>`), { id: 'a.html' });
    const plain = extract(page(`${INTRO}\n<p>${Q1}</p>\n<p>${A1}</p>\n<p>${Q2}</p>\n<p>${A2}</p>`), { id: 'a.html' });
    expect(marked.article.text).toBe(plain.article.text);
    expect(marked.article.paragraphs).toEqual(plain.article.paragraphs);
    expect(JSON.stringify(marked)).not.toMatch(/"question"/);
  });
});

/** The claims of a page, and of the same page with its bold marks removed. */
const withAndWithoutBold = (html: string) => [claimsOf(html), claimsOf(html.replace(/<\/?(?:strong|b)>/g, ''))];

describe('bold paragraphs of an ordinary article are no questions', () => {
  it.each([
    ['a bold standfirst', page(`<p><strong>The county will close 14 libraries next year, the council said on Tuesday.</strong></p>\n<p>Council leader Ann Whitby said the savings of 2 million pounds were needed. "We have no choice," she said.</p>\n<p>Library users gathered outside the town hall on Wednesday.</p>`)],
    ['bold subheads without "?"', page(`<p>Council leader Ann Whitby said the county would close 14 libraries.</p>\n<p><strong>Savings</strong></p>\n<p>The closures save 2 million pounds a year, the council said.</p>\n<p><strong>Protests</strong></p>\n<p>Library users gathered outside the town hall on Wednesday.</p>`)],
    ['bold "Read more" lines', page(`<p>Council leader Ann Whitby said the county would close 14 libraries.</p>\n<p><b>Read more: Council budget cuts explained</b></p>\n<p>The closures save 2 million pounds a year, the council said.</p>\n<p><b>Read more: Where the money goes</b></p>\n<p>Library users gathered outside the town hall on Wednesday.</p>`)],
    ['an explainer with bold questions answered in the third person', page(`<p>Council leader Ann Whitby announced on Tuesday that the county would close 14 libraries.</p>\n<p><strong>Which libraries will close?</strong></p>\n<p>The branches in Eastfield and Marsh Lane will shut in April, followed by twelve smaller ones.</p>\n<p><strong>What happens to the staff?</strong></p>\n<p>The council said most of the 60 staff would move to other posts.</p>`)],
  ])('%s', (_name, html) => {
    const [marked, plain] = withAndWithoutBold(html);
    expect(marked).toEqual(plain);
    expect(marked.some((c) => c[2] === 'answer')).toBe(false);
  });

  it('one bold question alone is no interview', () => {
    const html = page(`${INTRO}\n<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p>The terminal opens in May.</p>`);
    expect(claimsOf(html).some((c) => c[2] === 'answer')).toBe(false);
  });
});

/** The 'answer' claims of a page as [source text, actor name]. */
const answerSources = (html: string) => claimsOf(html).filter((c) => c[2] === 'answer').map((c) => [c[0], c[1]]);

describe('question subheads of an explainer or a feature are no interview (paragraphs under them are no answers)', () => {
  it.each([
    ['h3 questions over the outlet\'s prose and attributed quotes, the intro names a person', page(`<p>Dock workers will strike on Monday after talks between union chief Carla Nyberg and the port owners failed.</p>\n<h3>Which ports are closed?</h3>\n<p>Both container terminals will stop. "I regret the delays, but we were left with nothing," a union official said.</p>\n<h3>Will shops run short?</h3>\n<p>Not at first. "We have three weeks of stock," the retailers said.</p>\n<h3>How long will it last?</h3>\n<p>Nobody knows. "I think a week at most," said shipping analyst Omar Reyes.</p>`)],
    ['bold questions over quotations with their own speaker', page(`<p>When the storm cut the valley off, Governor Ines Varga ordered the schools shut. Teacher Pol Arnau stayed.</p>\n<p><strong>Why did he stay?</strong></p>\n<p>"I could not leave the children alone," Arnau said. "My wife understood."</p>\n<p><strong>What was lost?</strong></p>\n<p>"We lost the bridge and two barns," said farmer Eva Lind.</p>\n<p><strong>What now?</strong></p>\n<p>"I want a new bridge by winter," Varga said.</p>`)],
    ['answers that carry "according to", though the intro presents an interviewee', page(`${INTRO}\n<h3>Is the terminal late?</h3>\n<p>We are late by two years, according to the audit office.</p>\n<h3>Is it over budget?</h3>\n<p>Our costs rose by a third, according to the ministry.</p>`)],
  ])('%s', (_name, html) => {
    expect(answerSources(html)).toEqual([]);
  });
});

describe('the interviewee is the person the intro presents as speaking to the outlet', () => {
  const qa = `<p><strong>${Q1}</strong></p>\n<p>${A1}</p>\n<p><strong>${Q2}</strong></p>\n<p>${A2}</p>`;
  it.each([
    ['someone else named first, then "X sat down with us"', page(`<p>Months after Governor Hal Brenner appointed her, port director Mira Lennox sat down with us at the harbour.</p>\n${qa}`),
      [['Mira Lennox', 'Mira Lennox'], ['Mira Lennox', 'Mira Lennox']]],
    ['"we asked X"', page(`<p>Two years after Governor Hal Brenner opened the works, we asked port director Mira Lennox what went wrong.</p>\n${qa}`),
      [['Mira Lennox', 'Mira Lennox'], ['Mira Lennox', 'Mira Lennox']]],
    ['"X talks to the Gazette"', page(`<p>Port director Mira Lennox, appointed by Governor Hal Brenner, talks to the Gazette about the delays.</p>\n${qa}`),
      [['Mira Lennox', 'Mira Lennox'], ['Mira Lennox', 'Mira Lennox']]],
    ['the intro names people but presents nobody as speaking: no answer claims', page(`<p>Governor Hal Brenner opened the terminal works in 2022 with port director Mira Lennox.</p>\n${qa}`), []],
    ['an advice column: the reader\'s bold questions, the columnist\'s answers, an adviser named in the intro', page(`<p>Each week our consumer editor answers readers' questions. This week a reader whose builder, Dan Holt, wants more money.</p>\n<p><strong>My builder wants 5,000 pounds more. Must I pay?</strong></p>\n<p>I would ask for the contract first. If the price was fixed, I think you owe him nothing.</p>\n<p><strong>He says the timber cost more. Is that my problem?</strong></p>\n<p>Not unless the contract says so. I always tell readers to keep every receipt.</p>`), []],
  ])('%s', (_name, html, expected) => {
    expect(answerSources(html)).toEqual(expected);
  });
});
