import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { cleanByline } from '../../src/clean/metadata.js';
import { createDoc } from '../../src/doc.js';

describe('cleanByline: "»" separates the name from the date', () => {
  it.each([
    ['by harbourfan » Wed Apr 01, 2026 8:02 pm', 'harbourfan'],
    ['by Mina Ortiz » 12 May 2026', 'Mina Ortiz'],
    ['Posted by ferrywatch › Sun Jun 07, 2026 10:40', 'ferrywatch'],
  ])('%s → %s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });
});

const FORUM = `<html><head><title>Ferry timetable changes - Harbour Forum</title></head><body><div class="post-list">
<div id="p1" class="post bg1"><div class="inner">
<dl class="postprofile"><dt><a href="/u/7">harbourfan</a></dt><dd>Posts: 2,310</dd><dd>Joined: Jan 2018</dd></dl>
<div class="postbody"><h3>Ferry timetable changes</h3><p class="author">by <strong>harbourfan</strong> » Wed Apr 01, 2026 8:02 pm</p>
<div class="content">The ferry company said on Wednesday that the early sailing to the island will be dropped from June, because fewer than 20 passengers a day used it last winter.<br><br>The harbour board said it would ask the company to keep the sailing on Saturdays during the summer season.</div>
<div class="signature">Island born and bred</div></div></div></div></div></body></html>`;

describe('forum post page', () => {
  const doc = createDoc({ kind: 'file', id: 'x', url: null, fetchedAt: null, contentType: 'text/html', bytes: FORUM.length }, FORUM);
  const text = cleanDoc(doc, { clean: true, now: new Date('2030-01-01') }).map((b) => b.text).join('\n\n');
  it.each([['Posts: 2,310'], ['Joined: Jan 2018'], ['Island born and bred'], ['harbourfan\n']])('drops %j', (line) => {
    expect(text).not.toContain(line);
  });
  it('keeps the post', () => {
    expect(text).toContain('The harbour board said it would ask the company');
  });
  it('author is the user name', () => {
    expect(doc.meta.authors).toEqual(['harbourfan']);
  });
});
