import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

function keptOf(html: string): string[] {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  return cleanDoc(doc, { clean: true }).map((b) => b.text);
}

const p1 = '<p>Engineers restored power to 12,000 homes overnight, the grid operator said on Friday morning.</p>';
const p2 = '<p>Rail services between the two cities will stay suspended until the line has been inspected.</p>';

// F10: a heading that the title holds is the headline only above the story; further down it heads a live entry or a
// newsletter's section, and stays.
describe('clean/headline by position', () => {
  it.each([
    // a live blog retitled after its latest entry: the entry's heading stays
    ['Storm Bron live: grid operator restores power to thousands', `<h1>Storm Bron live: grid operator restores power to thousands</h1>${p1}<h3>Grid operator restores power to thousands</h3>${p2}`,
      [p1, 'Grid operator restores power to thousands', p2]],
    // a briefing whose title lists its sections: the first section's heading stays
    ['Evening Brief: rail line stays shut; grid repaired', `${p1}<h2>Rail line stays shut</h2>${p2}`, [p1, 'Rail line stays shut', p2]],
    // above the story, a heading holding more than the title, or less, is still the headline
    ['Storm Bron: grid operator restores power', `<h1>Storm Bron: grid operator restores power – live updates</h1>${p1}${p2}`, [p1, p2]],
    ['Storm Bron live: grid operator restores power to thousands', `<p>Live</p><h1>Grid operator restores power to thousands</h1>${p1}${p2}`, ['Live', p1, p2]],
  ])('%j', (title, body, kept) => {
    const html = `<html><head><title>${title}</title></head><body><article>${body}</article></body></html>`;
    expect(keptOf(html)).toEqual(kept.map((k) => k.replace(/<\/?p>/g, '')));
  });
});

// F27: on a live blog, a prose paragraph repeated word for word far down the page (the pinned summary that is also an
// entry) is kept once; short lines may repeat ("Pictured: …"), and on other pages so may prose (an interview's
// question put to each guest, a meal plan's recipe lines).
describe('clean/duplicate for prose anywhere in the page', () => {
  const summary = '<p>Summary: more than 30,000 homes have lost power and 12 flood warnings are in force across the region, the agency said.</p>';
  const entries = [1, 2, 3, 4, 5, 6].map((n) => `<h3>Update ${n}</h3><p>Crews cleared ${n * 3} fallen trees from the coast road overnight, the council said in update number ${n}.</p>`).join('');
  it.each([
    ['a pinned summary repeated as an entry', 'live-blog__entries', `${summary}${entries}${summary}`, 1],
    ['a short line repeated', 'live-blog__entries', `${summary}${entries}<p>Pictured: the harbour</p>${entries.replace(/Crews/g, 'Teams')}<p>Pictured: the harbour</p>`, 1],
    // not a live blog: the repeated paragraph is the page's own (an interview asks each guest the same question)
    ['a paragraph repeated on an ordinary page', 'story-body', `${summary}${entries}${summary}`, 2],
  ])('%s', (_name, cls, body, summaries) => {
    const html = `<html><head><title>Storm Bron live</title></head><body><article><div class="${cls}">${body}</div></article></body></html>`;
    const kept = keptOf(html);
    expect(kept.filter((t) => t.startsWith('Summary:'))).toHaveLength(summaries);
    expect(kept.filter((t) => t === 'Pictured: the harbour').length).toBe(body.includes('Pictured') ? 2 : 0);
    expect(kept.filter((t) => t.startsWith('Update')).length).toBe(body.includes('Teams') ? 12 : 6);
  });
});
