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
