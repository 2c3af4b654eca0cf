// Output stage: one record rendered for a person at a terminal, text wrapped with entities coloured, then compact tables.
import { Chalk, type ChalkInstance } from 'chalk';
import { isErrorRecord, type ArticleRecord, type ErrorRecord } from './record.js';
import { describeNumber, findHighlights, type HighlightKind } from './highlights.js';
import { displayWidth, padEnd, toOneLine, toTerminalSafe, truncate, wrapRanges } from './text-width.js';
import { PRETTY_MIN_WIDTH, PRETTY_MAX_WIDTH, PRETTY_TABLE_GAP, PRETTY_TABLE_MIN_COLUMN } from '../defaults.js';

/** How to render: the CLI decides both (NO_COLOR, --no-color, TTY; terminal columns). */
export interface PrettyOptions {
  /** ANSI colours on; false gives plain text with no escape codes. */
  color: boolean;
  /** Terminal width in cells; clamped to PRETTY_MIN_WIDTH..PRETTY_MAX_WIDTH. */
  width: number;
}

type Style = (s: string) => string;

/**
 * One colour per kind of span, as data: the legend and the text use the same table. Shorter spans are painted over
 * longer ones ("ISIS" stays an actor inside the number "26 ISIS militants"); between spans of the same length, later
 * rows win.
 */
const SPAN_STYLES: readonly { kind: Exclude<HighlightKind, 'claim'>; label: string; style: (c: ChalkInstance) => Style }[] = [
  { kind: 'source', label: 'source', style: (c) => c.blue },
  { kind: 'actor', label: 'actor', style: (c) => c.cyan },
  { kind: 'place', label: 'place', style: (c) => c.green },
  { kind: 'date', label: 'date', style: (c) => c.magenta },
  { kind: 'number', label: 'number', style: (c) => c.yellow },
  { kind: 'cue', label: 'claim cue', style: (c) => c.red.bold },
];

/** Renders one record (or an error record) as text for a terminal, without a final newline (the caller adds it). */
export function formatPretty(record: ArticleRecord | ErrorRecord, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Number.isFinite(options.width)
    ? Math.max(PRETTY_MIN_WIDTH, Math.min(PRETTY_MAX_WIDTH, Math.floor(options.width)))
    : PRETTY_MIN_WIDTH;
  const lines = isErrorRecord(record) ? formatError(record, c, width) : formatArticle(record, c, width, options.color);
  return lines.join('\n');
}

function formatError(record: ErrorRecord, c: ChalkInstance, width: number): string[] {
  const out = [`${c.red.bold('error')} ${c.bold(toOneLine(record.error.code))}  ${c.dim(toOneLine(record.source.id))}`];
  out.push(...wrapPlain(toOneLine(record.error.message), width - 2).map((l) => `  ${l}`));
  return out;
}

function formatArticle(record: ArticleRecord, c: ChalkInstance, width: number, color: boolean): string[] {
  const a = record.article;
  const out: string[] = [];
  out.push(...wrapPlain(toOneLine(a.title ?? '(untitled)'), width).map((l) => c.bold(l)));
  const byline = [a.site, a.authors.length ? a.authors.join(', ') : null, a.published].filter((x): x is string => x !== null && x !== '');
  if (byline.length) out.push(...wrapPlain(toOneLine(byline.join(' · ')), width));
  const where = record.source.url && record.source.url !== record.source.id ? `${record.source.id} (${record.source.url})` : record.source.id;
  out.push(c.dim(truncate(toOneLine(where), width)));
  // Without colour the legend would name nothing the reader can see.
  if (color) {
    const legend = [...SPAN_STYLES.map((s) => ({ label: s.label, style: s.style(c) })), { label: 'claim content', style: c.underline }];
    let line = '';
    let used = 0;
    for (const { label, style } of legend) {
      const w = displayWidth(label);
      if (used && used + 2 + w > width) {
        out.push(line);
        line = '';
        used = 0;
      }
      line += (used ? '  ' : '') + style(label);
      used += (used ? 2 : 0) + w;
    }
    out.push(line);
  }
  out.push(c.dim('─'.repeat(width)));
  out.push(...formatText(record, c, width));
  out.push(c.dim('─'.repeat(width)));
  out.push(...formatTables(record, c, width));
  return out;
}

/** The article text wrapped to the width, each run of characters styled by the innermost highlight covering it. */
function formatText(record: ArticleRecord, c: ChalkInstance, width: number): string[] {
  const text = record.article.text;
  if (text.trim() === '') return [c.dim('(no article text)')];
  // Per character: which style paints it (index into SPAN_STYLES + 1, 0 for none) and whether it is claim content.
  const paint = new Uint8Array(text.length);
  const under = new Uint8Array(text.length);
  const spans = findHighlights(record);
  for (const span of spans) if (span.kind === 'claim') under.fill(1, span.start, span.end);
  const styleOf = (kind: HighlightKind) => SPAN_STYLES.findIndex((s) => s.kind === kind);
  const painted = spans
    .filter((span) => span.kind !== 'claim')
    .sort((a, b) => b.end - b.start - (a.end - a.start) || styleOf(a.kind) - styleOf(b.kind));
  for (const span of painted) paint.fill(styleOf(span.kind) + 1, span.start, span.end);
  const styles = SPAN_STYLES.map((s) => s.style(c));
  const render = (s: string, p: number, u: number) => {
    const coloured = p ? styles[p - 1]!(s) : s;
    return u ? c.underline(coloured) : coloured;
  };
  return wrapRanges(text, width).map(({ start, end }) => {
    let line = '';
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || paint[i] !== paint[runStart] || under[i] !== under[runStart]) {
        line += render(toTerminalSafe(text.slice(runStart, i)), paint[runStart]!, under[runStart]!);
        runStart = i;
      }
    }
    return line;
  });
}

function formatTables(record: ArticleRecord, c: ChalkInstance, width: number): string[] {
  const out: string[] = [];
  const section = (title: string, count: number, body: string[]) => {
    if (count === 0) return;
    out.push('', c.bold(`${title} (${count})`), ...body);
  };
  const list = (xs: string[]) => (xs.length ? xs.map(toOneLine).join('; ') : '');

  section('Actors', record.actors.length, formatTable(
    ['id', 'name', 'type', 'aliases', 'roles', 'mentions'],
    record.actors.map((x) => [x.id, toOneLine(x.name), x.type, list(x.aliases), list(x.roles), String(x.mentions.length)]),
    width, c,
  ));
  section('Places', record.places.length, formatTable(
    ['id', 'name', 'kind', 'country', 'lat,lon', 'mentions'],
    record.places.map((x) => [
      x.id, toOneLine(x.name), x.kind ?? '', x.country ?? '',
      x.lat !== null && x.lon !== null ? `${x.lat},${x.lon}` : '', String(x.mentions.length),
    ]),
    width, c,
  ));
  section('Numbers', record.numbers.length, record.numbers.flatMap((n) => hang('', toOneLine(describeNumber(record, n)), width)));
  section('Dates', record.dates.length, record.dates.flatMap((d) => {
    const value = d.value === null ? 'unresolved' : `${d.value}${d.precision ? ` (${d.precision})` : ''}`;
    return hang('', `${toOneLine(d.text)} → ${value}`, width);
  }));
  section('Claims', record.claims.length, record.claims.flatMap((cl) => {
    const content = toOneLine(cl.content);
    const body = `${toOneLine(cl.source.text)} — ${toOneLine(cl.cue)} — ${cl.direct ? `“${content}”` : content}`;
    return hang(c.dim(cl.id) + ' ', body, width, displayWidth(cl.id) + 1);
  }));
  section('Messages', record.messages.length, record.messages.flatMap((m) => {
    const sev = m.severity === 'error' ? c.red(m.severity) : m.severity === 'warning' ? c.yellow(m.severity) : c.dim(m.severity);
    return hang(`${sev} ${c.dim(toOneLine(m.rule))} `, toOneLine(m.text), width, displayWidth(`${m.severity} ${toOneLine(m.rule)} `));
  }));
  return out;
}

/**
 * `body` wrapped after a prefix, continuation lines indented by the prefix's width up to four cells: "C1 pro-SDF
 * sources — …" continues under the source, a message with a long rule id continues at four cells.
 */
function hang(prefix: string, body: string, width: number, prefixWidth = displayWidth(prefix)): string[] {
  const indent = 2;
  const hanging = Math.min(prefixWidth, 4);
  const first = wrapPlain(body, Math.max(10, width - indent - prefixWidth));
  if (first.length <= 1) return first.map((l) => ' '.repeat(indent) + prefix + l);
  // The first line is filled after the prefix; the rest is rewrapped to the wider continuation width.
  const rest = body.slice(body.indexOf(first[0]!) + first[0]!.length).trimStart();
  const more = wrapPlain(rest, Math.max(10, width - indent - hanging));
  return [' '.repeat(indent) + prefix + first[0]!, ...more.map((l) => ' '.repeat(indent + hanging) + l)];
}

/** Plain text wrapped to lines of at most `width` cells. */
function wrapPlain(s: string, width: number): string[] {
  return wrapRanges(s, width).map(({ start, end }) => s.slice(start, end));
}

/**
 * A table with a dim header, columns two spaces apart. When it is too wide, the widest column gives up a cell at a time
 * (never below PRETTY_TABLE_MIN_COLUMN) and its cells end in "…"; when even that does not fit, each row becomes a
 * wrapped line of labelled values: "A1 Jane Okafor · person · aliases: Okafor · mentions: 2".
 */
function formatTable(headers: string[], rows: string[][], width: number, c: ChalkInstance): string[] {
  const indent = 2;
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const total = () => indent + widths.reduce((s, w) => s + w, 0) + PRETTY_TABLE_GAP * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > PRETTY_TABLE_MIN_COLUMN && (widest === -1 || w > widths[widest]!)) widest = i;
    });
    if (widest === -1) {
      return rows.flatMap((r) => {
        const rest = r.slice(2).map((cell, k) => (cell && k > 0 ? `${headers[k + 2]}: ${cell}` : cell)).filter(Boolean);
        return hang(c.dim(r[0]!) + ' ', [r[1], ...rest].join(' · '), width, displayWidth(r[0]!) + 1);
      });
    }
    widths[widest]!--;
  }
  const gap = ' '.repeat(PRETTY_TABLE_GAP);
  const line = (cells: string[], style: Style) =>
    ' '.repeat(indent) +
    cells
      .map((cell, i) => {
        const cut = truncate(cell, widths[i]!);
        return style(i === cells.length - 1 ? cut : padEnd(cut, widths[i]!));
      })
      .join(gap)
      .trimEnd();
  return [line(headers, c.dim), ...rows.map((r) => line(r, (s) => s))];
}
