// Warm-up articles for the start-up snapshot (cli): made-up pages that take every stage's common paths, so the
// snapshot holds their compiled bytecode and the first real article does not pay for compiling it.
// (Measured: compromise's first call after a snapshot takes 29 ms cold and 5 ms when warmed before the snapshot.)
import type { SourceInfo } from '../doc.js';

/** A news page as sites write them: metadata, JSON-LD, menu, share bar, byline, related links, footer. */
const WARM_UP_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ceasefire talks resume in Geneva | Example News</title>
<meta property="og:title" content="Ceasefire talks resume in Geneva"><meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-03-04T09:30:00Z">
<link rel="canonical" href="https://news.example.org/world/ceasefire-talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ceasefire talks resume in Geneva","datePublished":"2024-03-04T09:30:00Z","author":{"@type":"Person","name":"Jane Roe"}}</script>
<style>body{font-family:serif}</style><script>var x = 1;</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main><article><h1>Ceasefire talks resume in Geneva</h1>
<div class="byline">By <a rel="author" href="/jane-roe">Jane Roe</a>, <time datetime="2024-03-04T09:30:00Z">March 4, 2024</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>Delegations of the Syrian Democratic Forces (SDF) and the Syrian government returned to Geneva on Monday, the
United Nations said in a statement. Some 70 fighters were killed and 12 civilians wounded near Raqqa last week.</p>
<p>"We are cautiously hopeful," said Maria Lopez, a spokeswoman for the UN mission in Geneva. According to local
officials, three vehicles were destroyed and more than 2,000 families fled to Deir ez-Zor on Thursday.</p>
<p>The Pentagon claimed that US-led coalition aircraft carried out 15 strikes on ISIS positions near al-Tabqa on
May 11, 2017. Turkey's foreign ministry, however, said the figures were exaggerated and called for an inquiry.</p>
<h2>Aid and reconstruction</h2>
<p>The European Union pledged €45 million ($48.6 million) for water and power in Aleppo, Homs and Idlib, officials
in Brussels told Reuters. President Emmanuel Macron of France and Chancellor Olaf Scholz will meet in Berlin on Friday.</p>
<blockquote><p>"Nobody wins this war," a commander of the Free Syrian Army told reporters.</p></blockquote>
<ul><li>Talks began in 2016 under UN auspices.</li><li>About 6.8 million Syrians are refugees abroad.</li></ul>
<p>Please support our independent journalism. Donate today!</p>
<div class="related"><h3>Related articles</h3><ul><li><a href="/a">Raqqa after the battle</a></li><li><a href="/b">Who rules Idlib?</a></li></ul></div>
<div class="comments"><p>Comments are closed.</p></div>
</article></main>
<aside><h3>Most read</h3><ol><li><a href="/c">Markets fall</a></li></ol></aside>
<footer><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;

/**
 * A second page, built as big news sites build theirs: a consent banner, breadcrumbs, a JSON-LD @graph, a standfirst,
 * a figure with its caption, a table of figures, links inside sentences, an inline newsletter box, a pull quote,
 * related links between paragraphs, an author bio and a comments teaser; its story takes the claim and number shapes
 * of wire copy ("told Reuters, adding", "according to X, which said", "was quoted by … as saying", "put the death toll
 * at", "left 12 people dead", "two dozen"). Its code paths and patterns are compiled into the snapshot too, so a real
 * page of this kind does not compile them on its first run (measured on a 240 KB dev page).
 */
const WARM_UP_HTML_2 = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Floods kill dozens in northern province – World – The Example Times</title>
<meta property="og:title" content="Floods kill dozens in northern province"><meta property="og:site_name" content="The Example Times">
<meta property="og:locale" content="en_GB"><meta name="description" content="Rescuers search for the missing after a dam gave way">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"#article","headline":"Floods kill dozens in northern province","datePublished":"2025-10-14T06:15:00+01:00","dateModified":"2025-10-14T09:40:00+01:00","author":[{"@id":"#author-1"}],"isAccessibleForFree":true},{"@type":"Person","@id":"#author-1","name":"Amira Haddad"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"World"}]}]}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script></head>
<body class="article-page"><div id="cookie-consent" class="consent-banner"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">The Example Times</a><nav aria-label="Main"><a href="/world">World</a> | <a href="/uk">UK</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a></nav></header>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Asia</li></ol>
<div class="article-header"><span class="kicker">Exclusive</span><h1 class="headline">Floods kill dozens in northern province</h1>
<p class="standfirst">Rescuers search for the missing after a dam gave way; the army says two dozen soldiers are among the dead</p>
<div class="meta"><span class="byline">By <a href="/authors/amira-haddad" rel="author">Amira Haddad</a> | Staff Writer</span> · <time datetime="2025-10-14T06:15:00+01:00">Tuesday 14 October 2025 06.15 BST</time> · 5 min read</div>
<div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Copy link</a><span class="share-count">1.2K shares</span></div></div>
<div class="article-body" itemprop="articleBody">
<figure><img src="/img/flood.jpg" alt="Flooded street"><figcaption>Residents wade through a flooded street in Kasur on Monday. Photograph: Example/Reuters</figcaption></figure>
<p>KASUR, Pakistan (Reuters) – Flash floods have killed at least 43 people in Punjab province since Sunday, rescue officials told Reuters, adding that 12 others were missing after a dam on the Ravi river gave way.</p>
<p>On Monday, the provincial disaster authority said at least 17 bodies had been recovered near Kasur, where water stood two metres deep. Among the dead were nine children and four women, according to the Punjab health department, which said another 130 people had been injured.</p>
<p>The army’s spokesman, Maj. Gen. Ahmed Raza, was quoted by state broadcaster PTV as saying that two dozen soldiers had died in rescue work. “Our men went in when nobody else could,” he said. ‘We will not leave until every family is safe,’ a local volunteer, who asked not to be named, told the <a href="/tags/press">Press Association</a>.</p>
<p>The floods follow <a href="/world/2025/sep/rains">weeks of record rains</a> and <a href="/world/2025/aug/dams">warnings about ageing dams</a> across the region.</p>
<aside class="newsletter-signup"><h3>Sign up to First Edition</h3><p>Our free daily newsletter, every weekday morning. Enter your email address.</p><button>Sign up</button></aside>
<p>The National Disaster Management Authority (NDMA) put the death toll from the two days of storms at 58, while the United Nations Children’s Fund (Unicef) said more than 200,000 children needed help. The storm left 12 people dead in neighbouring Sindh and about 5,000 families homeless, officials there said.</p>
<p class="related"><strong>Related:</strong> <a href="/a">Pakistan’s dams at risk</a> · <a href="/b">Monsoon deaths rise</a></p>
<blockquote class="pull-quote"><p>“Nobody warned us the dam could break,” said Bilal Khan, 54, a shopkeeper.</p></blockquote>
<table><caption>Deaths by district</caption><thead><tr><th>District</th><th>Dead</th><th>Missing</th></tr></thead><tbody><tr><td>Kasur</td><td>17</td><td>5</td></tr><tr><td>Okara</td><td>11</td><td>4</td></tr><tr><td>Sialkot</td><td>15</td><td>3</td></tr></tbody></table>
<ul><li>More than 1,200 homes were destroyed.</li><li>Schools in three districts will stay closed until Friday.</li></ul>
<p>Prime Minister Shehbaz Sharif, who chairs the federal relief committee, said the government would pay compensation of Rs1m ($3,600) to each family. The World Bank President, Ajay Banga, said on Tuesday the bank stood ready to help.</p>
<h2>What happens next</h2>
<p>Forecasters expect more rain on Thursday. “The next 48 hours are critical,” Dr Sana Malik of the Pakistan Meteorological Department (PMD) said, adding that rivers could rise by another metre.</p>
<p>(With inputs from PTI)</p>
<div class="author-bio"><p>Amira Haddad is the Example Times’s South Asia correspondent, based in Lahore.</p></div>
<p class="corrections">This article was amended on 14 October 2025 to correct the name of the river.</p>
</div>
<section class="comments"><h2>Comments (214)</h2><p>Join the discussion</p></section>
<section class="most-read"><h2>Most viewed</h2><ol><li><a href="/1">Markets slide as oil jumps</a></li><li><a href="/2">Election latest: live</a></li></ol></section>
<footer><p>© 2025 The Example Times. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms</a></footer></body></html>`;

/** The same kind of news as plain text, for the plain-text path. */
const WARM_UP_TEXT =
  'Talks resume in Geneva\n\nSome 70 fighters of the Syrian Democratic Forces (SDF) were killed near Raqqa on Monday, ' +
  'the Pentagon said. "We will go on," said Talal Sallou, a spokesman of the SDF. According to local sources, 3 vehicles were destroyed.';

/** The warm-up inputs with the source each would have. */
export const WARM_UP_INPUTS: ReadonlyArray<{ source: SourceInfo; content: string }> = [
  { source: { kind: 'file', id: 'warm-up.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: WARM_UP_HTML.length }, content: WARM_UP_HTML },
  { source: { kind: 'file', id: 'warm-up-2.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: WARM_UP_HTML_2.length }, content: WARM_UP_HTML_2 },
  { source: { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: WARM_UP_TEXT.length }, content: WARM_UP_TEXT },
];
