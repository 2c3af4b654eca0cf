// Finds quotations in the article text (extract stage, for claims.ts), including quotes continued across paragraphs.
import type { Paragraph } from '../doc.js';

/** A quotation: [start, end) covers the quote marks, [innerStart, innerEnd) the words inside. */
export interface Quote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Quotations in text order. Curly quotes pair by direction, straight quotes by alternation. A paragraph that ends
 * inside a quote carries it on when the next paragraph opens with a quote mark (the newspaper convention for a
 * quote over several paragraphs); otherwise the unclosed quote ends with its paragraph.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let open: number | null = null;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (open === null) {
        if (OPEN.has(ch) || (ch === '"' && isOpeningStraight(text, i))) open = i;
      } else if (CLOSE.has(ch) || ch === '"') {
        // a continuation paragraph re-opens with a quote mark: that mark is not a close
        if (i === start && p > 0 && (OPEN.has(ch) || ch === '"') && open < start) continue;
        if (ch === '"' && i === open) continue;
        out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
        open = null;
      }
    }
    if (open !== null) {
      const next = paras[p + 1];
      const carries = next && (OPEN.has(text[next.start]!) || text[next.start] === '"');
      if (!carries) {
        out.push({ start: open, end, innerStart: open + 1, innerEnd: end });
        open = null;
      }
    }
  }
  return out.filter((q) => q.innerEnd > q.innerStart);
}

// A straight quote opens when it is not glued to a word before it: ` "We`, `("We`, `:"We`.
function isOpeningStraight(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : ' ';
  return !/[\p{L}\p{M}\p{N}.,!?]/u.test(before);
}
