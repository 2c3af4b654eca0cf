// Splits text into word tokens with offsets for the name tagger (extract stage); rules only, fast.

/** A token of the text, offsets end-exclusive. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// One pass, first alternative that matches wins:
//   dotted initials "U.S." "U.N." "e.g."; words with inner hyphens/apostrophes/dots-between-digits
//   ("al-Sham", "Tala’a", "1,000.5"); anything else one character at a time, except invisible format marks
//   (U+200E in "Prime Minister\u200e Haider al-Abadi"), which separate like spaces.
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:[-'’&]|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{Cf}]/gu;
// A possessive or contraction split off the word before it, as news tokenizers do: "Brown's" → "Brown" + "'s".
const CLITIC = /(?:['’](?:s|S|re|ve|ll|d|m)|n['’]t)$/u;

/** Tokens of text[from, to), offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const body = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const word = m[0];
    const start = from + m.index;
    const clitic = word.length > 2 ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const cut = start + clitic.index;
      out.push({ start, end: cut, text: word.slice(0, clitic.index) });
      out.push({ start: cut, end: start + word.length, text: clitic[0] });
    } else {
      out.push({ start, end: start + word.length, text: word });
    }
  }
  return out;
}
