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

// Prose paragraphs written for these tests; each is over 100 characters and ends as a sentence.
const P = [
  'The county board voted on Monday to turn the old rail depot into a library, ending a dispute that had lasted six years.',
  'Supervisor Ana Ruiz said the building would open in the spring of 2026 and hold about 40,000 books and a children’s room.',
  'The project will cost $14 million, most of it from a state grant, and the county will borrow the remaining $3 million.',
  'Residents who opposed the plan said the depot should have been sold, and they asked the board to publish the full budget.',
];
const cleanWith = (body: string, title = 'T') => {
  const html = `<html><head><title>${title}</title></head><body>${body}</body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true, now: null });
  return { kept: kept.map((b) => b.text), removed: doc.removed, messages: doc.messages.map((m) => m.rule) };
};

describe('class words that also name wrappers of the story', () => {
  it.each([
    ['Elementor text widgets holding the body',
      `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${P[0]}</p><p>${P[1]}</p></div></div>` +
      `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${P[2]}</p><p>${P[3]}</p></div></div>`],
    ['a metered paywall wrapper holding the last paragraphs',
      `<div class="story"><p>${P[0]}</p><p>${P[1]}</p><div class="paywall-content" data-paywall="metered"><p>${P[2]}</p><p>${P[3]}</p></div></div>`],
    // a post written in one <div> with <br><br> between paragraphs (Telegram's web preview, forums): prose without <p>
    ['a message widget whose post has no <p>',
      `<div class="msg_widget_wrap"><div class="msg_widget_message"><div class="msg_widget_author">Harbour Watch</div>` +
      `<div class="msg_widget_text">${P.join('<br><br>')}</div></div></div>`],
  ])('%s: every paragraph kept', (_, body) => {
    const r = cleanWith(body);
    for (const p of P) expect(r.kept).toContain(p);
  });

  it.each([
    ['a sidebar widget of links', '<div class="widget widget_recent"><h3>Recent</h3><ul><li><a href="/a">Bridge reopens after repairs</a></li></ul></div>', 'Bridge reopens'],
    ['a paywall prompt', '<div class="paywall-prompt"><p>Subscribe for $1 a week.</p></div>', 'Subscribe for $1'],
    ['a newsletter widget', '<div class="widget widget_newsletter"><p>Get the Courier in your inbox. It is free, and we send it every weekday morning at seven.</p></div>', 'Courier in your inbox'],
  ])('%s is still removed', (_, widget, text) => {
    const r = cleanWith(`<div class="story">${P.map((p) => `<p>${p}</p>`).join('')}</div>${widget}`);
    expect(r.kept.join('\n')).not.toContain(text);
  });
});

describe('a box of key figures beside the story', () => {
  const story = `<div class="col-8">${P.map((p) => `<p>${p}</p>`).join('')}</div>`;
  it.each([
    ['an <aside> headed "Key figures"', `<article>${story}<aside class="col-4"><h2>Key figures</h2><div>12,500 people displaced</div><div>Deaths: 37</div><div>$4.2M requested</div></aside></article>`, ['12,500 people displaced', 'Deaths: 37', '$4.2M requested']],
    ['a sidebar column of figure lines inside the article', `<article>${story}<div class="stats-sidebar"><div>2,300 homes flooded</div><div>14 schools closed</div></div></article>`, ['2,300 homes flooded', '14 schools closed']],
    ['"The flood in numbers" in a widget', `<article>${story}<div class="widget"><h3>The flood in numbers</h3><ul><li>Bridges shut: 6</li><li>Rain in 24 hours: 140</li></ul></div></article>`, ['Bridges shut: 6']],
  ])('%s is kept', (_, body, figures) => {
    const r = cleanWith(body);
    for (const f of figures) expect(r.kept).toContain(f);
  });

  it.each([
    ['a most-read list', `<article>${story}<aside><h2>Most read</h2><ol><li><a href="/a">2 Council closes pool</a></li><li><a href="/b">3 Bridge to reopen in May</a></li></ol></aside></article>`, 'Council closes pool'],
    ['an aside of short notes', `<article>${story}<aside><div>Listen to this story</div><div>Share on social media</div></aside></article>`, 'Listen to this story'],
  ])('%s is still removed', (_, body, text) => {
    expect(cleanWith(body).kept.join('\n')).not.toContain(text);
  });
});

describe('pull quotes and photo figures', () => {
  it('drops a pull quote repeating a paragraph, and the text of a photo figure', () => {
    const r = cleanWith(`<article><p>${P[0]}</p><figure class="wp-block-pullquote"><blockquote><p>Ending a dispute that had lasted six years</p></blockquote></figure>` +
      `<p>${P[1]}</p><figure><img src="a.jpg"><div>Image caption, The old depot in 1950</div></figure><p>${P[2]}</p></article>`);
    expect(r.kept).toEqual([P[0], P[1], P[2]]);
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['clean/pull-quote', 'clean/figure-caption']));
  });
});

describe('the headline, and the checks of the result', () => {
  it.each([
    ['a lead that opens with the headline is kept', 'County board votes to turn rail depot into library', `<p>County board votes to turn rail depot into library, ending a six-year dispute over the building.</p><p>${P[1]}</p><p>${P[2]}</p>`, true],
    ['a paragraph that is the headline goes', 'County board votes to turn rail depot into library', `<p>County board votes to turn rail depot into library</p><p>${P[1]}</p><p>${P[2]}</p>`, false],
  ])('%s', (_, title, body, kept) => {
    const r = cleanWith(`<article>${body}</article>`, title);
    expect(r.kept.some((t) => t.startsWith(title))).toBe(kept);
  });

  it.each([
    // story text removed inside a DOM widget counts toward over-removal
    ['most of the story lost inside two removed boxes', `<div class="story"><p>${P[0]}</p></div><div class="related-box"><p>${P[1]}</p><p>${P[2]}</p></div><div class="promo-box"><p>${P[3]}</p><p>${P[1]}</p></div>`, true],
    // menus, comments and one short removal do not
    ['a story with a menu, a comment thread and an ad label', `<nav><a href="/">Home</a> <a href="/n">News</a></nav><article>${P.map((p) => `<p>${p}</p>`).join('')}<p>Advertisement</p></article><div class="comments"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p><p>${P[2]}</p></div>`, false],
  ])('%s: over-removal %s', (_, body, warns) => {
    expect(cleanWith(body).messages.includes('clean/over-removal')).toBe(warns);
  });

  it.each([
    ['a story about a privacy policy', `<article>${P.map((p) => `<p>${p}</p>`).join('')}<p>The regulator said the privacy policy and terms of use were too long to read.</p></article>`, false],
    ['a legal line left from a sign-up box', `<article>${P.map((p) => `<p>${p}</p>`).join('')}<p>Privacy Policy | Terms of Use</p></article>`, true],
  ])('%s: leak %s', (_, body, warns) => {
    expect(cleanWith(body).messages.includes('clean/leak')).toBe(warns);
  });
});

describe('a byline paragraph naming two authors', () => {
  it('leaves the text and gives both names', () => {
    const html = `<html><head><title>T</title></head><body><article><p>By Ana Ruiz and Tom Lee</p>${P.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
    const kept = cleanDoc(doc, { clean: true, now: null }).map((b) => b.text);
    expect(kept).not.toContain('By Ana Ruiz and Tom Lee');
    expect(doc.meta.authors).toEqual(['Ana Ruiz', 'Tom Lee']);
  });
});

describe('the date and byline of a page without metadata, from its byline box', () => {
  const story = P.map((p) => `<p>${p}</p>`).join('');
  const metaOf = (body: string) => {
    const html = `<html><head><title>Depot becomes library</title></head><body>${body}</body></html>`;
    const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
    cleanDoc(doc, { clean: true, now: new Date('2026-12-01T00:00:00Z') });
    return doc.meta;
  };
  it.each([
    ['a timestamp paragraph', `<article><p class="timestamp">March 9, 2026</p>${story}</article>`, '2026-03-09'],
    ['a "published" box with its label', `<article><div class="published-dates">Published 9 March 2026</div>${story}</article>`, '2026-03-09'],
    ['a press release dated only by its lede', `<article><p>DAYTON, Ohio, March 9, 2026 /PRNewswire/ -- ${P[0]}</p>${story}</article>`, '2026-03-09'],
    ['a date line in the text before a byline box', `<article><div class="pubdate">Updated 12 March 2026</div><p>Published: 9 March 2026</p>${story}</article>`, '2026-03-09'],
  ])('%s', (_, body, published) => {
    expect(metaOf(body).published).toBe(published);
  });
});

describe('footnote marks in superscript', () => {
  it.each([
    ['after a full stop', '<p>Some 40 families left the valley.<sup>3</sup> Others stayed.</p>', 'Some 40 families left the valley. Others stayed.'],
    ['glued to a word', '<p>Another 900 people<sup>12</sup> sheltered in schools.</p>', 'Another 900 people sheltered in schools.'],
    ['a link to the note', '<p>The toll rose to 31<sup><a href="#cite_note-4">[4]</a></sup> by Friday.</p>', 'The toll rose to 31 by Friday.'],
    ['an exponent after a unit stays', '<p>The fire burned 1,200 km<sup>2</sup> of forest.</p>', 'The fire burned 1,200 km2 of forest.'],
    ['an exponent after a number stays', '<p>The dose was 10<sup>6</sup> cells.</p>', 'The dose was 106 cells.'],
  ])('%s', (_, paragraph, text) => {
    expect(cleanWith(`<article>${paragraph}${P.map((p) => `<p>${p}</p>`).join('')}</article>`).kept[0]).toBe(text);
  });
});
