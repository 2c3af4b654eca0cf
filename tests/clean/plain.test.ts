import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTitleLine, splitPlainText } from '../../src/clean/plain.js';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

const seedPath = join(import.meta.dirname, '..', '..', 'fixtures', 'articles', 'globalresearch-tabqah-corridor', 'source.txt');

function textDoc(text: string) {
  return createDoc({ kind: 'file', id: 'a.txt', url: null, fetchedAt: null, contentType: 'text/plain', bytes: text.length }, text);
}

describe('isTitleLine', () => {
  it.each([
    ['Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition', true],
    ['What is the sea telling us?', true],
    ['He left the town on Monday.', false],
    ['x'.repeat(201), false],
    ['', false],
  ])('%j → %s', (line, ok) => {
    expect(isTitleLine(line)).toBe(ok);
  });
});

describe('splitPlainText', () => {
  it.each([
    ['Title line\n\nFirst paragraph.\nSame paragraph.\n\nSecond.', 'Title line', ['First paragraph. Same paragraph.', 'Second.']],
    ['Title line\nFirst paragraph right under it.\n\nSecond.', 'Title line', ['First paragraph right under it.', 'Second.']],
    ['Only one paragraph here.', null, ['Only one paragraph here.']],
    ['It starts with a sentence.\n\nThen another.', null, ['It starts with a sentence.', 'Then another.']],
    ['A\r\n\r\nB\r\n \r\nC', 'A', ['B', 'C']],
  ])('%j', (text, title, paragraphs) => {
    const r = splitPlainText(text);
    expect(r.title).toBe(title);
    expect(r.blocks.map((b) => b.text)).toEqual(paragraphs);
  });
});

describe('cleanDoc on the seed article (plain text)', () => {
  const text = readFileSync(seedPath, 'utf8');

  it('keeps the story, removes appeals and notices, reads title and author', () => {
    const doc = textDoc(text);
    const kept = cleanDoc(doc, { clean: true }).map((b) => b.text).join('\n\n');
    expect(kept).toContain('Some 70 ISIS members have withdrawn from the town of Tabqah');
    expect(kept).toContain('A new round of clashes in the province of Idlib may start soon.');
    for (const gone of ['please support the project', 'PayPal', 'patreon.com', 'Articles by: South Front', 'Disclaimer:', 'fair use', 'For media inquiries', 'copyrighted material']) {
      expect(kept).not.toContain(gone);
    }
    expect(doc.meta.title).toBe('Video: U.S. Opens Corridor for ISIS Terrorists. Pro-Turkish Militants Form Coalition to Fight ‘Terrorists’');
    expect(doc.meta.authors).toEqual(['South Front']);
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['clean/donation-appeal', 'clean/articles-by', 'clean/disclaimer', 'clean/copyright-notice', 'clean/media-inquiry']));
    expect(doc.messages).toEqual([]);
  });

  it('under --no-clean returns every paragraph and removes nothing', () => {
    const doc = textDoc(text);
    const blocks = cleanDoc(doc, { clean: false });
    expect(blocks.map((b) => b.text).join('\n')).toContain('Articles by: South Front');
    expect(doc.removed).toEqual([]);
    expect(doc.meta.title).toMatch(/^Video: U\.S\. Opens Corridor/);
  });

  it('warns when nothing is left', () => {
    const doc = textDoc('Share this article\n\nAdvertisement');
    expect(cleanDoc(doc, { clean: true })).toEqual([]);
    expect(doc.messages.map((m) => m.rule)).toEqual(['clean/no-content']);
  });
});
