// Structure inside the article body (tables, definition lists, layout cells) as the clean stage turns it into blocks.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';

// Prose written for these tests: each paragraph is over 100 characters and ends as a sentence.
const STORY = [
  'Heavy rain flooded three valleys in the north of the country this week, and the regional government said on Friday that rescue teams were still searching for people.',
  'The interior ministry said it had opened forty shelters in schools and sports halls, and that the army had sent boats and helicopters to villages cut off by the water.',
].map((p) => `<p>${p}</p>`).join('');

function clean(body: string, head = '<title>Floods in the north</title>') {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  const doc = createDoc({ kind: 'file', id: 'a.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: html.length }, html);
  const kept = cleanDoc(doc, { clean: true, now: null });
  return { kept: kept.map((b) => b.text), removed: doc.removed, meta: doc.meta };
}

describe('table cells', () => {
  it.each([
    ['numeric cells never touch with a plain space', '<tr><td>Total</td><td>63</td><td>197</td><td>2,580</td></tr>', 'Total | 63 | 197 | 2,580'],
    ['header cells too', '<tr><th>Province</th><th>Deaths</th><th>Injured</th></tr>', 'Province | Deaths | Injured'],
    ['an empty cell adds no separator', '<tr><td></td><td>Votes</td><td> </td><td>Seats</td></tr>', 'Votes | Seats'],
    ['a row-header label and one value read as "Label: value"', '<tr><th scope="row">Houses destroyed</th><td>2,300</td></tr>', 'Houses destroyed: 2,300'],
    ['a header row of two cells keeps its separator', '<tr><th>Province</th><th>Deaths</th></tr>', 'Province | Deaths'],
    ['inline markup inside a cell', '<tr><td><b>North</b> region</td><td><span>12</span></td><td>450</td></tr>', 'North region | 12 | 450'],
    // a data table with column headers: the row header names the row, not the value
    ['a row header under a column-header row stays a table row', '<tr><th>District</th><th>Schools closed</th></tr><tr><th scope="row">Lowland</th><td>31</td></tr>', 'Lowland | 31'],
    ['the same under <thead>/<tbody>', '<thead><tr><th>District</th><th>Schools closed</th></tr></thead><tbody><tr><th scope="row">Lowland</th><td>31</td></tr></tbody>', 'Lowland | 31'],
    ['a fact box with a one-cell caption row is still key-value', '<tr><th colspan="2">At a glance</th></tr><tr><th scope="row">Schools closed</th><td>31</td></tr>', 'Schools closed: 31'],
  ])('%s', (_, row, line) => {
    const r = clean(`<article>${STORY}<table>${row}</table></article>`);
    expect(r.kept).toContain(line);
  });

  it('keeps a data row whose names are links, and still drops a menu row of links', () => {
    const rows = '<tr><td>1</td><td><a href="/r/1">Anna Berg</a></td><td><a href="/t/1">Team North Coast</a></td><td>70:12:33</td></tr>'
      + '<tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td><td><a href="/sport">Sport and results</a></td></tr>';
    const r = clean(`<article>${STORY}<table>${rows}</table></article>`);
    expect(r.kept).toContain('1 | Anna Berg | Team North Coast | 70:12:33');
    expect(r.kept.join('\n')).not.toContain('Sport and results');
    expect(r.removed.some((x) => x.rule === 'clean/link-list' && x.text.includes('Sport and results'))).toBe(true);
  });

  it.each([
    ['font', (x: string) => `<font face="Verdana">${x}</font>`],
    ['span', (x: string) => `<span class="body">${x}</span>`],
    ['no wrapper', (x: string) => x],
  ])('drops the menu cell beside a story cell wrapped in %s', (_, wrap) => {
    const story = `<b>Ferry service resumes after storm</b><br><br>${STORY.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>')}`;
    const layout = `<table><tr><td width="150"><a href="/">Home</a><br><a href="/local">Local</a><br><a href="/business">Business</a></td><td>${wrap(story)}</td></tr></table>`;
    const r = clean(layout, '<title>Ferry service resumes after storm</title>');
    expect(r.kept.join('\n')).not.toMatch(/\b(Home|Local|Business)\b/);
    expect(r.kept.some((t) => t.startsWith('Heavy rain flooded'))).toBe(true);
  });

  it('reads a layout cell holding paragraphs as blocks of its own, not glued to the next cell', () => {
    const layout = `<table><tr><td>${STORY.replace(/<\/?p>/g, '<br><br>')}</td><td>Most read<br>Rupee falls to record low</td></tr></table>`;
    const r = clean(layout);
    const last = r.kept.find((t) => t.includes('helicopters'))!;
    expect(last).toMatch(/water\.$/);
    expect(r.kept.join('\n')).not.toContain('water. Most read');
  });
});

describe('a teaser list with no markup of its own', () => {
  it.each([
    ['the headlines under "Most read" in its cell go', '<div>Most read<br>Heat wave grips the north<br>Rupee falls to record low</div>', ['Heat wave grips the north', 'Rupee falls to record low'], []],
    ['a sentence after the label stays', '<div>Most read<br>The story most read this week was about the strike in the port.</div>', [], ['The story most read this week was about the strike in the port.']],
  ])('%s', (_, list, gone, kept) => {
    const r = clean(`<article>${STORY}${list}<p>Officials said the water would recede by the weekend, and schools would reopen on Monday.</p></article>`);
    for (const t of gone) expect(r.kept).not.toContain(t);
    for (const t of kept) expect(r.kept).toContain(t);
    expect(r.kept.join('\n')).toContain('schools would reopen');
  });
});

describe('definition lists', () => {
  it.each([
    ['a term and its value on one line', '<dl><dt>Dead</dt><dd>114</dd><dt>Missing</dt><dd>127</dd></dl>', ['Dead: 114', 'Missing: 127']],
    ['a term with its own colon takes no second one', '<dl><dt>Displaced:</dt><dd>560,000</dd></dl>', ['Displaced: 560,000']],
    ['a term with no value stays alone', '<dl><dt>Notes</dt><dt>Peak winds</dt><dd>150 km/h</dd></dl>', ['Notes', 'Peak winds: 150 km/h']],
    // a Q&A: the question and its answer stay two paragraphs
    ['a question keeps its own line', '<dl><dt>When will the bridge reopen?</dt><dd>Not before May.</dd></dl>', ['When will the bridge reopen?', 'Not before May.']],
    ['a long answer keeps its own paragraph', '<dl><dt>The cost</dt><dd>The repairs will cost about 40 million euros, the ministry said, and the work will take two years to finish.</dd></dl>', ['The cost', 'The repairs will cost about 40 million euros, the ministry said, and the work will take two years to finish.']],
  ])('%s', (_, dl, lines) => {
    const r = clean(`<article>${STORY}${dl}</article>`);
    for (const line of lines) expect(r.kept).toContain(line);
  });

  it.each([
    ['Originally published', '3 April 2026'],
    ['Posted', 'Monday'],
    ['Format', 'Situation report'],
  ])('a page-metadata term %j is not joined to its value', (term, value) => {
    const r = clean(`<article>${STORY}<dl class="meta"><dt>${term}</dt><dd>${value}</dd></dl></article>`);
    expect(r.kept.join('\n')).not.toContain(`${term}: ${value}`);
  });
});

describe('boxes inside the article', () => {
  it.each([
    ['a video transcript', '<div class="video-transcript"><h4>Video transcript</h4><p>MAYOR: We had 300 plows out on the roads by 4 a.m. and they did not stop all night.</p></div>', 'clean/transcript', '300 plows'],
    ['a footnote list', '<ol class="footnotes"><li id="fn1">Estimate based on 27 member states.</li><li id="fn2">Figure for 2023.</li></ol>', 'clean/footnotes', '27 member states'],
    ['a kicker', '<div class="kicker">EXCLUSIVE</div>', 'clean/kicker', 'EXCLUSIVE'],
  ])('%s is removed', (_, box, rule, gone) => {
    const r = clean(`<article>${box}${STORY}</article>`);
    expect(r.kept.join('\n')).not.toContain(gone);
    expect(r.kept.join('\n')).toContain('helicopters');
    expect(r.removed.some((x) => x.rule === rule)).toBe(true);
  });

  it.each([
    ['an embedded tweet', '<blockquote class="twitter-tweet"><p>Huge crowd on the avenue right now. At least 3 ambulances on site.</p>— Maria Lopez (@marialopez) <a href="https://twitter.com/x">March 3, 2025</a></blockquote>', 'ambulances', '(@marialopez)'],
    ['an Instagram post', '<blockquote class="instagram-media"><p>The avenue tonight. We will not go home.</p><a href="https://instagram.com/p/x">A post shared by City Daily (@citydaily)</a></blockquote>', 'not go home', '(@citydaily)'],
  ])('%s keeps its words (the outlet chose to show them) and loses its credit line', (_, box, kept, gone) => {
    const r = clean(`<article>${STORY}${box}<p>Police said the march would go on until midnight, and that the avenue would stay closed.</p></article>`);
    expect(r.kept.join('\n')).toContain(kept);
    expect(r.kept.join('\n')).not.toContain(gone);
    expect(r.removed.some((x) => x.rule === 'clean/social-embed')).toBe(true);
  });

  it('drops a bracketed footnote mark after a figure: "3,400[3] admissions"', () => {
    const r = clean(`<article>${STORY}<p>Researchers said 3,400<sup>[3]</sup> hospital admissions a day were linked to the heat, and 12 km<sup>2</sup> burned.</p></article>`);
    expect(r.kept.join('\n')).toContain('3,400 hospital admissions');
    expect(r.kept.join('\n')).toContain('12 km2 burned');
  });
});

describe('summary boxes that repeat the story', () => {
  const body = '<p>The number of measles cases in the outbreak has risen to 146, state health officials said on Tuesday, and more are expected.</p>'
    + '<p>The health department said 20 people had been taken to hospital, and that most of the cases were in children who had not been vaccinated.</p>';
  it.each([
    ['a class-named box repeating every figure', '<div class="key-takeaways"><h3>Key takeaways</h3><ul><li>146 cases have been confirmed.</li><li>20 people are in hospital.</li></ul></div>', true],
    ['a "Key points" heading over a list repeating every figure', '<h2>Key points</h2><ul><li>146 cases have been confirmed.</li><li>20 people are in hospital.</li></ul>', true],
    ['a "Key points" list with a figure of its own', '<h2>Key points</h2><ul><li>146 cases have been confirmed.</li><li>Minimum wage up 6.7% to £12.21 an hour.</li></ul>', false],
    ['a list under another heading', '<h2>What happens next</h2><ul><li>146 cases have been confirmed.</li><li>20 people are in hospital.</li></ul>', false],
  ])('%s: removed %s', (_, box, removed) => {
    const r = clean(`<article>${box}${body}</article>`);
    expect(r.removed.some((x) => x.rule === 'clean/summary-box')).toBe(removed);
    expect(r.kept.some((t) => t.startsWith('146 cases'))).toBe(!removed);
    expect(r.kept.join('\n')).toContain('risen to 146');
  });
});

describe('the title when <title> and <h1> differ', () => {
  it.each([
    ['the article <h1> wins over an SEO <title>', '<title>Bus crash Peru Andes news | Andes Post</title>', '<article><h1>Bus plunges into ravine in Peru, killing 24</h1>', 'Bus plunges into ravine in Peru, killing 24'],
    ['og:title still wins', '<title>Bus crash Peru news</title><meta property="og:title" content="Bus crash kills 24 in Peru">', '<article><h1>Bus plunges into ravine in Peru, killing 24</h1>', 'Bus crash kills 24 in Peru'],
    ['a short section <h1> does not', '<title>Bus plunges into ravine in Peru | Andes Post</title>', '<h1>World news</h1><article>', 'Bus plunges into ravine in Peru'],
    // a site's or a section's name in the only <h1>, or in <main>, is not the story's headline
    ['a blog-name <h1> over an entry title', '<title>Council approves new bus depot near the harbour</title>', '<div id="top"><h1>Eastfield Valley Town and Country News</h1></div><article><h2 class="entry-title">Council approves new bus depot near the harbour</h2>', 'Council approves new bus depot near the harbour'],
    ['a section <h1> inside <main>', '<title>Former mayor fined for misusing campaign funds</title>', '<main><h1 class="section-title">Politics and Courts News Today</h1><article>', 'Former mayor fined for misusing campaign funds'],
    ['an <h1> inside the article beats an unrelated <title>', '<title>Regional roundup: the week in numbers</title>', '<article><h1>Bus plunges into ravine in Peru, killing 24</h1>', 'Bus plunges into ravine in Peru, killing 24'],
    ['an article <h1> under a <title> that is only the site name', '<title>Andes Post</title>', '<article><h1>Bus plunges into ravine in Peru, killing 24</h1>', 'Bus plunges into ravine in Peru, killing 24'],
    ['a kicker in the <h1> and the <title>', '<title>Analysis | Why the central bank is in no hurry - Ledger</title>', '<article><h1><span class="kicker">ANALYSIS</span> Why the central bank is in no hurry</h1>', 'Why the central bank is in no hurry'],
  ])('%s', (_, head, open, title) => {
    const r = clean(`${open}${STORY}</article>`, head);
    expect(r.meta.title).toBe(title);
    // the headline taken as the title leaves the text
    if (open.includes(title)) expect(r.kept.join('\n')).not.toContain(title);
  });
});
