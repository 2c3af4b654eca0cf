// The one data type that travels through every stage: input → clean → text → extract → output.

/** Where a document came from. */
export interface SourceInfo {
  /** file | stdin | url | feed-item */
  kind: 'file' | 'stdin' | 'url' | 'feed-item';
  /** Path, "-" or the URL as given. */
  id: string;
  /** Final URL after redirects, else canonical URL, else null. */
  url: string | null;
  /** ISO 8601 time of the fetch, for URLs; null otherwise. */
  fetchedAt: string | null;
  /** As read or sniffed: text/html or text/plain. */
  contentType: string | null;
  /** Size of the raw input in bytes (before decompression for .gz). */
  bytes: number | null;
  /** For feed items: the feed's URL, title and date of the item. */
  feed?: { url: string; title: string | null; published: string | null } | null;
}

/** Article metadata found by the clean stage; every field null when unknown. */
export interface ArticleMeta {
  title: string | null;
  authors: string[];
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  published: string | null;
  site: string | null;
  /** BCP 47 primary tag, e.g. "en". */
  language: string | null;
  canonicalUrl: string | null;
}

/** A block the cleaner removed, with the rule that removed it. */
export interface RemovedBlock {
  /** donation | disclaimer | copyright | newsletter | share | related | comments | consent | author-bio | correction | navigation | ads | read-more | byline | media-inquiry | other */
  kind: string;
  /** Rule id, e.g. "clean/donation-appeal". */
  rule: string;
  text: string;
}

/** A block of article text kept by the cleaner, in reading order. */
export interface Block {
  /** p: paragraph; h: heading; li: list item; quote: blockquote; pre: preformatted. */
  tag: 'p' | 'h' | 'li' | 'quote' | 'pre';
  text: string;
  /**
   * For a block inside a live blog's entry: the entry's own time (ISO 8601, as the page writes it), the reference date
   * of the dates in that entry ("yesterday" in an entry of Sep 3 is Sep 2). Absent elsewhere (the blog's intro, any
   * ordinary article). Internal: never published in the record.
   */
  date?: string;
  /**
   * true on the first block of a <table> (its first row, or its caption): where one table ends and the next begins
   * when two tables follow each other with nothing between ("Party | Seats" rows, then "Registered voters | 4.2
   * million"), so a column header is never read over into the other table. Absent elsewhere. Internal: never published.
   */
  tableStart?: true;
  /**
   * Marked by the page as an interview's question: the whole text bold ("<p><strong>What went wrong?</strong></p>"), a
   * "question" class, or an h3/h4 ending in "?". Whether the page is an interview is decided by the claims stage
   * (several such blocks, each followed by answers). Absent elsewhere. Internal: never published in the record.
   */
  question?: true;
}

export interface Paragraph {
  start: number;
  end: number;
  /** The live-blog entry time of the block this paragraph came from (see Block.date); absent otherwise. Internal. */
  date?: string;
  /**
   * true when the paragraph opens a table (see Block.tableStart); in verbatim text (--no-clean), when it is a run of
   * two or more table-row lines after a blank line. Absent otherwise. Internal.
   */
  tableStart?: true;
  /** The block this paragraph came from was marked as a question (see Block.question); absent otherwise. Internal. */
  question?: true;
}

export interface Mention { start: number; end: number; text: string }

export interface Actor {
  id: string;
  type: 'person' | 'organization';
  name: string;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
}

export interface Place {
  id: string;
  name: string;
  aliases: string[];
  kind: 'country' | 'region' | 'city' | 'village' | 'facility' | 'feature' | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: Mention[];
}

export interface NumberMention {
  text: string;
  /** The figure; for a range, its low end ("between 30 and 40 people" → 30). */
  value: number;
  /** The high end of a range ("between 30 and 40 people", "$2m-$3m", "5-7%" → 40, 3 000 000, 7); null for one figure. */
  high: number | null;
  approximate: boolean;
  /**
   * "USD", "%", "pp" (percentage points), "km", … for measures and money; "fraction" for a share written as a fraction or ratio, with value
   * between 0 and 1 ("three-quarters" → 0.75, "one in five" → 0.2); null for counts.
   */
  unit: string | null;
  /** What is counted: "ISIS militants". */
  counts: string | null;
  /** The verb the counted thing undergoes: "killed". */
  event: string | null;
  start: number;
  end: number;
  /** Id of the claim whose content holds the number. */
  claim: string | null;
}

export interface DateMention {
  text: string;
  /** ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY), null when it cannot be resolved. */
  value: string | null;
  precision: 'day' | 'month' | 'year' | null;
  start: number;
  end: number;
}

export interface ClaimSource {
  text: string;
  kind: 'named' | 'unnamed' | 'pronoun';
  /** Actor id, when the source is (or resolves to) a known actor. */
  actor: string | null;
}

export interface Claim {
  id: string;
  source: ClaimSource;
  cue: string;
  content: string;
  direct: boolean;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

export interface Entities {
  actors: Actor[];
  places: Place[];
  numbers: NumberMention[];
  dates: DateMention[];
  claims: Claim[];
}

export interface DocMessage {
  severity: 'info' | 'warning' | 'error';
  /** stage/kebab-name, e.g. "clean/over-removal". */
  rule: string;
  text: string;
}

export interface NewsDoc {
  source: SourceInfo;
  /** The input as read and decoded (HTML or plain text); never modified. */
  html: string;
  meta: ArticleMeta;
  removed: RemovedBlock[];
  /** Paragraphs joined by "\n\n" (or the input verbatim under --no-clean). */
  text: string;
  paragraphs: Paragraph[];
  entities: Entities;
  messages: DocMessage[];
  /**
   * The language the article's text reads as, when it is not English (the clean stage: read off the text, else the
   * declared one when the text is too short to tell); null for English or unknown. The extract stage's rules are
   * English and read nothing from such a text (extract/index.ts).
   */
  foreignLanguage: string | null;
}

export function emptyMeta(): ArticleMeta {
  return { title: null, authors: [], published: null, site: null, language: null, canonicalUrl: null };
}

/** A fresh document for one source, with its raw content. */
export function createDoc(source: SourceInfo, html: string): NewsDoc {
  return {
    source,
    html,
    meta: emptyMeta(),
    removed: [],
    text: '',
    paragraphs: [],
    entities: { actors: [], places: [], numbers: [], dates: [], claims: [] },
    messages: [],
    foreignLanguage: null,
  };
}

/** Record a content problem on the document; the document carries on. */
export function addMessage(doc: NewsDoc, message: DocMessage): void {
  doc.messages.push(message);
}

/** True when the document holds HTML rather than plain text. */
export function isHtmlDoc(doc: NewsDoc): boolean {
  const ct = doc.source.contentType ?? '';
  return ct.includes('html') || ct.includes('xml');
}
