// Terminal text helpers for the output stage: display width, safe characters, truncation and word wrap by offsets.

/** Code points a terminal draws two cells wide (East Asian Wide/Fullwidth and emoji blocks): "東京" is 4 cells. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;

/** Cells one code point takes in a terminal: 0 for combining marks, 2 for wide characters, else 1. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(ch)) return 0;
  for (const [lo, hi] of WIDE_RANGES) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/** Cells a string (without escape codes) takes in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/**
 * Characters that must never reach a terminal from article text: C0/C1 controls (ESC starts an escape sequence that
 * could retitle or clear the terminal) and bidi overrides (U+202E reverses what follows). Tab and newline are handled
 * by the caller.
 */
const UNSAFE_CHAR = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Whitespace a terminal would move the cursor for: tab, vertical tab, form feed, CR ("\r\n" input), line separators. */
const SPACING_CHAR = /[\t\u000b\u000c\r\u2028\u2029]/g;

/** Article text made safe for a terminal, one character for one, so widths and offsets hold: "\x1b[2J" → "�[2J". */
export function toTerminalSafe(s: string): string {
  return s.replace(UNSAFE_CHAR, '\ufffd').replace(SPACING_CHAR, ' ');
}

/** A one-line cell: newlines and runs of space folded, unsafe characters replaced. */
export function toOneLine(s: string): string {
  return toTerminalSafe(s.replace(/\s+/g, ' ').trim());
}

/** `s` cut to at most `width` cells, ending in "…" when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** `s` padded with spaces on the right to `width` cells. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** A line of wrapped text as offsets into the string that was wrapped; end exclusive, trailing spaces left out. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Greedy word wrap of `text` to `width` cells, kept as offsets so that highlights by offset can be laid over each line.
 * Existing line breaks are kept (a blank line between paragraphs stays blank); a word longer than the width is cut.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
  const lines: LineRange[] = [];
  const w = Math.max(1, width);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    wrapLine(text, lineStart, lineEnd, w, lines);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return lines;
}

function wrapLine(text: string, from: number, to: number, width: number, out: LineRange[]): void {
  // Tokens are runs of spaces or runs of other characters: "a  b" → "a", "  ", "b".
  const tokens = text.slice(from, to).match(/\s+|\S+/g) ?? [];
  let start = from;
  let end = from; // end of the last word on the current line
  let used = 0;
  let pos = from;
  let lineHasWord = false;
  for (const token of tokens) {
    const tokenStart = pos;
    pos += token.length;
    if (/^\s/.test(token)) {
      if (!lineHasWord) start = pos; // no leading spaces on a wrapped line
      continue;
    }
    const gap = lineHasWord ? displayWidth(text.slice(end, tokenStart)) : 0;
    const tw = displayWidth(token);
    if (lineHasWord && used + gap + tw <= width) {
      used += gap + tw;
      end = pos;
      continue;
    }
    if (lineHasWord) out.push({ start, end });
    // A word wider than the line is cut into pieces of `width` cells: long URLs.
    let pieceStart = tokenStart;
    let pieceWidth = 0;
    let i = tokenStart;
    for (const ch of token) {
      const cw = charWidth(ch);
      if (pieceWidth + cw > width && pieceWidth > 0) {
        out.push({ start: pieceStart, end: i });
        pieceStart = i;
        pieceWidth = 0;
      }
      pieceWidth += cw;
      i += ch.length;
    }
    start = pieceStart;
    end = pos;
    used = pieceWidth;
    lineHasWord = true;
  }
  out.push(lineHasWord ? { start, end } : { start: from, end: from });
}
