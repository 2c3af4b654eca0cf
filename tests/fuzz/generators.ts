// Generators of hostile and random documents for the fuzz tests (fast-check arbitraries).
import fc from 'fast-check';

const WORDS = ['the', 'said', 'according', 'to', 'killed', 'ISIS', 'SDF', 'U.S.', 'Mr.', 'Capt.', 'five', '10,000', 'some', '“', '”', '"', "'", '—', '–', '(', ')', ':', ';', ',', '.', '?', '!', 'Al-Tanf', 'كوباني', 'Москва', '東京', '😀', '\u200b', '\u00a0', '\t', 'May', '11', 'Thursday', 'If you’re able', 'Disclaimer:', '©', 'https://x.org/a?b=c', '[email protected]', '<', '>', '&amp;', '\u202e', '0.5', '1e308', '-', '%', '$'];

/** A sentence-ish run of words from a vocabulary that exercises cues, numbers, names, quotes and scripts. */
export const wordy = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

/** Text with paragraphs, random characters mixed in. */
export const plainText = fc
  .array(fc.oneof(wordy, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 12 })
  .map((ps) => ps.join('\n\n'));

const TAGS = ['p', 'div', 'span', 'a', 'article', 'section', 'nav', 'aside', 'form', 'script', 'style', 'h1', 'li', 'ul', 'blockquote', 'table', 'td', 'br', 'img', 'header', 'footer', 'main', 'pre', 'noscript', 'iframe', 'template', 'svg'];
const ATTRS = ['', ' class="share"', ' class="content"', ' id="main"', ' class="__cf_email__" data-cfemail="zz12"', ' data-cfemail="5a2a"', ' href="javascript:alert(1)"', ' role="navigation"', ' hidden', ' lang="ar" dir="rtl"', ' itemprop="articleBody"'];

/** Random, possibly broken HTML: nested tags with attributes, unclosed and stray closing tags. */
export const htmlDoc = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([t, a]) => `<${t}${a}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      wordy,
      fc.string({ maxLength: 30 }),
      fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '&#0;', '&#x110000;', '<meta charset="x-unknown">', '<html lang="en"><head><title>T</title></head><body>'),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Pathological shapes, scaled to stay fast: deep nesting, long runs, many quotes or capitals, huge numbers. */
export const pathological = fc.oneof(
  fc.integer({ min: 100, max: 3000 }).map((n) => '<div>'.repeat(n) + 'Deep text said the army.' + '</div>'.repeat(n >> 1)),
  fc.integer({ min: 1000, max: 50_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 100, max: 3000 }).map((n) => 'Capital '.repeat(n)),
  fc.integer({ min: 100, max: 3000 }).map((n) => '"'.repeat(n) + ' he said ' + '“'.repeat(n)),
  fc.integer({ min: 50, max: 500 }).map((n) => `About ${'9'.repeat(n)} people were killed, officials said.`),
  fc.integer({ min: 100, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + ', the ministry said'),
  fc.integer({ min: 100, max: 2000 }).map((n) => 'According to '.repeat(n)),
  fc.integer({ min: 100, max: 2000 }).map((n) => '(SDF) '.repeat(n)),
  fc.integer({ min: 10, max: 500 }).map((n) => '😀‏שלום مرحبا '.repeat(n)),
);

export const anyDocument = fc.oneof({ weight: 3, arbitrary: plainText }, { weight: 3, arbitrary: htmlDoc }, { weight: 1, arbitrary: pathological });

/** Inputs the fuzzer once found crashing, kept as regression cases. */
export const FOUND_BY_FUZZ: ReadonlyArray<readonly [string, boolean]> = [
  // the document root has no attributes: the cleaner read root.attribs.class (TypeError)
  ['the<pre class="__cf_email__" data-cfemail="zz12">Thursday the the      -->', true],
  // claims: a cue with nothing before it (", said") read past the start of the sentence
  [', said', false],
  // a character reference past U+10FFFF in a title: String.fromCodePoint threw a RangeError (random-seed fuzz run)
  ['<h1><script>&#x110000;', true],
  ['<title>&#1114112; &#0; &#xD800;</title><p>Text.</p>', true],
  // numbers: the currency pattern matches case-insensitively ("EUr0"), the lookup of its code did not
  ['EUr0', false],
  ['It cost eur 5 and Usd 7, officials said.', false],
];
