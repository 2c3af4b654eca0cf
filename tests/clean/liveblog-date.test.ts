import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

function publishedOf(body: string): string | null {
  const html = `<html><head><title>Storm Bron live: river peaks</title></head><body><main><article><h1>Storm Bron live: river peaks</h1>${body}</article></main></body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  cleanDoc(doc, { clean: true });
  return doc.meta.published;
}

const entry = (cls: string, iso: string, n: number) => `<div class="${cls}"><p><time datetime="${iso}">${iso}</time></p><p>The river rose by ${n} centimetres in the last hour, the flood agency said in its update.</p></div>`;

// F23 (page without meta dates): a live blog lists its entries newest first; it is dated by its oldest entry, the
// day it began, not by the latest update.
describe('published date of a live blog without meta dates', () => {
  it.each([
    ['live-post entries, newest first', ['live-post', 'live-post', 'live-post'], '2026-03-01T08:00:00Z'],
    ['liveblog-entry entries', ['liveblog-entry', 'liveblog-entry', 'liveblog-entry'], '2026-03-01T08:00:00Z'],
    // an ordinary article's times: the first one, as before
    ['story blocks', ['story-block', 'story-block', 'story-block'], '2026-03-03T15:00:00Z'],
    ['a class that only contains the letters', ['delivery-note', 'delivery-note', 'delivery-note'], '2026-03-03T15:00:00Z'],
  ])('%s', (_name, classes, published) => {
    const isos = ['2026-03-03T15:00:00Z', '2026-03-02T12:00:00Z', '2026-03-01T08:00:00Z'];
    expect(publishedOf(classes.map((c, i) => entry(c, isos[i]!, i + 3)).join(''))).toBe(published);
  });
});
