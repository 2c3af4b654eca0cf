// Normalises the whitespace of one kept block (text stage), so offsets are stable and paragraphs are clean.

/** Collapses runs of white space (incl. no-break and zero-width spaces) to one space and trims. */
export function normalizeBlock(text: string): string {
  return text
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '') // zero-width chars and soft hyphens: "Tab\u00adqah" → "Tabqah"
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
