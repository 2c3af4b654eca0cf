// Output stage: records as one self-contained HTML page — article text with entities marked inline, a side panel
// listing them, and an index when there are several records. No scripts, nothing fetched.
import { isErrorRecord, type ArticleRecord, type ErrorRecord } from './record.js';
import { describeNumber, findHighlights, formatNumberValue, type Highlight } from './highlights.js';
import { HTML_STYLE } from './html-style.js';
import { TOOL_NAME } from '../defaults.js';

/** One page for all records, in the order given. */
export function formatHtml(records: (ArticleRecord | ErrorRecord)[]): string {
  const title = records.length === 1 ? recordTitle(records[0]!) : `${records.length} articles`;
  const body: string[] = [];
  if (records.length > 1) body.push(formatIndex(records));
  records.forEach((r, i) => body.push(isErrorRecord(r) ? formatErrorSection(r, i) : formatArticleSection(r, i)));
  if (records.length === 0) body.push('<p class="empty">No records.</p>');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Defence in depth behind the escaping: the page may load nothing and run nothing, whatever an article contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${TOOL_NAME}">`,
    `<title>${escapeHtml(title)} — ${TOOL_NAME}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Text safe inside an element or a double-quoted attribute. Control characters (NUL is not allowed in HTML, the others
 * are parse errors: an ESC from a page's title) become U+FFFD, one character for one.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, (ch) => ESCAPES[ch] ?? '\ufffd');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const recordTitle = (r: ArticleRecord | ErrorRecord) =>
  isErrorRecord(r) ? `Error: ${r.source.id}` : (r.article.title ?? r.source.id);

/** Element ids are prefixed by the record's position, so several records with an actor "A1" each stay distinct. */
const anchor = (docIndex: number, id?: string) => `doc${docIndex + 1}${id ? `-${id}` : ''}`;

function formatIndex(records: (ArticleRecord | ErrorRecord)[]): string {
  const items = records.map((r, i) => {
    const counts = isErrorRecord(r)
      ? `<span class="error-code">${escapeHtml(r.error.code)}</span>`
      : `${r.actors.length} actors · ${r.places.length} places · ${r.numbers.length} numbers · ${r.claims.length} claims`;
    return `<li><a href="#${anchor(i)}">${escapeHtml(recordTitle(r))}</a> <span class="meta">${counts}</span></li>`;
  });
  return `<nav class="index"><h1>${records.length} articles</h1><ol>\n${items.join('\n')}\n</ol></nav>`;
}

function formatErrorSection(r: ErrorRecord, i: number): string {
  return [
    `<section class="doc error" id="${anchor(i)}">`,
    `<header><h1>Could not read ${escapeHtml(r.source.id)}</h1></header>`,
    `<p><span class="error-code">${escapeHtml(r.error.code)}</span> ${escapeHtml(r.error.message)}</p>`,
    '</section>',
  ].join('\n');
}

function formatArticleSection(r: ArticleRecord, i: number): string {
  const a = r.article;
  const meta = [a.site, a.authors.join(', ') || null, a.published].filter((x): x is string => !!x).map(escapeHtml);
  // Links from a record go out only as http(s); anything else ("javascript:…") is shown but not linked.
  const source = r.source.url && /^https?:\/\//i.test(r.source.url)
    ? `<a href="${escapeHtml(r.source.url)}" rel="noreferrer noopener">${escapeHtml(r.source.id)}</a>`
    : escapeHtml(r.source.id);
  return [
    `<section class="doc" id="${anchor(i)}">`,
    '<header>',
    `<h1>${escapeHtml(a.title ?? '(untitled)')}</h1>`,
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    `<p class="doc-source">${source}</p>`,
    LEGEND,
    '</header>',
    '<div class="layout">',
    `<div class="text"${a.language ? ` lang="${escapeHtml(a.language)}"` : ''}>${formatMarkedText(r, i)}</div>`,
    `<aside>${formatPanel(r, i)}</aside>`,
    '</div>',
    '</section>',
  ].join('\n');
}

const LEGEND =
  '<p class="legend"><mark class="actor person">person</mark> <mark class="actor organization">organization</mark> ' +
  '<mark class="place">place</mark> <mark class="number">number</mark> <mark class="date">date</mark> ' +
  '<mark class="source">claim source</mark> <mark class="cue">claim cue</mark> <span class="claim">claim content</span></p>';

/** How one highlight opens: tag, classes, hover text and ids. */
function openTag(r: ArticleRecord, h: Highlight, docIndex: number, first: boolean): string {
  const dataId = h.id === null ? '' : ` data-id="${escapeHtml(h.id)}"`;
  // The first piece of an entity's first mention is the target of the side panel's link.
  const id = first ? ` id="${anchor(docIndex, targetName(h.kind, h.id, h.index))}"` : '';
  switch (h.kind) {
    case 'actor': {
      const x = r.actors[h.index]!;
      return `<mark class="actor ${escapeHtml(x.type)}"${dataId}${id} title="${escapeHtml(`${x.type} ${x.id}: ${x.name}`)}">`;
    }
    case 'place': {
      const x = r.places[h.index]!;
      const detail = [x.kind, x.country].filter(Boolean).join(', ');
      return `<mark class="place"${dataId}${id} title="${escapeHtml(`place ${x.id}: ${x.name}${detail ? ` (${detail})` : ''}`)}">`;
    }
    case 'number': {
      const x = r.numbers[h.index]!;
      return `<mark class="number"${id} title="${escapeHtml(`number: ${describeNumber(r, x)}`)}">`;
    }
    case 'date': {
      const x = r.dates[h.index]!;
      return `<mark class="date"${id} title="${escapeHtml(`date: ${x.value ?? 'unresolved'}`)}">`;
    }
    case 'cue':
    case 'source': {
      const x = r.claims[h.index]!;
      return `<mark class="${h.kind}"${dataId}${id} title="${escapeHtml(`${h.kind} of claim ${x.id}`)}">`;
    }
    case 'claim': {
      const x = r.claims[h.index]!;
      const hover = `claim ${x.id} — ${x.source.text} — ${x.cue}`;
      return `<span class="claim${x.direct ? ' direct' : ''}"${dataId}${id} title="${escapeHtml(hover)}">`;
    }
  }
}

function closeTag(r: ArticleRecord, h: Highlight, isEnd: boolean): string {
  if (h.kind !== 'claim') return '</mark>';
  // The source is shown after the content by CSS (::after), so it is visible but not part of the page's text.
  const x = r.claims[h.index]!;
  return isEnd ? `<span class="claim-source" data-source="${escapeHtml(x.source.text)}"></span></span>` : '</span>';
}

/**
 * The article text with every highlight as an element. Spans that overlap without nesting ("Syrian Democratic Forces
 * (SDF), the Pentagon" as a claim source crossing an actor) are split: at each offset the elements that end are closed,
 * with any opened inside them, and those still running are reopened, so tags always nest.
 */
export function formatMarkedText(r: ArticleRecord, docIndex: number): string {
  const text = r.article.text;
  const spans = findHighlights(r);
  const boundaries = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const starts = new Map<number, Highlight[]>();
  for (const s of spans) starts.set(s.start, [...(starts.get(s.start) ?? []), s]);
  const seen = new Set<string>();
  const stack: Highlight[] = [];
  let out = '';
  for (let b = 0; b < boundaries.length; b++) {
    const pos = boundaries[b]!;
    const ending = stack.findIndex((s) => s.end <= pos);
    if (ending !== -1) {
      const reopen: Highlight[] = [];
      while (stack.length > ending) {
        const s = stack.pop()!;
        out += closeTag(r, s, s.end <= pos);
        if (s.end > pos) reopen.unshift(s);
      }
      for (const s of reopen) {
        stack.push(s);
        out += openTag(r, s, docIndex, false);
      }
    }
    for (const s of starts.get(pos) ?? []) {
      const key = targetName(s.kind, s.id, s.index);
      out += openTag(r, s, docIndex, !seen.has(key));
      seen.add(key);
      stack.push(s);
    }
    const next = boundaries[b + 1];
    if (next !== undefined) out += escapeHtml(text.slice(pos, next));
  }
  while (stack.length) out += closeTag(r, stack.pop()!, true);
  return out;
}

/** The element id suffix of an entity's first highlighted piece: "actor-A1", "number-3" (numbers have no ids). */
function targetName(kind: Highlight['kind'], id: string | null, index: number): string {
  return `${kind}-${(id ?? String(index)).replace(/[^\w-]/g, '_')}`;
}

/** Where the panel links for an entity: its first mention in the text, when it has one. */
function panelHref(r: ArticleRecord, docIndex: number, kind: Highlight['kind'], id: string | null, index: number): string {
  const target = targetName(kind, id, index);
  let targets = targetCache.get(r);
  if (!targets) targetCache.set(r, (targets = new Set(findHighlights(r).map((h) => targetName(h.kind, h.id, h.index)))));
  return targets.has(target) ? ` href="#${anchor(docIndex, target)}"` : '';
}

const targetCache = new WeakMap<ArticleRecord, Set<string>>();

function formatPanel(r: ArticleRecord, i: number): string {
  const parts: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) parts.push(`<h2>${title} <span class="count">${items.length}</span></h2>\n<ul>\n${items.join('\n')}\n</ul>`);
  };
  const list = (label: string, xs: string[]) => (xs.length ? `<div class="sub">${label}: ${xs.map(escapeHtml).join('; ')}</div>` : '');

  section('Actors', r.actors.map((x, k) =>
    `<li class="actor ${escapeHtml(x.type)}" data-id="${escapeHtml(x.id)}"><a${panelHref(r, i, 'actor', x.id, k)}>` +
    `<mark class="actor ${escapeHtml(x.type)}">${escapeHtml(x.name)}</mark></a> <span class="meta">${escapeHtml(`${x.type} · ${x.id}`)} · ` +
    `${x.mentions.length}×</span>${list('aliases', x.aliases)}${list('roles', x.roles)}</li>`));
  section('Places', r.places.map((x, k) => {
    const detail = [x.kind, x.country, x.lat !== null && x.lon !== null ? `${x.lat}, ${x.lon}` : null].filter(Boolean) as string[];
    return `<li class="place" data-id="${escapeHtml(x.id)}"><a${panelHref(r, i, 'place', x.id, k)}>` +
      `<mark class="place">${escapeHtml(x.name)}</mark></a> <span class="meta">${[...detail, x.id, `${x.mentions.length}×`].map(escapeHtml).join(' · ')}</span>` +
      `${list('aliases', x.aliases)}</li>`;
  }));
  section('Numbers', r.numbers.map((x, k) =>
    `<li class="number"><a${panelHref(r, i, 'number', null, k)}><mark class="number">` +
    `${escapeHtml(formatNumberValue(x))}</mark></a> ${escapeHtml(describeNumber(r, x).split(' · ').slice(1).join(' · '))}</li>`));
  section('Dates', r.dates.map((x, k) =>
    `<li class="date"><a${panelHref(r, i, 'date', null, k)}><mark class="date">` +
    `${escapeHtml(x.text)}</mark></a> <span class="meta">${escapeHtml(x.value ?? 'unresolved')}</span></li>`));
  section('Claims', r.claims.map((x, k) => {
    const content = x.direct ? `“${x.content}”` : x.content;
    return `<li class="claim" data-id="${escapeHtml(x.id)}"><a${panelHref(r, i, 'claim', x.id, k)}>` +
      `${escapeHtml(x.id)}</a> <mark class="source">${escapeHtml(x.source.text)}</mark> — <mark class="cue">${escapeHtml(x.cue)}</mark> — ` +
      `<span class="content">${escapeHtml(content)}</span></li>`;
  }));
  section('Messages', r.messages.map((m) =>
    `<li class="message ${escapeHtml(m.severity)}"><span class="severity">${escapeHtml(m.severity)}</span> <code>${escapeHtml(m.rule)}</code> ${escapeHtml(m.text)}</li>`));
  if (r.article.removed.length) {
    const items = r.article.removed.map((x) =>
      `<li><code>${escapeHtml(x.rule)}</code> <span class="meta">${escapeHtml(x.kind)}</span> ${escapeHtml(x.text)}</li>`);
    parts.push(`<details><summary>Removed by the cleaner <span class="count">${items.length}</span></summary>\n<ul>\n${items.join('\n')}\n</ul></details>`);
  }
  return parts.join('\n') || '<p class="meta">No entities found.</p>';
}
