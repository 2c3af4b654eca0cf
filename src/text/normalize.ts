// Normalises the whitespace of one kept block (text stage), so offsets are stable and paragraphs are clean.

/**
 * A reference mark in brackets glued to the word or the sentence it sources: "four missiles.[3] Officials",
 * "the ministry[12] said", "3,400[3] hospital admissions" (after a figure too: a bracket is no exponent). A list of notes ("[3] https://t.me/…") opens its line and stays.
 */
const REFERENCE_MARK = /(?<=[\p{L}\p{N}.!?,;:"”’)])\[\d{1,3}\](?=[\s.,;:!?"”’)]|$)/gu;

/** Collapses runs of white space (incl. no-break and zero-width spaces) to one space, drops reference marks, and trims. */
export function normalizeBlock(text: string): string {
  // (most blocks have no bracket: the mark's look-behind is not run over them)
  return (text.includes('[') ? text.replace(REFERENCE_MARK, '') : text)
    // zero-width spaces, word joiners and soft hyphens: "Tab\u00adqah" → "Tabqah", "sol\u200bdiers" → "soldiers".
    // The zero-width (non-)joiners stay: they shape Persian and Arabic words and join emoji ("👨\u200d👩\u200d👧").
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
