// Test helper for the output views: hand-built published records (a short article written for the tests, a hostile
// one, an error) with every offset computed from the text, never counted by hand.
import type { ArticleRecord, ErrorRecord } from '../../src/output/record.js';

/** The `nth` (0-based) occurrence of `phrase` in `text` as a mention; throws when it is not there. */
export function mention(text: string, phrase: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`sample-record: "${phrase}" (occurrence ${nth}) is not in the text`);
  }
  return { start: at, end: at + phrase.length, text: phrase };
}

/** Paragraph offsets for text joined by blank lines, as the text stage builds them. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

const base = (id: string): Pick<ArticleRecord, 'schemaVersion' | 'tool' | 'source'> => ({
  schemaVersion: '1',
  tool: { name: 'news-extract', version: '0.0.0-test' },
  source: { kind: 'file', id, url: null, fetchedAt: null, contentType: 'text/html', bytes: 1234 },
});

/** A claim whose attribution runs from `from` to the end of `to`, with its content given as the `content` phrase. */
function claim(
  text: string,
  fields: { id: string; source: ArticleRecord['claims'][number]['source']; cue: string; content: string; direct: boolean },
  from: { start: number },
  to: { end: number },
): ArticleRecord['claims'][number] {
  const c = mention(text, fields.content);
  return { ...fields, start: from.start, end: to.end, contentStart: c.start, contentEnd: c.end };
}

/** A short article with two people/organisations, a nested place, numbers inside claims, a direct quote and a message. */
export function sampleRecord(): ArticleRecord {
  const text = [
    'Heavy rain flooded the river port of Riverton on Tuesday, closing 14 berths and stranding about 300 workers.',
    'Mayor Jane Okafor said the council would vote on a repair plan by March 3, 2025. According to the Port Authority, repairs could cost $2.5 million.',
    '“We will reopen within weeks,” said Okafor, who chairs the Riverton Council (RC).',
  ].join('\n\n');
  const m = (phrase: string, nth = 0) => mention(text, phrase, nth);
  return {
    ...base('fixtures/sample/flood.html'),
    article: {
      title: 'Flooding closes river port as council weighs repairs',
      authors: ['Sam Writer'],
      published: '2025-02-11',
      site: 'Example Gazette',
      language: 'en',
      canonicalUrl: 'https://news.example/flood',
      text,
      paragraphs: paragraphsOf(text),
      removed: [{ kind: 'donation', rule: 'clean/donation-appeal', text: 'Support local news: donate today.' }],
    },
    actors: [
      {
        id: 'A1', type: 'person', name: 'Jane Okafor', aliases: ['Okafor'], roles: ['mayor'],
        mentions: [m('Jane Okafor'), m('Okafor', 1)],
      },
      { id: 'A2', type: 'organization', name: 'Port Authority', aliases: [], roles: [], mentions: [m('Port Authority')] },
      {
        id: 'A3', type: 'organization', name: 'Riverton Council', aliases: ['RC'], roles: [],
        mentions: [m('Riverton Council'), m('RC')],
      },
    ],
    places: [
      {
        id: 'P1', name: 'Riverton', aliases: [], kind: 'city', country: 'US', lat: 40.5, lon: -74.25,
        // The second mention sits inside the actor "Riverton Council": the views must nest it.
        mentions: [m('Riverton'), m('Riverton', 1)],
      },
    ],
    numbers: [
      { ...pick(m('14 berths')), value: 14, high: null, approximate: false, unit: null, counts: 'berths', event: 'closing', claim: null },
      { ...pick(m('about 300 workers')), value: 300, high: null, approximate: true, unit: null, counts: 'workers', event: 'stranding', claim: null },
      { ...pick(m('$2.5 million')), value: 2_500_000, high: null, approximate: false, unit: 'USD', counts: null, event: null, claim: 'C2' },
    ],
    dates: [
      { ...pick(m('Tuesday')), value: null, precision: null },
      { ...pick(m('March 3, 2025')), value: '2025-03-03', precision: 'day' },
    ],
    claims: [
      claim(text, {
        id: 'C1', source: { text: 'Mayor Jane Okafor', kind: 'named', actor: 'A1' }, cue: 'said', direct: false,
        content: 'the council would vote on a repair plan by March 3, 2025',
      }, m('Mayor Jane Okafor'), m('the council would vote on a repair plan by March 3, 2025')),
      claim(text, {
        id: 'C2', source: { text: 'the Port Authority', kind: 'named', actor: 'A2' }, cue: 'according to', direct: false,
        content: 'repairs could cost $2.5 million',
      }, m('According to'), m('repairs could cost $2.5 million')),
      claim(text, {
        id: 'C3', source: { text: 'Okafor', kind: 'named', actor: 'A1' }, cue: 'said', direct: true,
        content: 'We will reopen within weeks',
      }, m('“We will'), m('said Okafor')),
    ],
    messages: [{ severity: 'info', rule: 'extract/no-coordinates', text: 'One place has no coordinates in the gazetteer.' }],
  };
}

/** Start, end and text of a mention, for number and date records that carry them flat. */
function pick(x: { start: number; end: number; text: string }) {
  return { text: x.text, start: x.start, end: x.end };
}

/** Markup, quotes, ampersands and a terminal escape in the text and in every name: nothing may run or break out. */
export const HOSTILE_TEXT =
  'Intro <script>window.__pwned = 1</script> & "quoted" </mark> text by <b>Evil & Co</b>.\n\nIt\'s 5 < 6 > 4 \u001b[2J, said Evil & Co.';

export function hostileRecord(): ArticleRecord {
  const text = HOSTILE_TEXT;
  const m = (phrase: string, nth = 0) => mention(text, phrase, nth);
  return {
    ...base('x"><script>alert(1)</script>.html'),
    source: { kind: 'url', id: 'javascript:alert(1)', url: 'javascript:alert(1)', fetchedAt: null, contentType: 'text/html', bytes: 99 },
    article: {
      title: '</title><script>window.__pwned = 2</script>',
      authors: ['<img src=x onerror="window.__pwned = 3">'],
      published: null,
      site: '"><svg onload=alert(1)>',
      language: '"><script>',
      canonicalUrl: null,
      text,
      paragraphs: paragraphsOf(text),
      removed: [{ kind: 'other', rule: 'clean/<x>', text: '<iframe src="https://evil.example"></iframe>' }],
    },
    actors: [
      {
        id: 'A1"><script>', type: 'organization', name: '</mark><script>window.__pwned = 4</script>', aliases: ['"&\''],
        roles: ['<u>boss</u>'], mentions: [m('<b>Evil & Co</b>'), m('Evil & Co', 1)],
      },
    ],
    places: [],
    numbers: [{ ...pick(m('5')), value: 5, high: null, approximate: false, unit: '<%>', counts: '"things"', event: '&', claim: 'C1' }],
    dates: [],
    claims: [
      claim(text, {
        id: 'C1', source: { text: 'Evil & Co', kind: 'named', actor: null }, cue: 'said', direct: false,
        content: 'It\'s 5 < 6 > 4 \u001b[2J',
      }, m('It\'s'), m('said Evil & Co')),
    ],
    messages: [{ severity: 'warning', rule: 'x/<y>', text: '</li><script>window.__pwned = 5</script>' }],
  };
}

/** The record printed for an input that failed. */
export function sampleErrorRecord(): ErrorRecord {
  return {
    schemaVersion: '1',
    tool: { name: 'news-extract', version: '0.0.0-test' },
    source: { kind: 'url', id: 'https://news.example/missing', url: null, fetchedAt: null, contentType: null, bytes: null },
    error: { code: 'input/http-status', message: 'https://news.example/missing answered 404 Not Found; check the address.' },
  };
}
