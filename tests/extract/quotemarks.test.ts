// Single quotation marks (‘…’ and '…', the British house style) read as quotations, apostrophes left alone; he/she/him
// and the other pronoun sources resolved to the right speaker or to nobody. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findQuotes, findSingleQuoteMarks } from '../../src/extract/quotes.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
/** Each claim as [source text, cue, content, direct]. */
const claimsOf = (text: string) => recordOf(text).claims.map((c) => [c.source.text, c.cue, c.content, c.direct]);

/** The text with the single marks read as quotation marks written as “ and ” (paragraphs: blocks between blank lines). */
function marked(text: string): string {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m, index) => ({ index, start: m.index!, end: m.index! + m[0].length }));
  let out = text;
  for (const m of findSingleQuoteMarks(text, paragraphs, findQuotes(text, paragraphs))) out = out.slice(0, m.at) + m.ch + out.slice(m.at + 1);
  return out;
}

describe('findSingleQuoteMarks: quotation marks', () => {
  it.each([
    ['curly, speaker after', '‘I thought we were going to die,’ she told reporters.', '“I thought we were going to die,” she told reporters.'],
    ['straight, speaker after', "'Four people have died,' the inspector said.", '“Four people have died,” the inspector said.'],
    ['after a colon, two sentences', "The mayor said: 'The road is shut. We are asking people to stay away.'",
      'The mayor said: “The road is shut. We are asking people to stay away.”'],
    ['a question', '‘Who will pay for this?’ asked one farmer.', '“Who will pay for this?” asked one farmer.'],
    ['apostrophes inside the quotation', '‘We couldn’t see the army’s trucks,’ he said.', '“We couldn’t see the army’s trucks,” he said.'],
    ['a plural possessive inside the quotation', "'The soldiers' families deserve answers,' she said.", "“The soldiers' families deserve answers,” she said."],
    ['a decade inside the quotation', '‘It is the worst since the ’90s,’ he said.', '“It is the worst since the ’90s,” he said.'],
    ['a phrase ending at a word', 'She said the water rose ‘in a matter of minutes’ after midnight.', 'She said the water rose “in a matter of minutes” after midnight.'],
    ['a phrase, then a quotation', 'He called it ‘barbaric’. ‘We will respond,’ he said.', 'He called it “barbaric”. “We will respond,” he said.'],
    ['a quotation over two paragraphs', '‘The road is shut.\n\n‘We will reopen it in May,’ she said.', '“The road is shut.\n\n“We will reopen it in May,” she said.'],
    ['a quotation over three paragraphs, the last one open', 'He said: ‘The road is shut.\n\n‘It will reopen in May.\n\n‘Thank you all.\n\nThe council meets on Friday.',
      'He said: “The road is shut.\n\n“It will reopen in May.\n\n“Thank you all.\n\nThe council meets on Friday.'],
  ])('%s', (_name, text, expected) => {
    expect(marked(text)).toBe(expected);
  });
});

describe('findSingleQuoteMarks: apostrophes stay', () => {
  it.each([
    ['contractions and possessives', 'The army’s chief said he couldn’t comment on the soldiers’ families.'],
    ['straight contractions and possessives', "The army's chief said he couldn't comment on the soldiers' families."],
    ['a decade', 'Prices have not been this high since the ’90s, the bank said.'],
    ['a straight decade', "Prices have not been this high since the '90s, the bank said."],
    ['a band name', 'Guns N’ Roses and the Rolling Stones’ tour were cancelled.'],
    ['rock and roll', "The town's rock 'n' roll weekend was cancelled."],
    ['an elision', "Tell 'em we're coming, the coach said."],
    ['a possessive after initials', 'The U.S.’ position has not changed, the envoy said.'],
    ['a mark with no partner', '‘The flood was the worst in decades, residents said.'],
    // a document that writes its quotations in double marks: single marks are apostrophes or nested quotations
    ['nested in a double-quote document', '“He told me ‘go home’ and left,” she said.'],
    // (a single-marked quotation with a cue does count there: tests/extract/claims6.test.ts)
    ['a double-quote document', '“We will rebuild,” the mayor said.\n\nThe ‘new’ bridge is ‘over budget’ and late.'],
  ])('%s', (_name, text) => {
    expect(marked(text)).toBe(text);
  });
});

describe('claims in single quotation marks', () => {
  it.each([
    ['curly, pronoun after', '‘I could hear people screaming but I couldn’t see anything,’ she told reporters.',
      [['she', 'told', 'I could hear people screaming but I couldn’t see anything', true]]],
    ['straight, name after', "'Four people have died, including a 71-year-old man,' Chief Inspector Mark Holt said.",
      [['Chief Inspector Mark Holt', 'said', 'Four people have died, including a 71-year-old man', true]]],
    ['colon, two sentences kept whole', "Chief Inspector Mark Holt said: 'Our thoughts are with the families. We urge people to stay away.'",
      [['Chief Inspector Mark Holt', 'said', 'Our thoughts are with the families. We urge people to stay away', true]]],
    ['closing mark out of the content', 'A spokesman for the council said: ‘More than 120 homes have been flooded.’',
      [['A spokesman for the council', 'said', 'More than 120 homes have been flooded', true]]],
    ['inverted cue, apostrophes inside', '‘It’s the worst flood since the ’90s,’ said farmer Tom Hale.',
      [['farmer Tom Hale', 'said', 'It’s the worst flood since the ’90s', true]]],
    ['split by the speaker', '‘We are safe,’ Omar Saleh said, ‘and we will rebuild.’',
      [['Omar Saleh', 'said', 'We are safe', true], ['Omar Saleh', 'said', 'and we will rebuild', true]]],
    ['second quotation of the same speaker', "'Nobody told us anything,' a resident said. 'We found out online.'",
      [['a resident', 'said', 'Nobody told us anything', true], ['a resident', 'said', 'We found out online', true]]],
    ['hearer after the cue', "'I'm not going anywhere,' Mr Reed told the BBC.", [['Mr Reed', 'told', "I'm not going anywhere", true]]],
    // near misses: apostrophes in reported speech stay words of the content, nothing is direct
    ['near miss: possessives in reported speech', 'The army’s spokesman said the soldiers’ families had been told.',
      [['The army’s spokesman', 'said', 'the soldiers’ families had been told', false]]],
    ['near miss: a phrase quoted inside reported speech', 'Police said the driver, who is in his ’60s, was ‘lucky to be alive’.',
      [['Police', 'said', 'the driver, who is in his ’60s, was ‘lucky to be alive’', false]]],
    ['near miss: a double-quote document keeps nested marks', '“He told me ‘go home’,” she said.', [['she', 'said', 'He told me ‘go home’', true]]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links the figure of a single-quoted claim to it', () => {
    const r = recordOf("'Four people have died,' the inspector said.");
    expect(r.numbers.map((n) => [n.text, n.claim])).toEqual([['Four people', 'C1']]);
  });
});

/** Each claim as [source text, kind, actor name or null]. */
const sourcesOf = (text: string) => {
  const r = recordOf(text);
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => [c.source.text, c.source.kind, c.source.actor ? names.get(c.source.actor) ?? null : null]);
};

describe('pronoun sources: the speaker, or nobody', () => {
  it.each([
    ['an unnamed witness speaks last, not the official before',
      'Amnesty\'s director in Kenya, Irungu Houghton, said 11 people had been shot.\n\nA witness said police fired at the crowd. "They shot at us like animals," he said.',
      [['Irungu Houghton', 'named', 'Irungu Houghton'], ['A witness', 'unnamed', null], ['he', 'pronoun', null]]],
    ['one woman, with a relative clause',
      'Police commander Joseph Kamau said officers had acted lawfully.\n\nOne woman, who did not want to be named, said her son had been shot. "He was just walking home," she said.',
      [['Police commander Joseph Kamau', 'named', 'Joseph Kamau'], ['One woman', 'unnamed', null], ['she', 'pronoun', null]]],
    ['an unnamed spokesman', 'A spokesman for the Environment Agency said 120 homes had been flooded. "It is an exceptional amount of rain," he said.',
      [['A spokesman for the Environment Agency', 'unnamed', null], ['he', 'pronoun', null]]],
    ['a name inside the quotation is not its speaker', 'Finance Minister Lars Berg presented the budget on Friday. “Anna Holm has been proven right,” he said.',
      [['he', 'pronoun', 'Lars Berg']]],
    ['a capitalised word inside the quotation', 'Prime Minister Olav Dahl met Mayor Tom Ruud on Monday. “Every Patriot system saves lives,” he said.',
      [['he', 'pronoun', 'Olav Dahl']]],
    ['according to him', 'Police spokesman Yazid Abubakar said the attackers came at night. According to him, 23 people were killed.',
      [['Police spokesman Yazid Abubakar', 'named', 'Yazid Abubakar'], ['him', 'pronoun', 'Yazid Abubakar']]],
    ['according to her', 'The governor, Mary Wanjiku, visited the camp on Monday. According to her, 3,000 families have been displaced.',
      [['her', 'pronoun', 'Mary Wanjiku']]],
    ['according to them', 'The Red Cross said its teams had reached the area. According to them, 14 bodies were recovered.',
      [['The Red Cross', 'named', 'Red Cross'], ['them', 'pronoun', 'Red Cross']]],
    ['a weekday before the pronoun', 'President William Ruto defended the bill. On Wednesday he told a rally: "We cannot keep borrowing."',
      [['he', 'pronoun', 'William Ruto']]],
    ['"Later" before the pronoun', 'Interior Minister Kithure Kindiki visited the injured. Later he said 63 officers had been hurt.',
      [['he', 'pronoun', 'Kithure Kindiki']]],
    ['a year before the pronoun', 'Dr Sara Lind said the clinic would close. In 2019 she said it would stay open.',
      [['Dr Sara Lind', 'named', 'Sara Lind'], ['she', 'pronoun', 'Sara Lind']]],
    // near misses: the search goes on past sources that are no single person, and a later name wins
    ['near miss: a report is no person', 'Mayor Tom Hale spoke on Monday. A report said costs had risen. "We will cut them," he said.',
      [['A report', 'unnamed', null], ['he', 'pronoun', 'Tom Hale']]],
    ['near miss: a person named after the witness',
      'A resident said the shelling began at dawn.\n\nPolice commander Joseph Kamau said officers had acted lawfully. "We followed the rules," he said.',
      [['A resident', 'unnamed', null], ['Police commander Joseph Kamau', 'named', 'Joseph Kamau'], ['he', 'pronoun', 'Joseph Kamau']]],
  ])('%s', (_name, text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});
