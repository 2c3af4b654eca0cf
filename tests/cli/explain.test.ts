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

  it('colours only when asked', () => {
    const doc = docWith([{ kind: 'ads', rule: 'clean/ad-label', text: 'Advertisement' }]);
    expect(formatExplain(doc, true)).toMatch(/\u001b\[/);
  });
});
