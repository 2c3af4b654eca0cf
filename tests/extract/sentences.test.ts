import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['The group has 10,000 fighters, according to Capt. Abu Kanan. Its militants trained.', ['The group has 10,000 fighters, according to Capt. Abu Kanan.', 'Its militants trained.']],
    ['The U.S. Army said so. Then it left.', ['The U.S. Army said so.', 'Then it left.']],
    ['"We will win," he said. "Soon."', ['"We will win," he said.', '"Soon."']],
    ['George W. Bush spoke.', ['George W. Bush spoke.']],
    // the platform X closing a sentence is no initial (maritime tester)
    ['CENTCOM said in a statement on X. The ship was carrying fuel.', ['CENTCOM said in a statement on X.', 'The ship was carrying fuel.']],
    // … also before a capitalised word that opens no sentence as a rule (maghreb)
    ['The boat sank, a spokesman said in a post on X. Survivors told staff that most were Gambians.', ['The boat sank, a spokesman said in a post on X.', 'Survivors told staff that most were Gambians.']],
    ['The book by J. Smith sold well.', ['The book by J. Smith sold well.']],
    ['Is it? Yes! 5 died.', ['Is it?', 'Yes!', '5 died.']],
    // a time before a sentence opener ends the sentence; before a day or a time zone it does not (eastasia)
    ['It was launched at around 7:10 a.m. The missile flew 1,000 km.', ['It was launched at around 7:10 a.m.', 'The missile flew 1,000 km.']],
    ['Ships were seen between 6 a.m. Monday and 6 a.m. Tuesday.', ['Ships were seen between 6 a.m. Monday and 6 a.m. Tuesday.']],
    ['The blast came at 9 p.m. EST on Friday.', ['The blast came at 9 p.m. EST on Friday.']],
  ])('%j', (text, expected) => {
    const s = splitSentences(text, [{ start: 0, end: text.length }]);
    expect(s.map((x) => x.text)).toEqual(expected);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('never crosses a paragraph', () => {
    const text = 'First para without stop\n\nSecond one.';
    const s = splitSentences(text, [{ start: 0, end: 23 }, { start: 25, end: text.length }]);
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([['First para without stop', 0], ['Second one.', 1]]);
  });
});
