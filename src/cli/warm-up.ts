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

/** The same kind of news as plain text, for the plain-text path. */
const WARM_UP_TEXT =
  'Talks resume in Geneva\n\nSome 70 fighters of the Syrian Democratic Forces (SDF) were killed near Raqqa on Monday, ' +
  'the Pentagon said. "We will go on," said Talal Sallou, a spokesman of the SDF. According to local sources, 3 vehicles were destroyed.';

/** The warm-up inputs with the source each would have. */
export const WARM_UP_INPUTS: ReadonlyArray<{ source: SourceInfo; content: string }> = [
  { source: { kind: 'file', id: 'warm-up.html', url: null, fetchedAt: null, contentType: 'text/html', bytes: WARM_UP_HTML.length }, content: WARM_UP_HTML },
  { source: { kind: 'stdin', id: '-', url: null, fetchedAt: null, contentType: 'text/plain', bytes: WARM_UP_TEXT.length }, content: WARM_UP_TEXT },
];
