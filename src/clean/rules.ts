// Clean stage: the boilerplate rules as data — DOM rules (tags, class/id words) and paragraph rules (text patterns).
import { CREDIT_AGENCIES } from '../data/news-agencies.js';

/** What a removed block was; the `kind` of a RemovedBlock. */
export type RemovedKind =
  | 'donation' | 'disclaimer' | 'copyright' | 'newsletter' | 'share' | 'related' | 'comments' | 'consent'
  | 'author-bio' | 'correction' | 'navigation' | 'ads' | 'read-more' | 'byline' | 'media-inquiry' | 'other';

// ---------------------------------------------------------------- DOM rules

/**
 * A label of the page's own metadata, not of the story's facts: "Published", "Originally published", "Format",
 * "Source", "Author". Alone on a line it is an orphan label (clean/orphan-label); as a <dt> it is never joined to its
 * <dd> ("Originally published: 12 May 2026" would bring the page's date into the text as a fact).
 */
export const PAGE_META_LABEL = /^(from|published|posted|updated|last updated|originally published|first published|source|sources|format|content format|language|countries|country|themes?|disaster types?|date|author|authors)\s*:?$/i;

/** Elements that never hold article text: dropped before anything is scored. */
export const NON_CONTENT_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'map', 'button', 'select', 'option', 'input', 'textarea', 'label', 'dialog', 'head', 'link', 'meta', 'title',
  // ruby readings: "漢字<rt>かんじ</rt>" keeps the word "漢字" whole
  'rt', 'rp',
];

/** A structural element dropped for its tag or ARIA role, unless it holds most of the page's paragraph text. */
export interface TagRule {
  id: string;
  kind: RemovedKind;
  /** A cheerio selector. */
  selector: string;
  /** When true the element is kept if it holds most of the page's long paragraphs ("article inside <aside>"). */
  guarded: boolean;
  /** Not applied inside these: an <article>'s own <header> holds the standfirst, not the site menu. */
  unlessInside?: string;
  /** When true, a box of key figures (FIGURES_BOX) is kept: the sitrep's "Key figures" <aside> is story, not related. */
  keepFigures?: boolean;
}

export const TAG_RULES: readonly TagRule[] = [
  { id: 'clean/navigation', kind: 'navigation', selector: 'nav, menu, [role="navigation"], [role="menubar"]', guarded: true },
  { id: 'clean/site-header', kind: 'navigation', selector: 'header, [role="banner"]', guarded: true, unlessInside: 'article, main, [itemprop="articleBody"], [role="main"]' },
  { id: 'clean/site-footer', kind: 'navigation', selector: 'footer, [role="contentinfo"]', guarded: true },
  { id: 'clean/aside', kind: 'related', selector: 'aside, [role="complementary"]', guarded: true, keepFigures: true },
  // ASP.NET pages wrap the whole page in one <form>: only forms without the article go (search, login, comment forms)
  { id: 'clean/form', kind: 'other', selector: 'form', guarded: true },
  { id: 'clean/hidden', kind: 'other', selector: '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"]', guarded: true },
  // a forum post's author box ("riverwatcher / Posts: 1204 / Joined: Mar 2019") and the signature under the post
  // ("Proud Eastfielder since 1987"): phpBB, vBulletin, SMF, XenForo markup. "signature" alone names a news byline
  // (class="c-signature"), so it counts only inside a post.
  { id: 'clean/forum-profile', kind: 'author-bio', selector: '.postprofile, .post .signature, .postbody .signature, .postbit .signature, .post_wrapper .signature, .signaturecontainer, .message-signature, .message-userDetails, .message-userExtras, .postbit .userinfo, .post_wrapper .poster', guarded: true },
  { id: 'clean/figure-caption', kind: 'other', selector: 'figcaption, [itemprop="caption"]', guarded: false },
  // a photo's <figure> holds its caption and credit even without <figcaption> ("Image caption, Waves crashed…");
  // a pull-quote <figure> holds no image and is handled by its class
  { id: 'clean/figure-caption', kind: 'other', selector: 'figure:has(img, picture)', guarded: true },
];

/**
 * A word in a class or id that marks a widget, as in class="article-share-bar" (words: article, share, bar).
 * The class token is split at "-", "_" and camelCase humps, and each word is looked up here.
 */
export interface ClassWordRule {
  id: string;
  kind: RemovedKind;
  words: readonly string[];
  /** See TagRule.guarded: comment threads are removed even when they are long. */
  guarded: boolean;
  /**
   * When true, an element holding a prose paragraph is kept (its parts still go through the rules): these words also
   * name wrappers of the story itself. Elementor puts "elementor-widget" on every container, the text of the article
   * included; a metered paywall serves the story in full inside <div class="paywall-content">.
   */
  keepProse?: boolean;
  /** See TagRule.keepFigures: a "Key figures" box in a sidebar column is kept. */
  keepFigures?: boolean;
}

export const CLASS_WORD_RULES: readonly ClassWordRule[] = [
  { id: 'clean/comments', kind: 'comments', words: ['comment', 'comments', 'disqus', 'replies', 'respond', 'commentlist', 'kommentare', 'comentarios', 'commentaires'], guarded: false },
  { id: 'clean/share-bar', kind: 'share', words: ['share', 'sharing', 'sharebar', 'social', 'socials', 'addthis', 'shariff', 'sociallinks', 'sharethis'], guarded: true },
  { id: 'clean/newsletter', kind: 'newsletter', words: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'nl'], guarded: true },
  { id: 'clean/newsletter', kind: 'newsletter', words: ['paywall', 'regwall', 'metered', 'premium'], guarded: true, keepProse: true },
  { id: 'clean/related', kind: 'related', words: ['related', 'recommended', 'recommendations', 'outbrain', 'taboola', 'recirc', 'morestories', 'popular', 'trending', 'mostread', 'teaserlist'], guarded: true },
  // a sidebar column also holds the key figures of a situation report ("col-md-4 key-figures-sidebar")
  { id: 'clean/navigation', kind: 'navigation', words: ['sidebar'], guarded: true, keepFigures: true },
  { id: 'clean/navigation', kind: 'navigation', words: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'toolbar', 'masthead', 'skip', 'footer', 'topbar', 'tags', 'tagcloud', 'taglist', 'keywords'], guarded: true },
  { id: 'clean/navigation', kind: 'navigation', words: ['widget', 'widgets'], guarded: true, keepProse: true, keepFigures: true },
  // a pull quote repeats a sentence of the story ("wp-block-pullquote", "c-pullquote", "pull-quote")
  { id: 'clean/pull-quote', kind: 'other', words: ['pullquote', 'pullquotes'], guarded: true },
  { id: 'clean/ads', kind: 'ads', words: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promotion', 'dfp', 'adslot', 'adunit', 'banner', 'werbung', 'anzeige'], guarded: true },
  { id: 'clean/media-caption', kind: 'other', words: ['caption', 'captions', 'gallery', 'slideshow', 'carousel', 'credit', 'credits', 'lightbox'], guarded: true },
  { id: 'clean/consent', kind: 'consent', words: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp'], guarded: true },
  // the subscription barrier under a teaser (<div class="barrier">: "Keep reading for $1"); a metered page may hold
  // the whole story inside it, so a prose paragraph keeps it
  { id: 'clean/paywall-box', kind: 'newsletter', words: ['barrier', 'paygate', 'regiwall'], guarded: true, keepProse: true },
  { id: 'clean/author-box', kind: 'author-bio', words: ['bio', 'authorbox', 'authorbio', 'author-bio', 'aboutauthor'], guarded: true },
  { id: 'clean/byline-box', kind: 'byline', words: ['byline', 'dateline', 'timestamp', 'pubdate', 'published', 'author', 'authors'], guarded: true },
  // the kicker label above a headline (Arc "kicker", "eyebrow"): "EXCLUSIVE", "Analysis" — the story's kind, not its text
  { id: 'clean/kicker', kind: 'other', words: ['kicker', 'eyebrow', 'overline'], guarded: true },
  // (An embedded social post, <blockquote class="twitter-tweet">, keeps its words: the outlet chose to show them, they
  // often hold the figure the story is about, and article-extraction gold bodies include them. Only its credit line,
  // "— Name (@handle) date", goes: clean/social-embed among the line rules.)
  // a video's transcript box ("video-transcript"): "SCOTT: We had 300 plows out…" is the video, said again, with
  // speaker labels the claims stage cannot read; the story quotes what matters. A transcript page is the article
  // itself, and the guard keeps it
  { id: 'clean/transcript', kind: 'other', words: ['transcript', 'transcripts', 'videotranscript'], guarded: true },
  // the notes under a post (<ol class="footnotes">, "endnotes"): sources and definitions, not the story's own claims
  { id: 'clean/footnotes', kind: 'other', words: ['footnotes', 'endnotes', 'footnotelist'], guarded: true },
  { id: 'clean/hidden', kind: 'other', words: ['sronly', 'sr', 'visuallyhidden', 'screenreader', 'print', 'noprint', 'modal', 'popup', 'overlay'], guarded: true },
];

/**
 * A footnote mark in superscript: "evacuation centres.<sup>1</sup> Another", "3,000 people<sup>2</sup> are",
 * "<sup><a href="#fn1">1</a></sup>". Glued to the text it makes "centres.1 Another" (no sentence end) and counts
 * "people2"; the mark is dropped. An exponent stays: "1,200 km<sup>2</sup>", "10<sup>6</sup>".
 */
export const FOOTNOTE_MARK = {
  id: 'clean/footnote-mark',
  /** The superscript's text: "1", "[12]", "4a", "*", "†". */
  text: /^(\[?\d{1,3}[a-z]?\]?|[*†‡§]{1,3})$/,
  /** A link to a note makes any superscript a mark: "#fn1", "#cite_note-12", "#footnote-3", "#endnote_2", "#ref4". */
  href: /^#(fn|cite|note|footnote|endnote|ref)/i,
  /** Unit symbols that take an exponent: "km²" written "km<sup>2</sup>". */
  unitsBefore: new Set(['m', 'km', 'cm', 'mm', 'ft', 'mi', 'in', 'yd', 'sq', 'metres', 'meters', 's', 'kgm']),
} as const;

/**
 * A box of the article's key figures, kept by the rules with `keepFigures` (OCHA/WHO situation reports, "The war in
 * numbers" explainers: often the only place the death toll or the number displaced appears). Either its heading says
 * so and it holds a figure line, or it sits inside the article and most of its lines are figure lines.
 */
export const FIGURES_BOX = {
  id: 'clean/figures-box',
  /** "Key figures", "In numbers", "The war in numbers", "At a glance", "By the numbers", "Fast facts". */
  headings: [
    /^(key|main|latest) (figures|facts|numbers|statistics|stats)\s*:?$/i,
    /^([\p{L}'’ -]{0,40} )?(in|by the) numbers\s*:?$/iu,
    /^(at a glance|fast facts|facts (and|&) figures|the numbers|quick facts|figures at a glance)\s*:?$/i,
  ],
  /**
   * A figure line: the figure then what it counts, in lower case ("63 people killed", "$38.5M requested"; a
   * most-read list's "2 Council closes pool" is no figure), or the label then the figure ("Deaths: 63", "Cases 4,880").
   */
  lines: [
    /^(about |around |over |more than |at least |~)?[$€£]?\d[\d,.]*\s*(%|[kKmMbB]\b|million|billion|bn|m\b)?\+?\s+\p{Ll}[\p{L}\p{M}'’ -]{1,50}$/u,
    /^\p{L}[\p{L}'’-]*( [\p{L}'’-]+){0,3}\s*[:|–-]?\s*[$€£]?\d[\d,.]*\s*(%|[kKmM]|million|billion|bn)?$/u,
  ],
  /** Share of the box's lines (headings aside) that must be figure lines when no heading names it. */
  minShare: 0.6,
  /** Figure lines a box needs when no heading names it. */
  minLines: 2,
} as const;

/**
 * A summary box at the top of a story ("Key takeaways", "Key points", "TL;DR"; Axios, BBC, Reuters, AI-written
 * summaries): bullets that say again what the story says, so each figure in it would count twice, once without its
 * source. Removed only when it repeats: every figure in it appears again in the page's text outside it ("146 measles
 * cases have been confirmed" over "…has risen to 146, state health officials said"). A budget's "Key points" list
 * with figures the story does not give ("Minimum wage up 6.7% to £12.21") is the article's own and stays.
 */
export const SUMMARY_BOX = {
  id: 'clean/summary-box',
  /** Class/id words of the box (see classWords): "key-takeaways", "keyPoints", "article-tldr". */
  words: new Set(['keytakeaways', 'takeaways', 'keypoints', 'tldr', 'storyhighlights', 'summarybullets', 'aisummary']),
  /** A heading over a list: "Key takeaways", "Key points", "The takeaways", "In brief", "TL;DR", "Summary". */
  headings: [/^(key (takeaways|points)|(the )?(main |top )?takeaways|in (brief|short)|tl;? ?dr|summary|story highlights|the short version)\s*:?$/i],
  /** A box longer than this is no summary: a list of this many items is the story's own list. */
  maxItems: 10,
} as const;

/**
 * Class/id tokens that name the article container itself: never removed by a class word,
 * as in class="post-content" or id="article-body" (whole token, lower-cased).
 */
export const CONTENT_CLASS_TOKENS: readonly RegExp[] = [
  /^(article|post|entry|story|content|main|news|blog)[-_]?(body|content|text|main|inner|wrapper)?$/,
  /^(body|text)[-_]?(text|content)?$/,
  /^(articlebody|storybody|entrycontent|postcontent|articletext|storytext|mw-content-text)$/,
];

/**
 * A teaser list with no markup of its own: a "Most read" label, then its headlines as lines of the same element
 * ("<td>Most read<br>Heat wave grips north India 12 dead<br>Rupee falls to record low</td>" on an old layout-table
 * page). The label goes by clean/related-link; the short lines after it in its element go with it. A line ending as a
 * sentence ("Most read stories were about the strike.") is prose and ends the list.
 */
export const RELATED_LIST = {
  id: 'clean/related-link',
  label: /^(most (read|popular|viewed|shared)|related( stories| articles| news)?|read next|more (stories|news|headlines)|trending( now)?|top (stories|headlines)|latest (news|headlines)|editor['’]?s picks)\s*:?$/i,
  maxLabelChars: 30,
  /** A headline of the list is at most this long. */
  maxItemChars: 120,
  /**
   * A label naming the outlet, "More from The Riverside Echo", "More From BBC News": read as a label in plain text only
   * when headline lines follow it in the same paragraph ("More from the ground crews came later." is a sentence).
   */
  // no /i: the outlet's words must stay capitalised
  outletLabel: /^(More from|More From|MORE FROM) (the |The |THE )?\p{Lu}[\p{L}\p{N}'’.&-]*(\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}\s*:?$/u,
} as const;

// ---------------------------------------------------------------- paragraph rules

/** A text rule for one block (HTML block or plain-text paragraph). */
export interface ParagraphRule {
  id: string;
  kind: RemovedKind;
  /** Any match removes the block. */
  patterns: readonly RegExp[];
  /** Only blocks up to this many characters are tested: a long paragraph that quotes "fair use" is content. */
  maxChars: number;
  /**
   * 'tail': only among the last blocks of the article (author bios, "Articles by"); 'head': only among the first three
   * (a kicker label, "EXCLUSIVE", above the story); default anywhere.
   */
  where?: 'any' | 'tail' | 'head';
  /** When true, a match in the tail also removes every later block ("Disclaimer:" then the site's footers). */
  endsArticle?: boolean;
  /**
   * With endsArticle: the match ends the article wherever it stands once a prose paragraph was kept before it. A press
   * release's closing sections ("About Halvern Robotics", "Forward-Looking Statements", "Media Contacts") can be half
   * of the page, far above the last TAIL_BLOCKS blocks; above the story ("Media Contact: …" atop a release) they only go.
   */
  endsAfterProse?: boolean;
  /**
   * When true, the match's first capture group must open the next block: "About Corvane Therapeutics" heads the
   * boilerplate only when the next paragraph starts "Corvane Therapeutics is a…".
   */
  confirmNext?: boolean;
  /**
   * When set, a match goes only among other page furniture: the block right before or after it matches this pattern,
   * or a rule of the same kind that needs no such check removes it. A lone "84.1K" beside "💬 340" or "Share" is a
   * clap count; a lone "1.2M" over "people displaced" is a key figure and stays.
   */
  confirmBeside?: RegExp;
  /**
   * When true, a block that reports speech is kept: an appeal addressed to the reader never says "the mayor said"
   * ("Residents who want to help can make a donation to the Red Cross, the mayor said." is news).
   */
  unlessReported?: boolean;
  /**
   * A cheap first test, tried before the patterns: a block it fails matches none of them. Each pattern needs one of its
   * words (same flags), so most blocks of a story ("The council met on Tuesday…") pass over a rule of ten patterns
   * with one scan.
   */
  gate?: RegExp;
}

/**
 * Reported speech or attribution in a block: "…, the senator urged colleagues.", "“Please support our appeal,” the
 * company wrote". Appeal rules (donation, newsletter, cookie, disclaimer) skip such blocks, which are news about an
 * appeal, not the site's own appeal.
 */
export const REPORTED_SPEECH = /\b(said|says|say|told|tells|urged|urges|wrote|writes|added|asked|according to|announced|warned|argued|claimed|stated)\b/i;

/**
 * Words a date line is made of, in the languages of the dev sets: a block of only these words,
 * numbers and separators is a date ("Monday, 18 November 2019 at 11:04", "22 de janeiro de 2018 às 0:13").
 */
export const DATE_WORDS: readonly string[] = [
  'jan(uary)?', 'feb(ruary)?', 'mar(ch)?', 'apr(il)?', 'may', 'june?', 'july?', 'aug(ust)?', 'sep(t(ember)?)?', 'oct(ober)?', 'nov(ember)?', 'dec(ember)?',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // abbreviated, as US regional sites write them: "UPDATED: Tue., Nov. 19, 2019"
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'at', 'on', 'am', 'pm', 'a\\.m\\.', 'p\\.m\\.', 'et', 'est', 'edt', 'gmt', 'utc', 'bst', 'cet', 'cest',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'um', 'uhr',
  // "Sa., 21.11.2026": German weekdays shortened, with their dot only ("so", "do" are words)
  '(mo|di|mi|do|fr|sa|so)\\.',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'de', 'del', 'las', 'a',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'às',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  // "3 settembre 2026, ore 8:20"
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'ore',
  'h', 'hs', 'hrs', 'uk', 'us', 'ist', 'cst', 'pst', 'pdt', 'mez', 'mesz',
];

/** Weekdays, months and time words after "By": "By Monday, …", "By January, …" open sentences, not bylines. */
const TIME_NAMES = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Christmas', 'Easter', 'Noon',
  'Midnight', 'Dawn', 'Nightfall', 'Sunset', 'Sunrise', 'Then', 'Now', 'Today', 'Tonight', 'Tomorrow', 'Late', 'Early',
  'Mid', 'Spring', 'Summer', 'Autumn', 'Fall', 'Winter', 'Election Day',
].join('|');

/** A name in a byline: one to four capitalised words ("Mara Lind", "HANNA WOLSKA", "J.R. O’Neil"). */
const BYLINE_NAME = `\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}`;

/**
 * One token of a date line: a date word, a whole number or one separator character. A number may carry its ordinal
 * suffix: "August 14th, 2026" (WordPress's stock "F jS, Y"), "14th August 2026"; "5pm" is still "5" then "pm".
 */
const DATE_TOKEN = `(${DATE_WORDS.join('|')})(?!\\p{L})|\\d+(?:(?:st|nd|rd|th)(?!\\p{L}))?(?!\\d)|[\\s,.:/|·•–-]`;

/**
 * A story's kicker: the label of its kind set above (or in front of) the headline. "Exclusive: Defence firm paid £2m",
 * "Analysis | Why the Fed is in no hurry", "<div class="kicker">EXCLUSIVE</div>". Only labels of the story's kind,
 * never a topic ("Brexit: what happens next" keeps its word). "Live" is left out: a live blog's title says so.
 */
export const KICKER_WORDS = [
  'exclusive', 'analysis', 'news analysis', 'opinion', 'breaking', 'breaking news', 'explainer', 'explained',
  'factbox', 'fact check', 'factcheck', 'comment', 'commentary', 'editorial', 'interview', 'insight', 'special report',
  'investigation', 'feature', 'review', 'analysis and opinion', 'perspective', 'first person',
];

/**
 * Labels of the medium, "WATCH", "Video", "Podcast": a line of its own above the story goes like a kicker, but in a
 * title they say what the page holds ("Video: U.S. Opens Corridor…" is a video's page) and stay.
 */
const MEDIA_LABELS = ['watch', 'video', 'podcast', 'audio', 'photos', 'gallery'];

/** See KICKER_WORDS: a block that is the label alone, "EXCLUSIVE" or "Analysis:". */
export const KICKER_LINE = new RegExp(`^(${[...KICKER_WORDS, ...MEDIA_LABELS].join('|')})\\s*[:|]?$`, 'i');

/** See KICKER_WORDS: the label in front of a title, with its separator: "Exclusive: ", "Analysis | ", "WATCH - ". */
export const KICKER_PREFIX = new RegExp(`^(${KICKER_WORDS.join('|')})\\s*(:|\\||\\s[-–—]\\s)\\s*(?=\\S)`, 'i');

/** How many closing blocks count as the tail for `where: 'tail'` rules. */
export const TAIL_BLOCKS = 6;

/**
 * The note on the writer that an op-ed or an analysis piece opens or closes with, a sentence about the person the
 * byline names: "Amina Yusuf is a Sudanese physician and the co-founder of the Darfur Health Initiative.", "Hugh Todd
 * is the foreign minister of Guyana.", "Selin Arslan, a senior fellow at …, is the author of …". The block opens with
 * an author's full name (ArticleMeta.authors, two words or more) and `after` follows it; it stands among the first or
 * the last BYLINE_BIO_BLOCKS blocks and is at most `maxChars` long (boilerplate.ts#removeBylineBio). The rules above
 * name no writer, so "Amina Yusuf is a Sudanese physician" read as news.
 */
export const BYLINE_BIO = {
  id: 'clean/author-bio', kind: 'author-bio', maxChars: 400,
  after: /^(?:,\s|\s+(?:is|was|has\s+been|serves\s+as|teaches|leads|directs|heads|chairs|writes|covers)\s)/,
};
/** How many opening and closing blocks may hold the writer's note (BYLINE_BIO). */
export const BYLINE_BIO_BLOCKS = 2;

/**
 * Counters of reads and reactions on a social or blogging page: a figure, with a K/M suffix or a counter word after it,
 * perhaps behind an icon. "84.1K" (Medium's claps), "1.2K shares", "12 comments", "2.4K views", "♥ 340". A bare number
 * ("12", "2026") is never one on its own: it may be a table cell, a year or a key figure. Nor is a bare K/M figure
 * alone ("1.2M" over "people displaced" in a key-figures box, "45K" / "volunteers"): `line` needs a counter word, an
 * icon or a second counter on the line, and `bare` ("84.1K" alone) goes only beside other counters (`beside`).
 */
export const SHARE_COUNTER = (() => {
  /** What a counter counts, after its figure ("votes" is left out: "12,400 votes" is an election result's line). */
  const words = [
    'shares?', 'likes?', 'views?', 'comments?', 'replies', 'reply', 'responses?', 'claps?', 'reads?', 'retweets?', 'reposts?',
    'reactions?', 'followers?', 'upvotes?', 'bookmarks?', 'saves?', 'min(?:ute)?s?\\.? read',
  ];
  // "84.1K", "1,204", "1.2 M"; the icon before it, if any, is a symbol ("♥ 1.2K", "👏84.1K"), never a currency sign
  // ("$38.5M" is a sum) or a list mark ("* 12", "(12)")
  const figure = '\\d+(?:[.,]\\d{3})*(?:[.,]\\d{1,2})?';
  const bareFigure = `${figure}\\s?[KkMm]`;
  const icon = '[\\p{So}\\uFE0F]{1,3}\\s*';
  // …or a bare figure behind an icon: "💬 340"
  const item = `(?:(?:${icon})?(?:${bareFigure}(?!\\p{L})(?:\\s+(?:${words.join('|')}))?|${figure}\\s+(?:${words.join('|')}))|${icon}${figure})`;
  return {
    id: 'clean/share-counter',
    maxChars: 80,
    // a line of counters, not a bare K/M figure alone: "1.2K shares", "♥ 1.2K · 💬 340", "3 min read · 2.4K views"
    line: new RegExp(`^(?!${bareFigure}$)${item}(?:(?:\\s*[·•|,]\\s*|\\s+)${item}){0,5}$`, 'iu'),
    // a bare K/M figure alone: "84.1K"
    bare: new RegExp(`^${bareFigure}$`, 'u'),
    // what stands beside a lone clap count in a share bar, besides the share rules' lines ("💬 340", "Share",
    // "Listen"): a bare count ("14" responses) or the reading time ("6 min read·Oct 6, 2026")
    beside: /^(?:\d+(?:[.,]\d{3})*|\d{1,3}\s*min(?:ute)?s?\.?\s+read\b.{0,60})$/iu,
  } as const;
})();

/**
 * News agencies as a story's credit line names them: "Reuters", "(dpa)", "With inputs from PTI", "(Agencies)". The
 * agencies are those of src/data/news-agencies.ts with a credit flag (CREDIT_AGENCIES), listed there once with their
 * datelines.
 */
export const AGENCY_CREDIT_NAMES: readonly string[] = [
  ...CREDIT_AGENCIES,
  // the agencies unnamed: "With inputs from agencies" (Indian outlets), "(Agencies)", "avec agences"
  'agencies', 'agences', 'agenturen', 'agencias', 'agenzie', 'wires', 'wire services',
];

/**
 * What opens an agency credit line: "With inputs from PTI", "With files from The Canadian Press", "With AFP", "avec
 * AFP", "mit Material von dpa", "Con información de EFE y Reuters".
 */
export const AGENCY_CREDIT_PREFIXES: readonly string[] = [
  'with (additional )?(inputs|files|reporting|material|information) from', 'inputs from', 'with', 'from',
  'avec', 'mit material (von|der)', 'con información de', 'con informacion de', 'con (datos|material) de',
];

/**
 * A line that is only an agency credit (AGENCY_CREDIT_NAMES, AGENCY_CREDIT_PREFIXES): one agency or several joined by "/",
 * ",", "and"/"und"/"et"/"y" ("(AFP/Reuters)", "EFE y Reuters"), the editor's initials after a slash ("(dpa/jk)"), in
 * brackets or after a dash ("— Reuters"). A sentence about an agency ("Reuters reported the deal.") is never one.
 */
const AGENCY_CREDIT_LINE = (() => {
  const agency = `(the )?(${AGENCY_CREDIT_NAMES.join('|')})`;
  const list = `${agency}((\\s*[/,&]\\s*|\\s+(and|und|et|y|e)\\s+)${agency}){0,4}`;
  return new RegExp(`^[—–-]*\\s*[(\\[]?\\s*((${AGENCY_CREDIT_PREFIXES.join('|')})\\s+)?${list}(\\s*/\\s*\\p{L}{1,4})?\\s*[)\\]]?\\.?$`, 'iu');
})();

export const PARAGRAPH_RULES: readonly ParagraphRule[] = [
  {
    // "If you're able, and if you like our content and approach, please support the project. … PayPal: …"
    id: 'clean/donation-appeal', kind: 'donation', maxChars: 900,
    unlessReported: true,
    gate: /please|support|fund|paypal|patreon|donat|contribution|become|spenden|unterstütze|sie lesen gern/i,
    // The form of an appeal to the reader, never a topic word: "PayPal shares rose 7%", "the bank agreed to fund
    // the project", "the council voted to support the project" are news.
    patterns: [
      // "please support us / our work / independent journalism", "please donate." — not "Please support the bill"
      /\bplease (consider )?(support(ing)?|donat(e|ing)|help(ing)? fund|contribut(e|ing))( (to )?(us|our|this (site|website|work|project|blog)|independent \w+)\b|\s*[.!:]|$)/i,
      /\b(support|fund) (our|independent) (project|work|journalism|reporting|site|website|newsroom)\b/i,
      // PayPal as a payment channel ("PayPal: desk@…", "donate via PayPal"), not the company in the news
      /\b(paypal|patreon)\s*[:：]\s*\S/i, /\b(donat\w*|contribut\w*|tip us|chip in|support us)\b.{0,40}\b(via|through|with|on|by) (paypal|patreon)\b/i,
      /\bpatreon\.com\b/i, /\/donate\b/i,
      // imperative at a sentence start: "Make a one-time donation today…"
      /(^|[.!?]\s+)(make|consider making) a (small |one-time |monthly |recurring |tax-deductible )?(donation|contribution)\b/i,
      /\byou can (also )?(make a (donation|contribution)|donate)\b.{0,30}\b(us|our|this (site|work))\b/i,
      /(^|[.!?]\s+)donate (now|today|here)\b/i,
      /(^|[.!?]\s+)become a (patron|supporter|sustaining member|paying member)\b/i,
      /^(jetzt )?spenden\b/i,
      // "Sie lesen gern Achgut.com?", "Unterstütze RosaMag"
      /^(sie lesen gern|unterstützen sie|unterstütze)\b/i,
    ],
  },
  {
    // "Articles by: South Front" — the author line of aggregators; the name is read as the author
    id: 'clean/articles-by', kind: 'byline', maxChars: 120,
    patterns: [/^(articles?|posts?|stories|more) by\s*:\s*\S/i],
    where: 'tail', endsArticle: true,
  },
  {
    // "By Jane Smith", "Von Anna Müller", "Par Jean Dupont | 12 mars 2019"
    id: 'clean/byline', kind: 'byline', maxChars: 90,
    patterns: [
      // no /i here: \p{Lu} must stay upper-case ("By Mara Lind", not "by the river")
      // a time word is no name: "By Monday, 40 people had been rescued." is a sentence
      // "By Jenna Holt and Marcus Webb", "By A, B and C", "Von Anna Berg und Jonas Keller": up to four names
      new RegExp(`^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Аа]втор:?)\\s+(?!(${TIME_NAMES})\\b)${BYLINE_NAME}((\\s*,\\s*|\\s*,?\\s+(and|AND|&|y|et|und|e|en|og|och)\\s+)${BYLINE_NAME}){0,3}\\s*([,|•·–—-].{0,50})?$`, 'u'),
      // "Posted by admin", not "Posted by a user in Ohio, the video has been viewed…"
      /^(written|reported|posted) by\s*:?\s+(?!(a|an|the|some|one|two|several|many)\s)\S/i,
      // "Story and photos by Owen Keats", "Words by …", "Reporting by …": a writing credit, then names only (a photo
      // credit alone stays: under a picture it names no author)
      new RegExp(`^(Story|STORY|Text|TEXT|Words|WORDS|Reporting|REPORTING)( (and|&) (photos|photographs|pictures|video|PHOTOS|PHOTOGRAPHS|PICTURES|VIDEO))? (by|BY) (?!(${TIME_NAMES})\\b)${BYLINE_NAME}((\\s*,\\s*|\\s*,?\\s+(and|AND|&)\\s+)${BYLINE_NAME}){0,3}$`, 'u'),
      // "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde": at the start of the block or after a
      // separator, never inside a sentence ("The report, published by the state agency, put damage at $8 billion.")
      /(^|[|•·–—-]\s*)(published by|posted by|publicado por|publié par|veröffentlicht von|pubblicato da)\s*:?\s+(?!(a|an|the|some|one|two|several|many)\s)\S/i,
    ],
  },
  {
    // "This article was originally published by KFF Health News. Read the original article.": the note a republished
    // story carries (ProPublica, The Conversation, Stateline…); a rule of its own, so its outlet never becomes an author
    id: 'clean/republished-note', kind: 'byline', maxChars: 200, unlessReported: true,
    patterns: [
      // "originally"/"first" or "republished" tell the note from news ("The story was published by three papers")
      // and the outlet's name follows ("first published in draft form in March" is news)
      /^(this|the) (article|story|piece|post) (was|is|has been) ((originally|first) (published|posted|produced)|republished) (by|with permission|(in|on|at|from) (the )?\p{Lu})/iu,
      /^read the original (article|story|piece)\b/i,
    ],
  },
  {
    // "Disclaimer: The contents of this article are of sole responsibility of the author(s)."
    id: 'clean/disclaimer', kind: 'disclaimer', maxChars: 1200, unlessReported: true,
    gate: /disclaimer|sole responsibility|views expressed|necessarily|gibt die meinung|affiliate|dieser|permission to|rush transcript/i,
    patterns: [
      /^disclaimer\b/i,
      // a broadcast transcript's warning: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."
      /^this is a rush transcript\b/i,
      /\bsole responsibility of the author/i,
      /\bviews expressed (in this (article|piece|post) )?are (solely )?(those of|the author)/i,
      // about this article or its author, not "the ruling does not necessarily reflect the views of the government"
      /\b(this|the) (article|post|piece|column|content|author['’]?s?|writer['’]?s?)\b.{0,60}\bdoes not necessarily reflect the (views|opinions)\b/i,
      /\bnecessarily (reflect|represent) the (views|opinions|position) of (this|the) (site|website|publication|publisher|newspaper|editors?|editorial board)\b/i,
      /\bgibt die meinung de[sr] (autors|autorin)\b/i,
      // "This post may contain affiliate and/or referral links."
      /\b(may )?contains? affiliate\b/i, /\baffiliate (links?|commission)\b/i, /^dieser (text|beitrag|artikel) (wurde|ist|erschien|entspricht)\b/i,
      /\bgrants? permission to (cross-?post|repost|republish)\b/i,
    ],
  },
  {
    // "www.example.org contains copyrighted material the use of which…", "© 2019 Example Media. All rights reserved."
    id: 'clean/copyright-notice', kind: 'copyright', maxChars: 1200,
    gate: /copyright|©|\(c\)|fair use|rights reserved|rechte vorbehalten|droits réservés|derechos reservados|may not be|vervielfältigung/i,
    patterns: [
      /\bcontains copyrighted material\b/i,
      /\bprovisions of ["“]?fair use/i,
      // "Copyright 2024 …", "Copyright © Valley News", "Copyright: AFP" — not "Copyright lawyers say the ruling…"
      /^(©|\(c\)|copyright\s*(©|\(c\)|\d{4}|[:：]))/i, /^copyright(\s+\p{Lu}[\p{L}.&'’-]*){1,5}\.?$/u,
      /\ball rights reserved\b/i,
      /^(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)/i,
      /\bmay not be (re)?published,? broadcast,? rewritten/i,
      /\bvervielfältigung nur mit\b/i,
    ],
  },
  {
    // a press release's closing sections, each followed by more of them and the contacts: "About Halvern Robotics" (the
    // next paragraph opens "Halvern Robotics, Inc. designs…"), "Forward-Looking Statements", "Safe Harbor Statement",
    // "Media Contacts:", "SOURCE Halvern Robotics, Inc." (PR Newswire)
    id: 'clean/about-company', kind: 'other', maxChars: 80, endsArticle: true, endsAfterProse: true, confirmNext: true,
    // no /i: "About" and the name capitalised ("About the study" is a section of a story)
    patterns: [/^About (\p{Lu}[\p{L}\p{N}&'’-]*)(\s+(\p{Lu}[\p{L}\p{N}&.,'’-]*|of|and|&|for|de|la))*$/u],
  },
  {
    id: 'clean/forward-looking', kind: 'disclaimer', maxChars: 600, endsArticle: true, endsAfterProse: true,
    gate: /forward|safe harbou?r/i,
    patterns: [
      /^((cautionary|special) (note|statement|language) (regarding|about|concerning|on) )?forward[- ]looking (statements?|information)\s*[:.]?$/i,
      /^safe harbou?r( statement| provision)?s?\s*[:.]?$/i,
      /^this (press )?(release|announcement) (contains|includes|may contain) (certain )?["“]?forward[- ]looking statements\b/i,
    ],
  },
  {
    id: 'clean/press-contacts', kind: 'media-inquiry', maxChars: 60, endsArticle: true, endsAfterProse: true,
    patterns: [
      /^(media|press|investor|investors|news media)( relations)? contacts?\s*:?$/i, /^contacts\s*:?$/i,
      /^(media|investors|investor relations)\s*:$/i, /^SOURCE\s+\p{Lu}.{1,80}$/u,
    ],
  },
  {
    // "For media inquiries: [email protected]"
    id: 'clean/media-inquiry', kind: 'media-inquiry', maxChars: 200,
    patterns: [
      /^for (media|press) (inquiries|enquiries)\b/i, /^(media|press) (contact|inquiries|enquiries)\s*:/i,
      // the regional tip line: "Have you got a story? Email newsdesk@…", "Have a tip about city parks? Email …"
      /^(have you got|got|do you have|have) an? (story|tip|news tip)\b[^?]{0,60}\?\s*(email|e-mail|contact|call|send|message)\b/i,
      // the newsroom's call under a story: "Have information about this story? Email tips@…"
      /^(have you got|got|do you have|have) (any |more )?(information|info|tips?) (about|on) (this|the) (story|article|case)\b[^?]{0,40}\?\s*(email|e-mail|contact|call|send|message)\b/i,
    ],
  },
  {
    // "Sign up for our newsletter", "Get the latest headlines delivered to your inbox"
    id: 'clean/newsletter-prompt', kind: 'newsletter', maxChars: 300, unlessReported: true,
    gate: /sign|subscri|register|newsletter|briefing|headlines|read more|download|delivered|thanks for reading|you agree|recaptcha|enter your|thank you for|abonn|suscríbete/i,
    patterns: [
      // "Sign up for our free daily newsletter", "Sign up for our Morning Briefing newsletter to get…"
      /\b(sign up|subscribe|register) (for|to) (our|the|my)\b.{0,40}\b(newsletters?|e-?mail (newsletter|updates|alerts)|briefing)\b/i,
      /\b(sign up|subscribe) (for|to) (our|the) (free |daily |weekly )?e-?mails?\b/i,
      /^(get|receive) (our|the) (free |daily |weekly |morning |evening |latest )*(newsletters?|briefing|headlines)\b/i,
      // "Want to read more stories like this? Download our free app."
      /^(want|like) to read more\b[^?]{0,40}\?\s*(download|sign up|subscribe|get)\b/i, /^download (our|the) (free )?app\b/i,
      // an offer to the reader, not "Mail ballots will be delivered to your door by March 3"
      /^(get|have|receive|sign up|subscribe)\b.{0,80}\bdelivered (straight |directly |right )?(to|into|through) your (inbox|letterbox|mailbox|door)\b/i,
      /\bdelivered (straight |directly |right )?(to|into) your inbox\b.{0,20}$/i,
      // Substack's "Thanks for reading Sky Ledger! Subscribe for free to receive new posts and support my work."
      /^thanks for reading\b.{0,60}[!.]\s*subscribe\b/i, /^subscribe (now|today|for free|for full access|here)\b/i,
      /^(by signing up|by subscribing|by clicking (sign up|subscribe))\b.{0,20}\byou agree\b/i,
      /\bprotected by recaptcha\b/i, /^enter your e-?mail( address)?\b/i, /^thank you for (signing up|subscribing)\b/i,
      /^(newsletter abonnieren|jetzt abonnieren|abonnez-vous|suscríbete)\b/i,
    ],
  },
  {
    // "Share this article", "Follow us on Twitter", "Teilen:"
    id: 'clean/share-prompt', kind: 'share', maxChars: 160,
    patterns: [
      /^share (this|on|via)\b/i, /^(follow|like) us on\b/i,
      // "Follow The Gleaner on Twitter and Instagram…", "¡Mira lo que tiene nuestro canal de YouTube!"
      /^follow\b.{0,40}\bon (twitter|facebook|instagram|linkedin|x|telegram)\b/i, /\b(our|nuestro|unser(em)?) (youtube|telegram|whatsapp)[- ]?(channel|canal|kanal)\b/i,
      /\bnuestro canal de (youtube|telegram|whatsapp)\b/i,
      /^(teilen|partager|compartir|поделиться)\s*[:：]?$/i,
      /^(facebook|twitter|whatsapp|e-?mail|linkedin|pinterest|reddit|telegram)([\s|,•·]+(facebook|twitter|whatsapp|e-?mail|linkedin|pinterest|reddit|telegram|print|drucken))+$/i,
    ],
  },
  {
    // "Related: …", "Read also:", "Lesen Sie auch", "Читайте также" — teaser lines
    id: 'clean/related-link', kind: 'related', maxChars: 220,
    patterns: [
      /^(related( articles?| stories| posts| coverage| content)?|see also|read also|also read|more on this( story)?|you (may|might) also like|recommended( for you)?|more from [^.]{1,40})\s*[:：]/i,
      /^(related( articles| stories| posts| coverage)?|see also|read also|also read|you (may|might) also like|recommended for you|most (read|popular))$/i,
      /^(lesen sie auch|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren)\b/i,
      /^(don'?t miss|most read|trending( now)?|more stories|top stories|latest news|editor'?s picks)\s*[:：]?$/i,
      // "MORE: …", "Also Read | …", "Also see: …", "Watch: Teachers march on parliament" (a video teaser line)
      /^(more|also read|also see|read next|watch|video|listen)\s*[:：|]\s*[^.!?]{1,100}$/i,
      /^explore more on (these|this) topics?$/i,
      /^(puedes ver|vea también|ver también|mira también|lea también|lesen sie hier|hier lesen sie|inne artykuły autora|contenido relacionado|notas relacionadas|artículos relacionados|noticias relacionadas|articles liés|mehr themen|weitere themen|weitere artikel|zum weiterlesen|weiterführende links?|weiterführender link|temas relacionados|lo último|lo más leído|veja também|leia mais|à lire également|sur le même sujet|zobacz też|czytaj też|czytaj także)\s*[:：]?/i,
      /^(热门推荐|相关新闻|相关阅读|推荐阅读|关注[\p{Script=Han}]{1,8})$/u,
      // (?!\p{L}) instead of \b, which knows only ASCII letters: "Читайте также:"
      /^(à lire aussi|lire aussi|voir aussi|lee también|te puede interesar|leia também|leggi anche|читайте также|смотрите также)(?!\p{L})/iu,
    ],
  },
  {
    // "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner … Send us a story" — a longer prompt with a handle
    id: 'clean/follow-prompt', kind: 'share', maxChars: 400,
    patterns: [/\bfollow\b.{0,40}\bon (twitter|facebook|instagram)\b.{0,60}@\w+/i],
  },
  {
    // "We use cookies to improve your experience…"
    id: 'clean/cookie-consent', kind: 'consent', maxChars: 500, unlessReported: true,
    gate: /cookie/i,
    patterns: [
      /\bwe use cookies\b/i, /\b(this|our) (web)?site uses cookies\b/i, /\bwir verwenden cookies\b/i,
      // the banner's own wording, not "Google said it would change its cookie settings for EU users"
      /^(manage|change|update|review|customi[sz]e) (your )?cookie (settings|preferences|choices)\b/i,
      /\b(see|read|view) our cookie (policy|notice)\b/i, /^cookie (policy|settings|preferences|notice)\s*[.:]?$/i,
      /\bby (continuing|using|browsing)\b.{0,60}\b(agree|consent) to (our|the) (use of cookies|cookie)/i,
    ],
  },
  {
    // "About the author: …" or "Jane Smith is a reporter for …" at the end
    id: 'clean/author-bio', kind: 'author-bio', maxChars: 500,
    patterns: [
      /^about the authors?\b/i,
      // "Mike Wall's book … is out now. Follow him on Twitter @michaeldwall."
      /\bfollow (him|her|them|me) on (twitter|facebook|instagram|x)\b/i,
      /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3} is an? ([\w-]+ ){0,3}(journalist|writer|reporter|correspondent|editor|columnist|contributor|analyst)\b/u,
      // "Sam Jones is the Guardian’s Madrid correspondent", "Ana Ruiz is Valley News’ health reporter"
      /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3} is (the |an? )?(\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&-]*['’]s? ([\p{L}-]+ ){0,3}(journalist|writer|reporter|correspondent|editor|columnist|contributor|analyst|bureau chief)\b/u,
      // "Ana Ruiz covers county government for Valley News. Reach her at …": the sentence ends with the outlet's name
      // or "the newspaper" ("State Farm Insurance covers similar costs for some employees" is news)
      /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3} (covers|writes about|reports on) [^.]{1,80} for ((the )?\p{Lu}[\p{L}'’.&-]*(\s+\p{Lu}[\p{L}'’.&-]*){0,4}|(the|this) (newspaper|paper|magazine|site|station|publication|website))\.?(\s|$)/u,
      // "Reach her at ana@valley.example", "Reach her at 555-0142": a writer's address or number; a police appeal
      // ("contact them at 101") is news
      /\b(reach|contact|email|e-mail|call) (him|her) (at|on) ([\w.+-]+@[\w-]+\.\w|\+?\d[\d ().-]{6,})/i,
    ],
    where: 'tail',
  },
  {
    // "Correction: An earlier version of this article misstated …"
    id: 'clean/correction-notice', kind: 'correction', maxChars: 600,
    patterns: [
      /^(correction|clarification)s?\s*[:—–-]/i, /^an earlier version of this (article|story|post)\b/i, /^this (article|story) has been (updated|corrected)\b/i,
      // "Editor's note: An earlier version of this article misstated…", "Editor’s Note — This story has been updated…";
      // the label with its mark: "Editor's notes are read by the board" is a sentence. Only a note about the article's
      // own changes: a disclosure ("Editor's note: Tom Becker is married to a member of the planning commission") is
      // part of the record and stays
      /^editor['’]?s['’]? note\s*[:—–-].*\b(updated|corrected|correction|earlier version|previous version|misstated|misidentified|misspelled|misquoted|incorrectly|clarified|clarify|amended|revised)\b/i,
    ],
  },
  {
    // the page counter of a multi-page article: "Page 1 of 3", "Page 2/2"
    id: 'clean/pagination', kind: 'navigation', maxChars: 20,
    gate: /^page/i,
    patterns: [/^page \d{1,3}\s*(of|\/)\s*\d{1,3}$/i],
  },
  {
    // reader furniture around the story: "Reading time: 3 minutes", "Estimated reading time 4 min", "This is a
    // developing story and will be updated.", "This story is developing. Check back for updates.", "Follow our live
    // coverage here." Whole short lines addressed to the reader: "Reading time rose 12% among teenagers" and "The
    // developing story of the strike dominated the session" are news
    id: 'clean/reader-note', kind: 'other', maxChars: 120,
    gate: /reading time|developing|breaking|updated|coverage|updates/i,
    patterns: [
      /^(estimated )?reading time\s*[:：·|-]?\s*(about |approx\.? |~)?\d{1,3}\s*(min(ute)?s?|mins?)\.?$/i,
      /^(this is an? )?(developing|breaking)( news)? story\.?((\s+|,?\s*(and|which|that)\s+)(it )?(will|may|is being|could) (be )?updated\b[^.]{0,40}\.?)?(\s+(please )?(check|come) back\b[^.]{0,40}\.?)?$/i,
      /^this (story|article|report|post) is (developing|breaking|being updated)\b[^.]{0,40}\.?(\s+(please )?(check|come) back\b[^.]{0,40}\.?)?$/i,
      /^(follow|read|see|get) (our|the) (live|latest) (coverage|updates|blog)( (of|on) (this|the) (story|event))?( here)?\s*[.:!]?$/i,
    ],
  },
  {
    // the credit line of an embedded post pasted as text: "— Salome Zurabishvili (@Zourabichvili_S) December 1, 2025",
    // "A post shared by Tbilisi Daily (@tbilisidaily)"; the line of nothing but the name, handle and date
    id: 'clean/social-embed', kind: 'other', maxChars: 120,
    gate: /\(@/,
    patterns: [
      new RegExp(`^[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)\\s*(${DATE_TOKEN}){0,12}$`, 'iu'),
      /^a (post|video|photo|reel) shared by [^()]{1,60}\(@[\w.]{1,30}\)\s*$/i,
    ],
  },
  {
    // a kicker label above the story, alone on its line: "EXCLUSIVE", "Analysis", "Opinion", "BREAKING", "Explainer",
    // "WATCH". Among the first blocks only: an "Analysis" subheading lower down heads a section of the story
    id: 'clean/kicker', kind: 'other', maxChars: 20, where: 'head',
    patterns: [KICKER_LINE],
  },
  {
    // "Read more", "Continue reading", "Weiterlesen", "Click here to …"
    id: 'clean/read-more', kind: 'read-more', maxChars: 120,
    patterns: [
      /^(read|see) (more|the full (story|article|report))\b/i,
      // the link label, not "Continue reading the statement, he told reporters." or "Click here was the only instruction"
      /^continue reading( (the )?(full )?(story|article|post|below|on|at|here)\b|\s*[.:…→»›>]*$)/i, /^click here( (to|for)\b|\s*[.!:…→»›>]*$)/i,
      // reader furniture: "Listen to this article 5 min", "5 min read", "Story continues below advertisement"
      /^listen to (this|the) (article|story)\b.{0,20}$/i, /^listen\s*[·•|:-]?\s*\d+(:\d+)?\s*(min(utes?)?)?$/i,
      /^\d+\s*(min(ute)?s?|mins?)\.? read$/i, /^(\d+ comments?\s*[|•·]\s*)?\d+\s*min(ute)?s? read$/i,
      /^(story|article|text) continues (below|after)( (the )?(advertisement|ad))?\.?$/i,
      /^advertisement\s*[-–—:]\s*(scroll|continue) (down |to continue )?(reading)?.{0,20}$/i,
      /^(skip advertisement|gift this article|copy link|read in app|most viewed|read next|share full article)$/i,
      /^(weiterlesen|mehr lesen|lire la suite|leer más|leia mais|continua a leggere|читать далее)(?!\p{L})/iu,
    ],
  },
  {
    // "23 Comments", "Leave a Reply", "You must be logged in to post a comment."
    id: 'clean/comments-prompt', kind: 'comments', maxChars: 200,
    patterns: [
      /^\d+\s+(comments?|replies|kommentare)$/i,
      /^(leave|post|add|write) a (comment|reply)\b/i, /^comments (are )?closed\b/i,
      /^comments (have been|are|were) (disabled|turned off|switched off)\b/i,
      /\bmust be logged in to (post|leave) a comment\b/i, /^(show|view|load) (all )?comments\b/i,
      /^kommentar(e)? (schreiben|verfassen)\b/i,
      /^tell us what you think\b/i,
      // "Join our Space Forums to keep talking space…"
      /^join (our|the)\b.{0,40}\b(forums?|community|discussion|conversation|discord)\b/i, /^(comments?|kommentare|comentarios|commentaires|комментарии)$/i,
    ],
    endsArticle: true, where: 'tail',
  },
  {
    // the counters of a social or blogging page, left as lines of their own: "1.2K shares", "12 comments",
    // "3 min read · 2.4K views", "♥ 1.2K · 💬 340". Only a line made of nothing but counters (SHARE_COUNTER): "1.2K
    // shares were sold on Monday" and a key figure with what it counts ("184K people affected") are text. After
    // clean/comments-prompt, so that "12 comments" in the tail still ends the article
    id: SHARE_COUNTER.id, kind: 'share', maxChars: SHARE_COUNTER.maxChars,
    gate: /\d/,
    patterns: [SHARE_COUNTER.line],
  },
  {
    // a bare K/M figure alone, "84.1K" (Medium's claps), goes only beside other counters or share buttons ("💬 340",
    // "Share", "6 min read·Oct 6, 2026"): a key figure over its label ("1.2M" / "people displaced", "45K" /
    // "volunteers") is the story's number and stays
    id: SHARE_COUNTER.id, kind: 'share', maxChars: 12,
    gate: /^\d/,
    patterns: [SHARE_COUNTER.bare],
    confirmBeside: SHARE_COUNTER.beside,
  },
  // ---- page furniture of big outlets, as it comes in text copied from a browser (no class words to remove it by).
  // Each pattern is a whole short line: "Supported by the unions, the bill passed" or "Show more restraint, the judge
  // said" are sentences and stay.
  {
    // the ad slot's own labels: "Supported by" (above a sponsor logo), "Ad Feedback", "Scroll to continue with content",
    // "Article continues below this ad", "Content continues below"
    id: 'clean/ad-label', kind: 'ads', maxChars: 60,
    gate: /^(supported|ad |scroll|article|story|content|text)/i,
    patterns: [
      /^supported by\s*:?$/i, /^ad feedback$/i, /^scroll (down )?to continue( with (the )?(content|article|story|reading))?\.?$/i,
      /^(article|story|content|text) continues (below|after)( (this|the) (advertisement|advert|ad))?\.?$/i,
    ],
  },
  {
    // the photo's controls: "Enlarge this image", "toggle caption", "Hide caption", "Image 1 of 12", "1 of 5"
    id: 'clean/image-credit', kind: 'other', maxChars: 40,
    gate: /^(enlarge|expand|view|toggle|hide|show|image|photo|picture|slide|foto|\d)/i,
    patterns: [
      /^(enlarge|expand|view) (this )?(image|photo|picture)$/i, /^(toggle|hide|show|expand) (the )?caption$/i,
      /^((image|photo|picture|slide|foto)\s+)?\d{1,3}\s*(of|\/)\s*\d{1,3}$/i,
    ],
  },
  {
    // "Continue reading the main story", "Read full article", "Listen to article", "Show more", "Loading...",
    // "Loading tweet…" (the ellipsis tells it from a heading "Loading the ark"), "Skip to main content"
    id: 'clean/read-more', kind: 'read-more', maxChars: 60,
    gate: /^(continue|read|listen|show|loading|skip)/i,
    patterns: [
      /^continue reading the main (story|article)$/i, /^read (the )?full (article|story|report)\s*[.:…→»›>]*$/i,
      /^listen to (article|story)\b.{0,20}$/i, /^show (more|less|all)$/i,
      /^loading((\s+[\p{L}-]+){0,3}\s*(\.{3}|…))?$/iu, /^skip to (the )?(main )?content$/i,
    ],
  },
  {
    // a teaser box's heading left alone: "RECOMMENDED", "Recommended Stories", "Related Topics", "More on this story"
    id: 'clean/related-link', kind: 'related', maxChars: 40,
    gate: /^(recommended|related|more)/i,
    patterns: [/^recommended( (stories|articles|reading|videos))?$/i, /^related (topics|tags|content|searches|videos)$/i, /^more on this (story|topic)$/i],
  },
  {
    // the end mark of a press release or wire story: "Ends", "-ENDS-", "- 30 -", "# # #". Among the last blocks only,
    // where it ends the article ("Ends" then the notes and contacts of the press office): "###" higher up parts a
    // blog post's sections
    id: 'clean/end-mark', kind: 'other', maxChars: 20,
    patterns: [/^[-–—*\s]*ends?[-–—*\s.]*$/i, /^[-–—]\s*30\s*[-–—]$/, /^#(\s*#){2,}$/],
    where: 'tail', endsArticle: true,
  },
  {
    // the press office's closing: "For further information, please contact:" then names, e-mails and phones;
    // "Media enquiries", "Press office"; in the tail it ends the article. The label line only (a colon or nothing
    // after it): "For more information, contact the council's helpline, the mayor said" is news
    id: 'clean/media-inquiry', kind: 'media-inquiry', maxChars: 80,
    gate: /^(for|media|press)/i,
    patterns: [
      /^for (further|more|additional) (information|details|enquiries|inquiries),? (please )?(contact|call|e-?mail|write to)( us)?\s*:?$/i,
      // capitalised, as a label is: "Contact:<br>press office" is a line of a contact block, not its heading
      /^(Media|Press|MEDIA|PRESS) ([Ee]nquiries|[Ii]nquiries|[Cc]ontacts?|[Oo]ffice|ENQUIRIES|INQUIRIES|CONTACTS?|OFFICE)\s*:?$/,
    ],
    endsArticle: true,
  },
  {
    // "Notes to editors" (the background for journalists below a government release: its notes stay, they are facts)
    // and the closing pointer "For more information, please visit www.unocha.example/marenia"
    id: 'clean/media-inquiry', kind: 'media-inquiry', maxChars: 160,
    gate: /^(notes?|for) /i,
    patterns: [
      /^notes? (to|for) editors\s*:?$/i,
      /^for (further|more|additional) information,? (please )?(visit|see|go to|consult)\s+(our website\s+)?(www\.|https?:\/\/)\S+\.?$/i,
    ],
  },
  {
    // the mailing furniture of an e-mail newsletter (saved as text, or its web version): "View this email in your
    // browser", "Forwarded this email? Sign up here for more.", "Unsubscribe | Update your preferences". A line of
    // its own, addressed to the reader: "Unsubscribe rates rose 4% after the redesign" is news
    id: 'clean/newsletter-prompt', kind: 'newsletter', maxChars: 160,
    gate: /^(view|having|trouble|forwarded|was|did|unsubscribe|update|manage)/i,
    patterns: [
      /^view( (this|the|it|our))?( (e-?mail|newsletter|message|issue))? (in|on|as) (your |a |the )?(web ?)?(browser|web ?page)\s*[.!:]?$/i,
      /^view (it |this )?online\s*[.!]?$/i, /^(having )?trouble (viewing|reading|seeing) this (e-?mail|newsletter|message)\?/i,
      /^(forwarded this (e-?mail|newsletter|message)|was this (e-?mail|newsletter|message) forwarded to you|did someone forward (you )?this( e-?mail| newsletter)?)\s*\?/i,
      /^(unsubscribe|update (your )?(e-?mail |subscription )?preferences|manage (your )?(subscriptions?|preferences|e-?mail preferences))(\s*[|•·]\s*(unsubscribe|update (your )?(e-?mail |subscription )?preferences|manage (your )?(subscriptions?|preferences|e-?mail preferences)|view (it )?(online|in (your )?browser)))*\s*$/i,
    ],
  },
  {
    // "You are receiving this email because you subscribed to The Morning Wire. Unsubscribe | … 1200 Example Ave":
    // the footer of a mailing, with the sender's postal address; nothing of the newsletter follows it
    id: 'clean/email-footer', kind: 'newsletter', maxChars: 500,
    gate: /^(you|this|to|unsubscribe)/i,
    patterns: [
      /^you (are|['’]re) receiving this (e-?mail|newsletter|message|mailing)\b/i, /^you received this (e-?mail|newsletter|message) because\b/i,
      /^this (e-?mail|newsletter|message) was sent to \S+@/i,
      /^(to )?unsubscribe( from (this|these|our) (list|e-?mails?|newsletters?|mailings?))?,? (click|go|visit|follow)\b.{0,40}(here|link|below|page)\b/i,
    ],
    endsArticle: true,
  },
  {
    // the subscription offer under a teaser, addressed to the reader (FT/Times style, Substack, Medium): "Keep reading
    // for $1", "Then $69 per month. … Cancel anytime", "This post is for paid subscribers", "Already a paid subscriber?
    // Sign in", "Member-only story", "You've read all your free articles this month", "End of preview". Each opens the
    // block (so the gate is anchored too): "Readers can keep reading for free until May, the editor said" is news
    id: 'clean/paywall', kind: 'newsletter', maxChars: 300, unlessReported: true,
    gate: /^(keep|continue|then|only|just|cancel|this|the|for|paid|subscribers|members?|already|subscribe|to|upgrade|become|unlock|you|register|sign|log|get|try|end)\b/i,
    patterns: [
      /^keep reading (for|with|by)\b/i, /^continue reading (with|for) (a|an|just|only|\$|€|£)/i,
      /^then [$€£]\s?\d[\d.,]*\s*(\/|per|a|every)\s*(month|week|year|mo|yr)\b/i,
      /^(only|just) [$€£]\s?\d[\d.,]*\s*(for|a|per|\/)\s*(\d+ )?(weeks?|months?|years?|mo)\b.{0,60}$/i,
      /^cancel (anytime|at any time)\b.{0,60}$/i,
      /^(this|the) (post|article|story|content|piece) is (only )?(for|available exclusively to|exclusively for) (paid |paying )?(subscribers|members)\b/i,
      /^(for )?(paid )?(subscribers|members) only\s*[.!]?$/i, /^already an? (paid|paying|premium) (subscriber|member)\b/i,
      /^subscribe to .{1,60} to (keep|continue) reading\b/i, /^to (read|continue reading) the (full|whole|rest of the) (article|story),? (please )?(subscribe|sign in|log in|register)\b/i,
      /^(upgrade to (paid|premium)|become a (paid )?(member|subscriber))\s*[.!]?$/i, /^members?[- ]only (story|article|content|post)$/i,
      /^unlock (this|the full|the) (article|story|post)\b.{0,30}$/i, /^you['’]ve (read|used|reached) (all )?(your|the)( \d+)? free (articles|stories)\b/i,
      /^register (for free )?to (continue|keep) reading\b/i, /^(sign|log) in or (create|register) (a |an )?(free )?account\b/i,
      /^get (full|unlimited|complete) access to (this|the|all)\b.{0,60}$/i, /^try (unlimited|full|premium|digital) access\b.{0,60}$/i,
      /^end of (the )?(free )?preview\b.{0,40}$/i,
    ],
  },
  {
    // the footer WordPress (Yoast) appends to every feed item: "The post Flooding forces 3,000 from homes appeared
    // first on Adriatic Report."; "This entry was posted in News. Bookmark the permalink." Nothing of the story follows
    id: 'clean/feed-footer', kind: 'read-more', maxChars: 400,
    gate: /^(the post|this entry) /i,
    // the site's name closes it, capitalised: "The post office appeared first on the list of closures" is news
    patterns: [/^[Tt]he post .{1,250} appeared first on (the )?\p{Lu}[\p{L}\p{N}.&'’-]*(\s+(\p{Lu}[\p{L}\p{N}.&'’-]*|of|and|the|&|for)){0,6}\.?$/u, /^this entry was posted in\b.{0,250}\bbookmark the permalink\.?$/i],
    endsArticle: true,
  },
  {
    // the action bar of a site with hashed class names (Medium, CSS-in-JS): one-word labels, one to a block, "Share",
    // "Save", "Follow", "Listen", "Copy link", "Share Save Print". Only a block of nothing but labels goes
    id: 'clean/share-prompt', kind: 'share', maxChars: 80,
    gate: /^(share|save|print|follow|listen|e-?mail|bookmark|gift|copy)/i,
    patterns: [
      /^(share|save|print|follow|listen|e-?mail|bookmark|gift( (this )?(article|story))?|copy link)((\s+|\s*[|•·,]\s*)(share|save|print|follow|listen|e-?mail|bookmark|gift( (this )?(article|story))?|copy link)){0,7}$/i,
    ],
  },
  {
    // the reading time with the date: "5 min read · Oct 6, 2026", "6 min read·Oct 6, 2026" (Medium); a date line, so
    // the page without a date of its own is dated by it
    id: 'clean/dateline', kind: 'byline', maxChars: 60,
    gate: /^\d/,
    patterns: [new RegExp(`^\\d{1,3}\\s*min(ute)?s?\\.?\\s+read\\s*[·•|–—-]\\s*((${DATE_TOKEN})+|\\d+\\s+(hours?|days?|weeks?)\\s+ago|just now)$`, 'iu')],
  },
  {
    // a label left alone after its value went: a live blog's "Key events" (its link list removed) and "Pinned"; a
    // report page's metadata list ("From:" above removed links, "Published", "Source", "Format", "Originally
    // published"). The label alone on its line, with at most a colon: "Published in 2019, the report…" is a sentence
    id: 'clean/orphan-label', kind: 'other', maxChars: 45,
    patterns: [
      /^(key events|pinned( post)?|show key events only|refresh the page to see the latest updates?|press release)\s*:?$/i,
      PAGE_META_LABEL,
    ],
  },
  {
    // "Advertisement", "Anzeige", "Publicité" — ad slot labels
    id: 'clean/ad-label', kind: 'ads', maxChars: 40,
    patterns: [/^(advertisement|advertising|advert|ad|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама|広告)$/i],
  },
  {
    // "Photo: Reuters", "Image credit: AFP/Getty" — caption credits
    id: 'clean/image-credit', kind: 'other', maxChars: 120,
    patterns: [
      /^(photo|image|picture|foto|bild|illustration)( credits?)?\s*[:©]/i, /^(credit|getty images|reuters|afp|ap photo)\s*[:/]?$/i,
      // "Protesters have worn masks (Image: GETTY )" — a caption that lost its <figcaption>
      /\((image|photo|picture|pic|foto|bild|credit)s?\s*:[^)]{1,60}\)$/i,
      // "Roman Prymula, photo: ČTK", "Titelbild: …", "Crédits photos : Bestimage"
      /,\s*(photo|foto|bild)\s*:\s*[^,]{1,60}$/i, /^(titelbild|bildquelle|fotos?|crédits? photos?|créditos?)\s*:/i,
      // BBC "Image source, Getty Images", "Image caption, Waves crashed…"; Guardian "Photograph: …", "Composite: …"
      /^(image|media) (source|caption)\s*,/i, /^(photograph|composite|illustration)\s*:/i,
    ],
  },
  {
    // a caption that lost its <figcaption>, ending with its credit: "Firefighters at the scene. Picture: Fire Service",
    // "… (AP Photo/Efrem Lukatsky)", "… REUTERS/Jane Doe"
    id: 'clean/caption-credit', kind: 'other', maxChars: 400,
    gate: /pic|photo|image|\//i,
    patterns: [
      /[.!?]\s+(picture|photo|photograph|image|pic)\s*:\s*[^.:]{1,60}$/i,
      /\((AP|AFP|Reuters|EPA|Getty) Photos?\s*\/\s*[^)]{1,60}\)\.?$/i,
      /\b(REUTERS|AFP|EPA)\/\p{Lu}[\p{L}-]+(\s\p{Lu}[\p{L}-]+){0,3}$/u,
    ],
  },
  {
    // AP captions left in the body: "In this Dec. 12, 2006, file photo, made available by NASA, astronaut …"
    id: 'clean/photo-caption', kind: 'other', maxChars: 500,
    patterns: [/^(in )?this .{0,60}?\b(file )?(photo|image|picture|handout photo|video grab)\b.{0,40}?(,|\bprovided|\bmade available|\breleased|\bshows)/i],
  },
  {
    // a line that is only the agency credit: "The Associated Press", "Reuters", "(AFP)", "(AFP/Reuters)", "(dpa/jk)",
    // "(With inputs from PTI)", "— With files from The Canadian Press", "Con información de EFE y Reuters"
    id: 'clean/agency-line', kind: 'byline', maxChars: 60,
    patterns: [AGENCY_CREDIT_LINE],
  },
  {
    // wire-story credit lines at the end: "Reporting by Colleen Hart in Singapore; Editing by Stephen Coates",
    // "The Associated Press contributed to this report.", AP's "___" separator and "Follow AP's coverage of … at …"
    id: 'clean/wire-credit', kind: 'byline', maxChars: 300, where: 'tail',
    patterns: [
      // Reuters brackets it: "(Reporting by Fabian Cambero; Writing by Natalia Siniawski; Editing by Chizu Nomiyama)"
      /^\(?(additional )?(reporting|writing|editing|compiled|research) by\b[^.;]{1,200}([;.]\s*(additional )?(reporting|writing|editing|compiled|research) by\b[^.;]{1,120})*\.?$/i,
      /^[^.]{1,80}\bcontributed (to )?(this (report|story|article)|reporting)\b[^.]{0,60}\.?$/i,
      /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3} reported from [^.]{1,40}\.(\s+\p{Lu}[^.]{1,80} contributed reporting( from [^.]{1,60})?\.)?$/u,
      /^follow (ap|reuters|afp)['’]s coverage\b/i,
      // Bloomberg: "--With assistance from Jennifer Jacobs and Josh Wingrove.", "— With assistance from Eko Listiyorini."
      // Names only, to the end of the line: "With assistance from the UN, the town rebuilt its school." is news
      new RegExp(`^[-—–]*\\s*[Ww]ith (additional )?assistance from ${BYLINE_NAME}((,\\s*|,?\\s+and\\s+)${BYLINE_NAME}){0,5}\\.?$`, 'u'),
      // Bloomberg's contact lines: "To contact the reporter on this story: Mark Niquette in Columbus at …"
      /^to contact the (reporters?|editors?)( responsible)? (on|for) this story\s*:/i,
      // under every reuters.com story: "Our Standards: The Thomson Reuters Trust Principles."
      /^our standards\s*:\s*the thomson reuters trust principles\.?$/i,
    ],
  },
  {
    // "segunda-feira, 22 de janeiro de 2018 às 0:13", "Updated at 1:23 p.m.", "November 19, 2019 3:46 PM"
    id: 'clean/dateline', kind: 'byline', maxChars: 80,
    patterns: [
      // the label then a date or time: "Updated 3 hours ago", "Published: 14 February 2024" — not "Updated figures show
      // 14 dead." or "Published in The Lancet, the study followed 12,000 adults."
      // "Stand: 21.11.2026 14:05 Uhr" (German public broadcasters): "stand" only with its colon ("Stand 5 at the fair")
      new RegExp(`^(updated|published|posted|last (updated|modified)|aktualisiert|veröffentlicht|actualizado|publicado|mis à jour|publié|atualizado|stand(?=:))( at| on| am| el| le| em|:)?\\s*(?=\\d|(${DATE_WORDS.join('|')}|yesterday|today|just now|gestern|heute|hier|ayer|hoy|ontem|hoje)(?!\\p{L}))[\\p{L}\\d ,.:/-]{0,50}$`, 'iu'),
      // "Updated August 29, 2024 6:40 PM Published August 28, 2024 9:12 AM": two labelled dates on one line
      // one way only to read each token (whole words, whole numbers): nested repeats stay linear
      // "Posted at 7:00 PM, Nov 03, 2026 and last updated 9:42 PM, Nov 03, 2026" (local-TV templates)
      new RegExp(`^(updated|published|posted)\\s*:?(${DATE_TOKEN})+(and\\s+)?(last\\s+)?(updated|published|posted|modified)\\s*:?(${DATE_TOKEN})+$`, 'iu'),
      // the label then date tokens only, whatever separates them: "Published Nov. 3, 2026 · 7:00 PM EST", "Last updated
      // 9:42 PM EST · Nov. 3, 2026" (the free-text form above has no "·" or "|": "Updated 3 hours ago | Share" is no date)
      new RegExp(`^(?=.*\\d)(updated|published|posted|first published|last (updated|modified))\\s*:?(${DATE_TOKEN})+$`, 'iu'),
      // the date, then the reading time: "November 18, 2026 | 4 min read", "| Nov 18, 2026 | 4 min read" (the byline
      // before it went with the byline box), "November 19, 2026 4 min read" (WordPress reading-time plugins)
      new RegExp(`^(?=.*?(\\d{4}|\\d[:.]\\d{2}))(${DATE_TOKEN})+\\d{1,3}\\s*min(ute)?s?\\.?\\s+read$`, 'iu'),
      // needs a word or a d/m or h:m pair: a table cell "5040" is not a date. Whole date words only (DATE_TOKEN):
      // spelled from pieces, the key-figure row "Deaths: 63" read as "de"+"at"+"hs" and "USA 1,204" as "us"+"a"
      new RegExp(`^(?=.*(\\p{L}{3}|\\d[:./]\\d))(${DATE_TOKEN})+$`, 'iu'),
    ],
  },
  {
    // "Tags: stock car, interlagos", "Schlagwörter: …"
    id: 'clean/tags', kind: 'navigation', maxChars: 400,
    // the label form only: "Category 4 Delia made landfall…", "Topics at a briefing included…", "Tags fitted to 40
    // sharks showed…" are sentences. A colon, the label alone, or a list with no sentence in it ("Tags Floods, Council").
    patterns: [
      /^(tags|tagged( with)?|topics|schlagwörter|stichworte|etiquetas|mots-clés|теги|kategorie|kategorien|category|categories|categoría|catégorie|rubrik)\s*([:：]|$)/i,
      /^(tags|tagged with|topics|schlagwörter|stichworte|etiquetas|mots-clés|теги)\s+[^.!?:,|•·#]{1,60}([,|•·#]\s*[^,|•·#.!?]{1,60}){1,}$/i,
    ],
  },
  {
    // "This slideshow requires JavaScript.", "[button link=…]Send us your review[/button]"
    id: 'clean/page-furniture', kind: 'other', maxChars: 200,
    gate: /javascript|\[|quellen|http|bewerten|rate this|telegram/i,
    patterns: [
      // the t.me post page's invitation under the post: "If you have Telegram, you can view this post and join
      // Frontline Digest right away."
      /^if you have telegram, you can (view|contact|join)\b/i,
      /\brequires javascript\b/i, /\b(enable|activate) javascript\b/i, /^\[\w+[^\]]*\].*\[\/\w+\]$/,
      /^quellen (ausblenden|anzeigen)$/i,
      // image metadata leaked as text: "http://…/photo.jpeg 1200 676 admin http://…"
      /^https?:\/\/\S+\.(jpe?g|png|gif|webp)\b/i, /\b(artikel|beitrag) bewerten\b/i, /^rate this (article|story)\b/i,
    ],
  },
  {
    // "To view the full story, please subscribe", "Already a subscriber? Log in", "HAZTE MIEMBRO Y DISFRUTA…"
    id: 'clean/paywall', kind: 'newsletter', maxChars: 300, unlessReported: true,
    gate: /account|subscri|members|reached|unlimited|log in|sign in|register|hazte|jetzt|gleich|abonnent/i,
    patterns: [
      // "Already have an account? Sign in", "Create a free account to continue reading", "You have reached your limit
      // of free articles", "Get unlimited digital access for just 99 cents" — the offer, addressed to the reader
      /^already have an account\?\s*(sign|log) ?in\b/i, /^create a (free )?account to (continue|keep) reading\b/i,
      /^this (content|article|story) is (only )?(available|reserved) (only )?(to|for) (subscribers|members)\b/i,
      /\byou have reached (your|the) (limit|maximum) of free (articles|stories)\b/i,
      /^(get|enjoy) unlimited (digital )?access\b/i,
      /\bplease subscribe\b/i, /\balready a subscriber\b/i, /\bfirst-time subscribers\b/i,
      /^(subscribe|log in|sign in|register) (now |today )?to (continue|read|view|unlock)\b/i,
      /^hazte (miembro|socio)\b/i, /^(jetzt|gleich) (abonnieren|weiterlesen|testen)\b/i, /\bbereits abonnent\b/i,
    ],
  },
  {
    // "Über den Autor", "Sobre el autor": the heading of a bio box
    id: 'clean/author-bio-heading', kind: 'author-bio', maxChars: 40,
    patterns: [/^(über (den|die) autor(in)?|sobre (el|la) autor(a)?|à propos de l'auteur|o autorze|about the author|a propos de l'auteur)\s*:?$/i],
  },
  {
    // "Źródło: Eurostat", "ERSCHIENEN IN Falstaff 08/2020", "Publikacja: 12.03.2021"
    id: 'clean/source-line', kind: 'other', maxChars: 120,
    // the label with its colon ("Quelle: dpa"), not "Quelle surprise, the vote failed again."
    patterns: [/^(źródło|quelle|publikacja|aktualizacja)\s*([:：]|$)/i, /^erschienen in\s*:?\s/i],
  },
];

// ---------------------------------------------------------------- pages that are not articles

/**
 * A kind of page that holds no article: an error page served with HTTP 200, a cookie-consent or pay-or-accept wall.
 * Such a page is recognised when its kept text is short (NOT_ARTICLE_MAX_CHARS) and either its title and one of its
 * text patterns say so, or two different text patterns do. A block reporting speech ("…, the ministry said") never
 * counts: a short story about a dead link is news.
 */
export interface NotArticleRule {
  id: string;
  kind: RemovedKind;
  /** What the page is, for the warning: "a \"page not found\" error page". */
  what: string;
  /** What the user can do about it. */
  advice: string;
  title: readonly RegExp[];
  text: readonly RegExp[];
}

/** A page whose kept text is longer than this is an article, whatever it says about cookies or missing pages. */
export const NOT_ARTICLE_MAX_CHARS = 1500;

export const NOT_ARTICLE_RULES: readonly NotArticleRule[] = [
  {
    // "Page not found | The Riverside Echo": "Sorry, we couldn't find that page … Error 404"; "Oops! This article is no
    // longer available. … the article you were looking for could not be found"
    id: 'clean/error-page', kind: 'other', what: 'a "page not found" error page',
    advice: 'the article has moved or been deleted: check the URL, or drop this record',
    title: [
      /^(error )?404\b/i, /\b(page|article|story|content) (not found|no longer available|(does not|doesn['’]t) exist|unavailable)\b/i,
      /^(not found|page missing|oops|sorry)\b/i,
    ],
    text: [
      /\b(couldn['’]t|could not|can['’]t|cannot|can not) (find|locate) (that|this|the) (page|article|story|content)\b/i,
      /\b(the )?(page|article|story|content) you (are|were|['’]re) looking for\b/i,
      /\b(this|the|that) (page|article|story|content) (is no longer available|(does not|doesn['’]t) exist|could not be found|has been (removed|deleted|moved))\b/i,
      /^(error\s*)?404\b.{0,40}$/i, /^(page|article) not found\.?$/i,
    ],
  },
  {
    // IAB consent screens ("Before you continue" / "We value your privacy … We and our 842 partners store and/or
    // access information on a device") and pay-or-accept walls ("To continue reading, please accept cookies or subscribe")
    id: 'clean/consent-wall', kind: 'consent', what: 'a cookie-consent or pay-or-accept wall',
    advice: 'the site showed its consent screen: save or fetch the page after accepting (with the cookies of a browser session), or drop this record',
    title: [
      /^(before you (continue|proceed)|we value your privacy|your privacy( choices| settings)?|privacy (settings|preferences|choices)|cookies? (on|consent|settings)\b)/i,
    ],
    text: [
      /\bwe and our (\d[\d,]* )?(partners|vendors|third[- ]parties)\b.{0,40}\b(store|access|use|process|collect)\b/i,
      /\b(to (continue|keep) reading|to continue( to the site)?|to access (this|our) (site|website|content)),? (please )?(accept|agree to|consent to) (all |our )?(cookies|tracking)\b/i,
      /^(i accept|accept (all|and continue|& continue|all cookies|cookies)|agree and (continue|close)|reject (all|and subscribe)\b.{0,40}|manage (options|preferences|choices)|show purposes)$/i,
      /^we value your privacy\.?$/i, /\bwith your consent,? we and our\b/i,
      /\byou (may|can) (accept|withdraw|change) (your )?(consent|choices)\b/i,
    ],
  },
];

/**
 * What the clean/over-removal warning counts as story text lost (see checkResult in index.ts): removed text that reads
 * as a story's prose, in a part of the page that can hold the story. Menus, footers, sidebars, byline boxes and forms
 * are the page's frame; a cookie notice is prose but never the story, whatever box it sits in (a consent dialog under
 * class="ad-overlay": "Cookie-Zustimmung verwalten. Wir verwenden Technologien wie Cookies…").
 */
export const LOST_STORY = {
  /**
   * DOM rules of the page's frame: the prose in what they remove (an "About us" blurb in the footer) is not counted.
   * A form is a comment, search or newsletter form ("We send newsletters with the approximate frequency…"): the page's
   * one <form> that wraps the article is kept by its guard.
   */
  frameRules: new Set(['clean/navigation', 'clean/site-header', 'clean/site-footer', 'clean/aside', 'clean/byline-box', 'clean/author-box', 'clean/form']),
  /**
   * Text rules whose block is not lost: the headline (it becomes the title), a repeat of a kept block, a list of links
   * ("Ousted CEO can still name directors · A new game is coming out"; a long <p> is never taken for one).
   */
  notLostRules: new Set(['clean/headline', 'clean/duplicate', 'clean/link-list']),
  /** A removed block shorter than this is a label or a line ("Advertisement", "Published 3 May 2026"), not prose. */
  minChars: 80,
  /** …and prose holds a sentence end: "…the council said. The vote…", "…next week." */
  sentence: /[.!?…]["”’)]?(\s|$)/,
  /** The opening of a cookie or consent notice, in the languages of the dev sets. */
  consent: /\b(cookies?|cookie-\p{L}+|consent|gdpr|privacy (settings|preferences)|datenschutzeinstellungen|einwilligung|zustimmung)(?!\p{L})/iu,
  /** Characters of a removal's opening searched for `consent`. */
  consentChars: 160,
} as const;

/** Rule ids of the DOM rules: page furniture, as opposed to text blocks removed by the paragraph rules. */
export const DOM_RULE_IDS: ReadonlySet<string> = new Set([...TAG_RULES.map((r) => r.id), ...CLASS_WORD_RULES.map((r) => r.id)]);

/**
 * Phrases that should not survive cleaning; finding one in the kept text raises a clean/leak warning
 * (lower-case, matched as substrings of the lower-cased text).
 */
export const LEAK_PHRASES: readonly string[] = [
  'share this article', 'sign up for our newsletter', 'subscribe to our newsletter', 'all rights reserved',
  'we use cookies', 'leave a comment', 'leave a reply', 'follow us on', 'please support', 'donate now',
  'articles by:', 'disclaimer:', 'for media inquiries', 'cookie policy', 'privacy policy', 'terms of use',
];
