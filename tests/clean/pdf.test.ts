import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { joinLines } from '../../src/clean/pdf.js';
import { createDoc } from '../../src/doc.js';

describe('joinLines (PDF lines to one paragraph)', () => {
  it.each([
    [['The ferry carried 300 evacu-', 'ees to the mainland.'], 'The ferry carried 300 evacuees to the mainland.'],
    [['Both pro-', 'and anti-war groups marched.'], 'Both pro- and anti-war groups marched.'],
    [['a well-', 'known route'], 'a well-known route'],
    [['the Franco-', 'Spanish border'], 'the Franco-Spanish border'],
    [['a 5,000-', 'strong force'], 'a 5,000-strong force'],
    [['the road -', 'closed since May'], 'the road - closed since May'],
    [['The mayor said the town and', 'Ferris County will share costs.'], 'The mayor said the town and Ferris County will share costs.'],
  ])('%j → %s', (lines, text) => {
    expect(joinLines(lines)).toBe(text);
  });
});

const page = (n: number, paras: string[]): string =>
  `<div id="page${n}-div" style="position:relative;width:892px;height:1262px;">${paras.map((p, i) => `<p style="position:absolute;top:${100 + i * 60}px;left:72px" class="ft1">${p}&#160;</p>`).join('')}</div>`;
const pdfPage = (pages: string[][], generator = 'pdftohtml 0.86.1'): string =>
  `<!DOCTYPE html><html><head><title>Harbour Survey Bulletin 7</title><meta name="generator" content="${generator}"></head><body>${pages.map((p, i) => page(i + 1, p)).join('')}</body></html>`;

const run = (html: string): { blocks: string[]; rules: string[] } => {
  const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const blocks = cleanDoc(doc, { clean: true }).map((b) => b.text);
  return { blocks, rules: doc.removed.map((r) => r.rule) };
};

describe('PDF converted to HTML', () => {
  const pages = [
    ['Harbour Survey Bulletin 7', 'Divers inspected the north breakwater on 4 June and found&#160;<br/>Cracks in 12 of its 40 concrete blocks, the harbour board&#160;<br/>said on Friday.', 'Repairs to the breakwater will cost about 2.4 million euros and will&#160;<br/>start in the autumn, when ferry traffic is lighter.', 'Port of Ferris harbour board', '1'],
    ['Harbour Survey Bulletin 7', 'The south quay was found sound, but 300 metres of its railings need repla-<br/>cing before the summer season starts in July.', 'A second survey of the seabed near the entrance channel will follow in&#160;<br/>September, once the dredger is back from repairs at the yard.', 'Port of Ferris harbour board', '2'],
  ];
  const { blocks, rules } = run(pdfPage(pages));
  it.each([
    ['a line starting with a capital goes on with the sentence', 'Divers inspected the north breakwater on 4 June and found Cracks in 12 of its 40 concrete blocks, the harbour board said on Friday.'],
    ['a word hyphenated at the line end is joined', 'but 300 metres of its railings need replacing before the summer season starts in July.'],
    ['page 2 is kept', 'A second survey of the seabed near the entrance channel will follow in September'],
  ])('%s', (_name, text) => {
    expect(blocks.join('\n')).toContain(text);
  });
  it.each([['Harbour Survey Bulletin 7'], ['Port of Ferris harbour board'], ['1'], ['2']])('page furniture "%s" is dropped', (line) => {
    expect(blocks).not.toContain(line);
  });
  it('says why', () => {
    expect(rules).toEqual(expect.arrayContaining(['clean/pdf-page-number', 'clean/pdf-running-header']));
  });
  it('an ordinary page keeps its <br> lines apart', () => {
    const html = '<html><head><title>Ferry times</title></head><body><article><p>Ferry Office<br>Harbour Road 4<br>Ferris</p><p>The ferry office on Harbour Road will open two hours later on Sundays from June, the harbour board said on Friday, because fewer passengers travel early.</p></article></body></html>';
    expect(run(html).blocks).toContain('Harbour Road 4');
  });
});

describe('other converter layouts', () => {
  const SENTENCE = 'Divers inspected the north breakwater on 4 June and found cracks in 12 of its 40 concrete blocks, the harbour board said on Friday.';
  // pdf2htmlEX: one <div class="t …"> per line, pages <div class="pf" data-page-no>
  const line = (t: string): string => `<div class="t m0 x1 h2 y3 ff1 fs0">${t}</div>`;
  const exPage = (n: number, lines: string[]): string => `<div id="pf${n}" class="pf w0 h0" data-page-no="${n}"><div class="pc pc${n} w0 h0">${lines.map(line).join('')}</div></div>`;
  const ex = `<html><head><title>Harbour Survey Bulletin 7</title><meta name="generator" content="pdf2htmlEX"></head><body><div id="page-container">${
    exPage(1, ['Port of Ferris', 'Divers inspected the north breakwater on 4 June and found', 'cracks in 12 of its 40 concrete blocks, the harbour board', 'said on Friday.', 'Repairs will start in the autumn, when ferry traffic is lighter and', 'the weather is still mild enough for divers.', 'Page 1 of 2'])
  }${exPage(2, ['Port of Ferris', 'The south quay was found sound, but 300 metres of railings need', 'replacing before the summer season starts in July.', 'Page 2 of 2'])}</div></body></html>`;
  // pdftohtml without -c: lines separated by <br/>, pages by <hr/>; no generator meta
  const simple = `<html><head><title>Harbour Survey Bulletin 7</title></head><body><a name=1></a>Port of Ferris<br/>Divers inspected the north breakwater on 4 June and found<br/>cracks in 12 of its 40 concrete blocks, the harbour board<br/>said on Friday.<br/>1<br/><hr/><a name=2></a>Port of Ferris<br/>The south quay was found sound, but 300 metres of railings need<br/>replacing before the summer season starts in July.<br/>2<br/><hr/></body></html>`;
  it.each([
    ['pdf2htmlEX', ex, [SENTENCE, 'Repairs will start in the autumn, when ferry traffic is lighter and the weather is still mild enough for divers.', 'The south quay was found sound, but 300 metres of railings need replacing before the summer season starts in July.']],
    ['pdftohtml -c without its generator meta', pdfPage([['Harbour Survey Bulletin 7', 'Divers inspected the north breakwater on 4 June and found&#160;<br/>cracks in 12 of its 40 concrete blocks, the harbour board said on Friday.', '1'], ['Harbour Survey Bulletin 7', 'The south quay was found sound.', '2']]).replace(/<meta name="generator"[^>]*>/, ''), [SENTENCE, 'The south quay was found sound.']],
  ])('%s: paragraphs joined, page furniture dropped', (_name, html, paragraphs) => {
    const { blocks } = run(html);
    expect(blocks).toEqual(paragraphs);
  });
  it('pdftohtml without -c, marked by its generator', () => {
    const { blocks } = run(simple.replace('</title>', '</title><meta name="generator" content="pdftohtml 22.02.0">'));
    expect(blocks).toEqual([SENTENCE, 'The south quay was found sound, but 300 metres of railings need replacing before the summer season starts in July.']);
  });
});
