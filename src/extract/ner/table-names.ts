// Names in the rows of a table (extract stage): a cell bar ends a name, column labels are no names, and a column's
// header says what the names under it are. The text stage writes every table row as "A | B | C" (text/table-row.ts).
import { TABLE_COLUMN_LABELS, TABLE_COLUMN_TYPES, TABLE_SUMMARY_LABELS, wordSet } from '../data/name-words.js';
import { isMarkdownDivider, tableCells } from '../../text/table-row.js';
import type { RefinedName } from './refine.js';

interface Cell { start: number; end: number; text: string }
interface Row { cells: Cell[]; figure: boolean }

const DIGIT = /\d/;
const COLUMN_TYPE = new Map(TABLE_COLUMN_TYPES.flatMap((r) => r.words.map((w) => [w, r.type] as const)));
const COLUMN_LABEL = wordSet(TABLE_COLUMN_LABELS);
const SUMMARY_LABEL = wordSet(TABLE_SUMMARY_LABELS);
/** A header cell's words without a bracketed unit at its end: "Votes (%)" → "votes" (no pattern: it backtracks on spaces). */
function labelOf(cell: Cell): string {
  const t = cell.text;
  const open = t.endsWith(')') ? t.lastIndexOf('(') : -1;
  return (open > 0 ? t.slice(0, open).trimEnd() : t).toLowerCase();
}
const isLabelWord = (cell: Cell) => COLUMN_TYPE.has(labelOf(cell)) || COLUMN_LABEL.has(labelOf(cell));
const NO_STARTS: ReadonlySet<number> = new Set();
// a cell that may be a name: capitalised words (and a linking word between them), no figure: "Reform", "Liberal
// Democrats", "Sinn Féin", "Party of Wales", "Visma-Lease a Bike"; not "Registered voters", "Spoilt ballots"
const NAME_CELL = /^\p{Lu}[\p{L}\p{M}.'’&-]*(?:[ \t]+(?:(?:of|the|and|for|a|de|la|le|du|des|del|van|von|der|y|&)[ \t]+)?\p{Lu}[\p{L}\p{M}.'’&-]*){0,5}$/u;
const BAR_PIECE = /[^|]+/g;
const LETTER = /\p{L}/u;
/** Most characters of a table row (TABLE_ROW_MAX_CHARS of text/table-row.ts): no name in a row starts further back. */
const MAX_ROW_CHARS = 120;

/**
 * A name never spans a cell bar: "Greens | 4" is tagged "Greens |" when its row is read as one sentence. The name keeps
 * each piece with a letter, trimmed, of the type the tagger gave.
 */
export function splitAtCellBars(text: string, names: RefinedName[]): RefinedName[] {
  if (!names.some((n) => text.slice(n.start, n.end).includes('|'))) return names;
  return names.flatMap((n) => {
    const s = text.slice(n.start, n.end);
    if (!s.includes('|')) return [n];
    const out: RefinedName[] = [];
    for (const m of s.matchAll(BAR_PIECE)) {
      const lead = m[0].length - m[0].trimStart().length;
      const piece = m[0].trim();
      if (!LETTER.test(piece)) continue;
      const start = n.start + m.index! + lead;
      out.push({ ...n, start, end: start + piece.length });
    }
    return out;
  });
}

/** The cells of the table row in text[start, end) with their offsets (tableCells), or null for a line that is no row. */
function rowAt(text: string, start: number, end: number): Row | null {
  const line = text.slice(start, end);
  const parts = tableCells(line);
  if (!parts) return null;
  const cells: Cell[] = [];
  let at = start;
  for (const part of line.split('|')) {
    const cell = part.trim();
    if (cell) {
      const from = at + part.length - part.trimStart().length;
      cells.push({ start: from, end: from + cell.length, text: cell });
    }
    at += part.length + 1;
  }
  return cells.length === parts.length ? { cells, figure: DIGIT.test(line) } : null;
}

/**
 * The runs of table rows of a text: rows with only blank lines (or a Markdown divider) between them. A row at one of
 * `tableStarts` opens a new table, unless the run before is one header row alone (a page's fixed header row, written
 * as a table of its own: "Province | Deaths" over the table of the rows).
 */
function tablesOf(text: string, tableStarts: ReadonlySet<number>): Row[][] {
  const tables: Row[][] = [];
  let run: Row[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line && !isMarkdownDivider(line)) {
      const row = line.includes('|') ? rowAt(text, start, end) : null;
      if (row && run.length && tableStarts.has(start) && !(run.length === 1 && !run[0]!.figure)) { tables.push(run); run = []; }
      if (row) run.push(row);
      else if (run.length) { tables.push(run); run = []; }
    }
    start = end + 1;
  }
  if (run.length) tables.push(run);
  return tables;
}

/** The sentence (index into `bounds`) that holds [start, end), or -1. */
function sentenceOf(bounds: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]!.end <= start) lo = mid + 1;
    else if (bounds[mid]!.start > start) hi = mid - 1;
    else return bounds[mid]!.end >= end ? mid : -1;
  }
  return -1;
}

/**
 * "Party | Seats | Change" over "Labour | 42 | -3" and "Reform | 15 | +15": a row of word cells right above a row with
 * a figure is the table's column header. Its cells are column labels, no actors ("Party", "Change" are no
 * organizations), and a header of TABLE_COLUMN_TYPES types the names of its column in the rows below, up to the next
 * header: "Reform" is a party. A first row of label words (TABLE_COLUMN_LABELS) heads its table with no figure below:
 * "Ward | Winner" over "Castle Hill | Green". A summary label ("Total | 79") names nothing. Rows of a table without such a header
 * keep the tagger's names. `bounds` are the sentences' extents; `tableStarts` the lines that open a table (a header
 * types the rows of its own table only: "Pos | Player" does not type the "1 | Arsenal | 28" of the next table).
 */
export function typeTableNames(text: string, bounds: ReadonlyArray<{ start: number; end: number }>, names: RefinedName[], tableStarts: ReadonlySet<number> = NO_STARTS): RefinedName[] {
  if (!text.includes(' | ')) return names;
  const drop = new Set<RefinedName>();
  const added: RefinedName[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  // the names sharing a character with a cell; a name never crosses a line (ner/index.ts), so none starts a row's
  // length before the cell
  const inside = (c: Cell): RefinedName[] => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < c.start - MAX_ROW_CHARS) lo = mid + 1; else hi = mid; }
    const out: RefinedName[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.start < c.end; i++) if (sorted[i]!.end > c.start) out.push(sorted[i]!);
    return out;
  };
  for (const rows of tablesOf(text, tableStarts)) {
    let types: ('PER' | 'ORG' | 'LOC' | undefined)[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const next = rows[i + 1];
      // the header of a table with an empty corner cell is a cell short: "Seats | Change" over "Labour | 42 | -3"
      const shift = next ? next.cells.length - row.cells.length : -1;
      // a first row of label words heads its table with or without figures: "Ward | Winner" over "Castle Hill | Green"
      const labels = i === 0 && shift === 0 && row.cells.every(isLabelWord);
      if (!row.figure && (next?.figure || labels) && (shift === 0 || shift === 1)) {
        // a label cell names nothing: "Party", "Votes (%)"; any other header keeps the tagger's name ("Region | Labour |
        // Conservative", "Month | Trump | Harris" head columns of figures by party or by person)
        for (const c of row.cells) if (isLabelWord(c)) for (const n of inside(c)) if (n.start >= c.start && n.end <= c.end) drop.add(n);
        types = [...(shift ? [undefined] : []), ...row.cells.map((c) => COLUMN_TYPE.get(labelOf(c)))];
        continue;
      }
      if (types.length !== row.cells.length) { types = []; continue; }
      row.cells.forEach((c, col) => {
        const type = types[col];
        if (!type || !NAME_CELL.test(c.text) || SUMMARY_LABEL.has(c.text.toLowerCase())) return;
        const sentence = sentenceOf(bounds, c.start, c.end);
        if (sentence < 0) return;
        const old = inside(c);
        if (old.length === 1 && old[0]!.start === c.start && old[0]!.end === c.end && old[0]!.type === type) return;
        for (const n of old) drop.add(n);
        added.push({ start: c.start, end: c.end, type, kind: null, sentence });
      });
    }
  }
  if (!drop.size && !added.length) return names;
  return names.filter((n) => !drop.has(n)).concat(added).sort((a, b) => a.start - b.start);
}
