import { describe, expect, it } from 'vitest';
import { formatExplain } from '../../src/cli/explain.js';
import { createDoc } from '../../src/doc.js';

function docWith(removed: { kind: string; rule: string; text: string }[]) {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: 0 }, '');
  doc.meta.title = 'Bridge to be rebuilt';
  doc.removed = removed;
  doc.text = 'Kept text.';
  doc.paragraphs = [{ start: 0, end: 10 }];
  return doc;
}

describe('formatExplain', () => {
  it.each([
    [
      [{ kind: 'donation', rule: 'clean/donation-appeal', text: 'Please support the project.' }, { kind: 'share', rule: 'clean/share-prompt', text: 'Share this article' }, { kind: 'share', rule: 'clean/share-prompt', text: 'Share on X' }],
      ['donation', 'clean/donation-appeal', 'Please support the project.', 'clean/share-prompt', '2 blocks', '3 removed'],
    ],
    [[], ['nothing removed', '0 removed']],
    [[{ kind: 'other', rule: 'clean/navigation', text: 'x'.repeat(300) }], [`${'x'.repeat(99)}…`, '1 removed (300 chars)']],
  ])('%#', (removed, expected) => {
    const out = formatExplain(docWith(removed), false);
    expect(out).toContain('a.html');
    for (const e of expected) expect(out).toContain(e);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('never passes control characters from the page to the terminal', () => {
    const doc = docWith([{ kind: 'other', rule: 'clean/navigation', text: 'Home \u001b[31m red' }]);
    doc.meta.title = 'T\u001b]0;PWN\u0007itle \u001b[2J';
    doc.meta.site = 'S\u001b[31mite';
    doc.source.id = 'a\u001b[2J.html';
    const out = formatExplain(doc, false);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('T\ufffd]0;PWN\ufffditle \ufffd[2J');
    expect(out).toContain('a\ufffd[2J.html');
  });

  it('colours only when asked', () => {
    const doc = docWith([{ kind: 'ads', rule: 'clean/ad-label', text: 'Advertisement' }]);
    expect(formatExplain(doc, true)).toMatch(/\u001b\[/);
  });
});
