import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { stripSiteFromTitle } from '../../src/clean/metadata.js';
import { createDoc } from '../../src/doc.js';

// F11: a page that declares no site name keeps a long <title> tail; its <h1> shows where the headline ends.
describe('stripSiteFromTitle with the page headline', () => {
  it.each([
    ['Notice on the Harbour Bridge closure | Department of Transport and Public Works of Eastmarch', null, 'Notice on the Harbour Bridge closure', false, 'Notice on the Harbour Bridge closure'],
    ['Statement by the Ministry of Health on measles cases - GOV.EX', null, 'Statement by the Ministry of Health on measles cases', false, 'Statement by the Ministry of Health on measles cases'],
    ['Print: Council fined £2m for bridge delays', null, 'Council fined £2m for bridge delays', true, 'Council fined £2m for bridge delays'],
    // a kicker in og:title / JSON-LD is the headline's own: only the <title> loses a prefix
    ['Floods: what happens to the river next', null, 'What happens to the river next', false, 'Floods: what happens to the river next'],
    // an <h1> that is the site's name, or too short to tell, confirms nothing: the old rules apply
    ['Ministry of Defence - Statement on the strait', 'Ministry of Defence', 'Ministry of Defence', false, 'Ministry of Defence - Statement on the strait'],
    ['Floods | Eastmarch Regional Council Emergency Planning Office', null, 'Floods', false, 'Floods | Eastmarch Regional Council Emergency Planning Office'],
    // without a headline: unchanged behaviour (a long tail undeclared stays)
    ['Notice on the Harbour Bridge closure | Department of Transport and Public Works of Eastmarch', null, null, false, 'Notice on the Harbour Bridge closure | Department of Transport and Public Works of Eastmarch'],
  ])('%j (site %j, h1 %j)', (title, site, headline, fromTitleTag, expected) => {
    expect(stripSiteFromTitle(title, site, headline, fromTitleTag)).toBe(expected);
  });

  it.each([
    ['<h1>Notice on the Harbour Bridge closure</h1>', 'Notice on the Harbour Bridge closure'],
    // a logo <h1> is not the headline
    ['<h1 class="site-logo"><a href="/">Notice on the Harbour Bridge closure</a></h1>', 'Notice on the Harbour Bridge closure | Department of Transport and Public Works of Eastmarch'],
  ])('page with %j → %j', (h1, expected) => {
    const html = `<html><head><title>Notice on the Harbour Bridge closure | Department of Transport and Public Works of Eastmarch</title></head><body>${h1}<p>The Harbour Bridge will close to traffic for 12 weeks from 4 May while its cables are replaced, the department said.</p></body></html>`;
    const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
    cleanDoc(doc, { clean: true });
    expect(doc.meta.title).toBe(expected);
  });
});
