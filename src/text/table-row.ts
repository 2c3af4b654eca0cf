// Text stage: recognises the lines of plain text that are rows of a table, for the paragraphs of plain text and verbatim text.

/**
 * Most characters of a table row line: a row of a pasted table, or of a table the cleaner wrote ("Party | Seats"),
 * is short; as long as the numbers stage reads a row (CELL_ROW_MAX in extract/numbers.ts).
 */
const TABLE_ROW_MAX_CHARS = 120;

/** Space on each side of the bar between two cells: "Registered voters | 4.2 million". */
const CELL_SPACE = new Set([' ', '\t']);

/**
 * The cells of a table row: two or more, none empty, separated by " | " ("Party | Seats", "Labour | 70", "| Labour |
 * 70 |" as pasted from a Markdown table), as the cleaner writes the rows of an HTML table and as people paste them;
 * null for any other line. Split on the bar itself, not with a pattern with spaces around it, which backtracks on long
 * runs of spaces.
 */
export function tableCells(line: string): string[] | null {
  if (line.length > TABLE_ROW_MAX_CHARS || !line.includes('|')) return null;
  const parts = line.split('|');
  // the outer bars of a Markdown row
  if (parts.length > 2 && parts[0]!.trim() === '') parts.shift();
  if (parts.length > 2 && parts[parts.length - 1]!.trim() === '') parts.pop();
  if (parts.length < 2) return null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.trim() === '') return null;
    if (i > 0 && !CELL_SPACE.has(part[0]!)) return null;
    if (i < parts.length - 1 && !CELL_SPACE.has(part[part.length - 1]!)) return null;
  }
  return parts;
}

/** True for a line that is a table row (tableCells): rows are lines of their own, never wrapped lines of a paragraph. */
export function isTableRow(line: string): boolean {
  return tableCells(line) !== null;
}

/** A cell with a figure in it: "70", "4.2 million", "-26". A column header row has none ("Party | Seats"). */
const DIGIT = /\d/;

/**
 * True for a row of column headers: a table row (tableCells) of `width` cells with no figure in any of them ("Party |
 * Seats"). A row with a figure ("Total | 79") is a row of data.
 */
export function isHeaderRow(line: string, width: number): boolean {
  return !DIGIT.test(line) && tableCells(line)?.length === width;
}

/**
 * The line under a Markdown table's header row, between its cells: "|---|---|", "| :--- | ---: |", "---|---". Its bars
 * tell it from a rule of dashes ("---").
 */
const MARKDOWN_DIVIDER = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?$|^\|[ \t]*:?-{3,}:?[ \t]*\|$/;

/** True for a Markdown table's divider line (MARKDOWN_DIVIDER): "|---|---|". */
export function isMarkdownDivider(line: string): boolean {
  return line.length <= TABLE_ROW_MAX_CHARS && line.includes('-') && MARKDOWN_DIVIDER.test(line);
}

/** A cell of a row of figures: "2019", "4,880", "-26", "12.5%", "$1.2". */
const FIGURE_CELL = /^[(+\-−–]?[$€£¥]?\d[\d.,:/]*%?\)?$/;

/** Cells of a row pasted from a spreadsheet or a PDF: separated by tabs. */
const TAB_CELLS = /\t+/;

/**
 * True for a line of plain text that is a line of a table, in any of the forms people paste: a pipe row (tableCells:
 * "| Party | Seats |", "Party | Seats"), a Markdown divider ("|---|---|"), a row of cells separated by tabs ("Party\t
 * Seats", from a spreadsheet), or a row of figures alone ("2019 2020 2021", "12\t7\t45"). Such a line is never a
 * headline: "| Party | Seats |" opening a text file is no title.
 */
export function isTableLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > TABLE_ROW_MAX_CHARS) return false;
  if (isTableRow(t) || isMarkdownDivider(t)) return true;
  if (t.includes('\t') && t.split(TAB_CELLS).length >= 2) return true;
  const cells = t.split(/\s+/);
  return cells.length >= 2 && cells.every((c) => FIGURE_CELL.test(c));
}

/**
 * Words of scale or unit that may follow the figure of a figure cell: "4.2 million", "12 per cent", "3bn" is one word
 * already. A date ("29 October 2024") is no figure cell: a byline's date is prose.
 */
const FIGURE_CELL_SCALES: ReadonlySet<string> = new Set([
  'thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'k', 'percent', 'per cent', 'pc', 'pts', 'points', '%',
]);

/** One figure, then perhaps a word of FIGURE_CELL_SCALES: "70", "-26", "12.5%", "4.2 million", "12 per cent". */
const FIGURE_THEN_SCALE = /^(\S+)(?:\s+(.+))?$/;

/** True for a cell that is a figure (FIGURE_CELL), perhaps with its scale: "40", "4.2 million"; not "Tue 29 Oct 2024". */
function isFigureCell(cell: string): boolean {
  const m = FIGURE_THEN_SCALE.exec(cell.trim());
  return m !== null && FIGURE_CELL.test(m[1]!) && (m[2] === undefined || FIGURE_CELL_SCALES.has(m[2].toLowerCase()));
}

/** The cells of a pipe row (tableCells) or of a row split by tabs ("Route\tSailings"); null for any other line. */
function rowCells(line: string): string[] | null {
  const pipes = tableCells(line);
  if (pipes) return pipes;
  return line.includes('\t') ? line.split(TAB_CELLS) : null;
}

/**
 * True when the first of `lines` (the table lines opening a plain text, isTableLine, blank lines left out) is a row of a
 * table, not a headline that happens to hold a bar or a tab. A line is a table's on its own when it is a Markdown
 * divider, has a Markdown row's outer bars ("| Party | Seats |") or is a row of figures ("2019 2020 2021"); a
 * Markdown divider among the lines marks them all. Otherwise it takes two rows of as many cells as the first, one of
 * them with a figure cell (isFigureCell): "Route | Sailings" over "Harbour to Isle | 40", "Party\tSeats" over
 * "Labour\t70". A headline over its byline has prose cells: "Floods hit Valencia as storm moves east | World news"
 * over "By Sam Jones in Madrid | 29 October 2024" is no table, nor is a lone "Headline\tWorld news" or "Opinion | Why
 * the ferry must stay".
 */
export function opensTableLines(lines: readonly string[]): boolean {
  const first = lines[0]?.trim();
  if (!first) return false;
  if (first.startsWith('|') || lines.some((l) => isMarkdownDivider(l.trim()))) return true;
  const cells = rowCells(first);
  if (!cells) return true; // a row of figures alone
  const width = cells.length;
  let same = 0;
  let figure = false;
  for (const line of lines) {
    const row = rowCells(line.trim());
    if (row?.length !== width) continue;
    same++;
    if (row.some(isFigureCell)) figure = true;
  }
  return same >= 2 && figure;
}

/** The tab-split cells of a line (rowCells), trimmed; null when it has no tab or a cell is blank ("North\t \t4"). */
function tabCells(line: string): string[] | null {
  if (!line.includes('\t') || line.length > TABLE_ROW_MAX_CHARS) return null;
  const cells = line.split(TAB_CELLS).map((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => c !== '') ? cells : null;
}

/**
 * A plain text with the rows of its tab-separated tables ("Region\tDead\tMissing" over "North Vale\t12\t4", as pasted
 * from a spreadsheet) written as the cleaner writes the rows of an HTML table: "Region | Dead | Missing", "North Vale |
 * 12 | 4". Without it the tabs become spaces and "North Vale 12 4" is no row: its figures lose their column. A table is
 * a run of lines with no blank line between them whose tab rows make one (opensTableLines: two rows of as many cells,
 * one with a figure cell); a lone header row set apart by a blank line ("Region\tDead\tMissing", a blank line, the
 * rows) is written as a row too when the table under it is as wide. Other lines are left alone: a headline with its
 * section after a tab ("Floods hit Valencia as storm moves east\tWorld news") is no table. A text with no tab is
 * returned as it is.
 */
export function pipeTabRows(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const cells = lines.map((l) => tabCells(l.trim()));
  // runs of non-blank lines: [first, end) line indexes
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const from = i;
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') i++;
    runs.push([from, i + 1]);
  }
  const width = runs.map(([from, end]) => {
    const rows: string[] = [];
    for (let i = from; i < end; i++) if (cells[i]) rows.push(lines[i]!.trim());
    return rows.length >= 2 && opensTableLines(rows) ? rowCells(rows[0]!)!.length : 0;
  });
  let changed = false;
  const write = (i: number): void => {
    lines[i] = cells[i]!.join(' | ');
    changed = true;
  };
  for (let r = 0; r < runs.length; r++) {
    const [from, end] = runs[r]!;
    if (width[r]) {
      for (let i = from; i < end; i++) if (cells[i]) write(i);
    } else if (end - from === 1 && cells[from] && width[r + 1] === cells[from].length && !DIGIT.test(lines[from]!)) {
      // the header row set apart above its table
      write(from);
    }
  }
  return changed ? lines.join('\n') : text;
}
