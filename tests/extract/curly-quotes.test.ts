// Curly quotes as the tagger reads them: its model learnt words from text with straight quotes, so ‘ and ’ are
// looked up as ' (ner/tagger.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const actorsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).actors.map((a) => [a.name, a.type]);

describe('an opening curly quote reads as a straight one', () => {
  it.each([
    // a word after ‘ was a person: the model never saw ‘ and read the next capital as a name
    ['“I then heard the president ask, quote, ‘So he’s going to do the investigation?’” David Holmes testified.', [['David Holmes', 'person']]],
    ["“I then heard the president ask, quote, 'So he's going to do the investigation?'” David Holmes testified.", [['David Holmes', 'person']]],
    ['She said: ‘Oh, we knew it would come to this.’', []],
  ])('%s', (text, want) => expect(actorsOf(text)).toEqual(want));
});
