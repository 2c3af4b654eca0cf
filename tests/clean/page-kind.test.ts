// Pages that hold no article (error pages served as pages, consent walls): no text, a clean/not-article warning.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

function clean(html: string) {
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true });
  return { kept: kept.map((b) => b.text), removed: doc.removed.map((r) => r.rule), messages: doc.messages.map((m) => m.rule) };
}

const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

// Prose written for these tests.
const STORY = [
  'Visitors to the county council website were met with an error 404 page for most of Tuesday after a software update went wrong, officials said.',
  'The council said residents who could not find the page they were looking for should call its helpline, which took 1,200 calls by noon.',
  'A spokesman said the site uses cookies to remember visitors, and that the update had reset them, so people had to accept cookies again.',
  'The fault was fixed by 6pm, and the council said it would review how updates are tested before they go live on the site next year.',
].map((p) => `<p>${p}</p>`).join('');

describe('a page that is no article', () => {
  it.each([
    ['an error page served as a page', page('Page not found | Valley News', '<h1>Sorry, we can’t find that page</h1><p>The page you are looking for may have moved or no longer exists. Try the search box above.</p><p>Error 404</p>'), 'clean/error-page'],
    ['an article template saying the story is gone', page('Valley News - News, sport and weather', '<h1>Oops! This story is no longer available</h1><p>We are sorry, but the story you were looking for could not be found. It may have been removed.</p>'), 'clean/error-page'],
    ['an IAB consent screen', page('Before you continue', '<h1>We value your privacy</h1><p>We and our 611 partners store and/or access information on a device, such as cookies, and process personal data.</p><p>I Accept</p>'), 'clean/consent-wall'],
    ['a pay-or-accept wall', page('Cookies on Valley News', '<p>To continue reading, please accept cookies or subscribe. With your consent, we and our 120 partners use cookies to personalise ads.</p><p>Accept and continue</p><p>Reject and subscribe for £2 a month</p>'), 'clean/consent-wall'],
  ])('%s: no text, a warning', (_, html, rule) => {
    const r = clean(html);
    expect(r.kept).toEqual([]);
    expect(r.messages).toEqual(['clean/not-article']);
    expect(r.removed).toContain(rule);
  });

  it.each([
    ['a story about a website showing error pages and cookie prompts', page('Council website down for a day', STORY)],
    ['a short brief quoting an error message', page('Ministry site offline', '<p>The ministry’s website showed “Sorry, we can’t find that page” for two days after the election, a spokeswoman said on Friday.</p><p>Error 404 pages also appeared on the tax office site, officials said.</p>')],
    ['a short story headlined with a 404', page('404 days in orbit: the probe that would not quit', '<p>The probe has now spent 404 days in orbit, twice its planned life, and engineers expect it to last until next spring.</p>')],
  ])('%s is kept as an article', (_, html) => {
    const r = clean(html);
    expect(r.kept.length).toBeGreaterThan(0);
    expect(r.messages).not.toContain('clean/not-article');
  });
});
