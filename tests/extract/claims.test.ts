import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/doc.js';
import { findClaims } from '../../src/extract/claims.js';
import { findQuotes, isScareQuote } from '../../src/extract/quotes.js';
import { contextOf } from './ner-helpers.js';

const run = (text: string, actors: Actor[] = []) => findClaims(contextOf(text), actors);
const brief = (text: string) =>
  run(text).map((c) => ({ source: c.source.text, kind: c.source.kind, cue: c.cue, content: c.content, direct: c.direct }));

describe('findClaims: reporting structures', () => {
  it.each([
    ['X said that …', 'Mayor Ana Ruiz said that the bridge would reopen in June.',
      { source: 'Mayor Ana Ruiz', kind: 'named', cue: 'said', content: 'the bridge would reopen in June', direct: false }],
    ['X said … (no that)', 'Mayor Ana Ruiz said the bridge would reopen in June.',
      { source: 'Mayor Ana Ruiz', kind: 'named', cue: 'said', content: 'the bridge would reopen in June', direct: false }],
    ['…, X said.', 'The bridge will reopen in June, Mayor Ana Ruiz said.',
      { source: 'Mayor Ana Ruiz', kind: 'named', cue: 'said', content: 'The bridge will reopen in June', direct: false }],
    ['X told Y that …', 'A police officer told reporters that three men had been arrested.',
      { source: 'A police officer', kind: 'unnamed', cue: 'told', content: 'three men had been arrested', direct: false }],
    ['…, X told Y.', 'Three men had been arrested, a police officer told reporters on Monday.',
      { source: 'a police officer', kind: 'unnamed', cue: 'told', content: 'Three men had been arrested', direct: false }],
    ['according to X, …', 'According to local officials, the dam was damaged in the attack.',
      { source: 'local officials', kind: 'unnamed', cue: 'according to', content: 'the dam was damaged in the attack', direct: false }],
    ['…, according to X.', 'The dam was damaged in the attack, according to the Interior Ministry.',
      { source: 'the Interior Ministry', kind: 'named', cue: 'according to', content: 'The dam was damaged in the attack', direct: false }],
    ['claimed', 'Rebel commanders claimed that they shot down a helicopter.',
      { source: 'Rebel commanders', kind: 'unnamed', cue: 'claimed', content: 'they shot down a helicopter', direct: false }],
    ['announced with an object', 'Opposition groups announced the formation of a new alliance in the north.',
      { source: 'Opposition groups', kind: 'unnamed', cue: 'announced', content: 'the formation of a new alliance in the north', direct: false }],
    ['announced on <day> that', 'Jamal Haddad announced on Thursday that the party would leave the coalition.',
      { source: 'Jamal Haddad', kind: 'named', cue: 'announced', content: 'the party would leave the coalition', direct: false }],
    ['confirmed in a statement (inverted)', 'Two soldiers were wounded near the border, the ministry confirmed in a statement.',
      { source: 'the ministry', kind: 'unnamed', cue: 'confirmed', content: 'Two soldiers were wounded near the border', direct: false }],
    ['denied', 'The army denied that its soldiers fired on the crowd.',
      { source: 'The army', kind: 'unnamed', cue: 'denied', content: 'its soldiers fired on the crowd', direct: false }],
    ['reported', 'Witnesses reported that the market was hit twice.',
      { source: 'Witnesses', kind: 'unnamed', cue: 'reported', content: 'the market was hit twice', direct: false }],
    ['stated', 'The inspectors stated that the water was unsafe.',
      { source: 'The inspectors', kind: 'unnamed', cue: 'stated', content: 'the water was unsafe', direct: false }],
    ['added', 'The governor added that schools would stay closed.',
      { source: 'The governor', kind: 'unnamed', cue: 'added', content: 'schools would stay closed', direct: false }],
    ['warned', 'The central bank warned that prices would rise.',
      { source: 'The central bank', kind: 'unnamed', cue: 'warned', content: 'prices would rise', direct: false }],
    ['insisted', 'Minister Lena Park insisted that the vote was fair.',
      { source: 'Minister Lena Park', kind: 'named', cue: 'insisted', content: 'the vote was fair', direct: false }],
    ['acknowledged', 'The government acknowledged that mistakes were made.',
      { source: 'The government', kind: 'unnamed', cue: 'acknowledged', content: 'mistakes were made', direct: false }],
    ['noun-like "claims" after a name', 'Paris also claims that her passport was taken away.',
      { source: 'Paris', kind: 'named', cue: 'claims', content: 'her passport was taken away', direct: false }],
    ['appositive description after the name', 'Omar Khalil, spokesman of the council said that the road was open.',
      { source: 'Omar Khalil', kind: 'named', cue: 'said', content: 'the road was open', direct: false }],
    ['appositive name after the description', 'Head of the council, Omar Khalil, announced on Friday that the road was open.',
      { source: 'Omar Khalil', kind: 'named', cue: 'announced', content: 'the road was open', direct: false }],
    ['passive with by', 'It was reported by the Daily Courier that the road was closed.',
      { source: 'the Daily Courier', kind: 'named', cue: 'reported', content: 'the road was closed', direct: false }],
    ['quotation, speaker before, colon', 'The coach said: “We played well and we deserved to win.”',
      { source: 'The coach', kind: 'unnamed', cue: 'said', content: 'We played well and we deserved to win', direct: true }],
    ['quotation, speaker after, inverted', '“We played well,” said coach Tom Baker.',
      { source: 'coach Tom Baker', kind: 'named', cue: 'said', content: 'We played well', direct: true }],
    ['quotation, pronoun after', '"We played well," she said.',
      { source: 'she', kind: 'pronoun', cue: 'said', content: 'We played well', direct: true }],
    ['quotation after "told Y,"', 'Team captain Rosa Diaz told the press, "We want to show what we can do."',
      { source: 'Team captain Rosa Diaz', kind: 'named', cue: 'told', content: 'We want to show what we can do', direct: true }],
    ['dash attribution', '“So far, the city has won. But it is a long game.” – Maria Lopez',
      { source: 'Maria Lopez', kind: 'named', cue: '–', content: 'So far, the city has won. But it is a long game', direct: true }],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('takes a quotation continued over paragraphs as one content', () => {
    const text = 'The coach said: “We played well.\n\n“Next week we go again.”';
    const [c] = run(text);
    expect(c?.content).toBe('We played well.\n\n“Next week we go again');
    expect(c?.direct).toBe(true);
  });

  it('gives both parts of a quotation split by its speaker to that speaker', () => {
    const claims = run('“We played well,” the coach said. “The referee was fair.”\n\n“Next week we go again,” a fan said.');
    expect(claims.map((c) => [c.source.text, c.cue, c.content, c.direct])).toEqual([
      ['the coach', 'said', 'We played well', true],
      ['the coach', 'said', 'The referee was fair', true],
      ['a fan', 'said', 'Next week we go again', true],
    ]);
  });

  it.each([
    ['a subject joined by "and"', '“We found water vapour,” Paganini and his team wrote in the paper.',
      { source: 'Paganini and his team', kind: 'named', cue: 'wrote', content: 'We found water vapour', direct: true }],
    ['a second verb of one subject', 'Mark Zuckerberg tweeted to Ahmed and said the boy was welcome to visit.',
      { source: 'Mark Zuckerberg', kind: 'named', cue: 'said', content: 'the boy was welcome to visit', direct: false }],
    ['a passive with its subject as content', 'A photo of the meeting was denied by the palace.',
      { source: 'the palace', kind: 'unnamed', cue: 'denied', content: 'A photo of the meeting', direct: false }],
    ['words before a quotation belong to the content', 'Hosting Cook at Dreamforce “is our dream,” Benioff said.',
      { source: 'Benioff', kind: 'named', cue: 'said', content: 'Hosting Cook at Dreamforce “is our dream,”', direct: false }],
    ['a parenthetical cue', 'Apple has had a place in his heart since 1984, Benioff said, ever since an internship.',
      { source: 'Benioff', kind: 'named', cue: 'said', content: 'Apple has had a place in his heart since 1984', direct: false }],
    ['a participle right before its quotation', 'The site stayed down, with one poster writing "How can people look at both sides?"',
      { source: 'one poster', kind: 'unnamed', cue: 'writing', content: 'How can people look at both sides', direct: true }],
    ['a less common speech verb', '“If we were any higher, we would be North Dakota,” one user quipped.',
      { source: 'one user', kind: 'unnamed', cue: 'quipped', content: 'If we were any higher, we would be North Dakota', direct: true }],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it.each([
    ['a noun "State"', 'The Islamic State controls the town.'],
    ['a noun "claims"', 'These claims were false.'],
    ['"found" as a plain verb', 'The body was found in a car near the river.'],
    ['"claimed responsibility"', 'The group claimed responsibility for the attack.'],
    ['a country name', 'The United States sent aid to the region.'],
    ['a passive with no speaker', 'Copies are acknowledged with thanks by the editors.'],
    ['an infinitive', 'They were asked to say nothing.'],
  ])('finds no claim in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('findClaims: ids, spans and actors', () => {
  const text = 'Ana Ruiz visited the site on Monday. She said that the bridge would reopen in June.\n\nAccording to the Harbor Authority, the port is open.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const actors: Actor[] = [
    { id: 'A1', type: 'person', name: 'Ana Ruiz', aliases: [], roles: [], mentions: [at('Ana Ruiz')] },
    { id: 'A2', type: 'organization', name: 'Harbor Authority', aliases: [], roles: [], mentions: [at('Harbor Authority')] },
  ];
  const claims = run(text, actors);

  it('numbers claims in text order', () => {
    expect(claims.map((c) => c.id)).toEqual(['C1', 'C2']);
  });
  it('resolves a pronoun to the last person named before it', () => {
    expect(claims[0]!.source).toEqual({ text: 'She', kind: 'pronoun', actor: 'A1' });
  });
  it('links a named source to the actor whose mention it holds', () => {
    expect(claims[1]!.source).toEqual({ text: 'the Harbor Authority', kind: 'named', actor: 'A2' });
  });
  it('keeps every content span equal to its text slice', () => {
    for (const c of claims) {
      expect(text.slice(c.contentStart, c.contentEnd)).toBe(c.content);
      expect(c.start).toBeLessThanOrEqual(c.contentStart);
      expect(c.end).toBeGreaterThanOrEqual(c.contentEnd);
    }
  });
  it('calls "pro-government sources" unnamed even when a name modifies it', () => {
    const t = 'According to pro-SDF sources, 26 militants were killed.';
    const sdf = { id: 'A1', type: 'organization' as const, name: 'SDF', aliases: [], roles: [], mentions: [{ start: t.indexOf('SDF'), end: t.indexOf('SDF') + 3, text: 'SDF' }] };
    expect(run(t, [sdf])[0]!.source).toEqual({ text: 'pro-SDF sources', kind: 'unnamed', actor: null });
  });
});

describe('findClaims: odd input', () => {
  it.each([
    ['"and" opening a sentence before a cue', 'And said the rest.'],
    ['cue words only', 'said said said said said.'],
    ['an unclosed quotation', '“We will win, the coach said'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => run(text)).not.toThrow();
  });

  it('stays linear on long runs of cues and commas', () => {
    const text = `${'According to X, '.repeat(2000)}the end.\n\n${'Name, '.repeat(3000)}said that it works.`;
    const t0 = performance.now();
    run(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('findClaims: pronouns', () => {
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  it('leaves "they" unresolved after a source that names nobody', () => {
    const text = 'The Health Council met on Monday. The report\'s authors say iodine levels are low. They say salt is the answer.';
    const council: Actor = { id: 'A1', type: 'organization', name: 'Health Council', aliases: [], roles: [], mentions: [at(text, 'Health Council')] };
    const claims = run(text, [council]);
    expect(claims.map((c) => [c.source.text, c.source.kind, c.source.actor])).toEqual([
      ["The report's authors", 'unnamed', null],
      ['They', 'pronoun', null],
    ]);
  });
  it('resolves "it" to the organization that spoke just before', () => {
    const text = 'The Harbor Authority said the port was open. It added that ships were waiting.';
    const port: Actor = { id: 'A1', type: 'organization', name: 'Harbor Authority', aliases: [], roles: [], mentions: [at(text, 'Harbor Authority')] };
    expect(run(text, [port]).map((c) => c.source.actor)).toEqual(['A1', 'A1']);
  });
});

describe('findClaims: brackets and combining marks in sources', () => {
  it.each([
    ['"according to" with a bracketed abbreviation', 'According to the Harbor Authority (HA), 40 ships are waiting.',
      { source: 'the Harbor Authority (HA)', kind: 'named', cue: 'according to', content: '40 ships are waiting', direct: false }],
    ['"according to" with a longer name in brackets', 'According to the Office for Coastal Safety (OCS), 12 boats sank on Monday.',
      { source: 'the Office for Coastal Safety (OCS)', kind: 'named', cue: 'according to', content: '12 boats sank on Monday', direct: false }],
    ['closing "according to" with brackets', '40 ships are waiting, according to the Harbor Authority (HA).',
      { source: 'the Harbor Authority (HA)', kind: 'named', cue: 'according to', content: '40 ships are waiting', direct: false }],
    ['"according to" without brackets', 'According to the Harbor Authority, 40 ships are waiting.',
      { source: 'the Harbor Authority', kind: 'named', cue: 'according to', content: '40 ships are waiting', direct: false }],
    ['closing "X (Y) said"', 'Five civilians died in the raid, the Observatory for Human Rights (OHR) said.',
      { source: 'the Observatory for Human Rights (OHR)', kind: 'named', cue: 'said', content: 'Five civilians died in the raid', direct: false }],
    ['"X (Y) said that"', 'The Observatory for Human Rights (OHR) said that five civilians died.',
      { source: 'The Observatory for Human Rights (OHR)', kind: 'named', cue: 'said', content: 'five civilians died', direct: false }],
    ['square brackets', 'Seven boats sank, the coast guard [of Malta] said.',
      { source: 'the coast guard [of Malta]', kind: 'named', cue: 'said', content: 'Seven boats sank', direct: false }],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  const jose = 'Jose\u0301'; // "José" with a combining acute accent
  it.each([
    ['speaker first', `Minister ${jose} said 3 people died.`, `Minister ${jose}`, '3 people died'],
    ['speaker last', `Three people died, Minister ${jose} said.`, `Minister ${jose}`, 'Three people died'],
    ['"according to"', `According to ${jose} Ruiz, 3 people died.`, `${jose} Ruiz`, '3 people died'],
    ['composed accent', 'Minister Jos\u00e9 said 3 people died.', 'Minister Jos\u00e9', '3 people died'],
  ])('keeps combining marks in a source: %s', (_name, text, source, content) => {
    const name = text.includes(jose) ? jose : 'Jos\u00e9';
    const at = text.indexOf(name);
    const actor: Actor = { id: 'A1', type: 'person', name, aliases: [], roles: [], mentions: [{ start: at, end: at + name.length, text: name }] };
    const [c, ...rest] = run(text, [actor]);
    expect(rest).toEqual([]);
    expect([c?.source.text, c?.source.actor, c?.content]).toEqual([source, 'A1', content]);
  });
});

describe('findClaims: a description between commas after the speaker', () => {
  const said = (source: string, content: string, cue = 'said') => ({ source, cue, content });
  it.each([
    ['an indefinite description', 'John Baker, a navy spokesman, said the strikes killed 14 militants.', said('John Baker', 'the strikes killed 14 militants')],
    ['an indefinite description, "said that"', 'John Baker, a navy spokesman, said that the strikes killed 14 militants.', said('John Baker', 'the strikes killed 14 militants')],
    ['an indefinite description, number first', 'John Baker, a navy spokesman, said 14 militants were killed.', said('John Baker', '14 militants were killed')],
    ['"an … official"', 'Samir Haddad, an EU official, said the border would reopen.', said('Samir Haddad', 'the border would reopen')],
    ['a relative clause', 'Erkan Demir, who spoke to reporters in Izmir, said the port would close again.', said('Erkan Demir', 'the port would close again')],
    ['a relative clause after a common noun', 'The minister, who spoke to reporters, said the port would close.', said('The minister', 'the port would close')],
    ['"which" after an organization', 'The ministry, which runs the ports, said 15 ships were stuck.', said('The ministry', '15 ships were stuck')],
    ['an age', 'Haddad, 45, said 9 fighters died.', said('Haddad', '9 fighters died')],
    ['an age and a description', 'Lena Park, 52, a retired nurse, said the clinic had closed.', said('Lena Park', 'the clinic had closed')],
    ['a role word as head', 'Samir Haddad, EU media chief, said 9 fighters died.', said('Samir Haddad', '9 fighters died')],
    ['a role word first', 'Ana Ruiz, mayor of Springfield, announced the bridge would reopen in June.', said('Ana Ruiz', 'the bridge would reopen in June', 'announced')],
    ['"the" + role word, then "told reporters"', 'Ana Ruiz, the mayor of Springfield, told reporters the bridge would reopen.', said('Ana Ruiz', 'the bridge would reopen', 'told')],
    ['a description with "and"', 'Valeska Ruiz, an Australian woman and former nurse, has claimed that she was held.', said('Valeska Ruiz', 'she was held', 'claimed')],
    ['an adverb set off by commas', 'Officials, however, said the road was open.', said('Officials', 'the road was open')],
    ['an adverbial set off by commas', 'The ministry, in a statement, said 15 militants were killed.', said('The ministry', '15 militants were killed')],
    ['after an opening adverbial', 'In Izmir, Erkan Demir, who spoke to reporters, said the port would close.', said('Erkan Demir', 'the port would close')],
    ['after a clause and "and"', 'Fighting resumed on Monday, and Ana Ruiz, the mayor, said the town was safe.', said('Ana Ruiz', 'the town was safe')],
    ['with the cue closing the sentence', 'The strikes killed 14 militants, John Baker, a navy spokesman, said.', said('John Baker', 'The strikes killed 14 militants')],
    ['after a quotation', '“We are safe,” Omar Nasser, a local teacher, said.', said('Omar Nasser', 'We are safe')],
    ['a bracketed abbreviation before the description', 'The Observatory for Human Rights (OHR), a Britain-based monitor, said 40 people died.', said('The Observatory for Human Rights (OHR)', '40 people died')],
    ['an age and a relative clause', 'Mr. Baker, 45, who lives in Raqqa, said the town was safe.', said('Mr. Baker', 'the town was safe')],
    ['a description, then "said on <day> that"', 'The council, a Kurdish-led body, said on Monday that 12 fighters were killed.', said('The council', '12 fighters were killed')],
    ['a participle aside', 'Reuters, citing officials, said that 12 people were killed.', said('Reuters', '12 people were killed')],
    ['a relative clause with no closing comma', 'The minister, who spoke to reporters said the port would close.', said('The minister', 'the port would close')],
    ['with no closing comma', 'Omar Khalil, spokesman of the council said that the road was open.', said('Omar Khalil', 'the road was open')],
    ['a name between commas', 'Head of the council, Omar Khalil, announced on Friday that the road was open.', said('Omar Khalil', 'the road was open', 'announced')],
    ['a description holding "City, Country"', '“We saw nothing,” Omar Haddad, a nurse at a clinic in Lyon, France, said on Friday.', said('Omar Haddad', 'We saw nothing')],
    ['a description holding "City, Country" and "and …"', '“We saw nothing,” Lena Vogt, a chemist at the Heine Institute in Munich, Germany, and author of the report, said.', said('Lena Vogt', 'We saw nothing')],
    ['a description holding a list of names', '“The launch is on time,” Paul Reed, head of sales at Arden Motors, Rail, and Marine, said in a statement.', said('Paul Reed', 'The launch is on time')],
    // inverted attributions stay inverted
    ['inverted, description after the name', 'The strikes killed 14 militants, said John Baker, a navy spokesman.', said('John Baker', 'The strikes killed 14 militants')],
    ['inverted, common noun', 'The strikes killed 14 militants, said the navy spokesman.', said('the navy spokesman', 'The strikes killed 14 militants')],
    ['inverted, participle in the source', 'The talks failed, said a senior official involved in the negotiations.', said('a senior official involved in the negotiations', 'The talks failed')],
    ['a description as the source', 'The market reopens, a police officer said.', said('a police officer', 'The market reopens')],
  ])('%s', (_name, text, expected) => {
    expect(brief(text).map((c) => ({ source: c.source, cue: c.cue, content: c.content }))).toEqual([expected]);
  });

  it('links the speaker, not the description, to its actor', () => {
    const text = 'John Baker, a navy spokesman, said the strikes killed 14 militants.';
    const actor: Actor = { id: 'A1', type: 'person', name: 'John Baker', aliases: [], roles: [], mentions: [{ start: 0, end: 10, text: 'John Baker' }] };
    const [c] = run(text, [actor]);
    expect(c?.source).toEqual({ text: 'John Baker', kind: 'named', actor: 'A1' });
    expect(text.slice(c!.contentStart, c!.contentEnd)).toBe('the strikes killed 14 militants');
  });
});

describe('findClaims: the hearer of "told"', () => {
  it.each([
    ['a pronoun hearer', 'She told her the bridge would reopen.', 'the bridge would reopen'],
    ['"reporters"', 'Ana Ruiz told reporters the bridge would reopen.', 'the bridge would reopen'],
    ['a named hearer', 'He told The Daily Courier the bridge would reopen.', 'the bridge would reopen'],
    ['a name then a pronoun', 'He told Montalvo he would assist him.', 'he would assist him'],
    ['"the court that"', 'He told the court that he was innocent.', 'he was innocent'],
  ])('"told" skips its hearer only: %s', (_name, text, content) => {
    expect(run(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('findClaims: several quotations in one paragraph', () => {
  const rows = (text: string) => run(text).map((c) => [c.source.text, c.cue, c.content]);
  it.each([
    ['cue before each speaker', '“We are safe,” said Omar Nasser. “We will rebuild,” said Ali Karim.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild']]],
    ['cue after each speaker', '“We are safe,” Omar Nasser said. “We will rebuild,” Ali Karim said.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild']]],
    ['straight quotes, three speakers', '"We are safe," Omar Nasser said. "We will rebuild," Ali Karim said. "Nothing is lost," Mona Adel said.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild'], ['Mona Adel', 'said', 'Nothing is lost']]],
    ['an exclamation before the cue', '“We are safe,” said Omar Nasser. “We will rebuild!” said Ali Karim.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild']]],
    ['a second quotation over two sentences', '“We are safe,” Omar Nasser said. “We will rebuild. Nobody can stop us,” said Ali Karim, a teacher.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild. Nobody can stop us']]],
    ['the same speaker by a pronoun', '“We are safe,” Omar Nasser said. “We will rebuild,” he added.',
      [['Omar Nasser', 'said', 'We are safe'], ['he', 'added', 'We will rebuild']]],
    ['a colon quotation, then another speaker', 'Omar Nasser said: “We are safe.” “We will rebuild,” said Ali Karim.',
      [['Omar Nasser', 'said', 'We are safe'], ['Ali Karim', 'said', 'We will rebuild']]],
    // a quotation with no cue of its own continues the one before
    ['a continuation in the next sentence', '“We are safe,” Omar Nasser said. “We will rebuild.”',
      [['Omar Nasser', 'said', 'We are safe'], ['Omar Nasser', 'said', 'We will rebuild']]],
    ['a continuation after a description', '“We are safe,” said Omar Nasser, a teacher. “We will rebuild.”',
      [['Omar Nasser', 'said', 'We are safe'], ['Omar Nasser', 'said', 'We will rebuild']]],
    ['a quotation split by its speaker', '“We are safe,” Omar Nasser said, “and we will rebuild.”',
      [['Omar Nasser', 'said', 'We are safe'], ['Omar Nasser', 'said', 'and we will rebuild']]],
    ['a split quotation, cue first', '“We are safe,” said Omar Nasser, “and we will rebuild.”',
      [['Omar Nasser', 'said', 'We are safe'], ['Omar Nasser', 'said', 'and we will rebuild']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('starts each claim at its own quotation', () => {
    const text = '“We are safe,” said Omar Nasser. “We will rebuild,” said Ali Karim.';
    const claims = run(text);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['We are safe,” said Omar Nasser', 'We will rebuild,” said Ali Karim']);
  });
});

describe('findClaims: short quotations inside a reported clause', () => {
  it.each([
    ['a scare-quoted verb', 'The ministry said 15 militants had been "neutralised" near the border.',
      { source: 'The ministry', kind: 'unnamed', cue: 'said', content: '15 militants had been "neutralised" near the border', direct: false }],
    ['a scare-quoted verb closing the clause', 'The ministry said 15 militants had been “neutralised”.',
      { source: 'The ministry', kind: 'unnamed', cue: 'said', content: '15 militants had been “neutralised”', direct: false }],
    ['a scare-quoted noun after a number', 'Abu Karim said 9 “fighters” were killed.',
      { source: 'Abu Karim', kind: 'named', cue: 'said', content: '9 “fighters” were killed', direct: false }],
    ['a scare-quoted noun right after the cue', 'The ministry said "terrorists" attacked 3 villages.',
      { source: 'The ministry', kind: 'unnamed', cue: 'said', content: '"terrorists" attacked 3 villages', direct: false }],
    ['three quoted words', 'Police said the suspect was “armed and dangerous” when he fled.',
      { source: 'Police', kind: 'unnamed', cue: 'said', content: 'the suspect was “armed and dangerous” when he fled', direct: false }],
    ['"according to" with a scare quote', 'According to the ministry, 15 “terrorists” were killed.',
      { source: 'the ministry', kind: 'unnamed', cue: 'according to', content: '15 “terrorists” were killed', direct: false }],
    ['a closing cue with a scare quote', '40 “terrorists” were killed, the ministry said.',
      { source: 'the ministry', kind: 'unnamed', cue: 'said', content: '40 “terrorists” were killed', direct: false }],
    ['a scare-quoted name in the source', 'The so-called "Islamic Front" said 40 soldiers were killed in Raqqa.',
      { source: 'The so-called "Islamic Front"', kind: 'named', cue: 'said', content: '40 soldiers were killed in Raqqa', direct: false }],
    ['a scare-quoted name in the source, "claimed that"', 'The so-called “Islamic Front” claimed that 40 soldiers were killed.',
      { source: 'The so-called “Islamic Front”', kind: 'named', cue: 'claimed', content: '40 soldiers were killed', direct: false }],
    ['a longer quotation inside the clause', 'Smith said the decision was “a betrayal of our values”.',
      { source: 'Smith', kind: 'named', cue: 'said', content: 'the decision was “a betrayal of our values”', direct: false }],
    // real quotations stay direct
    ['a short quotation after its hearer', 'He told reporters “we are ready”.',
      { source: 'He', kind: 'pronoun', cue: 'told', content: 'we are ready', direct: true }],
    ['a short quotation before its cue', '“We are ready,” he said.',
      { source: 'he', kind: 'pronoun', cue: 'said', content: 'We are ready', direct: true }],
    ['a short quotation after a colon', 'The coach said: “We are ready.”',
      { source: 'The coach', kind: 'unnamed', cue: 'said', content: 'We are ready', direct: true }],
    ['a quotation after an adverbial', 'The coach said on Monday “we are ready for anything this season”.',
      { source: 'The coach', kind: 'unnamed', cue: 'said', content: 'we are ready for anything this season', direct: true }],
    ['a short quotation right after the cue, then an adverbial', 'The chef said "we will reopen" on Friday after the fire.',
      { source: 'The chef', kind: 'unnamed', cue: 'said', content: 'we will reopen', direct: true }],
    ['a short quotation after a named hearer, then an adverbial', 'The chef told Reuters “we lost everything” after the fire.',
      { source: 'The chef', kind: 'unnamed', cue: 'told', content: 'we lost everything', direct: true }],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('links the number to the claim holding the scare quote', () => {
    const text = 'The ministry said 15 militants had been "neutralised" near the border.';
    const [c] = run(text);
    const at = text.indexOf('15 militants');
    expect(c!.contentStart).toBeLessThanOrEqual(at);
    expect(c!.contentEnd).toBeGreaterThanOrEqual(at + '15 militants'.length);
    expect(text.slice(c!.contentStart, c!.contentEnd)).toBe(c!.content);
    expect(text.slice(c!.start, c!.end)).toBe('The ministry said 15 militants had been "neutralised" near the border');
  });
});

describe('isScareQuote', () => {
  const first = (text: string) => findQuotes(text, [])[0]!;
  it.each([
    ['a word of the clause before', 'had been "neutralised" near the border', true],
    ['a number before', 'said 9 “fighters” were killed', true],
    ['a clause going on after', 'said “terrorists” attacked', true],
    ['opening a sentence, a verb after', '“Terrorists” attacked the village.', true],
    ['right after a cue, sentence end after', 'He said “we are ready”.', false],
    ['after a hearer', 'He told reporters “we are ready”.', false],
    ['closed by a comma', '“We are ready,” he said.', false],
    ['a pronoun after', '“Yes” he said.', false],
    ['a second verb after', 'He said “no” and left.', false],
    ['four words', 'the decision was “a betrayal of values” today', false],
  ])('%s', (_name, text, expected) => {
    expect(isScareQuote(text, first(text))).toBe(expected);
  });
});

describe('findClaims: second round of news sentences', () => {
  it.each([
    // an attribution set inside its clause: the content is the whole clause around it
    ['cue between subject and verb', 'The town, residents said, was quiet.',
      [{ source: 'residents', kind: 'unnamed', cue: 'said', content: 'The town, residents said, was quiet', direct: false }]],
    ['with a modal after', 'The ceasefire, a diplomat said, would hold until Friday.',
      [{ source: 'a diplomat', kind: 'unnamed', cue: 'said', content: 'The ceasefire, a diplomat said, would hold until Friday', direct: false }]],
    ['near miss: a clause before the cue', 'The talks failed, officials said, after a long night.',
      [{ source: 'officials', kind: 'unnamed', cue: 'said', content: 'The talks failed', direct: false }]],
    // "but that" carries on the report; a plain "but" still ends it
    ['", but that" goes on', 'The minister said the ceasefire held, but that three civilians were wounded.',
      [{ source: 'The minister', kind: 'unnamed', cue: 'said', content: 'the ceasefire held, but that three civilians were wounded', direct: false }]],
    ['near miss: ", but" ends the report', 'Residents said they heard explosions, but no casualties were reported.',
      [{ source: 'Residents', kind: 'unnamed', cue: 'said', content: 'they heard explosions', direct: false }]],
    // the subject of "was quoted as saying" speaks
    ['quoted as saying', 'The general was quoted as saying the army would withdraw.',
      [{ source: 'The general', kind: 'unnamed', cue: 'quoted as saying', content: 'the army would withdraw', direct: false }]],
    ['quoted as saying, a quotation', 'He was later quoted as saying: "We will return to the city."',
      [{ source: 'He', kind: 'pronoun', cue: 'quoted as saying', content: 'We will return to the city', direct: true }]],
    ['near miss: a participle without the frame', 'He left the room saying nothing at all.', []],
    // a day right after the cue is no content
    ['"said Monday" + clause', 'Police said Monday 12 people were killed.',
      [{ source: 'Police', kind: 'unnamed', cue: 'said', content: '12 people were killed', direct: false }]],
    ['"said on Tuesday" + clause', 'The army said on Tuesday the town had fallen.',
      [{ source: 'The army', kind: 'unnamed', cue: 'said', content: 'the town had fallen', direct: false }]],
    ['near miss: the day closes an inverted cue', 'Twelve soldiers were killed, the army said Monday.',
      [{ source: 'the army', kind: 'unnamed', cue: 'said', content: 'Twelve soldiers were killed', direct: false }]],
    // "City, Region" inside a subject
    ['"in City, Region" subject', 'A mayor in London, Ontario said the vote was delayed.',
      [{ source: 'A mayor in London, Ontario', kind: 'unnamed', cue: 'said', content: 'the vote was delayed', direct: false }]],
    ['officials in a place are unnamed', 'Officials in Kyiv, Ukraine said the attack was repelled.',
      [{ source: 'Officials in Kyiv, Ukraine', kind: 'unnamed', cue: 'said', content: 'the attack was repelled', direct: false }]],
    ['near miss: the country speaks', 'Russian forces shelled Kharkiv, Ukraine said.',
      [{ source: 'Ukraine', kind: 'named', cue: 'said', content: 'Russian forces shelled Kharkiv', direct: false }]],
    // a description, then the name between commas, then the cue: the name speaks (the content was taken as source)
    ['description, Name, said', 'An army spokesman, Col. John Smith, said the base was secure.',
      [{ source: 'Col. John Smith', kind: 'named', cue: 'said', content: 'the base was secure', direct: false }]],
    ['the description with "the"', 'The group\'s leader, Abu Omar, said the fighters had withdrawn.',
      [{ source: 'Abu Omar', kind: 'named', cue: 'said', content: 'the fighters had withdrawn', direct: false }]],
    // a name ending a list or an object is no speaker described after it: the speaker is the words after the comma
    ['a list of places, then "police said"', 'Clashes erupted in Gaza and Rafah, police said.',
      [{ source: 'police', kind: 'unnamed', cue: 'said', content: 'Clashes erupted in Gaza and Rafah', direct: false }]],
    ['a list of places, then "a police statement said"', 'Troops recovered 14 weapons in Churachandpur and Kangpokpi, a police statement said.',
      [{ source: 'a police statement', kind: 'unnamed', cue: 'said', content: 'Troops recovered 14 weapons in Churachandpur and Kangpokpi', direct: false }]],
    ['near miss: a name opening its clause, then its description', 'In Gaza, Mahmoud Basal, spokesman for the civil defense said 17 bodies were found.',
      [{ source: 'Mahmoud Basal', kind: 'named', cue: 'said', content: '17 bodies were found', direct: false }]],
    ['near miss: a place before the name', 'In Kabul, Ahmad Shah said the road was closed.',
      [{ source: 'Ahmad Shah', kind: 'named', cue: 'said', content: 'the road was closed', direct: false }]],
    // a hedge on a figure right after the cue is content, not an adverbial
    ['"say at least"', 'Officials say at least 50 people are still missing.',
      [{ source: 'Officials', kind: 'unnamed', cue: 'say', content: 'at least 50 people are still missing', direct: false }]],
    ['"said about" + figure', 'The army said about 30 soldiers died.',
      [{ source: 'The army', kind: 'unnamed', cue: 'said', content: 'about 30 soldiers died', direct: false }]],
    ['near miss: "said at" a place, then "that"', 'The army said at a press conference that 30 soldiers died.',
      [{ source: 'The army', kind: 'unnamed', cue: 'said', content: '30 soldiers died', direct: false }]],
    // "according to" inside a clause
    ['"according to" between subject and verb', 'The fighting, according to the UN, has displaced 1 million people.',
      [{ source: 'the UN', kind: 'named', cue: 'according to', content: 'The fighting, according to the UN, has displaced 1 million people', direct: false }]],
    ['"according to" before an adverbial', 'The town fell, according to the army, after a long siege.',
      [{ source: 'the army', kind: 'unnamed', cue: 'according to', content: 'The town fell, according to the army, after a long siege', direct: false }]],
    ['"according to" before "and" + clause', 'The town fell, according to the army, and the mayor fled.',
      [{ source: 'the army', kind: 'unnamed', cue: 'according to', content: 'The town fell', direct: false }]],
    // a remark on the clause after its source: a verbless phrase or a participle (wire copy on trade and shipping)
    ['"according to X," then a verbless remark', 'Exports rose to 1.5 million barrels per day in March, according to Vortexa, the highest level since 2018.',
      [{ source: 'Vortexa', kind: 'named', cue: 'according to', content: 'Exports rose to 1.5 million barrels per day in March', direct: false }]],
    ['"according to X," then a participle', 'The attacks have cut canal traffic by half, according to port officials, costing the country an estimated $500 million a month.',
      [{ source: 'port officials', kind: 'unnamed', cue: 'according to', content: 'The attacks have cut canal traffic by half', direct: false }]],
    ['near miss: "according to X," then a clause of its own', 'The talks collapsed, according to diplomats, the envoys left the city.',
      [{ source: 'diplomats', kind: 'unnamed', cue: 'according to', content: 'the envoys left the city', direct: false }]],
    ['near miss: a place, then "according to", then the clause', 'In the north, according to the army, 30 rebels were killed.',
      [{ source: 'the army', kind: 'unnamed', cue: 'according to', content: '30 rebels were killed', direct: false }]],
    // ", a claim X denied": X speaks, not "a claim X"
    ['", a claim X denied"', 'Rebels said they had taken the village, a claim Kyiv denied.',
      [{ source: 'Rebels', kind: 'named', cue: 'said', content: 'they had taken the village', direct: false },
        { source: 'Kyiv', kind: 'named', cue: 'denied', content: 'they had taken the village', direct: false }]],
    // what is denied is what the first speaker said, not the attribution to him (the row above gave "Rebels said they
    // had taken the village" to Kyiv, and the claim below was one with the interior minister's); a comment after a
    // reported clause ends it
    ['", a charge X deny" after a named speaker', 'Interior Minister Mohsin Naqvi said Kabul had sheltered the attackers, a charge the Afghan Taliban deny.',
      [{ source: 'Interior Minister Mohsin Naqvi', kind: 'named', cue: 'said', content: 'Kabul had sheltered the attackers', direct: false },
        { source: 'the Afghan Taliban', kind: 'named', cue: 'deny', content: 'Kabul had sheltered the attackers', direct: false }]],
    ['", a claim X could not verify" ends the content', 'The ministry claimed that its forces had captured the village, a claim the newspaper could not independently verify.',
      [{ source: 'The ministry', kind: 'unnamed', cue: 'claimed', content: 'its forces had captured the village', direct: false }]],
    ['", a figure X confirmed"', 'The strike killed 20 people, a figure the army confirmed.',
      [{ source: 'the army', kind: 'unnamed', cue: 'confirmed', content: 'The strike killed 20 people', direct: false }]],
    ['near miss: a name before the cue', 'The strike killed 20 people, the army confirmed.',
      [{ source: 'the army', kind: 'unnamed', cue: 'confirmed', content: 'The strike killed 20 people', direct: false }]],
    // a dash attribution to a described speaker
    ['quotation – the role', '"This is a war crime" - the foreign minister.',
      [{ source: 'the foreign minister', kind: 'unnamed', cue: '-', content: 'This is a war crime', direct: true }]],
    ['near miss: a dash with no quotation', 'The war goes on - the end.', []],
    // a report inside a relative clause set off by commas ends with the clause
    ['"which X said"', 'The strike, which the army said targeted a weapons depot, killed 8 people.',
      [{ source: 'the army', kind: 'unnamed', cue: 'said', content: 'targeted a weapons depot', direct: false }]],
    ['"who said"', 'The rebels, who said they had captured the town, posted a video.',
      [{ source: 'The rebels', kind: 'unnamed', cue: 'said', content: 'they had captured the town', direct: false }]],
    ['near miss: the relative clause is inside the content', 'He said the strike, which hit a school, killed 8 people.',
      [{ source: 'He', kind: 'pronoun', cue: 'said', content: 'the strike, which hit a school, killed 8 people', direct: false }]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

type Row = { source: string; cue: string; content: string };
const sccs = (text: string): Row[] => run(text).map((c) => ({ source: c.source.text, cue: c.cue, content: c.content }));

describe('findClaims: wire datelines', () => {
  it.each([
    ['city, date and agency', 'PARIS, June 9 (Newswire) - Bread prices rose 3% in May, the bakers\' federation said.', 'Bread prices rose 3% in May'],
    ['city, region, date and agency', 'LYON, France, June 9 (Newswire) - Two trains collided near the station, police said.', 'Two trains collided near the station'],
    ['city and agency with a long dash', 'NEW DELHI (Newswire) — Monsoon rains flooded 40 villages, officials said.', 'Monsoon rains flooded 40 villages'],
    ['city and a long dash', 'NAIROBI — Fuel prices will rise next month, the energy regulator said.', 'Fuel prices will rise next month'],
    ['no dateline: a short name before a dash stays', 'EU – China talks collapsed on Friday, officials said.', 'EU – China talks collapsed on Friday'],
  ])('%s', (_name, text, content) => {
    const [c] = run(text);
    expect(c?.content).toBe(content);
    expect(text.slice(c!.contentStart, c!.contentEnd)).toBe(content);
  });
});

describe('findClaims: base, plural and inverted forms of finding verbs', () => {
  it.each([
    ['plural "show that"', 'Bank records show that the loans were never repaid.',
      { source: 'Bank records', cue: 'show', content: 'the loans were never repaid' }],
    ['"suggest that"', 'Surveys suggest that two in five renters were behind on rent.',
      { source: 'Surveys', cue: 'suggest', content: 'two in five renters were behind on rent' }],
    ['"find that"', 'Studies find that night shifts raise the risk of diabetes.',
      { source: 'Studies', cue: 'find', content: 'night shifts raise the risk of diabetes' }],
    ['"reveal that"', 'The accounts reveal that the club lost £8 million.',
      { source: 'The accounts', cue: 'reveal', content: 'the club lost £8 million' }],
    ['"note that"', 'Analysts note that exports fell for a third month.',
      { source: 'Analysts', cue: 'note', content: 'exports fell for a third month' }],
    ['"maintain that"', 'The families maintain that the crash was avoidable.',
      { source: 'The families', cue: 'maintain', content: 'the crash was avoidable' }],
    ['"showed on <day> that"', 'Official figures showed on Monday that exports fell 2%.',
      { source: 'Official figures', cue: 'showed', content: 'exports fell 2%' }],
    ['"have shown that"', 'Trials have shown that the drug halves relapses.',
      { source: 'Trials', cue: 'shown', content: 'the drug halves relapses' }],
    ['inverted "figures showed"', 'Retail sales fell 1.5% in March, official figures showed.',
      { source: 'official figures', cue: 'showed', content: 'Retail sales fell 1.5% in March' }],
    ['inverted "studies suggest"', 'Short naps improve memory, studies suggest.',
      { source: 'studies', cue: 'suggest', content: 'Short naps improve memory' }],
    ['inverted "the letter states"', 'The headteacher resigned in May, the letter states.',
      { source: 'the letter', cue: 'states', content: 'The headteacher resigned in May' }],
    ['"found" with a bare clause after a document', 'The audit found 30% of invoices were paid late.',
      { source: 'The audit', cue: 'found', content: '30% of invoices were paid late' }],
    ['"showed" with a bare clause after data', 'Data from the health service showed waiting lists grew in June.',
      { source: 'Data from the health service', cue: 'showed', content: 'waiting lists grew in June' }],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual([expected]);
  });

  it.each([
    ['"found" as a plain verb with an object', 'Divers found two wrecks off the coast.'],
    ['"found" with a bare clause after a person', 'Rescuers found the road was blocked.'],
    ['"show" as a noun before "that"', 'The cookery show that made him famous ended in 2020.'],
    ['"show" as a noun', 'The flower show opens on Friday.'],
    ['"note" as a noun before a verb', 'The Treasury note was up 3 basis points.'],
    ['"reports" with a plain object', 'The company reports results on Thursday.'],
    ['"figures showed" after an adverbial only', 'In Canada, the fund agreed to pay $4 million.'],
  ])('finds no claim in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('findClaims: forecasts, beliefs and written statements', () => {
  it.each([
    ['"expect" + infinitive', 'Analysts expect the central bank to raise rates in July.',
      { source: 'Analysts', cue: 'expect', content: 'the central bank to raise rates in July' }],
    ['"expects" + infinitive', 'The airline expects passenger numbers to rise 8% this summer.',
      { source: 'The airline', cue: 'expects', content: 'passenger numbers to rise 8% this summer' }],
    ['"forecast" + a figure', 'Economists forecast growth of 0.8% next year.',
      { source: 'Economists', cue: 'forecast', content: 'growth of 0.8% next year' }],
    ['"forecast that" after a name', 'The OECD forecast that unemployment will fall to 5%.',
      { source: 'The OECD', cue: 'forecast', content: 'unemployment will fall to 5%' }],
    ['"projects" after a body', 'The central bank projects inflation of 2.5% in 2027.',
      { source: 'The central bank', cue: 'projects', content: 'inflation of 2.5% in 2027' }],
    ['"predicts" without "that"', 'Morgan Stanley predicts the euro will weaken.',
      { source: 'Morgan Stanley', cue: 'predicts', content: 'the euro will weaken' }],
    ['"estimate that"', 'Researchers estimate that 12,000 birds died in the spill.',
      { source: 'Researchers', cue: 'estimate', content: '12,000 birds died in the spill' }],
    ['"believe" without "that"', 'Investigators believe the fire was started deliberately.',
      { source: 'Investigators', cue: 'believe', content: 'the fire was started deliberately' }],
    ['inverted "analysts predict"', 'Prices will rise by 4% next year, analysts predict.',
      { source: 'analysts', cue: 'predict', content: 'Prices will rise by 4% next year' }],
    ['"a statement read:"', 'A statement read: "All flights are cancelled until noon."',
      { source: 'A statement', cue: 'read', content: 'All flights are cancelled until noon' }],
    ['inverted "the statement read"', '"We apologise to our customers," the statement read.',
      { source: 'the statement', cue: 'read', content: 'We apologise to our customers' }],
    ['"reads" after a sign', 'A sign on the gate reads: "No entry after dark."',
      { source: 'A sign on the gate', cue: 'reads', content: 'No entry after dark' }],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual([expected]);
  });

  it.each([
    ['"I expect" in running narrative', 'I expect the talks to fail.'],
    ['"we believe" in running narrative', 'We believe the vote was rigged.'],
    ['"Many expect" (nobody named)', 'Many expect prices to rise.'],
    ['"expect" with a bare object', 'Fans expect a win on Sunday.'],
    ['"read" after a person', 'She read the report twice.'],
    ['a passive forecast', 'Growth was forecast at 2% for the year.'],
    ['"expected" as an adjective', 'Sales beat the expected total of 40,000.'],
    ['"projects" as a noun', 'Housing projects in the city were delayed.'],
    ['"forecast" as a noun', 'The weather forecast shows rain all week.'],
  ])('finds no claim in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('findClaims: ", saying" and other participles with a bare clause', () => {
  it.each([
    ['"saying" + clause', 'The regulator fined the bank, saying it had misled customers.',
      { source: 'The regulator', cue: 'saying', content: 'it had misled customers' }],
    ['after an irregular past verb', 'The Fed kept rates on hold, saying inflation remained too high.',
      { source: 'The Fed', cue: 'saying', content: 'inflation remained too high' }],
    ['"adding" + clause', 'Police closed the road, adding that it would reopen at noon.',
      { source: 'Police', cue: 'adding', content: 'it would reopen at noon' }],
    ['"noting" + clause', 'The minister backed the plan, noting costs had fallen.',
      { source: 'The minister', cue: 'noting', content: 'costs had fallen' }],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual([expected]);
  });

  it.each([
    ['"adding to" (no report)', 'The team lost again, adding to the pressure on the coach.'],
    ['"noting" + a noun phrase', 'The council met on Tuesday, noting the importance of the vote.'],
    ['"warning" + an object', 'The storm hit the coast, warning signs were ignored.'],
  ])('finds no claim in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('findClaims: numbers inside the new claims', () => {
  it('spans a figure of a claim made with an inverted "figures showed"', () => {
    const text = 'LONDON, June 9 (Newswire) - Unemployment rose to 4.6% in April, official figures showed.';
    const [c] = run(text);
    const at = text.indexOf('4.6%');
    expect(c!.contentStart).toBeLessThanOrEqual(at);
    expect(c!.contentEnd).toBeGreaterThanOrEqual(at + 4);
    expect(c!.contentStart).toBe(text.indexOf('Unemployment'));
  });
});

describe('findClaims: a belief reported inside a report, and quotations opening with "No"', () => {
  it('gives a pronoun after an outer cue its own claim ("said she believed …")', () => {
    expect(sccs('The nurse said she believed the ward was understaffed.')).toEqual([
      { source: 'The nurse', cue: 'said', content: 'she believed the ward was understaffed' },
      { source: 'she', cue: 'believed', content: 'the ward was understaffed' },
    ]);
  });
  it('keeps a noun subject with the outer report ("say the results confirm …")', () => {
    expect(sccs('The authors say the results confirm an earlier trial.').map((c) => c.cue)).toEqual(['say']);
  });
  it.each([
    ['said: "No …"', 'The mayor said: "No one was hurt in the fire."', 'No one was hurt in the fire'],
    ['"No …," X said', '"No decision has been made," the spokeswoman said.', 'No decision has been made'],
  ])('takes a quotation opening with "No" (%s)', (_name, text, content) => {
    expect(run(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('findClaims: a content that opens with a time or place word (only a bare time or place phrase is none)', () => {
  it.each([
    ['"At least"', 'At least 12 people were killed in the blast, police said.',
      { source: 'police', cue: 'said', content: 'At least 12 people were killed in the blast' }],
    ['"About"', 'About 40 others were wounded in the raid, the hospital said.',
      { source: 'the hospital', cue: 'said', content: 'About 40 others were wounded in the raid' }],
    ['"On <day>" without a comma', 'On Wednesday a strike on the port killed six people, the governor said.',
      { source: 'the governor', cue: 'said', content: 'On Wednesday a strike on the port killed six people' }],
    ['"Last year"', 'Last year the company lost $2 billion, analysts said.',
      { source: 'analysts', cue: 'said', content: 'Last year the company lost $2 billion' }],
    ['"This was"', 'This was the worst flood in a century, the mayor said.',
      { source: 'the mayor', cue: 'said', content: 'This was the worst flood in a century' }],
    ['"During"', 'During the night troops shelled the town, witnesses said.',
      { source: 'witnesses', cue: 'said', content: 'During the night troops shelled the town' }],
    ['"Early" and "stressed"', 'Early treatment was vital, Dr Lee stressed.',
      { source: 'Dr Lee', cue: 'stressed', content: 'Early treatment was vital' }],
    ['after a dateline', 'QUEBEC — About 300 bakers marched on Monday, the association said.',
      { source: 'the association', cue: 'said', content: 'About 300 bakers marched on Monday' }],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual([expected]);
  });

  it.each([
    ['a place phrase before the subject', 'In Canada, the fund agreed to pay $4 million.'],
    ['a longer phrase before the subject', 'In the second case, the party asks for a recount.'],
  ])('finds no claim in %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('findClaims: a wire dateline is no subject of ", saying …"', () => {
  it.each([
    ['city and a spaced hyphen', 'LONDON - The central bank kept rates on hold on Thursday, saying inflation was falling.',
      { source: 'The central bank', cue: 'saying', content: 'inflation was falling' }],
    ['city and a long dash', 'ROME — The ministry closed the port, stating it had been damaged.',
      { source: 'The ministry', cue: 'stating', content: 'it had been damaged' }],
    ['city, agency and a hyphen', 'MADRID (Newswire) - The union called off the strike, saying talks had resumed.',
      { source: 'The union', cue: 'saying', content: 'talks had resumed' }],
    ['a spaced hyphen dateline is cut from an inverted claim', 'LONDON - Prices rose 2% in May, the agency said.',
      { source: 'the agency', cue: 'said', content: 'Prices rose 2% in May' }],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual([expected]);
  });
});

describe('findClaims: base forms that are mostly nouns ("state", "report", "note", "add", "project")', () => {
  it.each([
    ['"<Place> state, police said"', 'Gunmen killed 12 villagers in Kebbi state, police said.',
      [{ source: 'police', cue: 'said', content: 'Gunmen killed 12 villagers in Kebbi state' }]],
    ['"<Place> state officials said"', 'Ohio state officials said the plan was legal.',
      [{ source: 'Ohio state officials', cue: 'said', content: 'the plan was legal' }]],
    ['"<Place> state" before a noun', 'The Ohio state attorney general is investigating the firm.', []],
    ['"Editor\'s note:"', "Editor's note: This story has been updated to correct a name.", []],
    ['"report results"', 'Barclays and HSBC report first-quarter results next week.', []],
    ['"report next week"', 'Barclays and HSBC report next week.', []],
    ['"report to prison"', 'The mayor must report to prison on May 3.', []],
    ['"add to"', 'Shares add to gains.', []],
    ['"add to" after a noun', 'Those gains add to a strong week for the index.', []],
    ['a possessive before "project"', "With the firm's battery project canceled, staff moved on.", []],
    ['near miss: "report" + a clause after a source noun', 'Local media report the death toll has risen to 40.',
      [{ source: 'Local media', cue: 'report', content: 'the death toll has risen to 40' }]],
    ['near miss: "state that"', 'Police state that the man was armed.',
      [{ source: 'Police', cue: 'state', content: 'the man was armed' }]],
    ['near miss: "add that"', 'Officials add that the road will reopen.',
      [{ source: 'Officials', cue: 'add', content: 'the road will reopen' }]],
    ['near miss: "they add" after a quotation', '“We will rebuild,” they add.',
      [{ source: 'they', cue: 'add', content: 'We will rebuild' }]],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual(expected);
  });
});

describe('findClaims: a passive forecast ("is expected by …")', () => {
  it.each([
    ['a time after "by"', 'A ruling is expected by the end of June.', []],
    ['a day after "by"', 'A verdict is expected by Friday.', []],
    ['an agent and an infinitive, no "that"', 'The deal is expected by analysts to close in May.', []],
    ['near miss: "that" after the agent', 'It is expected by analysts that rates will fall.',
      [{ source: 'analysts', cue: 'expected', content: 'rates will fall' }]],
    ['near miss: an active forecast with a time', 'The airline expects profit to rise by the end of June.',
      [{ source: 'The airline', cue: 'expects', content: 'profit to rise by the end of June' }]],
  ])('%s', (_name, text, expected) => {
    expect(sccs(text)).toEqual(expected);
  });
});

describe('findClaims: a negated report attributes nothing ("would not confirm", "did not say")', () => {
  it.each([
    ['"would not confirm that"', 'Hospital staff would not confirm that 90 patients were moved.', []],
    ['"did not say how many"', 'The navy did not say how many sailors were rescued.', []],
    ['"did not immediately say"', 'The airline did not immediately say whether 12 flights were cancelled.', []],
    ['"has not said"', 'The club has not said when the new stadium will open.', []],
    ['"have not yet confirmed"', 'Investigators have not yet confirmed that the fire was arson.', []],
    ['"could not confirm"', 'Aid workers could not confirm that the convoy had arrived.', []],
    ['"did not disclose"', 'The bank did not disclose how much the deal was worth.', []],
    ['"never said"', 'The coach never said that he would resign.', []],
    ['contracted with a straight apostrophe', "The regulator didn't say whether the fine would be appealed.", []],
    ['contracted with a curly apostrophe', 'The firm wouldn’t confirm that 70 workers were laid off.', []],
    ['"neither confirmed nor denied"', 'The ministry neither confirmed nor denied that the envoy was recalled.', []],
    ['a negative source', 'No official confirmed that the border had reopened.', []],
    ['a negative source: "Nobody"', 'Nobody said the vote would be delayed.', []],
    ['"declined to say"', 'The ministry declined to say whether the talks had failed.', []],
    ['"refused to comment on reports that"', 'The club refused to comment on reports that the manager had quit.', []],
    ['a report noun after a verb in the past', 'The army rejected claims that the village was shelled.', []],
    // near misses: the negation belongs to another verb, or affirms
    ['near miss: "X denied that" is a statement', 'The ministry denied that the envoy was recalled.',
      [{ source: 'The ministry', cue: 'denied', content: 'the envoy was recalled' }]],
    ['near miss: a negation inside the content', 'The coach said he did not know how long the ban would last.',
      [{ source: 'The coach', cue: 'said', content: 'he did not know how long the ban would last' }]],
    ['near miss: "not only said"', 'The mayor not only said the bridge would reopen, she also set a date.',
      [{ source: 'The mayor not only', cue: 'said', content: 'the bridge would reopen, she also set a date' }]],
    ['near miss: a negated verb before "and said"', 'The general did not resign and said the army would stay.',
      [{ source: 'The general', cue: 'said', content: 'the army would stay' }]],
    ['near miss: "did not hesitate to say" reports', 'The minister did not hesitate to say that the plant would close.',
      [{ source: 'The minister', cue: 'say', content: 'the plant would close' }]],
    ['near miss: "went on to say" reports', 'The judge went on to say that the law was unclear.',
      [{ source: 'The judge', cue: 'say', content: 'the law was unclear' }]],
    ['"hesitated to say" without a negation reports nothing', 'The minister hesitated to say whether the plant would close.', []],
    ['near miss: "No 10" is a name', 'No 10 said that the talks would resume.',
      [{ source: 'No 10', cue: 'said', content: 'the talks would resume' }]],
    // regress4 R4: "no" before a comparative is a quantity ("at least 30"), not nobody
    ['near miss: "No fewer than" is a quantity', 'No fewer than 30 nurses said the ward was unsafe.',
      [{ source: 'No fewer than 30 nurses', cue: 'said', content: 'the ward was unsafe' }]],
    ['near miss: "No less than"', 'No less than a third of the residents said the water was brown.',
      [{ source: 'No less than a third of the residents', cue: 'said', content: 'the water was brown' }]],
    ['near miss: "No more than"', 'No more than four judges said the law was valid.',
      [{ source: 'No more than four judges', cue: 'said', content: 'the law was valid' }]],
    ['a negative source: "No" before an adjective', 'No senior official said the plant would close.', []],
    ['near miss: the other side of "but" stays', 'Officials did not confirm the toll, but residents said 500 people were killed.',
      [{ source: 'residents', cue: 'said', content: '500 people were killed' }]],
  ])('%s', (_name, text, expected) => {
    expect(run(text).map((c) => ({ source: c.source.text, cue: c.cue, content: c.content }))).toEqual(expected);
  });
});
