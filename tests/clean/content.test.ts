// DOM rules of the clean stage on small pages: each removed block listed once, with the rule that removed it.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

const ARTICLE = '<article><p>' + 'The council voted on Tuesday to rebuild the old stone bridge over the river. '.repeat(6) + '</p></article>';

function clean(body: string) {
  const html = `<html><head><title>T</title></head><body>${body}</body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true, now: null });
  return { kept: kept.map((b) => b.text).join('\n'), removed: doc.removed };
}

describe('tag rules', () => {
  it.each([
    ['a <menu> inside a <nav>', '<nav><a href="/">Home</a><menu><li><a href="/w">World news</a></li></menu></nav>', 'clean/navigation', 1],
    ['a [role=navigation] inside a <nav>', '<nav><div role="navigation"><a href="/">Sections and more</a></div></nav>', 'clean/navigation', 1],
    ['two sibling <nav>s', '<nav><a href="/">Top menu links</a></nav><nav><a href="/x">Bottom menu links</a></nav>', 'clean/navigation', 2],
    ['a <footer> inside an <aside>', '<aside><p>Most read today</p><footer>Sponsored links</footer></aside>', 'clean/aside', 1],
  ])('%s: listed %#, rule %s, %i time(s)', (_, furniture, rule, times) => {
    const r = clean(furniture + ARTICLE);
    expect(r.removed.filter((x) => x.rule === rule)).toHaveLength(times);
    expect(r.kept).toContain('rebuild the old stone bridge');
    expect(r.kept).not.toMatch(/menu links|Most read|Sections and more/);
  });

  it('lists a block once, under the rule that came first, not again inside a later removal', () => {
    const r = clean('<aside><nav><a href="/a">Related: the bridge in 1920</a></nav></aside>' + ARTICLE);
    const related = r.removed.filter((x) => x.text.includes('Related: the bridge'));
    expect(related).toHaveLength(1);
    expect(related[0]!.rule).toBe('clean/navigation');
  });
});
