// Structure inside the article body (tables, definition lists, layout cells) as the clean stage turns it into blocks.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

// Prose written for these tests: each paragraph is over 100 characters and ends as a sentence.
const STORY = [
  'Heavy rain flooded three valleys in the north of the country this week, and the regional government said on Friday that rescue teams were still searching for people.',
  'The interior ministry said it had opened forty shelters in schools and sports halls, and that the army had sent boats and helicopters to villages cut off by the water.',
].map((p) => `<p>${p}</p>`).join('');

function clean(body: string, head = '<title>Floods in the north</title>') {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true, now: null });
  return { kept: kept.map((b) => b.text), removed: doc.removed, meta: doc.meta };
}

describe('table cells', () => {
  it.each([
    ['numeric cells never touch with a plain space', '<tr><td>Total</td><td>63</td><td>197</td><td>2,580</td></tr>', 'Total | 63 | 197 | 2,580'],
    ['header cells too', '<tr><th>Province</th><th>Deaths</th><th>Injured</th></tr>', 'Province | Deaths | Injured'],
    ['an empty cell adds no separator', '<tr><td></td><td>Votes</td><td> </td><td>Seats</td></tr>', 'Votes | Seats'],
    ['inline markup inside a cell', '<tr><td><b>North</b> region</td><td><span>12</span></td><td>450</td></tr>', 'North region | 12 | 450'],
  ])('%s', (_, row, line) => {
    const r = clean(`<article>${STORY}<table>${row}</table></article>`);
    expect(r.kept).toContain(line);
  });

  it('keeps a data row whose names are links, and still drops a menu row of links', () => {
    const rows = '<tr><td>1</td><td><a href="/r/1">Anna Berg</a></td><td><a href="/t/1">Team North Coast</a></td><td>70:12:33</td></tr>'
      + '<tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td><td><a href="/sport">Sport and results</a></td></tr>';
    const r = clean(`<article>${STORY}<table>${rows}</table></article>`);
    expect(r.kept).toContain('1 | Anna Berg | Team North Coast | 70:12:33');
    expect(r.kept.join('\n')).not.toContain('Sport and results');
    expect(r.removed.some((x) => x.rule === 'clean/link-list' && x.text.includes('Sport and results'))).toBe(true);
  });

  it('reads a layout cell holding paragraphs as blocks of its own, not glued to the next cell', () => {
    const layout = `<table><tr><td>${STORY.replace(/<\/?p>/g, '<br><br>')}</td><td>Most read<br>Rupee falls to record low</td></tr></table>`;
    const r = clean(layout);
    const last = r.kept.find((t) => t.includes('helicopters'))!;
    expect(last).toMatch(/water\.$/);
    expect(r.kept.join('\n')).not.toContain('water. Most read');
  });
});

describe('definition lists', () => {
  it.each([
    ['a term and its value on one line', '<dl><dt>Dead</dt><dd>114</dd><dt>Missing</dt><dd>127</dd></dl>', ['Dead: 114', 'Missing: 127']],
    ['a term with its own colon takes no second one', '<dl><dt>Displaced:</dt><dd>560,000</dd></dl>', ['Displaced: 560,000']],
    ['a term with no value stays alone', '<dl><dt>Notes</dt><dt>Peak winds</dt><dd>150 km/h</dd></dl>', ['Notes', 'Peak winds: 150 km/h']],
  ])('%s', (_, dl, lines) => {
    const r = clean(`<article>${STORY}${dl}</article>`);
    for (const line of lines) expect(r.kept).toContain(line);
  });
});
