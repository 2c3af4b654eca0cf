// Finds attributed claims (extract stage): who says what, with the cue, the content span and the source's actor.
import { CLAIM_MAX_SENTENCE_CHARS, CLAIM_MAX_SOURCE_WORDS, CLAIM_MIN_CONTENT_WORDS, PRONOUN_LOOKBACK_CHARS } from '../defaults.js';
import { addMessage, type Actor, type Claim, type ClaimSource } from '../doc.js';
import type { ExtractContext, Sentence } from './context.js';
import {
  AFTER_CUE_ADVERBIALS, FRONTED_PHRASE_OPENERS, MODIFIER_PARTICIPLES, CUE_FORMS, CUE_VERBS, DETERMINERS, HEARERS, NEGATION_RELEASES, NEGATION_WORDS, NEGATIVE_SOURCES, NON_REPORTING_OBJECTS,
  NOUN_PREPOSITIONS, REPORTING_INFINITIVE_FRAMES, ROLE_WORDS, ASIDE_TITLE_WORDS, SOURCE_CUE_FILLERS, SOURCE_PRONOUNS,
  ACCORDING_CUES, ACCORDING_PHRASES, ASIDE_DENIAL_VERB, REPORT_NOUNS, SOURCE_STOPS, SPEAKER_NOUNS, SPEAKER_PASSIVES, RELAYED_QUOTE_FRAMES, TIME_HEADS, TITLE_ABBREVIATIONS, UNNAMED_HEADS, DOCUMENT_HEADS, EVENT_HEADS, type CueVerb,
  FIGURE_FRAMES, FIGURE_OBJECT_HEADS, LABEL_FRAMES, POLL_FRAMES, POLL_SOURCE_HEADS, NAME_TITLES, MEMBER_ROLE_WORDS, GENDERED_ROLE_WORDS, HONORIFIC_GENDER, type Gender,
  SPEAKER_LABEL_KINDS, MONEY_OBJECTS, MONEY_OBJECT_MAX_WORDS, ORDER_MODIFIERS, SENTENCE_CONNECTIVES, TERRITORY_OBJECT_LEADS, TERRITORY_NAME_TAILS, SOURCE_CUE_TIMES, SOURCE_CUE_TIME_NOUNS,
  CUE_ADVERBIAL_MANNER, CUE_ADVERBIAL_SETTINGS, CUE_ADVERBIAL_TIMES, ANONYMOUS_SOURCE_MODIFIERS, REGION_ADJECTIVES,
  COMMENT_ASIDE_NOUNS,
} from './cues.js';
import { findDateline } from './datelines.js';
import { countryOfDemonym, countryOfName, lookupPlace, lookupPlaceWithin } from './gazetteer.js';
import { PLACE_INSTITUTIONS } from './data/place-institutions.js';
import { STREET_HEADS } from './data/place-words.js';
import { FIGURE_HEDGE_WORDS } from './data/count-labels.js';
import { CLAIM_OBJECT_RELATIVE_LEADS, CLAIM_PRONOUN_CLAUSE_LEADS, KIN_NOUNS, wordSet } from './data/name-words.js';
// "said Monday 12 people were killed": a day right after the cue is no content
import { MONTHS, WEEKDAYS } from './number-words.js';
import { findQuotes, findSingleQuoteMarks, isScareQuote, type Quote, type QuoteMark } from './quotes.js';

/** One-word institution heads that UNNAMED_HEADS holds too: "authorities" (see describeSource). */
const INSTITUTION_HEADS = new Set(PLACE_INSTITUTIONS.flatMap((r) => r.words).filter((w) => !w.includes(' ')));

// a coordination before an institution's owner: "U.S. and " of "U.S. and Mexican authorities"
const JOINT_OWNERS = /(?:^|\s)(?:and|or|&)\s+$/i;

/** A word of a sentence with its offsets in the document. */
interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** A claim before ids and actors are attached. */
interface Draft {
  source: Span;
  cue: Span & { text: string };
  content: Span;
  direct: boolean;
  sentence: number;
  /** A participle sharing the subject of its sentence: "…, writing in a blog post “…”". */
  participle?: boolean;
  /** A group set before a list of its members ("Three companies, Nortek, Vireo and Alban"): no one actor speaks. */
  group?: boolean;
  /** A transcript turn ("WALSH: …", "A: …"): the speaker's actor id as the label names it (null: nobody known). */
  speaker?: string | null;
  /** The source as published when no words of the turn name it: the interviewee's name for an unlabelled answer. */
  sourceText?: string;
  /**
   * The relay of an active relayed quote ("Reuters" in "Reuters quoted him as saying …"): it reports the words, it
   * does not speak them, so an object pronoun source never stands for it.
   */
  relay?: Span;
  /**
   * A reply to an earlier report, on its content: "Naqvi said the government had sought Kabul's help, a charge the
   * Taliban deny". It shares that report's content and is kept beside it (dedupe).
   */
  reply?: boolean;
  /**
   * A comment set off after a clause by a report noun: "…, a claim the government denied". Its speaker is no subject
   * of the article's next sentence, so a pronoun there never stands for it ("… a claim the government denied. They
   * said the authorities ignored their warnings" is the relatives, not the government).
   */
  aside?: boolean;
}

const ASIDE_DENIAL_FORMS = new Set(ASIDE_DENIAL_VERB.forms);
/** A sentence without any cue form or "according" holds no claim (dash attributions aside): skipped before tokenizing. */
const CUE_HINT = new RegExp(`\\b(?:according|${[...CUE_FORMS.keys(), ...ASIDE_DENIAL_FORMS].join('|')})\\b`, 'i');
// Words with inner apostrophes, hyphens and initials ("U.S.", "al-Homsi", "team's"); a title keeps its full stop.
// Combining marks are part of a word: "José" written as "Jose" + U+0301 stays one word with its accent. A figure keeps
// its thousands commas: "Some 2,000 households reported …" (no boundary inside "2,000").
// (a share with its sign is one word, so a comma after it ends an aside: "The four main opposition alliances, which
// together took 37.8%, said" gave the source "together took 37.8", the gap "%, " being no comma's)
const WORD = /\p{N}{1,6}(?:[.,]\p{N}{1,6}){0,4}%(?=[\s,;:.)\]]|$)|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|(?:\p{L}\p{M}*\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?\.?/gu;
/**
 * Punctuation between words that ends a source or a phrase. Brackets do not ("who lost his World Boxing Council (WBC)
 * title, said"); a line break does ("…, the bank said.\nWarsaw Newsroom"). Two hyphens are a typed dash, as Yonhap,
 * Kyodo and Xinhua write it: "TOKYO, Aug. 2 (Kyodo) -- Japan's Defense Ministry said …" (the source began at "Aug. 2").
 */
const BOUNDARY = /[,;:"“”„«»—–\n]|\s--?\s/;
const QUOTE_OPEN = /^[\s,:]*["“„«]/;
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be']);
/** A source opening on an existential "there" and a form of "be": "there was no crosswind concern [reported to …]". */
const EXISTENTIAL_SOURCE = /^there\s+(?:(?:has|have|had)\s+been|is|was|were|are|will\s+be|would\s+be)\s/iu;
/** Auxiliaries that make a clause finite: "40% of homes were damp", "the Fed will cut rates". */
const REGION_ADJECTIVE = new Set(REGION_ADJECTIVES.words);
const FINITE_AUXILIARIES = new Set([
  'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do', 'shall',
]);
/**
 * Common irregular past tenses, the verb of a subject or of a clause: "The Fed held rates steady, saying …", "found
 * prices rose". Regular ones end in "-ed".
 */
const IRREGULAR_PAST = new Set([
  'held', 'kept', 'made', 'took', 'gave', 'cut', 'set', 'put', 'left', 'sent', 'rose', 'fell', 'won', 'lost', 'hit',
  'met', 'paid', 'sold', 'bought', 'spent', 'brought', 'began', 'broke', 'came', 'went', 'ran', 'saw', 'struck', 'stood',
  'threw', 'drew', 'led', 'shut', 'quit', 'froze', 'became', 'chose', 'fought', 'sought', 'grew', 'knew', 'meant', 'built',
  'felt', 'got', 'hurt', 'lay', 'laid', 'let', 'spoke', 'stole', 'swept', 'thought', 'understood', 'withdrew', 'wore',
  'slid', 'sank', 'shrank', 'sprang', 'stuck', 'overtook', 'undertook', 'upheld', 'rebuilt',
  // short ones the "-ed" test (over four letters) misses: "…, saying the soldiers fled", "saying 3 protesters died"
  // (not "fed": "the Fed held rates" names the bank)
  'fled', 'shot', 'hid', 'dug', 'flew', 'died', 'lied', 'tied', 'bled', 'sped',
]);
/** The longest time or place phrase read as no content before a source: "In the first half of the year". */
const BARE_ADVERBIAL_MAX_WORDS = 7;
/** Words after a source's head that open what qualifies it: "Data from the ONS", "Figures released on Tuesday". */
const HEAD_QUALIFIERS = new Set([
  'from', 'of', 'by', 'in', 'on', 'at', 'for', 'with', 'near', 'outside', 'released', 'published', 'issued', 'seen',
  'obtained', 'cited', 'compiled', 'who', 'which', 'that', 'filed', 'submitted',
]);
/** Capitalised words opening a sentence that name nobody: "Many believe …", "Some expect …". */
const NOT_NAMES = new Set(['many', 'some', 'most', 'few', 'others', 'all', 'both', 'everyone', 'everybody', 'nobody', 'none', 'people', 'fans']);
/** Pronouns of the writer and the reader: "I expect", "we believe", "you predict" in running narrative are no claims. */
const NARRATOR_PRONOUNS = new Set(['i', 'we', 'you', 'one', 'us']);
/** Words before a capitalised run that make it an organization in a description: "spokesman of the SDF", "via USA Today". */
const FUNCTION_WORDS = new Set(['the', 'of', 'for', 'to', 'at', 'in', 'from', 'with', 'and', 'on', 'by', 'via', 'through', 'about', 'into', 'under', 'over']);
/** Conjunctions right before a cue that join it to an earlier verb of the same subject: "… and said", "… but said". */
const SECOND_VERB_JOINERS = new Set(['and', 'but']);
/** Words that open a relative clause, never a reported one: "Cook told Benioff, which ultimately meant …". */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
/** Where a reported clause ends inside its sentence: ", but …", "; …", ", while …", ", adding …". */
// ", but that …" carries on the same report ("said the ceasefire held, but that 3 civilians were wounded").
// ", a claim the Kyiv Independent could not verify", ", a charge the Taliban deny" (REPORT_NOUNS): a comment on the
// report, not a part of it; so is a plural before its speaker: ", allegations Yerevan rejected", ", charges he denies"
const CLAUSE_BREAK = new RegExp(`,\\s+(?:but(?!\\s+that\\b)|while|whereas)\\s|;\\s|,["”»]?\\s+(?:adding|saying|noting|insisting|warning|stating|writing|explaining|arguing|claiming|telling)\\b|,\\s+(?:a|an)\\s+(?:${[...REPORT_NOUNS].join('|')})\\s|,\\s+(?:${[...REPORT_NOUNS].join('|')})s\\s+(?:he|she|they|it|we|the\\s|[A-Z])`);
/** Adverbs made from adjectives, between a source and its cue: "officials had consistently denied", "publicly said". */
const ADVERB = /^[a-z]{3,}(?:al|ful|ive|ous|ent|ant|ic|ed|ar|ate|ble|ing)ly$/;
// An adverb between a source and its cue, as written: ADVERB, and "long" in lower case ("Moscow has long denied carrying
// out cyberattacks" had the source "Moscow has long"; not in SOURCE_CUE_FILLERS, read in any case, where "spokeswoman
// Elizabeth Long said" would lose the surname)
const FILLER_ADVERB = /^(?:[a-z]{3,}(?:al|ful|ive|ous|ent|ant|ic|ed|ar|ate|ble|ing)ly|long)$/;
/** ", the newspaper said" closing a reported clause: an attribution of the whole sentence. */
// ("…, given the state of the roads": noun-like base forms are left out)
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?:[\\p{L}\\p{M}.'’-]+\\s+){0,6}(?:${[...CUE_FORMS].filter(([, c]) => !c.nounBase).map(([f]) => f).join('|')})(?:\\s+[\\p{L}\\p{M}]+){0,3}$`, 'u');
/** ", according to official data" closing a reported clause (forwardContent): no comma inside the attribution. */
const TRAILING_ACCORDING = /,\s+according\s+to\s+[^,;:"“”]{1,80}$/i;
/** Lower-case words inside names: "Abu Kanan al-Homsi", "Claudio De Vincenti", "Council of Europe". */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'of', 'abu']);

/**
 * Claims of the text in order, ids C1, C2…: reporting verbs ("X said (that) …", "…, X said."), "according to X",
 * quotations with their speaker before, after or between them, colon-introduced quotes, passives ("it is asserted by
 * X that …") and dash attributions ("“…” – Matthew Ingram"). `actors` link sources to actor ids and resolve pronouns.
 */
export function findClaims(ctx: ExtractContext, actors: Actor[]): Claim[] {
  const text = ctx.text;
  const paragraphs = paragraphsOf(ctx.sentences);
  // Single quotation marks ("‘Four people have died,’ she said", British style) are read as double ones: the rules
  // read a copy of the text with “ ” at their offsets (quotes.ts#findSingleQuoteMarks); apostrophes stay as they are.
  const doubles = findQuotes(text, paragraphs);
  const singles = findSingleQuoteMarks(text, paragraphs, doubles);
  const mctx = singles.length ? replaceMarks(ctx, singles) : ctx;
  const marked = mctx.text;
  const allQuotes = singles.length ? findQuotes(marked, paragraphs) : doubles;
  // Scare quotes are read as plain words of their clause: "said 15 militants had been “neutralised” near the border"
  // reports the whole clause, not the one word. The rules read a copy of the text with their marks blanked (offsets
  // unchanged); every text published is sliced from the article text itself.
  // (a label of two words or more after a labelling verb and its object is the subject's words, wherever the full stop
  // stands: 'described it as “improper and wrong”.' as 'described it as “improper and wrong.”', isLabelQuote)
  const scare = allQuotes.filter((q) => isScareQuote(marked, q) && !isLabelQuote(marked, q));
  const scareSet = new Set(scare);
  const quotes = scare.length ? allQuotes.filter((q) => !scareSet.has(q)) : allQuotes;
  const rctx = scare.length ? blankMarks(mctx, scare) : mctx;
  const drafts: Draft[] = [];
  // "Barclays expects …": a source that is an actor's mention names someone (verbs of belief and forecast need one)
  // the writer the byline names is the "I" of the text outside quotation marks (writerOf): an op-ed's "I believe the
  // ceasefire will collapse" is a belief of someone named, as "Barclays expects" is
  const writer = writerOf(ctx, actors);
  const isNamed = (span: Span) => actors.some((a) => a.mentions.some((m) => m.start < span.end && m.end > span.start)) ||
    (writer !== null && WRITER_PRONOUNS.has(text.slice(span.start, span.end)));
  rctx.sentences.forEach((s, si) => {
    if (!CUE_HINT.test(s.text) && !/[-–—]/.test(s.text) && !FRAME_HINT.test(s.text) && !POLL_HINT.test(s.text) && !LABEL_HINT.test(s.text)) return;
    if (s.text.length > CLAIM_MAX_SENTENCE_CHARS) return; // a table or a list run together, not a reporting sentence
    // a wire dateline's words are no part of a source: "Taipei, May 24 (CNA) Taiwan's Ministry of National Defense
    // said …" (no dash after the agency to stop the source, which began at "May 24")
    const body = bodyStart(rctx.text, s);
    const toks = tokenize(s).filter((t) => t.start >= body);
    findInSentence(rctx, quotes, s, si, toks, drafts, isNamed);
  });
  // "has the UN confirmed the attack on the camp?": a question asks about a report, it reports nothing
  drafts.splice(0, drafts.length, ...drafts.filter((d) => !isAskedReport(rctx, d, isNamed)));
  for (const d of drafts) possessorSource(text, d);
  const turns = transcriptTurns(rctx, actors);
  if (turns.length) {
    // "Ruth Abara: We added 900 teachers": inside a turn, as inside a quotation, "we"/"I" is the speaker's own wording
    const own = (d: Draft) => NARRATOR_PRONOUNS.has(text.slice(d.source.start, d.source.end).toLowerCase()) &&
      turns.some((t) => t.content.start <= d.cue.start && t.content.end >= d.cue.end);
    drafts.splice(0, drafts.length, ...drafts.filter((d) => !own(d)), ...turns);
  }
  const kept = dedupe(drafts);
  cutAtRivalClaims(text, kept, isNamed);
  cutAfterRivalClaims(text, kept);
  kept.sort((a, b) => Math.min(a.source.start, a.cue.start, a.content.start) - Math.min(b.source.start, b.cue.start, b.content.start));
  const mentions = actors
    .flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a })))
    .sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  // claims of an aside (Draft.aside): never the antecedent of a later pronoun source
  const asides = new Set<Claim>();
  for (const d of kept) {
    // "the Syrian Observatory for Human Rights (SOHR) said": tokens stop at "SOHR", the source takes its bracket
    d.source = balanceMarks(marked, d.source);
    if (!d.direct) d.content = balanceMarks(marked, d.content);
    widenSourceToName(text, d, mentions);
    const source: ClaimSource = d.speaker !== undefined
      ? { text: d.sourceText ?? text.slice(d.source.start, d.source.end), kind: d.speaker ? 'named' : 'unnamed', actor: d.speaker }
      : writerSource(describeSource(text, d, mentions, asides.size ? claims.filter((c) => !asides.has(c)) : claims, actors), writer);
    const content = text.slice(d.content.start, d.content.end);
    const start = Math.min(d.source.start, d.cue.start, d.content.start);
    const end = Math.max(d.source.end, d.cue.end, d.content.end);
    claims.push({
      id: `C${claims.length + 1}`,
      source,
      cue: d.cue.text,
      content,
      direct: d.direct,
      start,
      end,
      contentStart: d.content.start,
      contentEnd: d.content.end,
    });
    if (d.aside) asides.add(claims[claims.length - 1]!);
  }
  noteUnattributedQuotes(ctx, quotes, claims);
  return claims;
}

/** A possessive right before a cue word, which makes it a noun: "Beijing's claim", "the army’s claim". */
const POSSESSIVE_END = /['’]s\s+$/;
/**
 * The source of a cue word after a possessive is the possessor alone: "The defense chief dismissed Beijing's claim
 * that the Philippines had provoked the clashes" read "claim" as a verb with the source "The defense chief dismissed
 * Beijing's"; the claim is Beijing's. The possessor is the run of capitalised words before "'s" (with "the" before
 * it), or a noun after "the" ("rejected the army's claim that …" → "the army").
 */
function possessorSource(text: string, d: Draft): void {
  if (d.direct || d.source.end > d.cue.start) return;
  const before = text.slice(d.source.start, d.cue.start);
  const m = POSSESSIVE_END.exec(before);
  if (!m) return;
  const words = [...before.slice(0, m.index).matchAll(/\S+/g)];
  let k = words.length - 1;
  if (k < 0) return;
  if (/^\p{Lu}/u.test(words[k]![0])) {
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]![0]) && !/[,;:]$/.test(words[k - 1]![0])) k--;
    if (k > 0 && words[k - 1]![0] === 'the') k--; // "dismissed the Foreign Ministry's claim" → "the Foreign Ministry"
  } else if (k > 0 && /^(?:the|a|an)$/i.test(words[k - 1]![0])) k--;
  else return;
  const start = d.source.start + words[k]!.index!;
  const end = d.source.start + m.index;
  if (start === d.source.start && end === d.source.end) return;
  d.source = { start, end };
}

/** "I" of a source outside quotation marks (and "me" of "according to me"): the narrator, the one who writes. */
const WRITER_PRONOUNS = new Set(['I', 'me']);
/**
 * The writer of the article, the "I" of its text outside quotation marks and transcript turns: the one author its
 * byline names, by a name of two words or more ("By Lena Marsh"; "By Reuters", "Staff" and two authors name no one
 * "I"). `actor`: the author's actor id when the text names them too, else null.
 */
function writerOf(ctx: ExtractContext, actors: Actor[]): { name: string; actor: string | null } | null {
  const authors = ctx.doc?.meta?.authors ?? [];
  if (authors.length !== 1 || !/\S\s+\S/.test(authors[0]!.trim())) return null;
  const name = authors[0]!.trim().replace(/\s+/g, ' ');
  const a = actors.find((x) => x.type === 'person' && [x.name, ...x.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  return { name, actor: a?.id ?? null };
}
/**
 * The source of a report whose subject is "I" outside quotation marks (inside them the quoted speaker's "I" makes no
 * claim of its own): the writer, never a person named before. An op-ed's "President Hugo Ferran met the rebels …
 * I said at the time that the deal would not hold" is the writer's, not Ferran's: named as the byline names them
 * (writerOf), else the pronoun of no one.
 */
function writerSource(source: ClaimSource, writer: { name: string; actor: string | null } | null): ClaimSource {
  if (source.kind !== 'pronoun' || !WRITER_PRONOUNS.has(source.text) && source.text !== 'Me') return source;
  return writer ? { text: writer.name, kind: 'named', actor: writer.actor } : { ...source, actor: null };
}

/**
 * Auxiliaries that open a question when they stand before its subject: "has the UN confirmed …?", "Does the United
 * States say …?", "will the ministry announce …?" (a reporter's question in a briefing transcript).
 */
const QUESTION_AUXILIARIES = new Set(['has', 'have', 'had', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'will', 'would',
  'can', 'could', 'should', 'shall', 'may', 'might', 'must']);
/** Words that open a question as its subject: "What's the one thing you've learned …?". */
const QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where']);
/** The interviewee addressed in a question: "you", "your" (no source of a report). */
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/**
 * A report whose source follows an auxiliary in a sentence ending with "?": the question of an interviewer or a
 * reporter ("QUESTION: And on Sudan, has the UN confirmed the attack on the Zamzam camp?"), no claim of the UN.
 * "They control 85 percent of the capital, according to the UN." in the same turn stays a claim.
 */
function isAskedReport(ctx: ExtractContext, d: Draft, isNamed: (span: Span) => boolean): boolean {
  if (d.direct) return false;
  const s = ctx.sentences[d.sentence];
  if (!s || !/\?["”’»]?\s*$/.test(s.text)) return false;
  if (d.source.end > d.cue.start) return false; // the source before its cue: "has the UN confirmed"
  const words = [...ctx.text.slice(s.start, d.source.end).matchAll(/\p{L}+/gu)].map((m) => ({ w: m[0], start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
  const first = words.findIndex((w) => w.start >= d.source.start);
  if (first < 0) return false;
  // an interviewer's question: a source that opens with a question word or speaks to "you" ("Q: What's the one thing
  // you've learned …?", "So far in your journey, tell me one thing that has surprised you the most?")
  if (QUESTION_WORDS.has(words[first]!.w.toLowerCase()) || words.slice(first).some((w) => w.end <= d.source.end && SECOND_PERSON.has(w.w.toLowerCase()))) return true;
  // the auxiliary opens the source span ("has the UN"), follows its question word ("Why did the army") or stands
  // right before it ("Does the United States say"); never a word of a name ("Will Smith said", "Theresa May said")
  return [first, first + 1, first - 1].some((i) => {
    const w = words[i];
    return !!w && (i < first + 1 || w.end <= d.source.end) && QUESTION_AUXILIARIES.has(w.w.toLowerCase()) && !isNamed(w);
  });
}

/**
 * A source that starts inside an actor's name, after a comma of the name, takes the whole name, and the content before
 * it ends before the name: "…struck off Sulawesi on Tuesday, the Meteorology, Climatology and Geophysical Agency (BMKG)
 * said" read "Climatology and Geophysical Agency (BMKG)" as the source and "…, the Meteorology" as the end of the report.
 * Only a content that closes before the source and runs into the name is cut ("the" before the name goes with it).
 */
const ACRONYM_AFTER = /^[ \t]*\(\p{Lu}[\p{Lu}&]{1,9}\)/u;
/**
 * A public body's name that lists its fields with commas: "Ministry of Economy, Trade and Industry" (Japan), "Department
 * for Environment, Food and Rural Affairs" (UK): a head of BODY_AND_HEADS, "of"/"for", and an "and" after the comma.
 */
const LISTED_BODY_NAME = /^(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+[^,]+,\s+[^,]*\band\b/u;
function isListedBodyName(name: string): boolean {
  const m = LISTED_BODY_NAME.exec(name);
  return !!m && BODY_AND_HEADS.has(m[1]!.toLowerCase());
}
function widenSourceToName(text: string, d: Draft, mentions: { start: number; end: number }[]): void {
  // "…, said the Ministry of Economy, Trade and Industry.": a source after the cue that stops at the name's comma takes
  // the rest of the name (the source was "the Ministry of Economy")
  const tail = d.content.end > d.source.start ? undefined : mentions.find((x) => x.start >= d.source.start && x.start < d.source.end && x.end > d.source.end &&
    /^,/.test(text.slice(d.source.end, x.end)) && isListedBodyName(text.slice(x.start, x.end)));
  if (tail) d.source = { start: d.source.start, end: tail.end };
  const m = mentions.find((x) => x.start < d.source.start && x.end > d.source.start && /,/.test(text.slice(x.start, d.source.start)));
  // only a body's name with its acronym after it (joinCommaBodies, actors.ts), or one that lists its fields
  // (isListedBodyName: "Renewables would supply 40% in 2040, the Ministry of Economy, Trade and Industry said" read
  // "Trade and Industry" as the source): "stewardship of the Earth, Cook said" took the tagger's stray name "Earth, Cook"
  // as the source
  if (!m || !(ACRONYM_AFTER.test(text.slice(m.end, m.end + 16)) || isListedBodyName(text.slice(m.start, m.end)))) return;
  // "The Department of Agriculture, Fisheries and Forestry (DAFF) said exports fell": the report follows the cue
  const before = d.content.end <= d.source.start;
  if (!before && d.content.start < d.source.end) return;
  if (before && (d.content.end <= m.start || d.content.start >= m.start)) return;
  const lead = /(?:^|\s)(?:the|The)\s+$/.exec(text.slice(Math.max(0, m.start - 5), m.start));
  const start = lead ? m.start - lead[0].trimStart().length : m.start;
  if (before) {
    const content = trimSpan(text, d.content.start, start);
    if (!content) return;
    d.content = content;
  }
  d.source = { start, end: d.source.end };
}

/**
 * A speaker label opening a paragraph: "Q:", "A:", "HOST:", "WALSH:", "Ana Ruiz:", "Mr Holt:" (a capitalised word
 * run of at most four words, or one word in capitals), then the turn. Briefing and broadcast transcripts write the
 * label as a run of words in capitals, a title and a name, the party after a senator's name in brackets: "MR MILLER:"
 * (State Department), "SECRETARY BLINKEN:", "SEN. MARK KELLY (D-AZ):" (CNN); the bracket is no part of the label.
 */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{Lu}\p{M}'’-]*|\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,3}|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,3}))(?:\s*\(\p{Lu}{1,3}-\p{Lu}[\p{L}.]{1,10}\))?\s*:\s+(?=\S)/u;
/** Fewest labelled turns, and distinct labels among them, before paragraphs are read as a transcript. */
const TRANSCRIPT_MIN_TURNS = 3;
/**
 * A turn is prose, not the value of a fact box: "EPS: $1.12", "LABOUR: 412", "US: 42 stores", "VIP: $120" open with a
 * figure, "NYSE: HRL" is one word in capitals (a ticker); neither is anyone speaking.
 */
const FIGURE_TURN = /^[\p{Sc}+\-−±~≈<>(]*\s*\p{N}/u;
const TICKER_TURN = /^\p{Lu}[\p{Lu}\p{N}.&-]*[)\].,;]*$/u;

/**
 * Turns of an interview or a transcript as direct claims of their speaker: "A: We expect inflation to fall to 3
 * percent" is the interviewee's (the first person named before the first turn: "Elena Marsh, governor of the
 * Reserve Bank, spoke to the Herald"), "WALSH: No. The states asked for 5 billion dollars" and "Ana Ruiz: We are
 * very close" the labelled person's. Questions are no claims: "Q:"/"HOST:" turns (SPEAKER_LABELS) and turns ending
 * with a question mark ("David Hale: How close are you to a deal?"). Only when the article reads as a transcript: at
 * least TRANSCRIPT_MIN_TURNS labelled paragraphs with two labels or more, or "Q:" and "A:" both. An interview whose
 * page marks its questions (bold, see interviewRoles) reads as one too: each answer paragraph is a turn, of the
 * person its "NAME:" label names or else of the interviewee the intro presents as speaking to the outlet
 * (presentedInterviewee; none presented, no claim), and nothing before the first question is.
 */
function transcriptTurns(ctx: ExtractContext, actors: Actor[]): Draft[] {
  const text = ctx.text;
  type Turn = { label: Span; kind: 'question' | 'answer' | 'speaker'; body: Span; sentence: number; para: number; continues?: boolean };
  let turns: Turn[] = [];
  // where each paragraph's last sentence ends, in one pass
  const paraEnd = new Map<number, number>();
  for (const s of ctx.sentences) paraEnd.set(s.paragraph, s.end);
  let para = -1;
  ctx.sentences.forEach((s, si) => {
    if (s.paragraph === para) return;
    para = s.paragraph;
    const labelled = labelTurn(text, s, paraEnd.get(s.paragraph)!, true);
    if (labelled) turns.push({ ...labelled, sentence: si, para: s.paragraph });
  });
  // one capitalised word not in capitals is a label when it opens two paragraphs or more and one such label is the
  // surname of a person named in full: a wire interview's "Reuters: Why did inflation jump again?" / "Dragan: The
  // main reason is gas." (Anca Dragan). "Meanwhile: …" once, a box score's "Viera (4-0): K. Hupfer 1 goal" and a
  // game story's "Thunder: Host the Lakers on Friday." / "Lakers: …" are none
  const oneWordLabel = (t: Turn) => {
    const w = text.slice(t.label.start, t.label.end);
    return !/\s/.test(w) && w !== w.toUpperCase() && !SPEAKER_LABEL_KINDS.has(w.toLowerCase());
  };
  const labelCount = new Map<string, number>();
  for (const t of turns) if (oneWordLabel(t)) labelCount.set(text.slice(t.label.start, t.label.end), (labelCount.get(text.slice(t.label.start, t.label.end)) ?? 0) + 1);
  const repeated = [...labelCount].filter(([, n]) => n >= 2).map(([w]) => w);
  const surnames = new Set(actors.filter((a) => a.type === 'person' && /\s/.test(a.name)).map((a) => a.name.split(/\s+/).pop()!));
  const named = repeated.some((w) => surnames.has(w));
  turns = turns.filter((t) => !oneWordLabel(t) || (named && repeated.includes(text.slice(t.label.start, t.label.end))));
  const labels = new Set(turns.map((t) => text.slice(t.label.start, t.label.end).toLowerCase()));
  const qa = turns.some((t) => t.kind === 'question') && turns.some((t) => t.kind === 'answer');
  // labels that make a transcript are read as before, whatever the page marks ("<h4><b>Q: Why?</b></h4>" + "A: …")
  const roles = turns.length && (qa || (turns.length >= TRANSCRIPT_MIN_TURNS && labels.size >= 2)) ? null : interviewRoles(ctx);
  let firstQuestion = Infinity;
  if (roles) {
    // a marked interview: its intro and its questions are no turns, an answer is one labelled or not
    turns = [];
    para = -1;
    ctx.sentences.forEach((s, si) => {
      if (s.paragraph === para) return;
      para = s.paragraph;
      const role = roles.get(s.paragraph);
      if (role === 'question') firstQuestion = Math.min(firstQuestion, s.start);
      if (role !== 'answer') return;
      const pEnd = paraEnd.get(s.paragraph)!;
      // "Berg: We lost touch with voters": one capitalised word is a label here when it names a person (below)
      const labelled = labelTurn(text, s, pEnd, true);
      turns.push(labelled ? { ...labelled, sentence: si, para: s.paragraph } : { label: { start: s.start, end: s.start }, kind: 'answer', body: { start: s.start, end: pEnd }, sentence: si, para: s.paragraph });
    });
  }
  if (!turns.length) return [];
  if (!roles && !qa && (turns.length < TRANSCRIPT_MIN_TURNS || labels.size < 2)) return [];
  if (!roles) turns = withContinuations(ctx, turns, paraEnd);
  const persons = actors.filter((a) => a.type === 'person');
  const firstTurn = Math.min(turns[0]!.label.start, firstQuestion);
  // the interviewee: in a marked interview the person the intro presents as speaking to the outlet
  // (presentedInterviewee), none when it presents nobody; in a transcript the first person named before the first turn
  const introMention = roles ? presentedInterviewee(ctx, persons, firstTurn)
    : persons.flatMap((a) => a.mentions.filter((m) => m.end <= firstTurn).map((m) => ({ a, m }))).sort((x, y) => x.m.start - y.m.start)[0];
  const intro = introMention?.a;
  const out: Draft[] = [];
  for (let t of turns) {
    if (t.kind === 'question') continue;
    // in a marked interview, a label naming nobody of the article is part of the answer ("Meanwhile: …")
    if (roles && t.kind === 'speaker' && !labelledPerson(text, t.label, persons)) t = { ...t, kind: 'answer', label: { start: t.label.start, end: t.label.start }, body: { start: t.label.start, end: t.body.end } };
    const content = trimSpan(text, t.body.start, t.body.end, true);
    if (!content || /\?["”’»]?\s*$/.test(text.slice(t.body.start, t.body.end))) continue;
    if (t.label.start === t.label.end) {
      // an unlabelled answer of a marked interview: the interviewee's, named as the intro names them; nobody known,
      // no claim. The cue is no word of the text: an empty span at the answer's end, which no source inside the
      // answer can cover ("Our engineers said …" keeps its own claim, see dedupe)
      if (!intro || !introMention) continue;
      out.push({ source: { start: content.start, end: content.start }, cue: { start: content.end, end: content.end, text: MARKED_ANSWER_CUE }, content, direct: true, sentence: t.sentence, speaker: intro.id, sourceText: introMention.m.text });
      continue;
    }
    // a turn's next paragraph, unlabelled: the speaker's still, named as the label names them
    const cont = t.continues ? { source: { start: content.start, end: content.start }, cue: { start: content.end, end: content.end, text: ':' }, sourceText: text.slice(t.label.start, t.label.end) } : null;
    let speaker: string | null = null;
    if (t.kind === 'answer') speaker = intro?.id ?? null;
    else {
      const hit = labelledPerson(text, t.label, persons);
      // "New York: …", "Paris: …" in a list of places, "AP: The company declined to comment": a label that is no
      // speaker word (SPEAKER_LABELS) must name a person of the article
      if (!hit) continue;
      speaker = hit.id;
    }
    out.push({ source: t.label, cue: { start: t.label.end, end: t.label.end + 1, text: ':' }, content, direct: true, sentence: t.sentence, speaker, ...cont });
  }
  return out;
}

/** A stage note between turns, no one's words: "(The briefing was concluded at 1:52 p.m.)", "[CROSSTALK]". */
const STAGE_NOTE = /^[([]/;
/** A heading in capitals ends the run of a turn: a game story's "CLOSEOUT SEQUENCE", "UP NEXT". */
const CAPITALS_HEADING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/**
 * The turns of a transcript with the unlabelled paragraphs that follow a turn before the next label, each a turn of
 * the same speaker (`continues`): a spokesperson's opening statement runs over several paragraphs, and only the
 * first carries the label ("SPOKESPERSON: Good afternoon. I will start with Haiti. …" / "In Gaza, the World Food
 * Programme says it delivered 3,500 tonnes …"). Paragraphs after the last turn (the outlet's closing lines) and stage
 * notes (STAGE_NOTE) are none, and a heading in capitals (CAPITALS_HEADING) ends the run.
 */
function withContinuations<T extends { label: Span; body: Span; sentence: number; para: number; continues?: boolean }>(ctx: ExtractContext, turns: T[], paraEnd: Map<number, number>): T[] {
  const first = new Map<number, number>();
  ctx.sentences.forEach((s, si) => { if (!first.has(s.paragraph)) first.set(s.paragraph, si); });
  const out: T[] = [];
  turns.forEach((t, i) => {
    out.push(t);
    const next = turns[i + 1];
    if (!next) return;
    for (let p = t.para + 1; p < next.para; p++) {
      const si = first.get(p);
      if (si === undefined) continue;
      const s = ctx.sentences[si]!;
      if (STAGE_NOTE.test(s.text)) continue;
      if (CAPITALS_HEADING.test(ctx.text.slice(s.start, paraEnd.get(p)!))) break;
      out.push({ ...t, body: { start: s.start, end: paraEnd.get(p)! }, sentence: si, para: p, continues: true });
    }
  });
  return out;
}

/**
 * How an interview's intro presents the person who speaks to the outlet (presentedInterviewee): `side` says where
 * the person's name stands in the sentence, 'before' the words ("Finance Minister Maja Eklund sat down with us"),
 * 'after' them ("We asked Mira Lennox …", "In an interview with the Gazette, harbour chief Mira Lennox defended …")
 * or either. The first person named is often someone else ("A year after Prime Minister Henrik Lund handed her the
 * purse strings, Finance Minister Maja Eklund sat down with us"), and an advice column's answers are the
 * columnist's ("Each week our finance editor answers readers' questions. A reader whose adviser, Tom Fielding, …").
 */
const INTERVIEWEE_CUES: { id: string; re: RegExp; side: 'before' | 'after' | 'either' }[] = [
  { id: 'extract/interviewee-sat-down-with', re: /\b(?:sat|sits|sitting)\s+down\s+with\s+(?:us|me|the\s+\p{Lu}|this\s|our\s)/gu, side: 'before' },
  { id: 'extract/interviewee-spoke-to', re: /\b(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:exclusively\s+)?(?:to|with)\s+(?:us|me|the\s+\p{Lu}|\p{Lu}|this\s|our\s)/gu, side: 'before' },
  { id: 'extract/interviewee-told-outlet', re: /\btold\s+(?:us|me|the\s+\p{Lu}|this\s+(?:newspaper|paper|magazine|website|site|programme|program|podcast|reporter))/gu, side: 'before' },
  { id: 'extract/interviewee-answers', re: /\b(?:answers|answered|answering)\s+(?:our|your|the|readers['’]?)\s+questions\b/giu, side: 'before' },
  { id: 'extract/interviewee-in-an-interview', re: /\b(?:in|during)\s+an?\s+(?:exclusive\s+|recent\s+|wide-ranging\s+)?interview\b/giu, side: 'either' },
  { id: 'extract/interviewee-interview-with', re: /\b(?:interview|conversation)\s+with\b/giu, side: 'after' },
  { id: 'extract/interviewee-we-asked', re: /\bwe\s+(?:asked|spoke\s+to|talked\s+to|sat\s+down\s+with|met)\b/giu, side: 'after' },
];

/** The text before a cue ends with a comma: an apposition may stand between the name and the cue. */
const APPOSITION_END = /,\s*$/;
/**
 * The person an interview's intro (the text before offset `introEnd`) presents as the interviewee (INTERVIEWEE_CUES),
 * with the mention that names them, in the sentence of the first cue that names someone; null when none does.
 */
function presentedInterviewee(ctx: ExtractContext, persons: Actor[], introEnd: number): { a: Actor; m: { start: number; end: number; text: string } } | null {
  const intro = ctx.text.slice(0, introEnd);
  const hits: { at: number; end: number; side: 'before' | 'after' | 'either' }[] = [];
  for (const c of INTERVIEWEE_CUES) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(intro); m; m = c.re.exec(intro)) hits.push({ at: m.index, end: m.index + m[0].length, side: c.side });
  }
  hits.sort((x, y) => x.at - y.at);
  const mentions = persons.flatMap((a) => a.mentions.filter((m) => m.end <= introEnd).map((m) => ({ a, m })));
  for (const h of hits) {
    const s = ctx.sentences.find((x) => x.start <= h.at && h.at < x.end);
    if (!s) continue;
    const inSentence = mentions.filter(({ m }) => m.start >= s.start && m.end <= s.end);
    // the name nearest before the cue, or before an apposition that closes with a comma just before it ("Port
    // director Mira Lennox, appointed by Governor Hal Brenner, talks to the Gazette")
    let limit = h.at;
    const pre = ctx.text.slice(s.start, h.at);
    if (APPOSITION_END.test(pre)) {
      const opening = pre.lastIndexOf(',', pre.lastIndexOf(',') - 1);
      if (opening >= 0 && inSentence.some(({ m }) => m.end <= s.start + opening)) limit = s.start + opening;
    }
    const before = h.side !== 'after' ? inSentence.filter(({ m }) => m.end <= limit).sort((x, y) => y.m.end - x.m.end)[0] : undefined;
    const after = h.side !== 'before' ? inSentence.filter(({ m }) => m.start >= h.end).sort((x, y) => x.m.start - y.m.start)[0] : undefined;
    const hit = h.side === 'either' ? after ?? before : before ?? after;
    if (hit) return hit;
  }
  return null;
}

/** The person a speaker label names, null when none: "DOYLE:", "Ken Doyle:", "Mr Doyle:". */
function labelledPerson(text: string, span: Span, persons: Actor[]): Actor | null {
  const written = text.slice(span.start, span.end);
  const label = written.toLowerCase();
  const words = label.split(/\s+/);
  // "DOYLE:" is Ken Doyle of the introduction, also when the label was read as an actor of its own
  const fuller = (a: Actor) => a.name !== written && (a.name.toLowerCase() === label || (words.length === 1 && a.name.toLowerCase().split(/\s+/).pop() === label));
  return persons.find(fuller) ?? persons.find((a) => a.mentions.some((m) => m.start < span.end && m.end > span.start)) ??
    persons.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === label)) ?? titledPerson(written, persons) ??
    rolePerson(label, persons);
}

/**
 * The one person a label in capitals names after a title: "MR MILLER:" is Matthew Miller, "SEN. MARK KELLY:" Mark
 * Kelly, "SECRETARY BLINKEN:" Antony Blinken (the name that ends the label, whole or by its last word); null when
 * no one or several people of the article have that name.
 */
function titledPerson(written: string, persons: Actor[]): Actor | null {
  const words = written.toLowerCase().split(/\s+/);
  if (words.length < 2 || written !== written.toUpperCase()) return null;
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    const hits = persons.filter((a) => [a.name, ...a.aliases].some((n) => {
      const name = n.toLowerCase();
      return name === rest || (k === words.length - 1 && name.split(/\s+/).pop() === rest);
    }));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}

/**
 * The one person whose role the label names: "SPOKESPERSON:" in a UN noon briefing is Stéphane Dujarric, presented
 * as "Spokesperson for the Secretary-General"; "THE PRESIDENT:" in a White House transcript the president named in
 * its introduction. Null when no one or several people of the article hold a role of that word.
 */
function rolePerson(label: string, persons: Actor[]): Actor | null {
  const role = label.replace(/^the\s+/, '');
  if (!/^[\p{L}\s-]+$/u.test(role)) return null;
  const re = new RegExp(`(?:^|[^\\p{L}])${role.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
  const hits = persons.filter((a) => a.roles.some((r) => re.test(r)));
  return hits.length === 1 ? hits[0]! : null;
}

/** A letter's salutation, no speaker: an advice column's "DEAR ABBY: My husband …" is the reader's letter to Abby. */
const SALUTATION_LABEL = /^dear\s/i;

/**
 * The speaker label opening the paragraph of sentence `s` (SPEAKER_LABEL), ending at `pEnd`; null when it is none.
 * `oneWord`: one capitalised word not in capitals may be a label too (an answer of a marked interview, "Berg: …").
 */
function labelTurn(text: string, s: Sentence, pEnd: number, oneWord = false): { label: Span; kind: 'question' | 'answer' | 'speaker'; body: Span } | null {
  const m = SPEAKER_LABEL.exec(s.text);
  if (!m) return null;
  const label = m[1]!;
  const lower = label.toLowerCase();
  if (SALUTATION_LABEL.test(label)) return null;
  const kind = SPEAKER_LABEL_KINDS.get(lower);
  if (kind === 'notSpeaker') return null;
  // one capitalised word that is not in capitals ("Meanwhile: …") is no label
  if (!kind && !oneWord && !/\s/.test(label) && label !== label.toUpperCase()) return null;
  const body = text.slice(s.start + m[0].length, pEnd).trim();
  if (kind !== 'answer' && kind !== 'question' && (FIGURE_TURN.test(body) || TICKER_TURN.test(body))) return null;
  return { label: { start: s.start, end: s.start + label.length }, kind: kind ?? 'speaker', body: { start: s.start + m[0].length, end: pEnd } };
}

/**
 * The cue of an unlabelled answer in an interview whose page marks the questions: no word of the text says who
 * speaks, the page's layout does ("<p><strong>Would you join a coalition?</strong></p>" over "Yes, with any party …").
 */
const MARKED_ANSWER_CUE = 'answer';
/** Fewest marked questions, each followed by an answer, that make a page an interview (interviewRoles). */
const INTERVIEW_MIN_QUESTIONS = 2;
/**
 * Words of a speaker about themselves: most answers of an interview hold one ("We lost touch with voters"), the
 * answers of an explainer under bold questions do not ("Which libraries will close?" / "The branches in …").
 */
const FIRST_PERSON_WORDS = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll', 'me', 'my', 'mine', 'myself',
  'we', "we're", 'we’re', "we've", 'we’ve', "we'd", 'we’d', "we'll", 'we’ll', 'us', 'our', 'ours', 'ourselves']);
const LETTER_WORD = /[\p{L}'’]+/gu;
/**
 * A quotation inside a paragraph, blanked before the first-person words are counted: in an explainer under question
 * subheads the "I" is someone else's, quoted ("Why did they stay?" / "\"I was not going to leave my patients,\" Ruiz
 * said."), while an interviewee's answer speaks in the first person outside quotation marks.
 */
const QUOTED_SPAN = /"[^"]*"|“[^“”]*”|«[^«»]*»/g;
/**
 * A paragraph that carries its own attribution is reported speech, no answer of an interviewee: a quotation followed
 * by its speaker ("\"We will refund every ticket,\" the operators said.", "\"We lost the school,\" said farmer Luc
 * Moreau.") or an "according to". "Our engineers said the rock was harder" (no quotation) stays an answer.
 */
const SELF_ATTRIBUTED = [
  { id: 'extract/answer-quote-then-speaker', re: /[,!?…]\s*["”’»]\s+(?:[\p{L}.'’-]+\s+){0,5}?(?:said|says|added|adds|told|explained|warned|insisted|recalled|wrote|writes)\b/iu },
  { id: 'extract/answer-according-to', re: /\baccording\s+to\b/i },
];
/**
 * The editor's lines closing or interrupting an interview, no answer of the interviewee: "This interview has been
 * edited for length and clarity.", "The conversation was condensed.", "Answers have been lightly edited."
 */
const INTERVIEW_NOTES = [
  { id: 'extract/interview-edited-note', re: /^(?:this|the|our)\s+(?:interview|conversation|transcript|exchange|q\s*&\s*a)\s+(?:has\s+been|have\s+been|was|were|is)\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|shortened|translated)\b/i },
  { id: 'extract/answers-edited-note', re: /^(?:answers|responses|quotes)\s+(?:have\s+been|were|are)\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|shortened|translated)\b/i },
];

/**
 * The paragraphs of an interview whose page marks its questions (Paragraph.question: a wholly bold paragraph, a
 * "question" class, an h3/h4 ending in "?"), by index: 'question', or 'answer' for the plain paragraphs after a
 * question up to the next one. Null unless the page reads as an interview: at least INTERVIEW_MIN_QUESTIONS marked
 * questions each followed by an answer, most of them ending with "?", and most answers in the first person outside
 * quotation marks (QUOTED_SPAN); a paragraph carrying its own attribution (SELF_ATTRIBUTED) is no answer. A bold
 * standfirst, bold subheads ("Savings"), an explainer's questions answered in the third person or by others' quotes
 * ("Why did they stay?" / "\"I was not going to leave,\" Ruiz said.") are none. h3/h4 subheads ending in "?" stay
 * marks (an interview may set its questions so), but every marked interview also needs an interviewee presented by
 * its intro (presentedInterviewee), which an explainer's intro does not give.
 */
function interviewRoles(ctx: ExtractContext): Map<number, 'question' | 'answer'> | null {
  const paragraphs = ctx.doc?.paragraphs;
  if (!Array.isArray(paragraphs) || !paragraphs.some((p) => p.question)) return null;
  const text = ctx.text;
  const roles = new Map<number, 'question' | 'answer'>();
  // question runs ("Q1a", "Q1b" → one question) with whether they end in "?", and the first-person answers after them
  const runs: { asks: boolean; answers: number; firstPerson: boolean }[] = [];
  paragraphs.forEach((p, i) => {
    if (p.end > text.length) return;
    const last = runs[runs.length - 1];
    if (p.question) {
      roles.set(i, 'question');
      const asks = /\?["”’»]?$/.test(text.slice(p.start, p.end));
      if (last && last.answers === 0) last.asks ||= asks;
      else runs.push({ asks, answers: 0, firstPerson: false });
      return;
    }
    if (!last) return; // the intro
    const said = text.slice(p.start, p.end);
    if (INTERVIEW_NOTES.some((n) => n.re.test(said))) return;
    if (SELF_ATTRIBUTED.some((r) => r.re.test(said))) return;
    roles.set(i, 'answer');
    last.answers++;
    if (!last.firstPerson) last.firstPerson = (said.replace(QUOTED_SPAN, ' ').match(LETTER_WORD) ?? []).some((w) => FIRST_PERSON_WORDS.has(w.toLowerCase()) && w !== 'US');
  });
  const answered = runs.filter((r) => r.answers > 0);
  if (answered.length < INTERVIEW_MIN_QUESTIONS) return null;
  if (answered.filter((r) => r.asks).length * 2 < answered.length || answered.filter((r) => r.firstPerson).length * 2 < answered.length) return null;
  return roles;
}

/** The context with the marks of quotations `qs` replaced by spaces: same offsets, sentences re-sliced. */
function blankMarks(ctx: ExtractContext, qs: Quote[]): ExtractContext {
  const marks = [...new Set(qs.flatMap((q) => [q.start, q.end - 1]))].sort((a, b) => a - b);
  return replaceMarks(ctx, marks.map((at) => ({ at, ch: ' ' })));
}

/** The context with single characters replaced (offsets unchanged): `marks` sorted by offset. */
function replaceMarks(ctx: ExtractContext, marks: QuoteMark[]): ExtractContext {
  // Built from slices between the marks, not from an array of every character (a 50 KB article is 50,000 strings);
  // only the sentences holding a mark get new text.
  let text = '';
  let from = 0;
  for (const m of marks) {
    text += ctx.text.slice(from, m.at) + m.ch;
    from = m.at + 1;
  }
  text += ctx.text.slice(from);
  let k = 0;
  const sentences = ctx.sentences.map((s) => {
    while (k < marks.length && marks[k]!.at < s.start) k++;
    return k < marks.length && marks[k]!.at < s.end ? { ...s, text: text.slice(s.start, s.end) } : s;
  });
  return { ...ctx, text, sentences };
}

/** Words a quotation needs before its missing speaker is worth a note: scare quotes ("‘Terrorists’") are shorter. */
const MIN_QUOTE_WORDS_FOR_NOTE = 6;

/** An info message per long quotation that no claim holds: "“…”" with no speaker the rules could find. */
function noteUnattributedQuotes(ctx: ExtractContext, quotes: Quote[], claims: Claim[]): void {
  if (!Array.isArray(ctx.doc?.messages)) return; // tests and benches may run the extractor without a full document
  for (const q of quotes) {
    if (countWords(ctx.text.slice(q.innerStart, q.innerEnd)) < MIN_QUOTE_WORDS_FOR_NOTE) continue;
    if (claims.some((c) => c.contentStart < q.innerEnd && c.contentEnd > q.innerStart)) continue;
    const preview = ctx.text.slice(q.start, Math.min(q.end, q.start + 80)).replace(/\s+/g, ' ');
    addMessage(ctx.doc, { severity: 'info', rule: 'extract/unattributed-quote', text: `quotation with no speaker found at ${q.start}: ${preview}` });
  }
}

/** Paragraph spans from the sentences (each knows its paragraph): the context carries no paragraph list. */
function paragraphsOf(sentences: Sentence[]): { start: number; end: number }[] {
  const out: { start: number; end: number; index: number }[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last.index === s.paragraph) last.end = s.end;
    else out.push({ start: s.start, end: s.end, index: s.paragraph });
  }
  return out;
}

/** The words of a sentence with document offsets. */
function tokenize(s: Sentence): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s.text); m; m = WORD.exec(s.text)) {
    let w = m[0];
    // "said." ends the sentence; "Capt." and "U.S." keep their stops
    if (w.endsWith('.') && !/^(?:\p{L}\p{M}*\.){2,}$/u.test(w) && !TITLE_ABBREVIATIONS.has(w.slice(0, -1).toLowerCase())) w = w.slice(0, -1);
    out.push({ text: w, lower: w.toLowerCase(), start: s.start + m.index, end: s.start + m.index + w.length });
  }
  return out;
}

const gap = (text: string, a: Tok | undefined, b: Tok | undefined) => (a && b ? text.slice(a.end, b.start) : '');

/** First index of the phrase ending at toks[e]: back to a boundary, a stop word or `max` words. */
function segmentBack(text: string, toks: Tok[], e: number, max: number): number {
  if (e < 0) return 0; // nothing before: an empty phrase (start > end)
  let k = e;
  while (k > 0 && e - k < max - 1 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) k--;
  return SOURCE_STOPS.has(toks[k]!.lower) ? k + 1 : k;
}
const insideQuote = (quotes: Quote[], pos: number) => quotes.find((q) => pos > q.start && pos < q.end - 1);

function findInSentence(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], out: Draft[], isNamed: (span: Span) => boolean): void {
  const text = ctx.text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (insideQuote(quotes, t.start)) continue; // "I think" inside a quotation is the speaker's own wording
    const according = ACCORDING_PHRASES.find((p) => p.words.every((w, k) => toks[i + k]?.lower === w));
    if (according) {
      const d = accordingTo(text, quotes, s, si, toks, i, according.words.length);
      i += according.words.length - 2; // "reported" of "as reported by" is no cue of its own
      // "The government said it had lifted 400,000 children …, according to official data": the data back the
      // government's clause, not "The government said …"
      const inner = d && d.content.end <= d.cue.start ? out.find((o) => o.sentence === si && o.cue.start >= d.content.start && o.content.end <= d.cue.start && !o.direct) : undefined;
      if (d && inner) d.content = inner.content;
      if (d) out.push(d);
      continue;
    }
    // "The health ministry put the death toll at 40": the figure is the subject's estimate
    const frame = FRAME_FORMS.get(t.lower);
    if (frame) {
      const d = figureFrame(text, quotes, s, si, toks, i, frame);
      if (d) {
        out.push(d);
        continue;
      }
    }
    // "The interior minister called it “an Islamist terrorist act”": the quoted label is the subject's claim
    const label = LABEL_FORMS.get(t.lower);
    if (label) {
      const d = labelFrame(text, quotes, s, si, toks, i, label, out);
      if (d) {
        out.push(d);
        continue;
      }
    }
    // "An Ipsos poll put Labour on 38%": the shares are the poll's
    if (POLL_FORMS.has(t.lower)) {
      const d = pollFrame(text, quotes, s, si, toks, i);
      if (d) {
        out.push(d);
        continue;
      }
    }
    // "The minister was accused of taking bribes, an accusation his office rejected": a denial's verb in a report
    // noun's aside (ASIDE_DENIAL_VERB); the aside's frame alone makes it a cue
    if (ASIDE_DENIAL_FORMS.has(t.lower)) {
      const r = reportingVerb(ctx, quotes, s, si, toks, i, ASIDE_DENIAL_VERB, false, false, out);
      if (r?.aside) {
        out.push(r);
        continue;
      }
    }
    const cue = CUE_FORMS.get(t.lower);
    if (cue) {
      const r = reportingVerb(ctx, quotes, s, si, toks, i, cue.verb, cue.nounLike, cue.nounBase, out);
      const d = r && meetsCueNeeds(text, r, cue.verb, isNamed) && !isNegatedReport(text, toks, i, r) ? r : null;
      if (d) {
        out.push(d);
        const more = continuation(ctx, quotes, s, d);
        if (more) out.push(more);
      }
    }
  }
  const dash = dashAttribution(text, quotes, s, si, toks);
  if (dash) out.push(dash);
}

/**
 * The number of words of a REPORTING_INFINITIVE_FRAMES frame ending right before the cue toks[i] ("went on to", "did
 * not hesitate to"), or -1 when the "to" before the cue opens no such frame. A negated frame must follow a negation
 * (over fillers: "did not immediately hesitate").
 */
function reportingFrame(text: string, toks: Tok[], i: number): number {
  for (const f of REPORTING_INFINITIVE_FRAMES) {
    const first = i - f.words.length;
    if (first < 0 || !f.words.every((w, n) => toks[first + n]!.lower === w && (n === 0 || !BOUNDARY.test(gap(text, toks[first + n - 1], toks[first + n]))))) continue;
    if (!f.needsNegation) return f.words.length;
    for (let k = first - 1; k >= 0 && (SOURCE_CUE_FILLERS.has(toks[k]!.lower) || FILLER_ADVERB.test(toks[k]!.text)); k--) {
      if (NEGATION_WORDS.has(toks[k]!.lower)) return f.words.length;
    }
  }
  return -1;
}

/**
 * Whether the report at cue toks[i] is negated (CUE_NEGATIONS, NEGATIVE_SOURCES), so that it attributes nothing:
 * "Officials would not confirm that 300 homes were destroyed", "Police did not say how many people were arrested",
 * "The army did not immediately say …", "Officials didn't confirm …", "No official confirmed …". Only the words right
 * before the cue count (auxiliaries, "not", adverbs: SOURCE_CUE_FILLERS): in "The army did not retreat and said …" and
 * "He said it did not know …" the negation is another verb's; "not only said … but" affirms (NEGATION_RELEASES).
 */
function isNegatedReport(text: string, toks: Tok[], i: number, d: Draft): boolean {
  for (let k = i - 1; k >= 0 && (SOURCE_CUE_FILLERS.has(toks[k]!.lower) || FILLER_ADVERB.test(toks[k]!.text)) && !BOUNDARY.test(gap(text, toks[k], toks[k + 1])); k--) {
    if (NEGATION_WORDS.has(toks[k]!.lower) && !NEGATION_RELEASES.has(toks[k + 1]!.lower)) return true;
  }
  const first = toks.findIndex((t) => t.start === d.source.start);
  if (first < 0) return false;
  const w = toks[first]!.lower;
  const next = toks[first + 1];
  return NEGATIVE_SOURCES.some((g) => g.words.includes(w) && (!g.beforeLowerCase || /^\p{Ll}/u.test(next?.text ?? '')) && !g.notBefore?.includes(next?.lower ?? ''));
}

/** "According to pro-SDF sources, 26 ISIS militants were killed" and "…, according to Capt. Abu Kanan al-Homsi." */
function accordingTo(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, n = 2): Draft | null {
  const cue = { start: toks[i]!.start, end: toks[i + n - 1]!.end, text: toks.slice(i, i + n).map((x) => x.lower).join(' ') };
  let j = i + n;
  const srcStart = j;
  while (j < toks.length && j - srcStart < CLAIM_MAX_SOURCE_WORDS && !(j > srcStart && BOUNDARY.test(gap(text, toks[j - 1], toks[j])))) j++;
  if (j === srcStart) return null;
  const source = trimSource(text, toks, srcStart, j - 1);
  if (!source) return null;
  const afterSource = text.slice(toks[j - 1]!.end, s.end);
  const before = text.slice(s.start, toks[i]!.start);
  const beforeWords = countWords(before);
  // "According to the Syrian Democratic Forces (SDF), 12 fighters …": a closing bracket before the comma
  const afterComma = /^[\s)\]]*,/.test(afterSource) && j < toks.length ? toks[j]!.start : -1;
  const afterWords = afterComma >= 0 ? countWords(text.slice(afterComma, s.end)) : 0;
  let content: Span | null = null;
  let described = -1;
  // "The fighting, according to the UN, has displaced 1 million people": set inside its clause, the attribution
  // leaves the whole clause as content (the subject before it included)
  const resume = afterComma >= 0 && beforeWords >= CLAIM_MIN_CONTENT_WORDS && /,\s*$/.test(before) ? toks[j]!.lower : '';
  if (afterWords >= 3 && isMidClauseAside(text, toks, s, toks[i]!.start, j - 1)) content = clause(text, bodyStart(text, s), s.end, quotes);
  // "The town fell, according to the army, after a long siege": the adverbial after it finishes the clause before
  else if (resume && /^\p{Ll}/u.test(toks[j]!.text) && AFTER_CUE_ADVERBIALS.has(resume)) content = clause(text, bodyStart(text, s), s.end, quotes);
  // "The town fell, according to the army, and the mayor fled": what follows is another statement, unattributed;
  // "Twelve people died, according to the fire service, which said …": a relative clause describes the source (its
  // cue, if any, makes a claim of its own: relativeReport)
  else if (resume && ['and', 'but', 'while', 'whereas', ...RELATIVE_SPEAKERS, 'whose'].includes(resume)) content = contentBefore(text, quotes, s, toks[i]!.start);
  else if (afterComma >= 0 && (RELATIVE_SPEAKERS.has(toks[j]!.lower) || toks[j]!.lower === 'whose')) {
    // "According to the ministry, which cited hospital records, 40 people died": the clause after the relative one
    let m = j + 1;
    while (m < toks.length && !/^[\s)\]]*,\s*$/.test(gap(text, toks[m - 1], toks[m]))) m++;
    if (m < toks.length && countWords(text.slice(toks[m]!.start, s.end)) >= 3) content = clause(text, toks[m]!.start, s.end, quotes);
    // "She won nearly 60% of the vote according to the National Electoral Institute, which put her 30 points ahead.":
    // the relative clause closes the sentence, and the content stands before the cue (no claim was found)
    else if (beforeWords >= CLAIM_MIN_CONTENT_WORDS) content = contentBefore(text, quotes, s, toks[i]!.start);
    else return null;
  }
  // "Young renters spend half their income on rent, according to Maya Patel, a researcher at the IFS.": a verbless
  // description of the source after it, the content stands before the cue. It closes the sentence after a comma, as
  // an aside does, so "the" and a lower-case head describe too: "The gunmen arrived at 8am, according to Sani
  // Abdullahi, the headmaster of the school." (the content was "the headmaster of the school")
  // "…, according to Human Rights Activists in Iran, a group that has been closely following the unrest.": the
  // description may hold a relative clause of its own; its verbs are the description's, not a clause's after the cue
  else if (afterWords >= 3 && beforeWords >= CLAIM_MIN_CONTENT_WORDS && isDescription(toks, j, toks.length - 1, true) &&
    !hasFiniteVerb(text, { start: afterComma, end: descriptionEnd(toks, j, s.end) })) content = contentBefore(text, quotes, s, toks[i]!.start);
  // "Iran exported 1.5 million bpd in the first quarter, according to Vortexa, the highest level since 2018" and
  // "The attacks have cut traffic by half, according to Egypt, costing it $500 million a month": a verbless phrase or
  // a participle after the source remarks on the clause before it, which is the content (a clause with its verb)
  else if (afterWords >= 3 && beforeWords >= CLAIM_MIN_CONTENT_WORDS && /,\s*$/.test(before) &&
    hasFiniteVerb(text, { start: s.start, end: toks[i]!.start }) && isRemarkAfterSource(text, toks, j, s.end)) {
    content = contentBefore(text, quotes, s, toks[i]!.start);
  }
  // "According to the Pakistan Institute for Conflict and Security Studies (PICSS), an Islamabad-based think tank,
  // militants carried out 74 attacks": a verbless description of the source between commas is no part of the content
  // "M23 rebels, backed by Rwanda according to UN experts, seized Goma": the source closes a participle's aside on
  // the subject, without a comma before it; it vouches for the aside, not for the clause's verb after it
  else if (afterWords >= 3 && isParticipleAsideBefore(text.slice(bodyStart(text, s), toks[i]!.start)) && /^\p{Ll}/u.test(toks[j]!.text)) content = contentBefore(text, quotes, s, toks[i]!.start);
  else if (afterWords >= 3 && (described = descriptionThenClause(text, toks, j, s.end)) >= 0) content = clause(text, toks[described]!.start, s.end, quotes);
  else if (afterWords >= 3) content = clause(text, afterComma, s.end, quotes); // "According to X, CONTENT."
  else if (beforeWords >= CLAIM_MIN_CONTENT_WORDS) content = contentBefore(text, quotes, s, toks[i]!.start); // "CONTENT, according to X."
  else if (afterComma < 0) {
    // "According to Rathbun the Scientology property …": no comma; the name is the capitalised run
    let k = srcStart;
    while (k < j && (/^\p{Lu}/u.test(toks[k]!.text) || ['al', 'bin', 'de', 'van', 'von', 'of'].includes(toks[k]!.lower))) k++;
    if (k === srcStart || k >= j) return null;
    const src = trimSource(text, toks, srcStart, k - 1);
    content = clause(text, toks[k]!.start, s.end, quotes);
    return src && content ? { source: src, cue, content, direct: isDirect(text, content, quotes), sentence: si } : null;
  }
  if (!content) return null;
  return { source, cue, content, direct: isDirect(text, content, quotes), sentence: si };
}

/**
 * Whether the words before an "according to" end in an aside that a past participle opens after a comma, with no
 * comma of its own before the cue: "M23 rebels, backed by Rwanda " (then "according to UN experts, seized Goma"),
 * "The militia, armed by the army " (then "according to witnesses, attacked …"). Not "The town fell, " (a comma ends it).
 */
function isParticipleAsideBefore(before: string): boolean {
  if (/,\s*$/.test(before)) return false;
  const comma = before.lastIndexOf(',');
  if (comma <= 0 || /[;:()"“”]/.test(before)) return false;
  const words = before.slice(comma + 1).trim().split(/\s+/);
  const w0 = words[0] ?? '';
  // … or a relative clause on the subject: "The Black Basta group, which has hit more than 500 organizations since
  // 2022 " (then "according to the FBI, listed the hospital on its leak site": the FBI vouches for the count only)
  if (words.length >= 3 && RELATIVE_SPEAKERS.has(w0) && comma > 0 && /\p{L}/u.test(before.slice(0, comma))) return true;
  return words.length >= 2 && (/^\p{Ll}{2,}ed$/u.test(w0) || IRREGULAR_PAST.has(w0)) && !/^\p{Lu}/u.test(before.slice(comma + 1).trim());
}

/** Heads of a description of a source besides SPEAKER_NOUNS and ROLE_WORDS: "a Britain-based war monitor", "an Islamabad-based think tank". */
const SOURCE_DESCRIPTION_HEADS = new Set(['monitor', 'tank', 'ngo', 'outlet', 'newspaper', 'daily', 'broadcaster', 'portal', 'network', 'body', 'consultancy', 'tracker']);
/** Most words of a description of a source between "according to X," and the content. */
const SOURCE_DESCRIPTION_MAX_WORDS = 10;

/**
 * The token opening the content after a verbless description of the source that starts at toks[j] and ends at a
 * comma ("…, a Britain-based war monitor, | 12 soldiers were killed"), or -1: the description opens with an article
 * and the clause after it has at least three words.
 */
function descriptionThenClause(text: string, toks: Tok[], j: number, end: number): number {
  if (!DESCRIPTION_OPENERS.has(toks[j]?.lower ?? '')) return -1;
  let m = j + 1;
  while (m < toks.length && toks[m]!.start < end && m - j <= SOURCE_DESCRIPTION_MAX_WORDS && !BOUNDARY.test(gap(text, toks[m - 1], toks[m]))) m++;
  if (m >= toks.length || toks[m]!.start >= end || m - j > SOURCE_DESCRIPTION_MAX_WORDS || !/^[\s)\]]*,\s*$/.test(gap(text, toks[m - 1], toks[m]))) return -1;
  // a verb makes it a clause ("According to police, a bomb exploded, killing three"); "Britain-based" is no verb
  const verb = toks.slice(j + 1, m).some((x) => /^\p{Ll}[\p{Ll}’']*$/u.test(x.text) &&
    (FINITE_AUXILIARIES.has(x.lower) || IRREGULAR_PAST.has(x.lower) || (/ed$/.test(x.lower) && x.lower.length > 4)));
  if (verb || !isDescription(toks, j, m - 1, true)) return -1;
  // a figure is the subject of the content, and a phrase after it carries the subject on: "According to the ministry,
  // a total of 45 people, including children, died"
  if (toks.slice(j, m).some((x) => /\p{N}/u.test(x.text))) return -1;
  const next = toks[m]!;
  if (/^\p{Ll}/u.test(next.text) && (FUNCTION_WORDS.has(next.lower) || RELATIVES.has(next.lower) || /ing$/.test(next.lower))) return -1;
  // its head names a body or a person who speaks, not the subject of the content ("the country's prisons, already
  // overcrowded, hold 40,000 people")
  const head = toks[m - 1]!.lower;
  if (!(SPEAKER_NOUNS.has(head) || ROLE_WORDS.has(head) || SOURCE_DESCRIPTION_HEADS.has(head))) return -1;
  return countWords(text.slice(toks[m]!.start, end)) >= 3 ? m : -1;
}

/** Pronouns opening a relative clause inside a description: "a group that tracks arrests", "an NGO which …". */
const DESCRIPTION_RELATIVES = new Set(['that', 'which', 'who', 'whose']);
/** Words that open a description of a source: "a group that …", "an NGO which …", "the monitor that …". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * Where the head of a description starting at toks[j] ends: before its relative clause ("a group | that has been
 * following the unrest"), else at the sentence's end. A relative pronoun right after the opening determiner opens
 * none ("that" in "that group").
 */
function descriptionEnd(toks: Tok[], j: number, end: number): number {
  // only a description opened by its article: "…, according to a study published in 2015, women without a history of
  // heart disease who took a multivitamin were less likely to die" is the report, its relative clause the subject's
  if (!DESCRIPTION_OPENERS.has(toks[j]?.lower ?? '')) return end;
  for (let k = j + 2; k < toks.length && toks[k]!.start < end; k++) if (DESCRIPTION_RELATIVES.has(toks[k]!.lower)) return toks[k]!.start;
  return end;
}

type FigureFrame = (typeof FIGURE_FRAMES)[number];
/** Written form → its figure frame (FIGURE_FRAMES). */
const FRAME_FORMS: Map<string, FigureFrame> = new Map(FIGURE_FRAMES.flatMap((f) => f.forms.map((x): [string, FigureFrame] => [x, f])));
/** A sentence with a frame verb and a count noun a few words after it is read though it holds no cue form. */
const FRAME_HINT = new RegExp(`\\b(?:${[...FRAME_FORMS.keys()].join('|')})\\s+(?:[\\p{L}\\p{M}.'’-]+\\s+){0,4}?(?:${[...FIGURE_OBJECT_HEADS].join('|')})\\b`, 'iu');
/** Most words between a frame verb and its object's head: "put the overall civilian death toll at 40". */
const FRAME_OBJECT_MAX_WORDS = 5;
/** Prepositions opening a phrase that qualifies a frame's object: "the number of …", "the death toll from …". */
const FRAME_QUALIFIER_OPENERS = new Set(['of', 'from', 'in', 'for', 'among', 'since', 'after', 'during', 'across', 'on', 'at']);
/** Most words of that phrase: "of people killed in the attacks", "from Tuesday's earthquake in the south". */
const FRAME_QUALIFIER_MAX_WORDS = 8;
/** Words between a frame's preposition and its figure: "at least 52", "at more than 300", "to about 60". */
const FRAME_FIGURE_HEDGES = new Set([
  'about', 'around', 'over', 'under', 'some', 'nearly', 'almost', 'at', 'least', 'most', 'more', 'less', 'fewer', 'than',
  'roughly', 'approximately', 'just', 'up',
  'between', // a range: "estimated the crowd at between 275,000 and 325,000"
]);

/**
 * The subject before a frame's verb toks[i] (figureFrame, labelFrame), over fillers ("has", "later", "on Tuesday",
 * words of `adverb`), or null: "The Gaza health ministry", "the army" after "while". A description between commas
 * goes as for a reporting verb: "An independent monitoring group, the Archive of Public Gatherings, estimated the
 * crowd at …", "The home secretary, Yvette Cooper, called the figures “a legacy of chaos”". The noun before "who" is
 * the subject of a relative clause: "four officials, including a career Army officer who described Trump's call as
 * “improper”" (the source was "including a career Army officer who").
 */
function frameSubject(text: string, toks: Tok[], i: number, adverb: RegExp): Span | null {
  let j = i - 1;
  while (j >= 0 && (SOURCE_CUE_FILLERS.has(toks[j]!.lower) || adverb.test(toks[j]!.text) || isTimeFiller(toks, j)) && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) {
    if (WEEKDAYS.has(toks[j]!.lower) && toks[j - 1]?.lower === 'on') j--;
    j--;
  }
  if (j >= 1 && toks[j]!.lower === 'who' && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) j--;
  if (j < 0) return null;
  if (/^[\s)\]]*,\s*$/.test(gap(text, toks[j], toks[j + 1]))) {
    const subject = subjectBeforeAside(text, toks, j);
    if (subject) return trimSource(text, toks, subject.desc ?? subject.a, subject.b);
    // the name between the commas, after its description, is the subject itself
    const a = segmentBack(text, toks, j, CLAIM_MAX_SOURCE_WORDS);
    if (a > j || a === 0 || !/,\s*$/.test(gap(text, toks[a - 1], toks[a])) || !isSubjectLike(toks, a, j)) return null;
    return appositive(text, toks, a, j);
  }
  if (BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) return null;
  let a = segmentBack(text, toks, j, CLAIM_MAX_SOURCE_WORDS);
  // (over a word that opens a list's remark, no subject: "including", "among")
  while (a < j && (SOURCE_STOPS.has(toks[a]!.lower) || LIST_REMARK_OPENERS.has(toks[a]!.lower))) a++;
  if (a > j || !isSubjectLike(toks, a, j)) return null;
  return appositive(text, toks, a, j);
}

/**
 * "The Gaza health ministry put the death toll at 40", "UN officials put the number of displaced at 10,000", "Medics
 * estimated the death toll at 60", "the army put it at 20" (FIGURE_FRAMES): a claim of the subject, cue the verb,
 * content its object with the figure ("the death toll at 40"). Null unless a count noun is the object and a figure
 * follows the frame's preposition.
 */
function figureFrame(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, frame: FigureFrame): Draft | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!/^\p{Ll}/u.test(t.text) || !prev || DETERMINERS.has(prev.lower)) return null; // "an estimated 40,000"
  // the object: "it", or up to its count noun ("the death toll", "a toll", "the number")
  let h = i + 1;
  while (h < toks.length && h - i <= FRAME_OBJECT_MAX_WORDS && !FIGURE_OBJECT_HEADS.has(toks[h]!.lower)) h++;
  if (h >= toks.length || !FIGURE_OBJECT_HEADS.has(toks[h]!.lower) || (toks[h]!.lower === 'it' && h !== i + 1)) return null;
  // the preposition and its figure, right after the head or after a phrase qualifying it ("the number of dead at 40",
  // "the death toll from Tuesday's earthquake at 2,400", "the number of people killed in the attacks at 115")
  const figureAfter = (p: number): number => {
    let f = p + 1;
    while (f < toks.length && FRAME_FIGURE_HEDGES.has(toks[f]!.lower) && f - p <= 3) f++;
    return f < toks.length && FIGURE.test(toks[f]!.text) ? f : -1;
  };
  let p = h + 1;
  let f = p < toks.length && frame.prepositions.includes(toks[p]!.lower) ? figureAfter(p) : -1;
  if (f < 0 && p < toks.length && FRAME_QUALIFIER_OPENERS.has(toks[p]!.lower)) {
    // a qualifier of a few words with no verb of its own, no comma inside
    for (p++; p < toks.length && p - h <= FRAME_QUALIFIER_MAX_WORDS + 1; p++) {
      const w = toks[p]!;
      if (BOUNDARY.test(gap(text, toks[p - 1], w)) || FINITE_AUXILIARIES.has(w.lower) || isReportingVerb(toks, p)) break;
      if (frame.prepositions.includes(w.lower) && (f = figureAfter(p)) >= 0) break;
    }
  }
  if (f < 0) return null;
  for (let k = i + 1; k <= f; k++) if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return null;
  // the subject before the verb (frameSubject); "The National Emergency Management Agency (NEMA) on Friday put the
  // death toll … at 151" had "on Friday" in its source, as "The ministry on Tuesday said" has not
  const source = frameSubject(text, toks, i, FILLER_ADVERB);
  const content = clause(text, toks[i + 1]!.start, s.end, quotes);
  if (!source || !content || content.end < toks[f]!.end) return null;
  return { source, cue: { start: t.start, end: t.end, text: t.lower }, content, direct: false, sentence: si };
}

type LabelFrame = (typeof LABEL_FRAMES)[number];
/** Written form → its labelling frame (LABEL_FRAMES). */
const LABEL_FORMS: Map<string, LabelFrame> = new Map(LABEL_FRAMES.flatMap((f) => f.forms.map((x): [string, LabelFrame] => [x, f])));
/** A sentence with a labelling verb and a quotation mark after it is read though it holds no cue form. */
const LABEL_HINT = new RegExp(`\\b(?:${[...LABEL_FORMS.keys()].join('|')})\\b[^"“„«]{1,60}["“„«]`, 'i');
/** Most words of a labelled object: "it", "the attack", "the killing of the two officers". */
const LABEL_OBJECT_MAX_WORDS = 6;
/** First words of what follows a labelling verb that make it no label: "called on the government", "called for calm". */
const LABEL_NOT_OBJECT = new Set(['on', 'for', 'off', 'up', 'in', 'out', 'back', 'upon', 'to', 'by', 'a', 'an']);
/** A labelling verb, then one to LABEL_OBJECT_MAX_WORDS words of its object, ending right before a quotation. */
const LABEL_BEFORE_QUOTE = new RegExp(`\\b(${[...LABEL_FORMS.keys()].join('|')})\\s+((?:[\\p{L}\\p{M}\\p{N}'’.-]+\\s+){1,${LABEL_OBJECT_MAX_WORDS}})$`, 'u');
/** Fewest words of a label read as a quotation after its verb and object, not a scare quote. */
const LABEL_QUOTE_MIN_WORDS = 2;

/**
 * Whether the quotation q is the label of a labelling frame (labelFrame): a verb of LABEL_FRAMES, an object and "as"
 * where the frame asks it, then a quotation of LABEL_QUOTE_MIN_WORDS words or more. isScareQuote reads a short
 * quotation after a word as part of its clause unless punctuation closes it inside the marks; a label's full stop
 * stands outside in British style ('The minister described it as “improper and wrong”.') and a second verb may follow
 * ('Blinken called the decision “a serious mistake” and said …'): both labels were lost. One word stays a scare
 * quote ("called them “terrorists”").
 */
function isLabelQuote(text: string, q: Quote): boolean {
  if (countWords(text.slice(q.innerStart, q.innerEnd)) < LABEL_QUOTE_MIN_WORDS) return false;
  const m = LABEL_BEFORE_QUOTE.exec(text.slice(Math.max(0, q.start - 120), q.start));
  if (!m) return false;
  const object = m[2]!.trim().toLowerCase().split(/\s+/);
  if (LABEL_NOT_OBJECT.has(object[0]!) || object.includes('to')) return false;
  const last = object[object.length - 1]!;
  return LABEL_FORMS.get(m[1]!)!.needsAs ? last === 'as' && object.length > 1 : !LABEL_PHRASE_OPENS.has(last);
}

/**
 * Last words of a labelling verb's object that make the quotation only a part of the label, the object of a
 * preposition: "called him the author of “many books”" (the claim's content was "many books").
 */
const LABEL_PHRASE_OPENS: ReadonlySet<string> = new Set(['of', ...NOUN_PREPOSITIONS]);

/**
 * "The interior minister called it “an Islamist terrorist act”", "Scholz described the attack as “cowardly and
 * despicable”" (LABEL_FRAMES): a claim of the subject, cue the verb, content the quotation (direct). Null unless an
 * object of one to LABEL_OBJECT_MAX_WORDS words (and "as" where the frame asks it) stands between the verb and a
 * quotation (not a scare quote: "called them “terrorists”" labels with one word), and a subject stands before the
 * verb: "a group called “Friends of the Earth”" has no object, "called on the army to …" none either.
 */
function labelFrame(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, frame: LabelFrame, earlier: Draft[]): Draft | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!/^\p{Ll}/u.test(t.text) || !prev || DETERMINERS.has(prev.lower)) return null;
  const q = quotes.find((x) => x.start > t.end && x.start <= s.end);
  if (!q) return null;
  // the object: the words up to the quotation, with no break among them
  let e = i + 1;
  while (e < toks.length && toks[e]!.end <= q.start) e++;
  e--;
  if (e <= i || e - i > LABEL_OBJECT_MAX_WORDS || !/^\s*$/.test(text.slice(toks[e]!.end, q.start))) return null;
  if (LABEL_NOT_OBJECT.has(toks[i + 1]!.lower)) return null;
  for (let k = i + 1; k <= e; k++) if (BOUNDARY.test(gap(text, toks[k - 1], toks[k])) || toks[k]!.lower === 'to' || isReportingVerb(toks, k)) return null;
  // "a man called the station “to say a bomb would go off”": an infinitive is a purpose, no label
  if (/^\s*to\s/i.test(text.slice(q.innerStart, q.innerEnd))) return null;
  const hasAs = toks[e]!.lower === 'as';
  if (frame.needsAs && (!hasAs || e === i + 1)) return null;
  if (!hasAs && LABEL_PHRASE_OPENS.has(toks[e]!.lower)) return null; // "called him the author of “many books”"
  // "Sanchez said the government would send two more planes and called the fire “a tragedy for the whole region”":
  // after "and"/"but" the label is the second verb of the subject of the claim before it in the sentence (as a
  // reporting verb is, reportingVerb); that claim ends before the joiner (its content ran over the label, which was lost)
  const joiner = toks[i - 1]!;
  if (SECOND_VERB_JOINERS.has(joiner.lower) && !BOUNDARY.test(gap(text, joiner, t))) {
    const same = earlier.filter((d) => d.sentence === si && d.cue.end <= joiner.start && !ACCORDING_PHRASES.some((p) => p.words.join(' ') === d.cue.text)).pop();
    if (same) {
      if (same.content.start < joiner.start && same.content.end > t.start) same.content = trimSpan(text, same.content.start, joiner.start) ?? same.content;
      return { source: same.source, cue: { start: t.start, end: t.end, text: t.lower }, content: quoteContent(text, q), direct: true, sentence: si };
    }
    // "Blinken met the envoy and called the decision “a serious mistake”", "The mayor condemned the attack and
    // called it “an act of cowardice”": with no claim before, the subject of the first verb, as reportingVerb reads it
    const a = segmentBack(text, toks, i - 2, CLAIM_MAX_SOURCE_WORDS);
    let b = a;
    while (b < i - 1 && !isVerbLike(toks[b]!) && !IRREGULAR_PAST.has(toks[b]!.text)) b++;
    const first = b > a && b < i - 1 && !toks.slice(b, i - 1).some((x) => BE_FORMS.has(x.lower)) ? appositive(text, toks, a, b - 1) : null;
    if (first) return { source: first, cue: { start: t.start, end: t.end, text: t.lower }, content: quoteContent(text, q), direct: true, sentence: si };
  }
  const source = frameSubject(text, toks, i, ADVERB);
  if (!source) return null;
  return { source, cue: { start: t.start, end: t.end, text: t.lower }, content: quoteContent(text, q), direct: true, sentence: si };
}

const POLL_FORMS: ReadonlySet<string> = new Set(POLL_FRAMES.forms);
const POLL_PREPOSITIONS: ReadonlySet<string> = new Set(POLL_FRAMES.prepositions);
/** A sentence with a poll noun, then a poll verb, an object and a share: read though it holds no cue form. */
const POLL_HINT = new RegExp(`\\b(?:${[...POLL_SOURCE_HEADS].join('|')})\\b.*\\b(?:${POLL_FRAMES.forms.join('|')})\\s+(?:[\\p{L}\\p{M}.'’-]+\\s+){0,5}(?:\\p{L}+\\s+)?\\d`, 'iu');
/** A share right after a figure's token: "31 per cent", "31 percent" ("31%" and "33.1%" are one token, WORD). */
const SHARE_AFTER = /^(?:[.,]\d+)?(?:\s?%|\s+per\s?cent\b|\s+percent\b)/u;

/**
 * "An Ipsos poll put Labour on 38%", "The survey of 1,089 adults, conducted between 14 and 17 March, put Labour on
 * 31%, … with the Conservatives on 23%" (POLL_FRAMES): a claim of the poll, cue the verb, content the clause after
 * it with every share. Null unless a poll noun is in the subject and a share follows the object ("on", "at", or none:
 * "gave Reform 29%").
 */
function pollFrame(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number): Draft | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!/^\p{Ll}/u.test(t.text) || !prev || DETERMINERS.has(prev.lower)) return null;
  // the object, a name or a short noun phrase, then the preposition (or none) and the share
  let f = i + 1;
  while (f < toks.length && f - i <= FRAME_OBJECT_MAX_WORDS + 1 && !FIGURE.test(toks[f]!.text)) f++;
  if (f >= toks.length || f === i + 1 || !/^\d/u.test(toks[f]!.text) || (!toks[f]!.text.endsWith('%') && !SHARE_AFTER.test(text.slice(toks[f]!.end, toks[f]!.end + 9)))) return null;
  let o = f - 1;
  while (o > i && FRAME_FIGURE_HEDGES.has(toks[o]!.lower) && !POLL_PREPOSITIONS.has(toks[o]!.lower)) o--;
  if (POLL_PREPOSITIONS.has(toks[o]!.lower)) o--;
  if (o <= i) return null;
  for (let k = i + 1; k <= f; k++) if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return null;
  // the subject: right before the verb, or before a description between commas ("The survey of 1,089 adults,
  // conducted between 14 and 17 March, put …")
  let j = i - 1;
  while (j >= 0 && (SOURCE_CUE_FILLERS.has(toks[j]!.lower) || FILLER_ADVERB.test(toks[j]!.text)) && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) j--;
  if (j < 0) return null;
  let a: number;
  let b = j;
  if (/^[\s)\]]*,\s*$/.test(gap(text, toks[j], toks[j + 1]))) {
    const subject = subjectBeforeAside(text, toks, j);
    if (!subject) return null;
    a = subject.a;
    b = subject.b;
  } else {
    if (BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) return null;
    // "A poll published by El País on Monday put …": the poll noun may stand before what qualifies it, over the
    // prepositions segmentBack stops at
    a = j;
    while (a > 0 && j - a < CLAIM_MAX_SOURCE_WORDS - 1 && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    const head = toks.findIndex((x, k) => k >= a && k <= j && POLL_SOURCE_HEADS.has(x.lower));
    if (head < 0) return null;
    // the noun phrase of the poll opens at its determiner or words before the noun: "A poll", "an Ipsos poll"
    while (a < head && !DETERMINERS.has(toks[a]!.lower) && !/^\p{Lu}/u.test(toks[a]!.text) && a + 1 <= head) a++;
  }
  // "with a survey by the Ifo institute putting it on 25%": the preposition opens no source
  while (a < b && ['with', 'and', 'but', 'while', 'as'].includes(toks[a]!.lower)) a++;
  if (a > b) return null;
  if (!toks.slice(a, b + 1).some((x) => POLL_SOURCE_HEADS.has(x.lower))) return null;
  const source = trimSource(text, toks, a, b);
  const content = clause(text, toks[i + 1]!.start, s.end, quotes);
  if (!source || !content || content.end < toks[f]!.end) return null;
  return { source, cue: { start: t.start, end: t.end, text: t.lower }, content, direct: false, sentence: si };
}

/**
 * A reporting verb in a finite form, right after a word with nothing between but a space: "said", "found", "says" (not
 * a noun-like form, "reports", nor a participle, "saying"), the verb of the noun before it.
 */
function isFiniteCue(t: Tok, before: string): boolean {
  const form = CUE_FORMS.get(t.lower);
  return form !== undefined && !form.nounLike && !t.lower.endsWith('ing') && /^\s+$/.test(before);
}


const CLAIM_OBJECT_RELATIVE_LEAD = wordSet(CLAIM_OBJECT_RELATIVE_LEADS);
/** Subject pronouns that can open a reduced relative clause before a cue: "companies it says supply …", as written. */
const RELATIVE_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'I']);
const CLAIM_PRONOUN_CLAUSE_LEAD = wordSet(CLAIM_PRONOUN_CLAUSE_LEADS);
/** Subordinators that open a clause whose subject may be names joined by "and": "after Washington and its allies accused …". */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'when', 'while', 'because', 'since', 'before', 'until', 'although', 'though', 'as', 'if', 'whereas']);

/** A claim around reporting verb toks[i], or null when the verb is not reporting here. */
function reportingVerb(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, verb: CueVerb, nounLike: boolean, nounBase: boolean, earlier: Draft[]): Draft | null {
  const text = ctx.text;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const prevGap = gap(text, prev, t);
  // "these claims", "the Islamic State", "a reported attack": a determiner makes the form a noun or an adjective
  if (prev && !BOUNDARY.test(prevGap) && DETERMINERS.has(prev.lower)) return null;
  // "marking the first confirmed incursion", "the only reported case": so do a determiner and an ordinal
  const prev2 = toks[i - 2];
  if (prev && prev2 && /ed$/.test(t.lower) && ORDER_MODIFIERS.has(prev.lower) && DETERMINERS.has(prev2.lower) &&
    !BOUNDARY.test(prevGap) && !BOUNDARY.test(gap(text, prev2, prev))) return null;
  // "killed 55 people out of 142 confirmed cases", "59,280 cases, including 12,660 confirmed, and 1,192 deaths": a
  // participle right after a figure in digits is an adjective of what is counted, not the verb of a source (a year
  // is no figure here: "The ministry in 2019 confirmed that …")
  if (prev && !BOUNDARY.test(prevGap) && /ed$/.test(t.lower) && /^\d[\d,.]*$/.test(prev.text) && !/^(1[89]|20)\d\d$/.test(prev.text)) return null;
  // "refused to comment on reports that 200 jobs would go", "amid claims that …": after a preposition, a noun
  if (nounLike && prev && !BOUNDARY.test(prevGap) && NOUN_PREPOSITIONS.has(prev.lower)) return null;
  // "The army rejected claims that 15 civilians were killed", "Police investigated reports that …": the object of a
  // verb in the past, a noun; the army is not the source of the claims
  if (nounLike && prev && !BOUNDARY.test(prevGap) && /^\p{Ll}/u.test(prev.text) && !SOURCE_CUE_FILLERS.has(prev.lower) &&
    ((/ed$/.test(prev.lower) && prev.lower.length > 4) || IRREGULAR_PAST.has(prev.lower))) return null;
  if (i > 0 && /^\p{Lu}/u.test(t.text)) return null; // "the United States", "Reports" mid-sentence: names and nouns
  // "most cases were in Kassala and Gedaref states", "Officials in Borno and Yobe states reported": two names joined by
  // "and" inside a phrase take no verb in -s (they would "state"); the form is the plural noun they modify
  if (nounLike && !nounBase && isCoordinatedNamesBefore(text, toks, i)) return null;
  // "Hurras al-Din, the group he helped found in 2018, confirmed …" (the claim "the group he helped — found — Hurras
  // al-Din"), "she went on to found a charity": "found" after "to" or "help" is the verb of founding, never "find"
  if (t.lower === 'found' && prev && !BOUNDARY.test(prevGap) && /^(?:to|help|helps|helped|helping)$/.test(prev.lower)) return null;
  // "to show that …", "declined to say": not a report yet; "did not hesitate to say", "went on to say" report it
  const frame = prev?.lower === 'to' && !BOUNDARY.test(prevGap) ? reportingFrame(text, toks, i) : 0;
  if (frame < 0) return null;
  if (nounLike && (nounBase || next?.lower !== 'that')) {
    // "Paris also claims she …", "She says", "Court documents show that …": a name, a pronoun or a source noun before
    // the noun-like form makes it a verb; not "a light show that …", "housing projects"
    let p = i - 1;
    while (p >= 0 && SOURCE_CUE_FILLERS.has(toks[p]!.lower)) p--;
    const subj = toks[p];
    // "The mayor resigned, the letter states.": at the end of its clause a source noun before the form is its
    // subject too ("The company reports results on Friday" is no report)
    const inverted = !next || /[,.;]/.test(gap(text, t, next));
    // "Editor's note:", "the IMF's forecast": no verb follows a possessive
    if (subj && /[’']s$/.test(subj.lower) && p === i - 1) return null;
    // "Goldman Sachs raised its Brent forecast to $87", "cut their Q3 estimate": a name after a possessive determiner
    // modifies the noun-like form, which is its head; "The IMF forecast growth of 2%" (no possessive) still reports
    if (subj && p === i - 1 && /^\p{Lu}/u.test(subj.text)) {
      let q = p;
      while (q > 0 && /^\p{Lu}/u.test(toks[q - 1]!.text) && !BOUNDARY.test(gap(text, toks[q - 1], toks[q]))) q--;
      const det = toks[q - 1];
      if (det && POSSESSIVE_DETERMINERS.has(det.lower) && !BOUNDARY.test(gap(text, det, toks[q]))) return null;
      // "a claim the Jalisco state government denied": the base form after "the" and a singular name agrees with no
      // subject; the name modifies it, a noun (the source was "the Jalisco", the cue "state"). Not a form that is its
      // own past too ("The IMF forecast growth of 2%": opinion verbs) nor after a plural name ("the Houthis claim")
      if (nounBase && det?.lower === 'the' && t.lower === verb.lemma && !verb.opinion && !/s$/.test(subj.lower) && !BOUNDARY.test(gap(text, det, toks[q]))) return null;
    }
    // "Gulf states pledged $500 million", "urged European states to …": a region's or a people's adjective before the
    // form makes it a noun (REGION_ADJECTIVES, demonyms)
    if (subj && p === i - 1 && /^\p{Lu}/u.test(subj.text) && (REGION_ADJECTIVE.has(subj.lower) || countryOfDemonym(subj.text) !== null) &&
      !BOUNDARY.test(gap(text, subj, t))) return null;
    // … a people's adjective of two or three words too: "the theft to North Korean state hackers" (a claim of the
    // source "… to North Korean", the cue "state"), "South African state media"
    if (subj && p === i - 1 && p > 0 && /^\p{Lu}/u.test(subj.text) && !BOUNDARY.test(gap(text, subj, t)) &&
      [1, 2].some((k) => p - k >= 0 && toks.slice(p - k, p).every((w, n) => /^\p{Lu}/u.test(w.text) && /^ $/.test(gap(text, w, toks[p - k + n + 1]))) &&
        countryOfDemonym(text.slice(toks[p - k]!.start, subj.end)) !== null)) return null;
    // "Nasir, a town in Upper Nile state, in early March", "El Fasher, the capital of North Darfur state, after …":
    // a place's name right before the base "state" names a division (Sudan's, Nigeria's, India's states), no verb
    if (t.lower === 'state' && subj && p === i - 1 && /^\p{Lu}/u.test(subj.text) && !BOUNDARY.test(gap(text, subj, t))) {
      let q = p;
      while (q > 0 && p - q < 3 && /^\p{Lu}/u.test(toks[q - 1]!.text) && !BOUNDARY.test(gap(text, toks[q - 1], toks[q]))) q--;
      // inside a phrase ("in", "of" before the name, or a town and its comma: "in Nasir, Upper Nile state"): "Police
      // state that …" opens its sentence with a subject
      const before = toks[q - 1];
      const inPhrase = !!before && ((/^\p{Ll}/u.test(before.text) && !BOUNDARY.test(gap(text, before, toks[q]))) ||
        (/^\p{Lu}/u.test(before.text) && /^,\s*$/.test(gap(text, before, toks[q]))));
      if (inPhrase) {
        for (let n = q; n <= p; n++) if (lookupPlace(text.slice(toks[n]!.start, subj.end))) return null;
      }
    }
    // "The local business chamber, Canaco, estimates that …": a description or a name set off by commas, its subject
    // before it, is the form's subject too (the claim was lost)
    const aside = !!subj && p === i - 1 && /^\s*,\s*$/.test(gap(text, subj, t)) && subjectBeforeAside(text, toks, p) !== null;
    if (!aside && (!subj || BOUNDARY.test(gap(text, subj, toks[p + 1])) ||
      !(SOURCE_PRONOUNS[subj.lower] || /^\p{Lu}/u.test(subj.text) || ((nounBase || inverted) && SPEAKER_NOUNS.has(subj.lower.replace(/[’']s$/, '')))))) return null;
    // "The yield on the 10-year Treasury note was up": a verb right after makes the form its subject, a noun; so does
    // a reporting verb: "The IPC report said that 96% …", "The WHO report found …" (the report speaks, not the IPC)
    if (next && (FINITE_AUXILIARIES.has(next.lower) || isFiniteCue(next, gap(text, t, next)))) return null;
    // "The TV show that made her famous": a verb right after "that" opens a relative clause on the noun
    const after = toks[i + 2];
    if (nounBase && next?.lower === 'that' && after && (isVerbLike(after) || IRREGULAR_PAST.has(after.lower))) return null;
  }
  // (not the first word of a quotation: 'said: "No one was hurt."')
  // "No" is the whole object only alone or before "to" ("She said no to the offer", "voters said no."); before a
  // noun it opens the content: "Police said no one was injured", "Officials said no charges had been filed" (no claim)
  const afterNo = next?.lower === 'no' ? toks[i + 2] : undefined;
  const noOpensClause = !!afterNo && afterNo.lower !== 'to' && !BOUNDARY.test(gap(text, next!, afterNo)) && /^\p{Ll}/u.test(afterNo.text);
  if (next && NON_REPORTING_OBJECTS.has(next.lower) && !/[:"“„«]/.test(gap(text, t, next)) && !noOpensClause) return null;
  const passiveFrame = SPEAKER_PASSIVES.find((f) => f.words.every((w, n) => toks[i - f.words.length + 1 + n]?.lower === w));
  if (passiveFrame) return speakerPassive(ctx, quotes, s, si, toks, i, passiveFrame.words.length, verb);
  const relay = relayedQuote(ctx, quotes, s, si, toks, i, verb);
  if (relay !== undefined) return relay;
  if (t.lower.endsWith('ing')) return participle(ctx, quotes, s, si, toks, i, verb, earlier);
  // "is said to be"; but an active subject's "claimed to have" is its claim: "The Taiwan authorities also claimed to
  // have tracked eight coast guard ships", "The rebels claimed to have shot down a helicopter"
  // Not in an object's relative clause: "have slaughtered Sunnis, those they claim to be defending" (no report: what
  // they claim is the object before them, and the claim took the sentence before as its content)
  const claimsOwn = verb.lemma === 'claim' && !!prev && !BE_FORMS.has(prev.lower) && !BOUNDARY.test(prevGap) &&
    !(prev2 && !BOUNDARY.test(gap(text, prev2, prev)) && CLAIM_OBJECT_RELATIVE_LEAD.has(prev2.lower));
  if (next?.lower === 'to' && verb.lemma !== 'tell' && !claimsOwn && /^(?:be|have)$/.test(toks[i + 2]?.lower ?? '')) return null;
  // "the Chinese Communist Party's claim to a divine right", "Russia's claims to Crimea", "his claim to the throne": a
  // claim to a noun phrase is a right held, no report (it gave the content "to a divine right"); "claimed to have shot
  // down", "claimed to reporters that …" still report; the past forms are verbs, whose "to" takes a hearer ("…, the
  // source further claimed to the outlet." was no claim)
  if ((t.lower === 'claim' || t.lower === 'claims') && next?.lower === 'to' && !BOUNDARY.test(gap(text, t, next)) && toks[i + 2] && CLAIMED_RIGHT_OPENERS.has(toks[i + 2]!.lower) &&
    !toks.slice(i + 2, i + 8).some((w) => w.lower === 'that')) return null;
  const cue = { start: t.start, end: t.end, text: t.lower };
  // "found that …" / "…, the study found." / "The report found 40% of homes were damp"; not "rescuers found two
  // bodies": checked on the draft (meetsCueNeeds); "was found dead" is a passive

  // Walk back from the cue over fillers ("also", "has", "have not") to the source, and over the words of a frame
  // ("did not [hesitate to] say")
  let j = i - 1 - frame;
  let passive = false;
  while (j >= 0 && (SOURCE_CUE_FILLERS.has(toks[j]!.lower) || FILLER_ADVERB.test(toks[j]!.text) || isTimeFiller(toks, j)) && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) {
    if (BE_FORMS.has(toks[j]!.lower)) passive = true;
    // "The ministry on Tuesday said": the day and its "on" together
    if (WEEKDAYS.has(toks[j]!.lower) && toks[j - 1]?.lower === 'on') j--;
    j--;
  }
  let srcEnd = j;
  // "…, an attack claimed by Islamic State Khorasan Province", "a statement issued by the ministry": a past form right
  // after a noun and before "by", with no be-form, is a participle modifying the noun: the noun speaks nothing, and
  // the clause before its comma is no content (the attack was the source, "claimed" the cue)
  if (!passive && next?.lower === 'by' && srcEnd >= 0 && srcEnd === i - 1 && /ed$/.test(t.lower) && !SOURCE_PRONOUNS[toks[srcEnd]!.lower] &&
    /^\p{Ll}/u.test(toks[srcEnd]!.text) && !BOUNDARY.test(gap(text, toks[srcEnd], t))) return null;
  // "…, according to the health ministry, which said another 130 people had been wounded": the relative pronoun speaks
  // for what it follows; the clause after the cue is its content, never an inverted source ("which said the blaze
  // started in a kitchen" names nobody)
  // ("Cases rose, WHO said": in capitals, the World Health Organization)
  if (!passive && srcEnd >= 1 && RELATIVE_SPEAKERS.has(toks[srcEnd]!.lower) && !/^\p{Lu}{2}/u.test(toks[srcEnd]!.text) && /,\s*$/.test(gap(text, toks[srcEnd - 1], toks[srcEnd]))) {
    const r = relativeReport(ctx, quotes, s, si, toks, i, srcEnd, verb, cue, earlier);
    if (r !== undefined) return r;
  }
  // "ordered the firm to pay $4.2 billion to 22 women who said …": a restrictive "who" speaks for the noun phrase it
  // follows, never for the main clause before it
  // (lower case: "The World Health Organization (WHO) said" is a name)
  if (!passive && srcEnd >= 1 && toks[srcEnd]!.text === 'who' && !BOUNDARY.test(gap(text, toks[srcEnd - 1], toks[srcEnd]))) {
    let a = antecedentStart(text, toks, srcEnd);
    // a place or setting after the noun belongs to it: "residents in the town who said", "voters in Ohio who said"
    // speak, not the town or Ohio (regress17 R3)
    if (a >= 2 && a < srcEnd && ANTECEDENT_PP.has(toks[a - 1]!.lower) && !BOUNDARY.test(gap(text, toks[a - 2], toks[a - 1]))) {
      const b = antecedentStart(text, toks, a - 1);
      if (b < a - 1) a = b;
    }
    const source = a < srcEnd ? trimSource(text, toks, a, srcEnd - 1) : null;
    const fwd = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    if (!source || !fwd || (verb.needsMarker && !fwd.viaThat && !fwd.viaQuote)) return null;
    return { source, cue, content: fwd.content, direct: fwd.direct, sentence: si };
  }
  // "tweeted to Mohamed and said the boy …": the second verb of one subject; so after "but" ("Vučić denied that
  // Belgrade was behind the attack, but said the gunmen were local Serbs": the content after the cue was the source)
  if (srcEnd >= 0 && SECOND_VERB_JOINERS.has(toks[srcEnd]!.lower) && !BOUNDARY.test(gap(text, toks[srcEnd], toks[srcEnd + 1]))) {
    // (an "according to" before is no subject's verb: "The Black Basta group, which has hit 500 organizations according
    // to the FBI, listed the hospital and said it had stolen 1.3 terabytes" is the group's claim, not the FBI's)
    const same = earlier.filter((d) => d.sentence === si && !ACCORDING_PHRASES.some((p) => p.words.join(' ') === d.cue.text)).pop();
    const c = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    if (!same) {
      // "Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy …": the subject of the first verb
      let a = segmentBack(text, toks, srcEnd - 1, CLAIM_MAX_SOURCE_WORDS);
      // "The ministry rejected the claim as "disinformation" and said …", "dismissed the reports as lies and said …":
      // "as" after the first verb's object is a preposition, no stop of the segment, when no verb follows it (the
      // claim was lost); "…, as officials rejected the claim and said" keeps its stop
      const asAt = a - 1;
      if (asAt >= 1 && toks[asAt]!.lower === 'as' && !BOUNDARY.test(gap(text, toks[asAt - 1], toks[asAt])) && !BOUNDARY.test(gap(text, toks[asAt], toks[a])) &&
        !toks.slice(a, srcEnd).some((x) => isVerbLike(x) || IRREGULAR_PAST.has(x.lower))) {
        const a2 = segmentBack(text, toks, asAt - 1, CLAIM_MAX_SOURCE_WORDS - (srcEnd - asAt));
        if (toks.slice(a2, asAt).some((x) => isVerbLike(x) || IRREGULAR_PAST.has(x.lower))) a = a2;
      }
      let b = a;
      // ("The USGS put the magnitude at 6.7 and said …": an irregular past is the first verb too)
      while (b < srcEnd && !isVerbLike(toks[b]!) && !IRREGULAR_PAST.has(toks[b]!.text)) b++;
      // "I was hauled in and told that …": the subject was told, it did not tell
      if (toks.slice(b, srcEnd).some((x) => BE_FORMS.has(x.lower))) return null;
      let source = b > a && b < srcEnd ? appositive(text, toks, a, b - 1) : null;
      // "The Ukrainian president, Volodymyr Zelensky, called on allies to send more air defence and said …", "John
      // Smith, a Pentagon spokesman, called for calm and said …": the first verb opens the segment after a description
      // and its comma; the subject stands before the aside, as for a cue right after it
      if (!source && b === a && a > 0 && b < srcEnd && /^[\s)\]]*,\s*$/.test(gap(text, toks[a - 1], toks[a]))) {
        const subject = subjectBeforeAside(text, toks, a - 1);
        if (subject) source = { start: toks[subject.a]!.start, end: toks[subject.b]!.end };
      }
      return source && c && (c.viaThat || c.viaQuote || !verb.needsMarker) ? { source, cue, content: c.content, direct: c.direct, sentence: si } : null;
    }
    if (!c || c.content.start <= same.cue.end) return null;
    // the first verb had no content of its own ("tweeted to Mohamed and said …"): the content is the second's
    const weak = !/\bthat\b|["“:]/.test(text.slice(same.cue.end, same.content.start)) &&
      AFTER_CUE_ADVERBIALS.has(text.slice(same.content.start, same.content.end).split(/\s/)[0]!.toLowerCase());
    if (weak) {
      same.content = c.content;
      same.direct = c.direct;
      return null;
    }
    // "They also claimed Paris was a volunteer and claim she has …": a second claim of the same source
    if (same.content.end > t.start) same.content = trimSpan(text, same.content.start, toks[srcEnd]!.start) ?? same.content;
    return { source: same.source, cue, content: c.content, direct: c.direct, sentence: si };
  }
  // "Memon also said she believed the movement helped": a pronoun right after another cue verb is the source ("she",
  // not "Memon also said she"); a noun stays with the verb before it ("The authors say the results confirm …" is one
  // report, dropped as nested)
  while (j >= 0 && !BOUNDARY.test(gap(text, toks[j], toks[j + 1])) && !SOURCE_STOPS.has(toks[j]!.lower) &&
    !(j === srcEnd - 1 && SOURCE_PRONOUNS[toks[srcEnd]!.lower] && isReportingVerb(toks, j)) && srcEnd - j < CLAIM_MAX_SOURCE_WORDS) j--;
  let srcStart = j + 1;
  // "She chaired a committee that in 2003 reported that women held …", "a study that last year found that …": a
  // relative pronoun, a time adverbial and the cue; the noun the clause follows speaks (the sources were "in 2003" and
  // "The agency published a study that")
  const timed = timedRelativeSubject(text, toks, srcStart, i);
  if (timed) {
    srcStart = timed.a;
    srcEnd = timed.b;
  }
  // "An army officer who asked not to be named because he was not authorised to speak said …": the subordinate clause
  // closes a relative clause of the subject; the speaker is that subject, not "he was not authorised to speak"
  if (j >= 1 && RELATIVE_SUBORDINATORS.has(toks[j]!.lower) && !BOUNDARY.test(gap(text, toks[j - 1], toks[j]))) {
    const subject = subjectOfRelative(text, toks, j, srcEnd);
    if (subject >= 0) srcStart = subject;
  }
  // "Paganini and his team wrote", "lead researcher and NASA planetary scientist Lucas Paganini said": a subject
  // joined by "and" right after a quotation or at the start of a clause
  if (j >= 1 && toks[j]!.lower === 'and' && !BOUNDARY.test(gap(text, toks[j - 1], toks[j])) && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) {
    const k = segmentBack(text, toks, j - 1, 7);
    // or after a subordinator, when a name opens the subject: "two weeks after Washington and its allies accused Iran
    // of …" (the source was "its allies"); not "after lunch and officials said"
    const atClauseStart = k === 0 || /[,"”»]\s*$/.test(gap(text, toks[k - 1], toks[k])) ||
      (CLAUSE_SUBORDINATORS.has(toks[k - 1]!.lower) && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && toks.slice(k, j).every((x) => /^\p{Lu}/u.test(x.text)));
    if (k <= j - 1 && atClauseStart && !toks.slice(k, j).some(isVerbLike) && !SOURCE_STOPS.has(toks[k]!.lower)) srcStart = k;
  }

  const placeStart = srcStart <= srcEnd ? placeQualifiedSubject(text, toks, srcStart, srcEnd) : -1;
  if (placeStart >= 0) srcStart = placeStart;
  // "Three technology companies, Nortek, Vireo and Alban, said": the whole group speaks, not its last member
  const groupStart = srcStart <= srcEnd ? listSubject(text, toks, srcStart, srcEnd) : -1;
  if (groupStart >= 0) srcStart = groupStart;
  let grouped = groupStart >= 0;
  // "an Iranian national who it said managed payments", "sanctioned 50 individuals and companies it says supply Russia's
  // military", "designated three vessels it said had carried …": a subject pronoun right before the cue is the whole
  // source; the words before it are the object its reduced relative clause describes (the source was "companies it",
  // "The State Department separately designated three vessels it"). Not a pronoun joined by "and": "Smith and I said"
  if (srcStart < srcEnd && RELATIVE_CLAUSE_PRONOUNS.has(toks[srcEnd]!.text) && !BOUNDARY.test(gap(text, toks[srcEnd - 1], toks[srcEnd])) &&
    !/^(?:and|or|nor)$/.test(toks[srcEnd - 1]!.lower) && !CLAIM_PRONOUN_CLAUSE_LEAD.has(toks[srcEnd - 1]!.lower) &&
    // (", charges he denies", ", a claim she rejected": a statement's noun is read below, as the object denied)
    !REPORT_NOUNS.has(toks[srcEnd - 1]!.lower) && !REPORT_NOUNS.has(toks[srcEnd - 1]!.lower.replace(/s$/, '')) &&
    // (a clause with its auxiliary right after the cue is read below as a reduced relative clause whose content opens
    // at the noun: "detained 30 people they said were armed" gives "30 people they said were armed")
    !(reducedRelativeNext(next, verb) && reducedRelativeSubject(text, toks, srcStart, srcEnd) > 0)) {
    srcStart = srcEnd;
    grouped = false;
  }

  // Passive: "and it is asserted by the Crown that both her parents knew"
  if (passive && next?.lower === 'by') {
    let k = i + 2;
    while (k < toks.length && toks[k]!.lower !== 'that' && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && k - i < 12) k++;
    const source = trimSource(text, toks, i + 2, k - 1);
    if (!source) return null;
    if (toks[k]?.lower !== 'that') {
      // "A ruling is expected by the end of June", "The deal is expected by analysts to close in May": a forecast holds a
      // proposition, and the subject of a passive alone is none (nor is a time an agent)
      if (verb.opinion) return null;
      // "A photo of the meeting was denied by Andrew": what was denied is the subject
      const subjEnd = srcEnd >= 0 ? toks[srcEnd]!.end : -1;
      const subjStart = srcStart <= srcEnd ? toks[srcStart]!.start : -1;
      if (subjStart < 0 || ['it', 'this'].includes(toks[srcStart]!.lower) || countWords(text.slice(subjStart, subjEnd)) < CLAIM_MIN_CONTENT_WORDS) return null;
      return { source, cue, content: { start: subjStart, end: subjEnd }, direct: false, sentence: si };
    }
    const from = toks[k + 1];
    if (!from) return null;
    const content = clause(text, from.start, s.end, quotes);
    return content ? { source, cue, content, direct: isDirect(text, content, quotes), sentence: si } : null;
  }
  if (passive) return null; // "it was reported that", "the source and copyright are acknowledged": no source speaks

  // "“…,” the minister, Tom Hale, said": the description and the name after a quotation are the source together
  let quotedDescription = false;
  // "John Smith, a Pentagon spokesman, said the strikes killed 14 militants": a description between commas ends
  // right before the cue; the speaker is the subject before it, not the clause after the cue
  if (srcStart > srcEnd && srcEnd >= 0 && closesAside(text, toks, srcEnd)) {
    // "The city of Columbus, Ohio, said", "Springfield, Illinois, said": the region after a city ends the subject's
    // place, it describes nobody (the source was "Ohio", or the clause after the cue)
    const placed = regionClosedSubject(text, toks, srcEnd);
    // "Two people, both Britons, died, said police.": the words before the cue's comma open on a verb in the past
    // after another comma, the predicate of the sentence's subject and its apposition, and a source alone follows the
    // cue; the clause is the content (it was read as a description of "Two people", the source, and the claim lost)
    const predicate = placed < 0 && predicateBeforeInvertedCue(text, toks, srcEnd, i);
    const subject = placed >= 0 ? { a: placed, b: srcEnd } : predicate ? null : subjectBeforeAside(text, toks, srcEnd);
    if (subject) {
      srcStart = subject.desc ?? subject.a;
      srcEnd = subject.b;
      quotedDescription = subject.desc !== undefined;
    } else {
      // "Three unions, Unite, GMB and Unison, said the offer was too low": the group before its list of members
      const seg = segmentBack(text, toks, srcEnd, CLAIM_MAX_SOURCE_WORDS);
      const group = seg <= srcEnd ? listSubject(text, toks, seg, srcEnd) : -1;
      if (group >= 0) {
        srcStart = group;
        grouped = true;
      }
    }
  }

  const after = text.slice(t.end, s.end);
  const afterWords = countWords(after);
  if (srcStart > srcEnd) {
    // Nothing between the boundary and the cue: "“…,” said Ambassador Mohib." or "Lydia Buchtmann for FSANZ, says …"
    if (srcEnd < 0 && !/["”»]\s*$|,\s*$/.test(text.slice(s.start, t.start))) {
      // sentence opens with the cue: only a quote from the sentence before can be its content
      return invertedAfter(text, quotes, s, si, toks, i, cue);
    }
    const boundaryGap = gap(text, toks[srcEnd], t);
    // "…,” said Ambassador Mohib." / "…, said the post by an unknown author": a short name right after the cue
    // a pronoun only when it ends the clause ("…, said he."): "The Dawn Brigades, the group's armed wing, said it
    // destroyed four tanks" reports forward
    const pronounAfter = !!next && ['he', 'she', 'they', 'it', 'we', 'i'].includes(next.lower) &&
      (i + 2 >= toks.length || BOUNDARY.test(gap(text, next, toks[i + 2])));
    // "…, said his daughter, Ingrid Halvorsen.", "…, said its chief executive.": an owner's relative or officer
    const possessed = possessedSourceAfter(text, toks, i);
    const nameAfter = !!next && (/^\p{Lu}/u.test(next.text) || ['the', 'a', 'an', 'one'].includes(next.lower) || pronounAfter || possessed);
    // after a plain comma the attribution may stand inside its clause: "The town, said the mayor, was quiet"
    const plainComma = /^\s*,\s*$/.test(boundaryGap);
    // "Her shadow, Mark Fenwick, accused the government of …": an accusation never closes its content
    if (!verb.objectThen && (/["”»]\s*$/.test(boundaryGap) || (afterWords <= 8 && nameAfter && !/\bthat\b|:/.test(after) && !QUOTE_OPEN.test(after)))) {
      return invertedAfter(text, quotes, s, si, toks, i, cue, possessed, plainComma ? -1 : undefined);
    }
    // "…, said regional governor Ivan Fedorov.", "…, said police.", "…, said Roman Mrochko, the head of …"
    const asideEnd = /,\s*$/.test(boundaryGap) && !verb.objectThen ? namesSourceAfter(text, toks, i, nameAfter) : -1;
    if (asideEnd >= 0) return invertedAfter(text, quotes, s, si, toks, i, cue, true, plainComma ? asideEnd : undefined);
    // "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at …"
    srcStart = segmentBack(text, toks, srcEnd, CLAIM_MAX_SOURCE_WORDS);
    if (srcStart > srcEnd) return null;
    const group = listSubject(text, toks, srcStart, srcEnd);
    const source = group >= 0 ? trimSource(text, toks, group, srcEnd) : appositive(text, toks, srcStart, srcEnd);
    const fc = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    return fc && source ? { source, cue, content: fc.content, direct: fc.direct, sentence: si, ...(group >= 0 ? { group: true } : {}) } : null;
  }

  // "97 remain in Gaza, including 34 the Israeli military says are dead", "the hostages the army says were killed": a
  // figure or a noun followed at once by a definite subject, its cue and a verb is a relative clause with no "that";
  // the subject alone speaks (the source was "including 34 the Israeli military") and the content is the rest of the
  // clause after the cue ("are dead")
  // "protested against elections which the opposition says were rigged", "the charges, which he says are politically
  // motivated": an object relative clause whose own verb follows the cue at once; its subject speaks (the source was
  // "Thousands protested against elections which the opposition") and the content runs from the cue to the clause's
  // end, as for the relative clause with no pronoun below
  let relative = srcStart >= 2 && srcStart <= srcEnd && next && FINITE_AUXILIARIES.has(next.lower) ? objectRelativeAntecedent(text, toks, srcStart - 1) : -1;
  // "who" is no stop word ("An officer who asked not to be named said …"): "arrested 12 men who the army says were
  // planning an attack" took "Police arrested 12 men who the army" as the source; a "who" inside it opens the clause
  // when a subject follows it
  if (relative < 0 && next && FINITE_AUXILIARIES.has(next.lower)) {
    for (let w = srcEnd - 1; w > srcStart; w--) {
      if (!['who', 'whom'].includes(toks[w]!.lower) || isVerbLike(toks[w + 1]!) || !isSubjectLike(toks, w + 1, srcEnd)) continue;
      relative = objectRelativeAntecedent(text, toks, w);
      if (relative >= 0) srcStart = w + 1;
      break;
    }
  }
  if (relative >= 0) {
    const source = appositive(text, toks, srcStart, srcEnd);
    const fwd = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    // (set off by commas, the clause ends at the comma before the main verb: "The report, which the ministry said was
    // accurate, was published")
    // The content is the stretch after the cue ("were rigged"), not the phrase from the noun, which held the source
    // and its cue inside it ("elections which the opposition says were rigged"): a content is one unbroken stretch of
    // the text (contentStart..contentEnd, OUTPUT.md) and says what the source said, never who said it
    const content = fwd && !fwd.direct ? endOfRelativeClause(text, toks, srcStart, fwd.content) ?? fwd.content : null;
    return source && content ? { source, cue, content, direct: false, sentence: si } : null;
  }
  // (or the word an accusation asks after its object: "expelled three French diplomats it accused of “subversive
  // activities”", whose source was "Last month the military government expelled three French diplomats it")
  const reduced = reducedRelativeNext(next, verb) && srcStart < srcEnd ? reducedRelativeSubject(text, toks, srcStart, srcEnd) : -1;
  if (reduced > 0) {
    const source = trimSource(text, toks, reduced, srcEnd);
    // back from the noun over its figure, adjectives and determiner, to a preposition or a verb ("killed 40 of [the
    // 60 fighters] the rebels say were captured", "including [34]")
    let from = reduced - 1;
    while (from > srcStart && reduced - from < 7 && !BOUNDARY.test(gap(text, toks[from - 1], toks[from]))) {
      const w = toks[from - 1]!;
      // (a hedge before the figure too: "[More than 280 rebels] the police say were killed")
      if (!(/^(?:the|\d[\d,.]*)$/.test(w.lower) || FIGURE_HEDGE_WORD.has(w.lower) || (/^\p{Ll}+$/u.test(w.text) && !FUNCTION_WORDS.has(w.lower) && !LIST_REMARK_OPENERS.has(w.lower) &&
        !isVerbLike(w) && !IRREGULAR_PAST.has(w.lower) && !FINITE_AUXILIARIES.has(w.lower)))) break;
      from--;
      if (w.lower === 'the') break;
    }
    const fwd = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    // (a quotation in the clause ends it with its closing mark: "… it accused of “subversive activities”")
    let fwdEnd = fwd?.direct ? quotes.find((q) => q.innerStart <= fwd.content.start && q.innerEnd >= fwd.content.end)?.end : fwd?.content.end;
    // (opening the sentence, the clause ends at its comma, before the main clause: "In a move analysts said was
    // unexpected, the bank kept rates on hold" → "was unexpected")
    if (fwd && !fwd.direct && fwdEnd !== undefined && asideOpensSentence(text, toks, from)) {
      const comma = text.slice(fwd.content.start, fwdEnd).search(/,\s/);
      if (comma > 0) fwdEnd = fwd.content.start + comma;
    }
    // (the stretch after the cue, as for an object relative clause above: "34 the Israeli military says are dead" →
    // "are dead"; an accusation keeps its object, what it accuses: "three French diplomats it accused of …")
    const content = fwd && fwdEnd !== undefined && (!fwd.direct || verb.objectThen) ? trimSpan(text, verb.objectThen ? toks[from]!.start : fwd.content.start, fwdEnd) : null;
    return source && content ? { source, cue, content, direct: false, sentence: si } : null;
  }
  // "…, a claim Kyiv denied": the noun is what was denied, the name after it speaks; the content is the clause before
  // and a plural with no article: "Prosecutors have charged him with financing terrorism, charges he denies" (the
  // source was "charges he")
  // (not before a preposition: ", figures from the ministry showed" are the source)
  const reportNounPlural = /s$/.test(toks[srcStart]?.lower ?? '') && REPORT_NOUNS.has(toks[srcStart]!.lower.slice(0, -1)) &&
    !!toks[srcStart + 1] && (toks[srcStart + 1]!.lower === 'the' || (!FUNCTION_WORDS.has(toks[srcStart + 1]!.lower) && !SOURCE_STOPS.has(toks[srcStart + 1]!.lower)));
  if (((srcEnd - srcStart >= 2 && ['a', 'an'].includes(toks[srcStart]!.lower) && REPORT_NOUNS.has(toks[srcStart + 1]!.lower)) || (srcEnd - srcStart >= 1 && reportNounPlural)) &&
    /,\s*$/.test(gap(text, toks[srcStart - 1], toks[srcStart]))) {
    const source = trimSource(text, toks, srcStart + (reportNounPlural ? 1 : 2), srcEnd);
    let content = contentBefore(text, quotes, s, toks[srcStart]!.start);
    // "Naqvi said the government had sought Kabul's help, a charge the Taliban deny": what is denied is what the first
    // speaker said, not the attribution to him
    const reported = content && earlier.find((d) => d.sentence === si && d.content.end === content!.end && d.content.start > content!.start);
    // "Pakistan accuses Kabul of allowing militants to use Afghan soil, a charge the Taliban government denies": an
    // accusation's content starts at its object ("Kabul of allowing …"), no clause the Taliban could deny; the whole
    // clause before the comma is what they deny
    const accusation = reported && CUE_FORMS.get(reported.cue.text)?.verb.objectThen !== undefined;
    if (reported && !accusation) content = reported.content;
    // "The sanctions come two weeks after Washington and its allies accused Iran of sending missiles to Russia, a charge
    // Tehran has denied": the accusation runs from its source; the words before it are no part of what is denied
    // (the content was "The sanctions come two weeks after Washington")
    if (reported && accusation && reported.source.start > content!.start) content = trimSpan(text, reported.source.start, content!.end) ?? content;
    return source && content ? { source, cue, content, direct: isDirect(text, content, quotes), sentence: si, aside: true, ...(reported && !accusation ? { reply: true } : {}) } : null;
  }
  const src = quotedDescription || grouped || timed ? trimSource(text, toks, srcStart, srcEnd) : appositive(text, toks, srcStart, srcEnd);
  if (!src) return null;
  // "there was no crosswind concern reported to the crew", "There were no problems reported to air traffic control": a
  // source opening on an existential "there" is a thing said to exist, and the cue its participle; no one speaks
  if (EXISTENTIAL_SOURCE.test(text.slice(src.start, src.end))) return null;
  // "The talks drew 116 participants, who agreed today on the structure": a relative pronoun is the subject of its own
  // clause and never closes a report before it; its content can only follow the cue ("…, who said that …")
  const relativeSource = RELATIVES.has(text.slice(src.start, src.end).toLowerCase()) && !/^\p{Lu}{2}/u.test(text.slice(src.start, src.end));
  // Is the content before the source ("…, the Pentagon confirmed in a statement.") or after the cue?
  const lead = text.slice(s.start, src.start);
  // "…, the Pentagon confirmed", "“…,” he said", "“….” She added": a clause or a quotation ends right before the source
  const leadEndsClause = /(?:,|[,.!?]["”»])\s*$/.test(lead);
  const fwd = forwardContent(ctx, quotes, s, toks, i + 1, verb);
  // "On Sunday, police said at least 20 people were arrested": a hedged figure after the cue opens the content
  const afterIsAdverbial = afterWords === 0 || (AFTER_CUE_ADVERBIALS.has(toks[i + 1]?.lower ?? '') && !fwd?.viaThat && !opensHedgedFigure(text, toks, i + 1)) || (verb.takesObject === true && afterWords <= 5 && !fwd?.viaThat && !fwd?.viaQuote) ||
    // (not an aside closed by a comma before "that": "Earlier, TASS reported, citing a source in the emergency services,
    // that a fire broke out …" reports forward; its content was "Earlier", and the claim was lost)
    (/^\s*,/.test(after) && !QUOTE_OPEN.test(after) && !(fwd?.viaThat && /,\s*that\s*$/.test(text.slice(t.end, fwd.content.start)))) || // "…, Benioff said, ever since he did an internship"
    (verb.takesObject === true && !fwd?.viaThat && !fwd?.viaQuote && (hearerThenAside(text, toks, i) || hearerThenAdverbials(text, toks, i)));
  // a quotation closed right before the source: "“…,” Cook told Benioff, which …"
  // or a quotation split by its speaker, "“We are safe,” Omar Saleh said, “and we will rebuild.”": the first part is
  // this claim's content, the second its continuation
  const splitQuote = /,["”»]\s*$/.test(lead) && fwd?.viaQuote === true && /^\s*,\s*["“„«]/.test(after);
  const quoteBefore = /[,.!?]["”»]\s*$/.test(lead) && ((!fwd?.viaThat && !fwd?.viaQuote) || splitQuote);
  // "The town, residents said, was quiet": the attribution stands inside its clause, between the subject and the
  // verb; the content is the whole clause around it, not the subject alone
  if (!relativeSource && /,\s*$/.test(lead) && isMidClauseAside(text, toks, s, src.start, i)) {
    const content = clause(text, bodyStart(text, s), s.end, quotes);
    if (content) return { source: src, cue, content, direct: isDirect(text, content, quotes), sentence: si };
  }
  // "In the past week, the ministry said, Ukrainian forces lost up to 1,450 servicemen" (TASS): a fronted adverbial, the
  // attribution between commas, then a clause of its own; the content is that clause (it was "In the past week", no
  // claim, and the claim was lost)
  if (!relativeSource && afterWords > 0 && /,\s*$/.test(lead) && /^\s*,\s*\p{L}/u.test(after) && !fwd?.viaThat && !fwd?.viaQuote) {
    const leadSpan = trimSpan(text, bodyStart(text, s), src.start);
    const next = toks[i + 1];
    const rest = next ? clause(text, next.start, s.end, quotes) : null;
    if (leadSpan && rest && isBareAdverbial(text, leadSpan) && !AFTER_CUE_ADVERBIALS.has(next!.lower) && !isParticipleCue(next!) &&
      !RELATIVES.has(next!.lower) && hasFiniteVerb(text, rest)) {
      return { source: src, cue, content: rest, direct: isDirect(text, rest, quotes), sentence: si };
    }
  }
  // "The army's Arabic-language spokesman, Lt. Col. Avichay Adraee, told residents to leave": the words before the
  // name are its apposition, a speaker's noun with no verb, no content (the content was "The army's … spokesman")
  // (the lead's last word read by a split: a pattern ending at the lead's end is quadratic on a flood of letters)
  const appositionBefore = !quoteBefore && /^[^,]*,\s*$/.test(lead) &&
    SPEAKER_NOUNS.has((lead.slice(0, lead.lastIndexOf(',')).split(/\s+/).pop() ?? '').toLowerCase()) &&
    !hasFiniteVerb(text, { start: s.start, end: src.start });
  if (!relativeSource && leadEndsClause && !appositionBefore && (afterIsAdverbial || quoteBefore)) {
    const content = contentBefore(text, quotes, s, src.start);
    // "According to Badalyan, the parties have agreed on 15 of the 17 articles": an attribution of its own before the
    // comma is no content (the parties "agreed" "According to Badalyan"); the clause after it is that one's content
    const attribution = !!content && ACCORDING_LEAD.test(text.slice(content.start, content.end)) && !hasFiniteVerb(text, content);
    if (content && attribution) return null;
    // "In neighbouring Algeria, authorities said Wednesday they had detained 15 people": the time after the cue is no
    // end of the report when a clause follows it, and a bare adverbial before the source is no content (the claim was
    // lost); the clause after the cue is the content
    const adverbialLead = !!content && !quoteBefore && !!fwd && !fwd.direct && isBareAdverbial(text, content) && hasFiniteVerb(text, fwd.content);
    if (content && !adverbialLead) {
      // "…, the Pentagon confirmed in a statement at … on May 11": the adverbial belongs to the attribution
      return { source: src, cue, content, direct: isDirect(text, content, quotes), sentence: si };
    }
  }
  if (!fwd) return null;
  if (!fwd.viaThat && RELATIVES.has(text.slice(fwd.content.start, fwd.content.end).split(/[\s,]/)[0]!.toLowerCase())) return null;
  if (verb.needsMarker && !fwd.viaThat && !fwd.viaQuote) return null;
  // "The army's spokesman, Avichay Adraee, told residents to leave": an order to the hearer, no report (the content
  // was "to leave")
  if (!fwd.viaThat && !fwd.viaQuote && TELL_FORMS.has(cue.text) && /^to\s+\p{Ll}/u.test(text.slice(fwd.content.start, fwd.content.end))) return null;
  const content = fwd.direct ? fwd.content : endOfRelativeClause(text, toks, srcStart, fwd.content) ?? fwd.content;
  return { source: src, cue, content, direct: fwd.direct, sentence: si, ...(grouped ? { group: true } : {}) };
}

/** A span opening with an attribution phrase (ACCORDING_PHRASES): "According to Badalyan", "as reported by the BBC". */
const ACCORDING_LEAD = new RegExp(`^(?:${ACCORDING_PHRASES.map((p) => p.words.join('\\s+')).join('|')})\\b`, 'i');
/** Words of a hedge before a figure, read over back to the noun phrase's start: "more than", "at least", "up to". */
const FIGURE_HEDGE_WORD = wordSet(FIGURE_HEDGE_WORDS);

/** Whether the word after a cue can go on a reduced relative clause: an auxiliary ("they said were armed") or the word the cue asks after its object ("it accused of"). */
function reducedRelativeNext(next: Tok | undefined, verb: CueVerb): boolean {
  return next !== undefined && (FINITE_AUXILIARIES.has(next.lower) || (verb.objectThen !== undefined && next.lower === verb.objectThen));
}

/**
 * Where the subject of a relative clause with no "that" starts inside the words before a cue (toks[a..b]), else -1:
 * "34 [the Israeli military] says are dead", "the hostages [the army] says were killed". The noun it qualifies is a
 * figure or a lower-case noun, and the subject opens with a definite determiner right after it, no punctuation between
 * ("In a statement the ministry said" is a phrase before its subject: "statement" follows "a", and the cue there takes
 * a clause of its own, which the caller checks: a finite verb must follow the cue at once).
 */
function reducedRelativeSubject(text: string, toks: Tok[], a: number, b: number): number {
  for (let k = a + 1; k <= b; k++) {
    const det = toks[k]!;
    // a pronoun alone right before the cue is such a subject too, after a noun in the singular as well: "recapture the
    // 40 percent of the country [it] says is controlled by jihadists", "detained 30 people [they] said were armed" (the
    // source was "Police detained 30 people they")
    if (k === b && REDUCED_RELATIVE_SUBJECTS.has(det.lower) && !BOUNDARY.test(gap(text, toks[k - 1], det))) {
      const head = toks[k - 1]!;
      if (/^\d[\d,.]*$/.test(head.text) || (/^\p{Ll}{3,}$/u.test(head.text) && !FUNCTION_WORDS.has(head.lower) && !NOUN_PREPOSITIONS.has(head.lower) && !SOURCE_STOPS.has(head.lower) &&
        !DETERMINERS.has(head.lower) && !isVerbLike(head) && !IRREGULAR_PAST.has(head.lower) && !FINITE_AUXILIARIES.has(head.lower) && !CUE_FORMS.has(head.lower) && !ADVERB.test(head.text))) return k;
    }
    // "…, a move Beijing warned would harm trade", "…, a decision unions said would push up prices", "…, a ruling the
    // opposition said was politically motivated": after an action noun opening an aside (COMMENT_ASIDE_NOUNS), a name,
    // a plural noun or a determined noun phrase is the subject
    // (or after a preposition opening the sentence: "In a move analysts said was unexpected, the bank …", whose source
    // was "In a move analysts": asideOpensSentence)
    if (k >= 2 && COMMENT_ASIDE_NOUN.has(toks[k - 1]!.lower) && ['a', 'an', 'the'].includes(toks[k - 2]!.lower) && k - 2 > 0 &&
      (/,\s*$/.test(gap(text, toks[k - 3], toks[k - 2])) || asideOpensSentence(text, toks, k - 2)) && !BOUNDARY.test(gap(text, toks[k - 1], det)) &&
      toks.slice(k, b + 1).every((w, n) => !BOUNDARY.test(gap(text, toks[k + n - 1], w)) && !isVerbLike(w)) &&
      (/^\p{Lu}/u.test(det.text) || ['the', 'its', 'their'].includes(det.lower) || (k === b && /^\p{Ll}{3,}s$/u.test(det.text)))) return k;
    if (!['the', 'its', 'their'].includes(det.lower) || BOUNDARY.test(gap(text, toks[k - 1], det))) continue;
    const head = toks[k - 1]!;
    // the noun qualified: a figure ("34", "dozens") or a plural noun in lower case ("hostages"), not a function word
    const figure = /^\d[\d,.]*$/.test(head.text) || /^(?:dozens|hundreds|thousands)$/.test(head.lower);
    const noun = /^\p{Ll}{3,}s$/u.test(head.text) && !FUNCTION_WORDS.has(head.lower) && !isVerbLike(head) && !LIST_REMARK_OPENERS.has(head.lower);
    if (figure || noun) return k;
  }
  return -1;
}

const COMMENT_ASIDE_NOUN: ReadonlySet<string> = new Set(COMMENT_ASIDE_NOUNS.words);

/**
 * Prepositions that open a sentence with an action noun and its reduced relative clause: "In a move analysts said was
 * unexpected, the Bank of England kept rates on hold", "With a decision critics say will cost jobs, the council …".
 */
const ASIDE_OPENING_PREPOSITIONS = new Set(['in', 'with', 'under', 'through']);

/** Whether the determiner toks[d] of an action noun follows only an opening preposition (ASIDE_OPENING_PREPOSITIONS) at the sentence's start. */
function asideOpensSentence(text: string, toks: Tok[], d: number): boolean {
  return d === 1 && ASIDE_OPENING_PREPOSITIONS.has(toks[0]!.lower) && !BOUNDARY.test(gap(text, toks[0], toks[1]));
}
/** Subject pronouns of a relative clause with no "that" (reducedRelativeSubject): "the country it says is controlled". */
// (lower case, against a token's lower form; RELATIVE_CLAUSE_PRONOUNS above is the same idea for a source's last word, as written)
const REDUCED_RELATIVE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/** Relative pronouns that open a clause whose subject and cue come before its verb: "elections which the opposition says were rigged". */
const OBJECT_RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);

/**
 * First index of the noun phrase before the relative pronoun toks[r] ("which", "that", "who", OBJECT_RELATIVE_PRONOUNS)
 * of an object relative clause, a comma between them at most: "[elections] which the opposition says were rigged",
 * "[the charges], which he says are politically motivated". Its last word is a lower-case noun (not "said that", "so
 * that"); it runs back over its modifiers to its determiner, and stops at a verb, a preposition or a stop word. -1 when
 * there is none.
 */
function objectRelativeAntecedent(text: string, toks: Tok[], r: number): number {
  const rel = toks[r];
  const head = toks[r - 1];
  if (!rel || !head || !OBJECT_RELATIVE_PRONOUNS.has(rel.lower) || !/^\s*,?\s*$/.test(gap(text, head, rel))) return -1;
  // a name: "Israel struck Hamas, which Washington says is a terrorist group", "a new genotype, D1.1, which scientists
  // said had spilled over from wild birds" (the content was "is a terrorist group", with no subject); the name runs back
  // over its capitalised words and its "the"
  if (/^\p{Lu}/u.test(head.text) && rel.lower !== 'that') {
    let a = r - 1;
    while (a > 0 && r - a < ANTECEDENT_MAX_WORDS && /^\p{Lu}/u.test(toks[a - 1]!.text) && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    if (a > 0 && toks[a - 1]!.lower === 'the' && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    return a;
  }
  if (!/^\p{Ll}{3,}$/u.test(head.text) || FUNCTION_WORDS.has(head.lower) || NOUN_PREPOSITIONS.has(head.lower) || SOURCE_STOPS.has(head.lower) || DETERMINERS.has(head.lower) ||
    isVerbLike(head) || IRREGULAR_PAST.has(head.lower) || FINITE_AUXILIARIES.has(head.lower) || CUE_FORMS.get(head.lower)?.nounLike === false) return -1;
  let a = r - 1;
  while (a > 0 && r - a < ANTECEDENT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) {
    const p = toks[a - 1]!;
    if (SOURCE_STOPS.has(p.lower) || NOUN_PREPOSITIONS.has(p.lower) || (FUNCTION_WORDS.has(p.lower) && !['the', 'of'].includes(p.lower)) || isVerbLike(p) ||
      IRREGULAR_PAST.has(p.lower) || FINITE_AUXILIARIES.has(p.lower)) break;
    a--;
    if (DETERMINERS.has(p.lower) && p.lower !== 'of') break;
  }
  // "of" opens no noun phrase: "[the killing of] protesters which …" keeps its head
  while (a < r - 1 && toks[a]!.lower === 'of') a++;
  return a;
}

/** Words that open the noun phrase of a right after "claim to": "claim to a divine right", "claims to the islands", "claim to sovereignty". */
const CLAIMED_RIGHT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'sovereignty', 'ownership', 'power', 'victory', 'fame']);

/** Most words of a time adverbial between a relative pronoun and its cue: "that in early 2003 reported". */
const RELATIVE_TIME_MAX_WORDS = 4;

/**
 * The noun phrase a relative clause follows, when only a time adverbial stands between its pronoun ("that", "which",
 * "who", from toks[from - 1] on) and the cue toks[i]: "a committee that in 2003 reported that …" → "a committee", "a
 * study that last year found that …" → "a study". Null otherwise.
 */
function timedRelativeSubject(text: string, toks: Tok[], from: number, i: number): { a: number; b: number } | null {
  for (let r = i - 2; r >= Math.max(1, from - 1) && i - r - 1 <= RELATIVE_TIME_MAX_WORDS; r--) {
    if (!OBJECT_RELATIVE_PRONOUNS.has(toks[r]!.lower) || toks[r]!.lower === 'whom') continue;
    for (let k = r + 1; k <= i; k++) if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return null;
    if (!isLeadingTime(toks.slice(r + 1, i).map((t) => t.text))) return null;
    const a = objectRelativeAntecedent(text, toks, r);
    return a >= 0 && a < r ? { a, b: r - 1 } : null;
  }
  return null;
}

/** Forms of "tell", whose infinitive after the hearer is an order: "told residents to leave". */
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);

/** Possessive determiners: the noun phrase they open ("its Brent forecast") holds no verb of a name inside it. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Relative pronouns that can be the subject of a cue, after a comma: "…, according to the ministry, which said …". */
const RELATIVE_SPEAKERS = new Set(['which', 'who']);
/** Most words of the noun phrase a relative pronoun follows: "the Islamic State group, which said …". */
const ANTECEDENT_MAX_WORDS = 6;

/**
 * The claim of a relative pronoun before the cue toks[i] (toks[r] = "which"/"who" after a comma): its source is the
 * source of the "according to" right before it ("…, according to the Ministry of Health, which said another 130 people
 * had been wounded") or, for "which", the name or speaker noun the comma follows ("The attack was claimed by Hamas,
 * which said …"); the content ends with the relative clause ("The ministry, which said 40 people died, called for
 * calm"). Null when "which" follows nothing that can speak; undefined to read the cue as before ("The rebels, who
 * said they had captured the town, …").
 */
function relativeReport(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, r: number, verb: CueVerb, cue: Span & { text: string }, earlier: Draft[]): Draft | null | undefined {
  const text = ctx.text;
  const before = toks[r - 1]!;
  const according = earlier.find((d) => d.sentence === si && ACCORDING_CUES.has(d.cue.text) && d.source.end > before.start && d.source.end <= before.end);
  let source: Span | null = according ? according.source : null;
  if (!source) {
    if (toks[r]!.lower !== 'which') return undefined;
    let a = r - 1;
    while (a > 0 && r - a < ANTECEDENT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a])) && !SOURCE_STOPS.has(toks[a - 1]!.lower) &&
      !(FUNCTION_WORDS.has(toks[a - 1]!.lower) && !['the', 'of'].includes(toks[a - 1]!.lower)) && !isVerbLike(toks[a - 1]!) && !IRREGULAR_PAST.has(toks[a - 1]!.lower)) a--;
    const head = before.lower.replace(/[’']s$/, '');
    if (!isSubjectLike(toks, a, r - 1) || !(/^\p{Lu}/u.test(before.text) || SPEAKER_NOUNS.has(head))) return null;
    source = trimSource(text, toks, a, r - 1);
    // "the U.S. Embassy in Kabul, which said …", "her gallery, Galerie Moreau in Paris, which said …": a place after
    // "in" or "at" is where the body before it is; the body speaks (the sources were "Kabul" and "Paris")
    const place = text.slice(toks[a]!.start, before.end);
    if (a >= 2 && ANTECEDENT_PP.has(toks[a - 1]!.lower) && !BOUNDARY.test(gap(text, toks[a - 2], toks[a - 1])) && (lookupPlace(place) || countryOfName(place))) {
      let b = a - 2;
      while (b > 0 && a - 1 - b < ANTECEDENT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[b - 1], toks[b])) && !SOURCE_STOPS.has(toks[b - 1]!.lower) &&
        !(FUNCTION_WORDS.has(toks[b - 1]!.lower) && !['the', 'of'].includes(toks[b - 1]!.lower)) && !isVerbLike(toks[b - 1]!) && !IRREGULAR_PAST.has(toks[b - 1]!.lower)) b--;
      const bodyHead = toks[a - 2]!.lower.replace(/[’']s$/, '');
      if (isSubjectLike(toks, b, a - 2) && (/^\p{Lu}/u.test(toks[a - 2]!.text) || SPEAKER_NOUNS.has(bodyHead))) source = trimSource(text, toks, b, a - 2);
    }
  }
  const fwd = forwardContent(ctx, quotes, s, toks, i + 1, verb);
  if (!source || !fwd || (verb.needsMarker && !fwd.viaThat && !fwd.viaQuote)) return null;
  // "Somaliland, which declared independence in 1991, said …": without an "according to" before it, the relative
  // clause describes its noun unless it reports a clause ("which said it had sent two bombers")
  const content = fwd.direct ? fwd.content : endOfRelativeClause(text, toks, r, fwd.content) ?? fwd.content;
  if (!according && !fwd.viaThat && !fwd.viaQuote && !hasFiniteVerb(text, content)) return null;
  return { source, cue, content, direct: fwd.direct, sentence: si };
}

/** Prepositions of a place after a relative's noun: "residents in the town who said", "workers at the plant who" (not "from",
 * "on": "heard from a driver who told", "relied on people who said"). */
const ANTECEDENT_PP = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'around', 'throughout', 'within']);

/**
 * First index of the noun phrase a relative pronoun toks[r] follows: back over its words to a verb, a preposition, a
 * stop word or a boundary, and no further than its determiner: "to [22 women] who", "compensated [thousands of
 * customers] who", "will pay [the women] who" ("of" and "the" stay inside it).
 */
function antecedentStart(text: string, toks: Tok[], r: number): number {
  let a = r;
  while (a > 0 && r - a < ANTECEDENT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) {
    const p = toks[a - 1]!;
    if (SOURCE_STOPS.has(p.lower) || (FUNCTION_WORDS.has(p.lower) && !['the', 'of'].includes(p.lower)) || isVerbLike(p) || IRREGULAR_PAST.has(p.lower)) break;
    a--;
    if (DETERMINERS.has(p.lower) && p.lower !== 'of') break;
  }
  return a;
}

/** Most words of the hearer of a cue that takes an object: "told the Associated Press", "told state television". */
const HEARER_MAX_WORDS = 4;

/**
 * Whether the cue toks[i] ("told") has a hearer as its whole object, closed by a comma before a clause that is no
 * report: "…, medical sources have told Al Jazeera, as hundreds of aid trucks remained stuck", "…, a hospital director
 * told AFP, adding that most were women", "…, the governor told reporters, while troops pushed east". The hearer is
 * a HEARERS word, a capitalised name or a short noun phrase after a determiner; after its comma comes a subordinator
 * (SOURCE_STOPS), an adverbial (AFTER_CUE_ADVERBIALS) or a participle. Then the content is the clause before the source.
 */
function hearerThenAside(text: string, toks: Tok[], i: number): boolean {
  const m = hearerEnd(text, toks, i);
  if (m === i + 1 || m >= toks.length || !/^[\s)\]]*,\s*$/.test(gap(text, toks[m - 1], toks[m]))) return false;
  const w = toks[m]!;
  return (SOURCE_STOPS.has(w.lower) && w.lower !== 'that') || AFTER_CUE_ADVERBIALS.has(w.lower) || /^\p{Ll}{3,}ing$/u.test(w.text);
}

/**
 * The index after the hearer of the cue toks[i] ("told reporters", "told the Associated Press", "told CNN"), or i + 1
 * when none: a HEARERS word, a capitalised name, or a short noun phrase after a determiner (HEARER_MAX_WORDS).
 */
function hearerEnd(text: string, toks: Tok[], i: number): number {
  let m = i + 1;
  const first = toks[m];
  if (!first || BOUNDARY.test(gap(text, toks[i], first))) return m;
  if (HEARERS.has(first.lower)) m++;
  else if (/^\p{Lu}/u.test(first.text)) while (m < toks.length && m - i <= HEARER_MAX_WORDS && isNamePart(toks[m]!) && !(m > i + 1 && BOUNDARY.test(gap(text, toks[m - 1], toks[m])))) m++;
  else if (DETERMINERS.has(first.lower)) {
    m++;
    while (m < toks.length && m - i <= HEARER_MAX_WORDS && !BOUNDARY.test(gap(text, toks[m - 1], toks[m])) && !isVerbLike(toks[m]!) && !SOURCE_STOPS.has(toks[m]!.lower)) m++;
  }
  return m;
}

/**
 * Whether the cue toks[i] ("told") has a hearer and then only its adverbials (time, manner, place, setting) to the
 * sentence's end: "…, Columbus Police Chief Elaine Bryant told reporters at an evening news conference.", "…, he told
 * CNN in a lengthy television interview on Sunday." (over five words: the clause before the source is the content).
 */
function hearerThenAdverbials(text: string, toks: Tok[], i: number): boolean {
  let k = hearerEnd(text, toks, i);
  if (k === i + 1) return false;
  for (let u = 0; u < CUE_ADVERBIAL_MAX_UNITS && k < toks.length; u++) {
    if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return false;
    const n = cueTimeAt(toks, k) || cueMannerAt(text, toks, k) || cuePlaceAt(toks, k) || cueSettingAt(text, toks, k);
    if (!n) return false;
    k += n;
  }
  return k >= toks.length;
}

/**
 * In a relative clause set off by commas the report ends where the clause does, at the comma before the main verb:
 * "The strike, which the army said targeted a weapons depot, killed 8 people" → "targeted a weapons depot"; "The
 * rebels, who said they had captured the town, posted a video" → "they had captured the town". Null when the source
 * (from toks[srcStart]) opens no such clause.
 */
function endOfRelativeClause(text: string, toks: Tok[], srcStart: number, content: Span): Span | null {
  const rel = RELATIVES.has(toks[srcStart]!.lower) ? srcStart : srcStart > 0 && RELATIVES.has(toks[srcStart - 1]!.lower) ? srcStart - 1 : -1;
  if (rel < 1 || !/,\s*$/.test(gap(text, toks[rel - 1], toks[rel]))) return null;
  for (let k = toks.findIndex((t) => t.start >= content.start) + 1; k > 0 && k < toks.length && toks[k]!.start < content.end; k++) {
    if (/^\s*,\s*$/.test(gap(text, toks[k - 1], toks[k])) && isVerbLike(toks[k]!)) return trimSpan(text, content.start, toks[k - 1]!.end);
  }
  return null;
}

/** Most members of a list of names after a group noun: "Nortek, Vireo and Alban". */
const LIST_MAX_MEMBERS = 6;

/**
 * When the source toks[a..b] is the last names of a list set after a plural noun phrase ("Three of the largest
 * technology companies, Nortek, Vireo and Alban, said …", a..b = "Vireo and Alban" or "Alban"), the start of the noun
 * phrase, else -1. The members are capitalised names of at most three words; the phrase opens its sentence or clause
 * and its head is a plural or a noun for speakers.
 */
function listSubject(text: string, toks: Tok[], a: number, b: number): number {
  const isName = (x: number, y: number) => y >= x && y - x < 3 && toks.slice(x, y + 1).every((t) => /^\p{Lu}/u.test(t.text));
  // the members already read: "Alban", "Vireo and Alban"
  const and = toks.slice(a, b + 1).findIndex((t) => t.lower === 'and');
  if (and < 0 ? !isName(a, b) : !(isName(a, a + and - 1) && isName(a + and + 1, b))) return -1;
  let start = a;
  let members = and < 0 ? 1 : 2;
  const joined = and >= 0 || toks[a - 1]?.lower === 'and';
  if (and < 0 && toks[start - 1]?.lower === 'and' && start >= 2 && !BOUNDARY.test(gap(text, toks[start - 2], toks[start - 1]))) {
    // "Vireo and Alban": the member before "and"
    let k = start - 2;
    while (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && start - 2 - k < 3) k--;
    if (!isName(k, start - 2)) return -1;
    start = k;
    members++;
  }
  while (start > 0 && /^\s*,\s*$/.test(gap(text, toks[start - 1], toks[start])) && members <= LIST_MAX_MEMBERS) {
    let k = start - 1;
    while (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && start - 1 - k < 12) k--;
    if (isName(k, start - 1)) {
      start = k;
      members++;
      continue;
    }
    // the group: "Three of the largest technology companies"
    const head = toks[start - 1]!.lower;
    const clauseStart = k === 0 || BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !/^\s*,\s*$/.test(gap(text, toks[k - 1], toks[k]));
    if (!joined || members < 2 || !clauseStart || !/^\p{Ll}/u.test(toks[start - 1]!.text) || !(PLURAL_NOUN.test(head) || SPEAKER_NOUNS.has(head))) return -1;
    return isSubjectLike(toks, k, start - 1) || toks.slice(k, start).every((t) => !isVerbLike(t)) ? k : -1;
  }
  return -1;
}

/** Prepositions that open where a source is, after its head noun: "Officials in Kyiv", "residents near the border". */
const PLACE_PHRASE_OPENERS = new Set(['in', 'near', 'outside']);
/** Prepositions before a "City, Region" pair in a subject: "Officials in Kyiv, Ukraine said". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'of', 'near', 'at', 'outside']);
/** Most words of a place name on either side of its qualifying comma. */
const PLACE_MAX_WORDS = 3;

/**
 * When the words toks[a..b] before a cue are only the region of a place ("Officials in Kyiv, Ukraine said", "A
 * mayor in London, Ontario said"), the start of the whole subject, else -1. The gazetteer must hold a city of that
 * name in that region and the subject must be a noun phrase: in "Russian forces shelled Kharkiv, Ukraine said"
 * Ukraine speaks.
 */
function placeQualifiedSubject(text: string, toks: Tok[], a: number, b: number): number {
  if (b - a >= PLACE_MAX_WORDS || a < 3 || !toks.slice(a, b + 1).every((t) => /^\p{Lu}/u.test(t.text))) return -1;
  if (!/^\s*,\s*$/.test(gap(text, toks[a - 1], toks[a]))) return -1;
  let c = a - 1;
  while (c > 0 && a - c <= PLACE_MAX_WORDS && /^\p{Lu}/u.test(toks[c - 1]!.text) && !BOUNDARY.test(gap(text, toks[c - 1], toks[c]))) c--;
  if (!/^\p{Lu}/u.test(toks[c]!.text) || c < 1 || !PLACE_PREPOSITIONS.has(toks[c - 1]!.lower)) return -1;
  const subjectStart = segmentBack(text, toks, c - 2, CLAIM_MAX_SOURCE_WORDS);
  if (subjectStart > c - 2 || !isSubjectLike(toks, subjectStart, c - 2)) return -1;
  const city = text.slice(toks[c]!.start, toks[a - 1]!.end);
  const region = text.slice(toks[a]!.start, toks[b]!.end);
  return lookupPlaceWithin(city, region) ? subjectStart : -1;
}

/**
 * When toks[..b] before a comma and a cue end in "City, Region" (the gazetteer holds a city of that name there), the
 * start of the subject holding the city, else -1: "The city of Columbus, Ohio, said" (placeQualifiedSubject, with the
 * comma a region takes after it in US style), or the city alone opening a clause ("Springfield, Illinois, said").
 */
function regionClosedSubject(text: string, toks: Tok[], b: number): number {
  const a = segmentBack(text, toks, b, PLACE_MAX_WORDS);
  if (a > b || a < 1) return -1;
  // (the subject opens the sentence or a clause: "… a planetary scientist at NASA … and American University in
  // Washington, D.C., said" ends a description whose subject stands further back)
  const qualified = placeQualifiedSubject(text, toks, a, b);
  if (qualified >= 0) return qualified === 0 || BOUNDARY.test(gap(text, toks[qualified - 1], toks[qualified])) ? qualified : -1;
  if (!toks.slice(a, b + 1).every((t) => /^\p{Lu}/u.test(t.text)) || !/^\s*,\s*$/.test(gap(text, toks[a - 1], toks[a]))) return -1;
  const c = segmentBack(text, toks, a - 1, PLACE_MAX_WORDS);
  if (c > a - 1 || !toks.slice(c, a).every((t) => /^\p{Lu}/u.test(t.text))) return -1;
  if (c > 0 && !BOUNDARY.test(gap(text, toks[c - 1], toks[c]))) return -1; // the city opens a clause
  return lookupPlaceWithin(text.slice(toks[c]!.start, toks[a - 1]!.end), text.slice(toks[a]!.start, toks[b]!.end)) ? c : -1;
}

/** Adverbial words that hedge a figure right after them: "said about 30 soldiers died", "around 200 were hurt". */
const FIGURE_HEDGES = new Set(['about', 'around', 'over', 'under', 'some', 'nearly', 'almost']);
/** A figure or a number word: "30", "1,200", "thirty", "dozens". */
const FIGURE = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens)$)/i;

/** Words of a weekday right after a cue, as its adverbial: 1 for "said Monday …", 2 for "said on Monday …", else 0. */
function dayAfterCue(toks: Tok[], m: number): number {
  const t = toks[m];
  if (!t) return 0;
  return WEEKDAYS.has(t.lower) ? 1 : t.lower === 'on' && WEEKDAYS.has(toks[m + 1]?.lower ?? '') ? 2 : 0;
}

/** A day of the month or a year after a month: "Nov. 3", "3 November", "October 2025". */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
const YEAR_WORD = /^(?:1[89]|20)\d\d$/;
/** Most adverbials stepped over in a row: "said in a statement on Tuesday it …". */
const CUE_ADVERBIAL_MAX_UNITS = 3;
/** Most modifiers between the determiner and the head of a manner adverbial: "in a stock exchange filing". */
const MANNER_MAX_MODIFIERS = 3;
/** Most capitalised words of a post-modifier's name: "in a statement to the Associated Press". */
const MANNER_NAME_MAX_WORDS = 3;
/** Words that open a clause's subject after a cue adverbial, besides names, figures and DETERMINERS. */
const CLAUSE_SUBJECT_WORDS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there']);
/** Most words from the subject of that clause to its finite verb: "the company's chief financial officer would …". */
const ADVERBIAL_CLAUSE_SUBJECT_MAX_WORDS = 8;

/**
 * Words of one time adverbial of a cue at toks[m], else 0 (CUE_ADVERBIAL_TIMES): "last week", "earlier this month",
 * "late on Monday", "on Tuesday evening", "on Nov. 3", "in October 2025", "in 2019", "yesterday".
 */
function cueTimeAt(toks: Tok[], m: number): number {
  const w = (n: number) => toks[n]?.lower ?? '';
  const T = CUE_ADVERBIAL_TIMES;
  let k = m;
  // "earlier this month", "late on Monday", "late Monday"
  if (T.degrees.has(w(k)) && (T.deictics.has(w(k + 1)) || w(k + 1) === 'on' || WEEKDAYS.has(w(k + 1)))) k++;
  else if (T.words.has(w(k))) return 1;
  if (T.deictics.has(w(k)) && T.nouns.has(w(k + 1))) return k + 2 - m;
  const prep = w(k) === 'on' || w(k) === 'in';
  if (prep) k++;
  if (WEEKDAYS.has(w(k)) && w(k - 1) !== 'in') {
    k++;
    if (T.dayParts.has(w(k))) k++;
    return k - m;
  }
  if (!prep) return 0;
  // "on Nov. 3", "in October", "in May 2024" ("may" in lower case is a modal)
  if (MONTHS.has(w(k)) && /^\p{Lu}/u.test(toks[k]!.text)) {
    k++;
    if (w(k - 2) === 'on' && DAY_OF_MONTH.test(w(k))) k++;
    if (YEAR_WORD.test(w(k))) k++;
    return k - m;
  }
  // "on 3 November"
  if (w(k - 1) === 'on' && DAY_OF_MONTH.test(w(k)) && MONTHS.has(w(k + 1)) && /^\p{Lu}/u.test(toks[k + 1]!.text)) return k + 2 - m;
  if (w(k - 1) === 'in' && YEAR_WORD.test(w(k))) return k + 1 - m;
  return 0;
}

/**
 * Words of one manner adverbial of a cue at toks[m], else 0 (CUE_ADVERBIAL_MANNER): "in a statement", "in a
 * regulatory filing", "in an emailed statement to Reuters", "in an interview with CNBC", "on a conference call".
 */
function cueMannerAt(text: string, toks: Tok[], m: number): number {
  const M = CUE_ADVERBIAL_MANNER;
  if (!M.prepositions.has(toks[m]?.lower ?? '') || !M.determiners.has(toks[m + 1]?.lower ?? '')) return 0;
  for (let k = m + 2; k < toks.length && k <= m + 2 + MANNER_MAX_MODIFIERS; k++) {
    if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return 0;
    if (!M.heads.has(toks[k]!.lower)) continue;
    let e = k + 1;
    // "to Reuters", "with analysts", "to the Associated Press"
    if (M.postModifiers.has(toks[e]?.lower ?? '') && !BOUNDARY.test(gap(text, toks[k], toks[e]))) {
      let j = e + 1;
      if (HEARERS.has(toks[j]?.lower ?? '')) e = j + 1;
      else {
        if (toks[j]?.lower === 'the') j++;
        let c = j;
        while (c < toks.length && c < j + MANNER_NAME_MAX_WORDS && /^\p{Lu}/u.test(toks[c]!.text)) c++;
        if (c > j) e = c;
      }
    }
    return e - m;
  }
  return 0;
}

/** Most capitalised words of a named setting after "outside": "outside Leeds Crown Court". */
const CUE_SETTING_MAX_WORDS = 4;

/**
 * Words of one setting adverbial of a cue at toks[m], else 0 (CUE_ADVERBIAL_SETTINGS): "outside court", "outside the
 * courthouse", "outside Leeds Crown Court", "outside his home".
 */
function cueSettingAt(text: string, toks: Tok[], m: number): number {
  const S = CUE_ADVERBIAL_SETTINGS;
  if (!S.prepositions.has(toks[m]?.lower ?? '')) return 0;
  let k = m + 1;
  if (CUE_ADVERBIAL_MANNER.determiners.has(toks[k]?.lower ?? '')) k++;
  for (let n = 0; k < toks.length && n <= CUE_SETTING_MAX_WORDS; k++, n++) {
    if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return 0;
    if (S.heads.has(toks[k]!.lower)) return k + 1 - m;
    if (!/^\p{Lu}/u.test(toks[k]!.text)) return 0;
  }
  return 0;
}

/** Most capitalised words of a place after "in"/"at" in a cue's adverbial: "in Kyiv", "in New York", "at Camp David". */
const CUE_PLACE_MAX_WORDS = 3;

/**
 * Words of one place adverbial of a cue at toks[m], else 0: "told reporters in Kyiv the front was stable", "said in
 * Geneva on Monday it …"; the place is one the gazetteer holds, the longest run of capitalised words that is one.
 */
function cuePlaceAt(toks: Tok[], m: number): number {
  const p = toks[m]?.lower;
  if (p !== 'in' && p !== 'at') return 0;
  let n = 0;
  while (n < CUE_PLACE_MAX_WORDS && toks[m + 1 + n] && /^\p{Lu}\p{Ll}/u.test(toks[m + 1 + n]!.text)) n++;
  for (; n > 0; n--) {
    if (lookupPlace(toks.slice(m + 1, m + 1 + n).map((t) => t.text).join(' '))) return n + 1;
  }
  return 0;
}

/**
 * Words of the adverbials of a cue at toks[m] when a clause with its own subject and finite verb follows them, else 0:
 * "said last week it was too early …", "said in a statement on Tuesday it would …", "told analysts in October the
 * company would …". "said in a statement released on Tuesday" (no subject after it) and "said at least 20 …" give 0.
 */
function cueAdverbialsBeforeClause(text: string, toks: Tok[], s: Sentence, m: number): number {
  let k = m;
  for (let u = 0; u < CUE_ADVERBIAL_MAX_UNITS && k < toks.length; u++) {
    if (BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) return 0;
    const n = cueTimeAt(toks, k) || cueMannerAt(text, toks, k) || cuePlaceAt(toks, k) || cueSettingAt(text, toks, k);
    if (!n) break;
    k += n;
  }
  const subj = toks[k];
  if (k === m || !subj || BOUNDARY.test(gap(text, toks[k - 1], subj))) return 0;
  const opens = CLAUSE_SUBJECT_WORDS.has(subj.lower) || (DETERMINERS.has(subj.lower) && subj.lower !== 'of') ||
    /^\p{Lu}/u.test(subj.text) || FIGURE.test(subj.text);
  // "said last week in London …": a further adverbial is no subject ("this" and "that" are determiners too)
  if (!opens || (AFTER_CUE_ADVERBIALS.has(subj.lower) && !DETERMINERS.has(subj.lower))) return 0;
  // the subject runs to its verb within the clause: not "wrote on his blog Think, Save, Retire, “…”" (a name, then a comma)
  for (let v = k + 1; v < toks.length && v <= k + ADVERBIAL_CLAUSE_SUBJECT_MAX_WORDS; v++) {
    if (BOUNDARY.test(gap(text, toks[v - 1], toks[v]))) return 0;
    if (hasFiniteVerb(text, { start: toks[v - 1]!.start, end: toks[v]!.end })) return k - m;
  }
  return 0;
}

/**
 * Whether a hedged figure opens at toks[m], after a weekday of the cue at most: "police said at least 20 people were
 * arrested", "said about 30 soldiers died", "said on Sunday at least 20 …", "said Tuesday about 40 militants …".
 * "at" and "about" open adverbials elsewhere ("…, the army said at a news conference", "said about the attack"); before
 * a figure they are its hedge, and the clause after the cue is the content.
 */
function opensHedgedFigure(text: string, toks: Tok[], m: number): boolean {
  const day = dayAfterCue(toks, m);
  if (day && (m + day >= toks.length || BOUNDARY.test(gap(text, toks[m + day - 1], toks[m + day])))) return false;
  const h = m + day;
  const t = toks[h];
  if (!t) return false;
  // "at least a dozen", "at most half": not "…, officials said on Tuesday at least twice"
  return (t.lower === 'at' && ['least', 'most'].includes(toks[h + 1]?.lower ?? '') && isFigureStart(toks[h + 2])) ||
    (FIGURE_HEDGES.has(t.lower) && FIGURE.test(toks[h + 1]?.text ?? ''));
}

/** Words opening a figure after "at least"/"at most" besides FIGURE: "at least a dozen", "at most half". */
const FIGURE_OPENERS = new Set(['a', 'an', 'half', 'several', 'some']);
const isFigureStart = (t: Tok | undefined) => !!t && (FIGURE.test(t.text) || FIGURE_OPENERS.has(t.lower));

/** Words that carry on a clause after an attribution set inside it: "The town, residents said, was quiet". */
const CLAUSE_VERB_STARTS = new Set([
  'is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'may', 'might', 'must',
  'can', 'did', 'does', 'do', 'remained', 'remains',
]);
/** Most words of the subject before an attribution set inside its clause. */
const ASIDE_LEAD_MAX_WORDS = 8;

/**
 * Whether the cue toks[i] (source starting at `srcStart`) is set off by commas inside its clause: a short subject
 * without a verb before it ("The town,", "Twelve soldiers,") and a verb right after its closing comma ("was quiet",
 * "had fled"). Not "The talks failed, officials said, after …" (a clause before) nor "…, he said, ever since …".
 */
function isMidClauseAside(text: string, toks: Tok[], s: Sentence, srcStart: number, i: number): boolean {
  const next = toks[i + 1];
  // "The toll, according to local officials, stood at 52": a past tense carries the clause on too
  const verbAfter = !!next && (CLAUSE_VERB_STARTS.has(next.lower) || (/^\p{Ll}/u.test(next.text) && (IRREGULAR_PAST.has(next.lower) || (/ed$/.test(next.lower) && next.lower.length >= 4))));
  if (!next || !/^[\s)\]]*,\s*$/.test(gap(text, toks[i], next)) || !verbAfter) return false;
  const lead = toks.filter((t) => t.start >= s.start && t.end <= srcStart);
  if (!lead.length || lead.length > ASIDE_LEAD_MAX_WORDS || lead.some(isVerbLike) || lead.some((t) => SOURCE_STOPS.has(t.lower))) return false;
  // one comma only, right before the source: "In Gaza, the town, residents said, …" is not a bare subject
  return !/[,;:]/.test(text.slice(s.start, lead[lead.length - 1]!.end));
}

/**
 * The second part of a quotation split by its speaker: "“We lost that game,” Heyward said. “I know it got
 * overshadowed …”" → a second claim of the same source and cue, when the next quotation opens right after the
 * attribution (same sentence after a comma, or the next sentence of the paragraph).
 */
function continuation(ctx: ExtractContext, quotes: Quote[], s: Sentence, d: Draft): Draft | null {
  if (!d.direct || d.content.end > d.cue.start) return null; // only after "“…,” X said"
  const text = ctx.text;
  const after = Math.max(d.cue.end, d.source.end);
  const next = ctx.sentences[ctx.sentences.indexOf(s) + 1];
  const q = quotes.find((x) => x.start >= after && (x.start < s.end || (next && next.paragraph === s.paragraph && x.start <= next.start + 1)));
  if (!q) return null;
  const between = text.slice(after, q.start);
  // "…,” Heyward said, via Brian Batko of the Post-Gazette. “…": a short tail, no other speaker or verb
  if (countWords(between) > 8 || CUE_FORMS.has((between.match(/[\p{L}\p{M}]+/gu) ?? []).pop()?.toLowerCase() ?? '')) return null;
  if (q.start < s.end && !/,\s*$/.test(text.slice(after, q.start))) return null;
  if (hasOwnCue(ctx, ctx.sentences.indexOf(s), q)) return null;
  return { source: d.source, cue: d.cue, content: quoteContent(text, q), direct: true, sentence: d.sentence };
}

/** Words after a quotation within which its own cue stands: "“…,” said Ali Hassan", "“…,” the deputy mayor added". */
const OWN_CUE_MAX_WORDS = 6;

/**
 * Whether a quotation has a cue of its own after it, in its sentence: in "“We are safe,” said Omar Saleh. “We will
 * rebuild,” said Ali Hassan." the second quotation is Ali Hassan's, not a continuation of Omar Saleh's.
 */
function hasOwnCue(ctx: ExtractContext, from: number, q: Quote): boolean {
  let i = Math.max(0, from);
  while (i < ctx.sentences.length && ctx.sentences[i]!.end < q.end) i++;
  const s = ctx.sentences[i];
  if (!s || s.start >= q.end) return false;
  const words = ctx.text.slice(q.end, s.end).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  return words.slice(0, OWN_CUE_MAX_WORDS).some((w) => CUE_FORMS.has(w.toLowerCase()));
}

/** Most lower-case words of a title before a name, or of a source noun phrase, after an inverted cue. */
const INVERTED_TITLE_MAX_WORDS = 4;
/** Most words of a source named after an inverted cue, up to the comma or the sentence end. */
const INVERTED_SOURCE_MAX_WORDS = 8;
/** A lower-case part of a name: "Ashraf al-Qudra", "Abu Kanan al-Homsi". */
const NAME_PART = /^(?:\p{Lu}|(?:al|el|ad|ar|as|an|at|bin|ibn|abu|ben)-\p{Lu})/u;
const isNamePart = (t: Tok) => NAME_PART.test(t.text) || NAME_PARTICLES.has(t.lower);

/**
 * Whether the words after an inverted cue toks[i] ("…, said …") are its source, though their shape is not the plain
 * "said Ivan Fedorov." read before: a lower-case title before a name ("…, said regional governor Ivan Fedorov.",
 * "…, said health ministry spokesman Ashraf al-Qudra."), a source noun ("…, said police.", "…, said local
 * officials."), or a name (`nameAfter`: capitalised or after a determiner) followed by a description of any length
 * ("…, said Roman Mrochko, the head of the city's military administration.", "…, said the Syrian Observatory for
 * Human Rights, a Britain-based monitor."). Not a clause: "…, said they would stay", "…, said prices rose".
 */
function namesSourceAfter(text: string, toks: Tok[], i: number, nameAfter: boolean): number {
  let k = i + 1;
  while (k < toks.length && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && k - i <= INVERTED_SOURCE_MAX_WORDS + 1) k++;
  const words = toks.slice(i + 1, k);
  if (!words.length || words.length > INVERTED_SOURCE_MAX_WORDS) return -1;
  if (words.some((w) => isVerbLike(w) || IRREGULAR_PAST.has(w.lower) || FINITE_AUXILIARIES.has(w.lower) || w.lower === 'that')) return -1;
  // "regional governor Ivan Fedorov": lower-case words up to a role word, then the name
  const firstName = words.findIndex(isNamePart);
  const lower = firstName < 0 ? words : words.slice(0, firstName);
  const plainLower = lower.length <= INVERTED_TITLE_MAX_WORDS && lower.every((w) => /^\p{Ll}/u.test(w.text) && !DETERMINERS.has(w.lower) && !FUNCTION_WORDS.has(w.lower));
  const title = lower[lower.length - 1]?.lower ?? '';
  const titled = firstName > 0 && plainLower && (ROLE_WORDS.has(title) || NAME_TITLES.has(title)) && words.slice(firstName).every(isNamePart);
  // "police", "local officials", "hospital sources": a noun for people or bodies heads it
  const sourceNoun = firstName < 0 && plainLower && SPEAKER_NOUNS.has(lower[lower.length - 1]!.lower) && !DOCUMENT_HEADS.has(lower[lower.length - 1]!.lower);
  // after a determiner, a name or a noun for people: not "…, reported a methamphetamine use disorder in 2017, …"
  const named = words.some((w) => /^\p{Lu}/u.test(w.text) || ROLE_WORDS.has(w.lower) || NAME_TITLES.has(w.lower) || SPEAKER_NOUNS.has(w.lower));
  if (!titled && !sourceNoun && !(nameAfter && named)) return -1;
  if (k >= toks.length) return k - 1; // the source ends the sentence
  // what follows the comma describes the source or says when and how: "…, the head of …", "…, in a statement",
  // "…, adding that …"; not a participle clause of the sentence ("…, marking a sharp rise")
  if (!/^[\s)\]]*,\s*$/.test(gap(text, toks[k - 1], toks[k]))) return -1;
  let e = k;
  while (e + 1 < toks.length && !BOUNDARY.test(gap(text, toks[e], toks[e + 1]))) e++;
  const participle = /^\p{Ll}+ing$/u.test(toks[k]!.text) && !CUE_FORMS.has(toks[k]!.lower);
  return (isDescription(toks, k, e) && !participle) || AFTER_CUE_ADVERBIALS.has(toks[k]!.lower) ? e : -1;
}

/** An owner's word opening a source after an inverted cue: "…, said his daughter", "…, said its chief executive". */
const SOURCE_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
const KIN_NOUN = wordSet(KIN_NOUNS);

/**
 * Whether the words after an inverted cue toks[i] are an owner's relative, officer or spokesman, in lower case up to
 * a comma or the sentence end: "The cause was complications of dementia, said his daughter, Ingrid Halvorsen." (an
 * obituary's usual attribution; the source was the clause before the cue), "…, said its chief executive.", "…, said
 * her lawyer.". Not a clause: "…, said his office would review it", "…, said his son died".
 */
function possessedSourceAfter(text: string, toks: Tok[], i: number): boolean {
  if (!SOURCE_POSSESSIVES.has(toks[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < toks.length && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && k - i - 2 <= INVERTED_TITLE_MAX_WORDS) k++;
  const words = toks.slice(i + 2, k);
  if (!words.length || words.length > INVERTED_TITLE_MAX_WORDS || !words.every((w) => /^\p{Ll}/u.test(w.text))) return false;
  const head = words[words.length - 1]!.lower;
  return KIN_NOUN.has(head) || ROLE_WORDS.has(head) || SPEAKER_NOUNS.has(head);
}

/**
 * "“…,” said Ambassador Mohib." / "said the post by an unknown author": source after the cue, content before.
 * `lowerOk`: the source was read as one (namesSourceAfter) and may be all lower case ("…, said police.").
 * `asideEnd`: the last word of the attribution after a plain comma (-1: the source's own last word), when it may
 * stand inside its clause: "This system, says Ana Ruiz, an immunologist at the university, directs the response" →
 * the whole clause is the content.
 */
function invertedAfter(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, cue: Span & { text: string }, lowerOk = false, asideEnd?: number): Draft | null {
  let k = i + 1;
  while (k < toks.length && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && k - i <= 8) k++;
  if (k === i + 1) return null;
  let source = trimSource(text, toks, i + 1, k - 1);
  if (!source) return null;
  if (!lowerOk && !/\p{Lu}/u.test(text.slice(source.start, source.end)) && !['the', 'a', 'an', 'he', 'she', 'they', 'one'].includes(toks[i + 1]!.lower)) return null;
  // "“The bridge will reopen in May,” said the minister, Tom Hale.": the name after the description is the speaker
  const named = describedName(text, toks, i + 1, k);
  if (named >= 0) source = { start: source.start, end: toks[named]!.end };
  const mid = asideEnd !== undefined && isMidClauseAside(text, toks, s, toks[i]!.start, asideEnd < 0 ? k - 1 : asideEnd);
  const content = mid ? clause(text, bodyStart(text, s), s.end, quotes) : contentBefore(text, quotes, s, toks[i]!.start);
  return content ? { source, cue, content, direct: isDirect(text, content, quotes), sentence: si } : null;
}

/**
 * Whether the words from the comma before toks[e] back to the previous comma open on a verb in the past ("died",
 * "fled", "were unhurt" is read by subjectBeforeAside), and the cue toks[i] after the comma has only its source up to
 * the sentence's end ("…, died, said police.", "…, fled, said the mayor."): then they are a predicate, no description.
 */
function predicateBeforeInvertedCue(text: string, toks: Tok[], e: number, i: number): boolean {
  let a = e;
  while (a > 0 && e - a < ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
  if (a === 0 || !/^\s*,\s*$/.test(gap(text, toks[a - 1], toks[a]))) return false;
  const first = toks[a]!;
  if (!(IRREGULAR_PAST.has(first.lower) || (/^\p{Ll}+ed$/u.test(first.text) && isVerbLike(first)))) return false;
  // (a participle with its agent or setting is a description: "The driver, injured in the crash, said police had …")
  if (a < e && ['in', 'by', 'at', 'during', 'after', 'from', 'with'].includes(toks[a + 1]!.lower)) return false;
  // (nor a name given: "Gabriel Jean-Pierre, nicknamed Ti Gabriel, said the alliance held the port")
  if (['nicknamed', 'named', 'dubbed', 'called', 'known', 'styled'].includes(first.lower)) return false;
  let k = i + 1;
  while (k < toks.length && !BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) k++;
  return k > i + 1 && k >= toks.length && k - i - 1 <= INVERTED_SOURCE_MAX_WORDS && !toks.slice(i + 1, k).some((w) => isVerbLike(w) || IRREGULAR_PAST.has(w.lower) || w.lower === 'that');
}

/** Most words of a name set after a description: "said the minister, Tom Hale." */
const DESCRIBED_NAME_MAX_WORDS = 4;

/**
 * When the source toks[a..k-1] after an inverted cue is a description ("the minister", "the region's education
 * director") and a name alone follows it after a comma up to the sentence end or the next comma ("…, said the
 * minister, Tom Hale."), the index of the name's last word, else -1.
 */
function describedName(text: string, toks: Tok[], a: number, k: number): number {
  if (k >= toks.length || !/^\s*,\s*$/.test(gap(text, toks[k - 1], toks[k]))) return -1;
  if (!/^(?:the|a|an|its|their|his|her)$/.test(toks[a]!.lower) || !/^\p{Ll}/u.test(toks[k - 1]!.text)) return -1;
  let e = k;
  while (e + 1 < toks.length && !BOUNDARY.test(gap(text, toks[e], toks[e + 1])) && e - k < DESCRIBED_NAME_MAX_WORDS) e++;
  const name = toks.slice(k, e + 1);
  if (name.length < 2 || !name.every(isNamePart) || !/^\p{Lu}/u.test(toks[e]!.text)) return -1;
  // the name ends the sentence or is followed by a comma
  return e + 1 >= toks.length || /^\s*,/.test(gap(text, toks[e], toks[e + 1])) ? e : -1;
}

/** Whether the words from toks[m] close with a comma and "that" before any other stop: "as talks opened, that …". */
function asideBeforeThat(text: string, toks: Tok[], m: number): boolean {
  for (let n = m + 1; n < toks.length && n < m + 12; n++) {
    const g = gap(text, toks[n - 1], toks[n]);
    if (/[,;]/.test(g)) return toks[n]!.lower === 'that';
    if (BOUNDARY.test(g)) return false;
  }
  return false;
}

/**
 * Content after a cue from token k: skips an object ("told reporters"), an adverbial ("in a statement") and "that";
 * a quotation or a colon takes what they introduce, possibly over several sentences.
 */
function forwardContent(ctx: ExtractContext, quotes: Quote[], s: Sentence, toks: Tok[], k: number, verb: CueVerb): { content: Span; direct: boolean; viaThat: boolean; viaQuote: boolean } | null {
  const text = ctx.text;
  const cueEnd = toks[k - 1]!.end;
  // Look a few words ahead for "that", a colon or an opening quote that starts the content; step over adverbials
  // set off by commas ("explains, in a satirical fashion, that …").
  let from = -1;
  let viaThat = false;
  let viaColon = false;
  // "said at least 6,000 were children, and that …": a hedged figure opens the clause, no adverbial of the cue
  // ("said outside court that …": a setting too, CUE_ADVERBIAL_SETTINGS)
  const adverbialFirst = k < toks.length && (AFTER_CUE_ADVERBIALS.has(toks[k]!.lower) || cueSettingAt(text, toks, k) > 0) && !opensHedgedFigure(text, toks, k);
  // "said in a statement it would cut jobs that had …": past the cue's adverbials a clause has begun, and a later
  // "that" or quotation is inside it
  const clauseAt = adverbialFirst ? k + cueAdverbialsBeforeClause(text, toks, s, k) : k;
  for (let m = k; m < toks.length && m < k + 12; m++) {
    if (clauseAt > k && m > clauseAt) break;
    const g = gap(text, toks[m - 1], toks[m]);
    const qAt = g.search(/["“„«]/);
    if ((QUOTE_OPEN.test(g) || /:\s*$/.test(g)) && m < k + 7) {
      // "said the figures were wrong: in the north, nobody was counted": a colon after a clause of its own (a finite
      // verb since the cue) closes that clause, it introduces no content of the cue ("told reporters: …" does)
      if (m > k && !QUOTE_OPEN.test(g) && hasFiniteVerb(text, { start: toks[k]!.start, end: toks[m - 1]!.end })) break;
      // "said the decision was “a betrayal of our values”": a quotation inside the reported clause is part of it;
      // only an object or an adverbial may stand between the cue and its quotation ("told reporters “…”")
      if (m > k && !/[,:]/.test(g) && !adverbialFirst &&
        !(verb.takesObject && (HEARERS.has(toks[k]!.lower) || DETERMINERS.has(toks[k]!.lower) || /^\p{Lu}/u.test(toks[k]!.text)))) break;
      from = qAt >= 0 ? toks[m - 1]!.end + qAt : toks[m]!.start;
      viaColon = /:/.test(g);
      break;
    }
    // "confirmed that …", "announced on Thursday that …", "told LA Weekly in a statement that …"; not the relative
    // "that" of an object: "confirmed rumors that had been circulating"
    if (toks[m]!.lower === 'that' && (m === k || verb.takesObject || adverbialFirst)) {
      if (m + 1 < toks.length) from = toks[m + 1]!.start;
      viaThat = true;
      break;
    }
    if (/[,;]/.test(g)) {
      // "…, the WHO said on Tuesday, warning that the disease was spreading": a participle cue after the comma reports a
      // second clause of its own ("citing" and "quoting" name a sub-source and stay asides of this cue)
      if (adverbialFirst && m > k && isParticipleCue(toks[m]!)) break;
      // "…, the weather agency said on Tuesday, as a heatwave that has killed eight people tightened its grip": a
      // subordinate clause after the comma is the report's setting; its relative "that" opens no content (the content
      // was "has killed eight people tightened …" instead of the clause before the source)
      // ("said on Tuesday, as talks opened, that …": a clause set off by commas before "that" is an aside of the cue)
      if (CLAUSE_SUBORDINATORS.has(toks[m]!.lower) && !AFTER_CUE_ADVERBIALS.has(toks[m]!.lower) && !asideBeforeThat(text, toks, m)) break;
      if (AFTER_CUE_ADVERBIALS.has(toks[m]!.lower) || adverbialFirst && m > k) continue;
      if (verb.takesObject && m <= k + 6) {
        from = toks[m]!.start; // "told the press, …"
        break;
      }
      break;
    }
  }
  if (from < 0 && /:\s*$/.test(text.slice(cueEnd, s.end)) && !/[.!?]/.test(text.slice(cueEnd, s.end))) {
    // "the Church denied these allegations:" closing its sentence: what follows is the content
    return nextSentenceContent(ctx, quotes, s);
  }
  if (from < 0) {
    // "announced the formation of a new force", "said he was taking his family": the rest of the sentence
    if (k >= toks.length) return null;
    let m = k;
    if (verb.takesObject) {
      // skip the hearer: "told Montalvo he would assist him", "told the court", "told The Associated Press …"; a hearer
      // word ends it ("told reporters the bridge would reopen": "the" opens the content)
      while (m < toks.length && m < k + 4 && DETERMINERS.has(toks[m]!.lower) && !HEARERS.has(toks[m]!.lower)) m++;
      // "told shoppers prices would rise": a plural noun before a clause with its own verb is a hearer too
      if (m < toks.length && (HEARERS.has(toks[m]!.lower) || (PLURAL_NOUN.test(toks[m]!.text) && m + 1 < toks.length &&
        !BOUNDARY.test(gap(text, toks[m], toks[m + 1])) && hasFiniteVerb(text, { start: toks[m]!.start, end: s.end })))) m++;
      else while (m < toks.length && m < k + 4 && /^\p{Lu}/u.test(toks[m]!.text)) m++;
      if (m === k || m >= toks.length) return null;
    }
    // "Police said Monday 12 people were killed", "said on Tuesday the group …": a day is an adverbial of the cue,
    // the clause after it is the content
    // "said at least 50 people were killed", "said about 30 soldiers died", "said on Sunday at least 20 …": a hedge on a
    // figure, not an adverbial
    const hedge = opensHedgedFigure(text, toks, m) || (toks[m]!.lower === 'at' && ['least', 'most'].includes(toks[m + 1]?.lower ?? ''));
    // "said last week it was too early …", "said in a statement it would cut 1,200 jobs", "told analysts in October the
    // company would …": time and manner adverbials of the cue before a clause with its own subject and verb
    const adverbials = hedge ? 0 : cueAdverbialsBeforeClause(text, toks, s, m);
    const day = adverbials ? 0 : dayAfterCue(toks, m);
    if (adverbials) m += adverbials;
    else if (day && m + day < toks.length && !BOUNDARY.test(gap(text, toks[m + day - 1], toks[m + day])) && (hedge || !AFTER_CUE_ADVERBIALS.has(toks[m + day]!.lower))) m += day;
    if (!adverbials && !hedge && AFTER_CUE_ADVERBIALS.has(toks[m]!.lower) && !['to'].includes(toks[m]!.lower)) {
      // "said on Thursday the group …" is rare; an adverbial with no "that" after it is not content
      return null;
    }
    const g = gap(text, toks[m - 1], toks[m]);
    from = QUOTE_OPEN.test(g) ? toks[m - 1]!.end + g.search(/["“„«]/) : toks[m]!.start;
  }
  const colonEnd = /:\s*$/.test(text.slice(cueEnd, s.end).trimEnd()) && from >= s.end;
  if (from >= s.end || colonEnd) return nextSentenceContent(ctx, quotes, s);
  const q = quotes.find((x) => x.start === from || (x.start >= from && x.start < from + 2));
  // 'SANA said "residents of Deir al-Zour" had risen against the SDF and that six civilians were killed': a quoted
  // phrase followed by its verb is the subject of the reported clause, which runs on (the content was the quote alone)
  const verbAfter = q && q.end < s.end ? /^\s+(\p{Ll}+)\b/u.exec(text.slice(q.end, s.end))?.[1] : undefined;
  if (q && verbAfter && (FINITE_AUXILIARIES.has(verbAfter) || IRREGULAR_PAST.has(verbAfter) || (/ed$/.test(verbAfter) && verbAfter.length > 4))) {
    const content = clause(text, q.start, s.end, quotes);
    if (content) return { content, direct: false, viaThat, viaQuote: false };
  }
  if (q) return { content: quoteContent(text, q), direct: true, viaThat, viaQuote: true };
  if (viaColon) {
    const content = clause(text, from, s.end, quotes);
    return content ? { content, direct: false, viaThat, viaQuote: true } : null;
  }
  let content = clause(text, from, s.end, quotes);
  // "An eye specialist told Bruno that he could be blinded, the newspaper said": the closing attribution is not content
  const tail = content ? TRAILING_ATTRIBUTION.exec(text.slice(content.start, content.end)) : null;
  if (content && tail) content = trimSpan(text, content.start, content.start + tail.index);
  // "The government said it had lifted 400,000 children out of poverty, according to official data": the closing
  // "according to" is a second attribution of the clause, not part of it
  const according = content ? TRAILING_ACCORDING.exec(text.slice(content.start, content.end)) : null;
  if (content && according) content = trimSpan(text, content.start, content.start + according.index);
  if (!content || countWords(text.slice(content.start, content.end)) < CLAIM_MIN_CONTENT_WORDS) return null;
  return { content, direct: isDirect(text, content, quotes), viaThat, viaQuote: false };
}

/**
 * Whether two capitalised words joined by "and" stand right before toks[i], after a lower-case word of the same
 * phrase: "in Kassala and Gedaref states", "across Borno, Adamawa and Yobe states". Not a clause's own subject
 * ("Procter and Gamble states that …" opens its sentence).
 */
function isCoordinatedNamesBefore(text: string, toks: Tok[], i: number): boolean {
  const cap = (t: Tok | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  if (!cap(toks[i - 1]) || toks[i - 2]?.lower !== 'and' || !cap(toks[i - 3])) return false;
  let k = i - 3;
  // "Borno, Adamawa and Yobe": earlier members of the list
  while (k >= 2 && cap(toks[k - 1]) && /^,\s*$/.test(gap(text, toks[k - 1], toks[k]))) k--;
  const before = toks[k - 1];
  if (!before || !/^\p{Ll}/u.test(before.text) || BOUNDARY.test(gap(text, before, toks[k]))) return false;
  for (let n = i - 2; n <= i; n++) if (BOUNDARY.test(gap(text, toks[n - 1], toks[n]))) return false;
  return true;
}

/** A cue's -ing form that opens a clause of its own: "adding", "warning", "saying" (not "citing", an aside). */
function isParticipleCue(t: Tok): boolean {
  return /ing$/.test(t.lower) && CUE_FORMS.has(t.lower) && !AFTER_CUE_ADVERBIALS.has(t.lower);
}

/** A lower-case plural noun: "shoppers", "pensioners" (not "business", "news"). */
const PLURAL_NOUN = /^\p{Ll}{3,}[^s'’]s$/u;

/** Content in the sentence after a colon at the end of the cue's sentence: a quotation or the next sentence. */
function nextSentenceContent(ctx: ExtractContext, quotes: Quote[], s: Sentence): { content: Span; direct: boolean; viaThat: boolean; viaQuote: boolean } | null {
  const idx = ctx.sentences.indexOf(s);
  const n = ctx.sentences[idx + 1];
  if (!n) return null;
  const q = quotes.find((x) => x.start >= n.start && x.start < n.start + 2);
  if (q) return { content: quoteContent(ctx.text, q), direct: true, viaThat: false, viaQuote: true };
  const content = clause(ctx.text, n.start, n.end, quotes);
  return content ? { content, direct: false, viaThat: false, viaQuote: false } : null;
}

/** Content that ends before `at` in the sentence: a quotation closing there, else the clause from the sentence start. */
function contentBefore(text: string, quotes: Quote[], s: Sentence, at: number): Span | null {
  const lead = text.slice(s.start, at);
  const close = /["”»]\s*,?\s*$|,\s*["”»]\s*$/.exec(lead);
  if (close) {
    const qEnd = s.start + close.index + close[0].search(/["”»]/) + 1;
    const q = quotes.find((x) => x.end === qEnd);
    // "Hosting Cook at Dreamforce “is our dream,” Benioff said": words before the quotation belong to the content
    if (q && q.start > s.start + 1 && !/[:,]\s*$/.test(text.slice(s.start, q.start)) && q.start >= s.start) return trimSpan(text, s.start, q.end);
    if (q) return quoteContent(text, q);
  }
  // The clause before the source: from the sentence start, or from the opening of a quote that began earlier.
  const stop = /[,:;—–-]?\s*$/.exec(lead)!;
  const end = s.start + stop.index;
  const openQuote = quotes.find((x) => x.start < s.start && x.end > s.start && x.end <= at + 1);
  const start = openQuote ? openQuote.innerStart : bodyStart(text, s);
  return trimSpan(text, start, end);
}

/** Where a sentence's own words start: after a wire dateline ("LONDON, March 4 (Reuters) - British house prices …"). */
function bodyStart(text: string, s: Sentence): number {
  return findDateline(text, s)?.bodyStart ?? s.start;
}

/** The words of a quotation without its marks and its closing comma. */
function quoteContent(text: string, q: Quote): Span {
  return trimSpan(text, q.innerStart, q.innerEnd, true) ?? { start: q.innerStart, end: q.innerEnd };
}

/** The clause from `start` to the sentence end `end`, carried on to the close of a quotation opened inside it. */
function clause(text: string, start: number, end: number, quotes: Quote[]): Span | null {
  // a line break ends the content ("…, the bank said\nWarsaw Newsroom +48 22 …"); so does a clause joined by "but",
  // ";" or ", adding" with its own verb ("officials have not said why …, but Mohib says …")
  const nl = text.slice(start, end).indexOf('\n');
  if (nl > 0) end = start + nl;
  // "346bn Kenyan shillings ($2.7bn; £2.1bn) to service the debt": a break inside brackets ends no clause, the search
  // goes on after the closing bracket
  let from = start;
  for (let cut = CLAUSE_BREAK.exec(text.slice(from, end)); cut; cut = CLAUSE_BREAK.exec(text.slice(from, end))) {
    const at = from + cut.index + cut[0].search(/\s/); // after a closing quote: "…conversation,” adding"
    const close = insideBrackets(text, start, at);
    if (close >= 0) {
      from = close;
      continue;
    }
    if (!quotes.some((x) => x.start < at && x.end > at)) end = at;
    break;
  }
  // a quotation opened inside the clause runs to its close, over sentence ends
  const q = quotes.find((x) => x.start >= start && x.start < end && x.end > end);
  return trimSpan(text, start, q ? q.end : end);
}

/** Where the round bracket open at `at` (opened after `start`) closes, or -1 when none is open there. */
function insideBrackets(text: string, start: number, at: number): number {
  const open = text.lastIndexOf('(', at);
  if (open < start) return -1;
  const close = text.indexOf(')', open);
  return close >= at ? close : -1;
}

/**
 * Marks that open and close: a source or an indirect content that holds one mark of a pair takes the other when it
 * stands right outside ("the Syrian Observatory for Human Rights (SOHR" + ")", "“fighters" + "”"). Straight quotes
 * close themselves: an odd count is open.
 */
const PAIRS: { id: string; open: string; close: string }[] = [
  { id: 'pair/round', open: '(', close: ')' },
  { id: 'pair/square', open: '[', close: ']' },
  { id: 'pair/curly-double', open: '“', close: '”' },
  { id: 'pair/guillemet', open: '«', close: '»' },
  { id: 'pair/straight-double', open: '"', close: '"' },
];

/** The span extended over the marks of the pairs it leaves open, when they stand right before or after it. */
function balanceMarks(text: string, span: Span): Span {
  let { start, end } = span;
  for (const p of PAIRS) {
    const inner = text.slice(start, end);
    const opens = inner.split(p.open).length - 1;
    if (p.open === p.close) {
      if (opens % 2 === 0) continue;
      if (text[end] === p.close) end++;
      else if (text[start - 1] === p.open) start--;
      continue;
    }
    const closes = inner.split(p.close).length - 1;
    if (opens > closes && text[end] === p.close) end++;
    else if (closes > opens && text[start - 1] === p.open) start--;
  }
  return start === span.start && end === span.end ? span : { start, end };
}

/**
 * Trims spaces, leading "that"/commas and trailing punctuation. `keepThat`: the words of a quotation, where "That"
 * is the speaker's own ("“That is simply not true,” the minister said"), not the complementiser of a cue.
 */
function trimSpan(text: string, start: number, end: number, keepThat = false): Span | null {
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?—–-]/.test(text[end - 1]!)) end--;
  if (!keepThat && /^that\s/i.test(text.slice(start, end))) start += 5;
  while (start < end && /\s/.test(text[start]!)) start++;
  return end > start ? { start, end } : null;
}

/**
 * A time word between a source and its cue (SOURCE_CUE_TIMES, in lower case: "Solaris Energy today announced"), or a
 * weekday after "on" ("The ministry on Tuesday said"); the time phrase must have a subject before it.
 */
function isTimeFiller(toks: Tok[], j: number): boolean {
  const t = toks[j]!;
  if (j < 1) return false;
  if (SOURCE_CUE_TIMES.has(t.text)) return true;
  if (SOURCE_CUE_TIME_NOUNS.has(t.text)) return ['this', 'last'].includes(toks[j - 1]!.text) && j >= 2;
  if (['this', 'last'].includes(t.text) && SOURCE_CUE_TIME_NOUNS.has(toks[j + 1]?.text ?? '')) return true;
  return WEEKDAYS.has(t.lower) && toks[j - 1]!.lower === 'on' && j >= 2;
}

/** A source between tokens a..b (inclusive), trimmed of opening adverbs and punctuation. */
/** Shares counted after "than" in a source: "No less than a third of the residents said", "More than half of them". */
const SHARE_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'handful', 'majority', 'few']);
function trimSource(text: string, toks: Tok[], a: number, b: number): Span | null {
  while (a <= b && ['also', 'however', 'but', 'and', 'as', 'then', 'now', 'so', 'thus', 'meanwhile'].includes(toks[a]!.lower)) a++;
  a = afterLeadingManner(toks, a, b);
  if (a > b || b - a + 1 > CLAIM_MAX_SOURCE_WORDS) return null;
  // a comparison, not a speaker: "The economy added 150,000 jobs, fewer than economists had expected", "Sales rose 4%,
  // more than analysts had forecast"; "than" before a figure counts the speakers ("More than 20 officials said",
  // "Fewer than a dozen residents said")
  for (let k = a; k < b; k++) {
    if (toks[k]!.lower !== 'than') continue;
    const n = ['a', 'an', 'about', 'around', 'some', 'nearly', 'almost'].includes(toks[k + 1]!.lower) && k + 2 <= b ? toks[k + 2]! : toks[k + 1]!;
    if (!FIGURE.test(n.text) && !SHARE_WORDS.has(n.lower)) return null;
  }
  return { start: toks[a]!.start, end: toks[b]!.end };
}

/** Most words between a manner adverbial's determiner and its head: "In a joint written statement". */
const LEADING_MANNER_MAX_MODIFIERS = 2;
/** Most capitalised words after its post-modifier: "In an interview with Sky News". */
const LEADING_MANNER_MAX_NAME_WORDS = 3;

/**
 * The first token after a manner adverbial that opens a source with no comma (CUE_ADVERBIAL_MANNER, read after a cue
 * as "said in a statement"), or `a` when there is none or nothing would remain: "In a statement the ministry said"
 * → "the ministry", "In an interview with Sky News she said" → "she" (the source was "In a statement it", a name).
 */
function afterLeadingManner(toks: Tok[], a: number, b: number): number {
  const m = CUE_ADVERBIAL_MANNER;
  if (a + 2 > b || !m.prepositions.has(toks[a]!.lower) || !m.determiners.has(toks[a + 1]!.lower)) return a;
  let h = a + 2;
  while (h < b && h - a - 2 < LEADING_MANNER_MAX_MODIFIERS && !m.heads.has(toks[h]!.lower) && /^\p{Ll}/u.test(toks[h]!.text)) h++;
  if (!m.heads.has(toks[h]!.lower)) return a;
  let e = h + 1;
  if (e < b && m.postModifiers.has(toks[e]!.lower)) {
    let n = e + 1;
    while (n < b && n - e <= LEADING_MANNER_MAX_NAME_WORDS && /^\p{Lu}/u.test(toks[n]!.text)) n++;
    if (n > e + 1) e = n;
  }
  return e <= b ? e : a;
}

/**
 * The name behind a description: "Talal Sallou, spokesman of the SDF said" → "Talal Sallou"; "Valeska Paris, an
 * Australian woman and former Scientologist, has claimed" → "Valeska Paris". Segments a..b first.
 */
function appositive(text: string, toks: Tok[], a: number, b: number): Span | null {
  let seg = trimSource(text, toks, a, b);
  if (!seg) return null;
  let start = toks.findIndex((t) => t.start === seg!.start);
  for (let hops = 0; hops < 3; hops++) {
    const first = toks[start]!;
    // "spokesman of the SDF", "a representative for …", "undersecretary to …", "the coach of …": descriptions;
    // "the Pentagon" is a name
    const endIdx = toks.findIndex((t) => t.end === seg!.end);
    if (!isDescription(toks, start, endIdx) || start === 0) break;
    const sep = gap(text, toks[start - 1], first);
    const viaAnd = toks[start - 1]!.lower === 'and' && /,/.test(gap(text, toks[start - 2], toks[start - 1]));
    if (!/,/.test(sep) && !viaAnd) break;
    const e = viaAnd ? start - 2 : start - 1;
    if (e < 0) break;
    const k = segmentBack(text, toks, e, 8);
    if (k > e) break;
    const prevFirst = toks[k]!;
    // the segment before must be a name: "Valeska Paris", "Fed chairman Alan Greenspan" (not a clause: "Three men had …")
    const prevSeg = toks.slice(k, e + 1);
    // "The minister, who spoke to reporters said …": before a relative clause any noun phrase is the subject
    // "On Monday, the governor said", "In Kyiv, the mayor said", "Separately, the agency said": a time, a place
    // phrase or an adverb opening the sentence is no name, however capitalised
    if ((FUNCTION_WORDS.has(prevFirst.lower) && prevFirst.lower !== 'the') || AFTER_CUE_ADVERBIALS.has(prevFirst.lower) || ADVERB.test(prevFirst.lower)) break;
    // "Clashes erupted in Gaza and Rafah, police said", "… in Churachandpur and Kangpokpi, a police statement said":
    // a name joined to the words before it ends their clause (the last of a list, an object); a speaker described
    // after a comma opens its sentence or clause ("In Gaza, Mahmoud Basal, spokesman for the civil defense, said")
    if (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], prevFirst))) break;
    const nameLike = prevSeg.every((x) => /^\p{Lu}/u.test(x.text) || NAME_PARTICLES.has(x.lower)) ||
      (/^\p{Lu}/u.test(toks[e]!.text) && endsWithTitledName(toks, k, e) && !prevSeg.some(isVerbLike)) ||
      (RELATIVES.has(first.lower) && isSubjectLike(toks, k, e));
    if (e - k >= 7 || !nameLike) break;
    seg = { start: prevFirst.start, end: toks[e]!.end };
    start = k;
  }
  return seg;
}

/** Words after the head noun of a definite description: "the UN agency for Palestinian refugees", "the medical charity known as MSF". */
const DESCRIPTION_HEAD_ENDS = new Set([...HEAD_QUALIFIERS, 'known', 'loyal', 'based', 'linked', 'backed', 'allied', 'responsible', 'called', 'named']);
/**
 * "also known as Ansar Allah", "officially known as …", "known as the SAF", "formerly called …": another name given;
 * so a nickname: 'Gabriel Jean-Pierre, nicknamed "Ti Gabriel," told reporters'.
 */
const ALIAS_ASIDE = /^(?:(?:also|officially|formerly|better|widely|commonly|locally|previously|once)\s+)?(?:known|referred\s+to)\s+as\b|^(?:also|officially|formerly|locally)\s+(?:called|named)\b|^(?:also\s+)?(?:nicknamed|dubbed)\b/;

/**
 * Shapes of a description of a speaker (not its name), as it stands beside the name between commas: "Talal Sallou,
 * spokesman of the SDF, said". A segment ending in a titled name ("team member Rodaba Noori") is none of them, unless
 * the shape is `overName` (a relative clause or another name given: "Yemen's Houthis, who call themselves Ansar
 * Allah, said"). An `aside` shape counts only between two commas before the cue ("UNRWA, the UN agency for
 * Palestinian refugees, said"), not after a comma opening the sentence ("In Gaza, the health ministry said").
 */
const DESCRIPTION_SHAPES: { id: string; test: (w: Tok[]) => boolean; overName?: boolean; aside?: boolean }[] = [
  // "who call themselves Ansar Allah", "which has documented killings in West Darfur"
  { id: 'description/relative', overName: true, test: (w) => RELATIVES.has(w[0]!.lower) },
  // "officially known as Ansar Allah", "also known as the RSF": the name after it is the same speaker's
  { id: 'description/alias', overName: true, test: (w) => ALIAS_ASIDE.test(w.slice(0, 4).map((x) => x.lower).join(' ')) },
  // "the UN agency for Palestinian refugees", "the U.N. food agency", "the medical charity known by its French
  // initials MSF": "the" and a lower-case head noun describe; "the Qassam Brigades", "the Pentagon" are names
  { id: 'description/the-common-noun', aside: true, test: (w) => w[0]!.lower === 'the' && w.length > 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(descriptionHead(w)) },
  // "Equinor, Norway's state-controlled energy company, said", "HSBC, Europe's biggest bank, said": a place's or a
  // body's possessive and a lower-case head noun describe (the source was the description, with no name); "Norway's
  // Equinor" names
  { id: 'description/possessive', aside: true, test: (w) => w.length > 1 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(w[0]!.text) && /^\p{Ll}[\p{Ll}-]*$/u.test(descriptionHead(w)) },
  // "spokesman of the SDF", "head of the council"
  { id: 'description/role-first', test: (w) => ROLE_WORDS.has(w[0]!.lower) },
  // "a Pentagon spokesman", "an Australian woman and former Scientologist"
  { id: 'description/indefinite', test: (w) => w[0]!.lower === 'a' || w[0]!.lower === 'an' },
  // "the mayor of Springfield"
  // and after a country's short name or demonym: "Breon Peace, the US Attorney for the Eastern District of New York,
  // said" (no claim: the capitalised role and the place after it read as a name), "the French Ambassador in Tehran"
  { id: 'description/the-role', test: (w) => w[0]!.lower === 'the' && (ROLE_WORDS.has(w[1]?.lower ?? '') ||
    (w.length > 2 && ROLE_WORDS.has(w[2]!.lower) && (/^(?:\p{Lu}\.?){2,3}$/u.test(w[1]!.text) || countryOfDemonym(w[1]!.text) !== null))) },
  // "Vivek Murthy, the U.S. Surgeon General, said", "Tedros Adhanom Ghebreyesus, the WHO Director-General, said": "the"
  // and a capitalised title of a few words with a role word in it (a word of a hyphened one too) describe; "the
  // Ministry of Health" and "the Scripps Research Institute" hold none
  { id: 'description/the-title', aside: true, test: (w) => w[0]!.lower === 'the' && w.length > 1 && w.length <= 5 &&
    w.slice(1).every((x) => /^\p{Lu}/u.test(x.text)) && w.slice(1).some((x) => x.lower.split('-').some((p) => ROLE_WORDS.has(p) || ASIDE_TITLE_WORDS.has(p))) },
  // "SDF media chief", "the Pentagon spokesman": a role word as the head
  { id: 'description/role-head', test: (w) => w.length > 1 && ROLE_WORDS.has(w[w.length - 1]!.lower) },
  // "Dmytro Lubinets, Ukraine's parliamentary human rights commissioner, said", "DTEK, Ukraine's largest private
  // energy company, said": a name in the possessive and a lower-case head describe whatever the head noun ("Ukraine's
  // Security Service" ends in a capital: a name); the source was the description, with no actor
  { id: 'description/possessive', test: (w) => w.length > 1 && /^\p{Lu}[\p{L}\p{M}.-]*['’]s$/u.test(w[0]!.text) && /^\p{Ll}/u.test(w[w.length - 1]!.text) },
  // "Ngashi Ngongo, Africa CDC's chief of staff, said", "Jean Kaseya, Africa CDC's director general, said", "…, Save
  // the Children's head of advocacy, said": the owner may be a name of several words (the source was the description,
  // or the name was read as the content)
  { id: 'description/long-possessive', test: (w) => /^\p{Ll}/u.test(w[w.length - 1]!.text) && possessiveNameEnd(w) > 0 },
  // "Ngashi Ngongo, Africa CDC chief of staff, said", "Mike Ryan, WHO head of emergencies, said": a body's name before
  // a role word and its of-phrase (role-head takes the role word only when it ends the description)
  { id: 'description/name-role-of', test: (w) => w.some((x, n) => n > 0 && ROLE_WORDS.has(x.lower) && w[n + 1]?.lower === 'of' && w.slice(0, n).every((y) => /^\p{Lu}/u.test(y.text))) },
  // "Detective Inspector Ann Reid, of West Yorkshire Police, said", "John Smith, of the CPS, said": the force or body
  // a person belongs to, set off by commas in British and Australian copy ("of" is a DETERMINERS word, so the
  // lower-case shape below never takes it; the source was "of West Yorkshire Police")
  { id: 'description/affiliation', aside: true, test: (w) => w[0]!.lower === 'of' && w.length > 1 },
  // "Bali, 45, said": an age
  { id: 'description/age', test: (w) => w.length === 1 && /^\d{1,3}$/.test(w[0]!.text) },
  // "who spoke to reporters in Ankara", "in a statement", "however": a lower-case opening other than a determiner
  // or a pronoun that can speak
  // the plural of a noun for people or bodies is a speaker of its own, not a description of the name before its comma:
  // "… on the Ukrainian capital, Kyiv, officials say" gave the source "Kyiv"
  { id: 'description/lower-case', test: (w) => /^\p{Ll}/u.test(w[0]!.text) && !DETERMINERS.has(w[0]!.lower) && (!SOURCE_PRONOUNS[w[0]!.lower] || w[0]!.lower === 'who') && !isSpeakerGroup(w) },
];

/** Most words of a name in the possessive opening a description: "Save the Children's" (3), "Africa CDC's" (2). */
const POSSESSIVE_NAME_MAX_WORDS = 4;
/** Lower-case words inside such a name: "Save the Children's", "Doctors of the World's". */
const POSSESSIVE_NAME_JOINERS = new Set(['the', 'of', 'for', 'and', 'de']);
/**
 * The index of the word in "'s" closing a capitalised name of two words or more that opens w ("Africa CDC's chief of
 * staff" → 1), else -1.
 */
function possessiveNameEnd(w: Tok[]): number {
  for (let n = 0; n < Math.min(w.length - 1, POSSESSIVE_NAME_MAX_WORDS); n++) {
    const x = w[n]!;
    if (!/^\p{Lu}/u.test(x.text)) {
      if (n > 0 && POSSESSIVE_NAME_JOINERS.has(x.lower)) continue;
      return -1;
    }
    if (/^\p{Lu}[\p{L}\p{M}\p{N}.&-]*['’]s$/u.test(x.text)) return n;
  }
  return -1;
}

/** Plurals of SPEAKER_NOUNS without a final s: "police said", "people say". */
const PLURAL_SPEAKERS = new Set(['police', 'people', 'media', 'military', 'authorities']);
/**
 * A group of speakers written in lower case, at most three words: "officials", "local officials", "rescue workers",
 * "police" (the head a plural of SPEAKER_NOUNS, no verb or participle before it); "spokesman", "economist", singular,
 * describe a name.
 */
function isSpeakerGroup(w: Tok[]): boolean {
  const head = w[w.length - 1]!.lower;
  // "Reuters, citing officials, said": a participle before the noun makes an aside of the words
  return w.length <= 3 && w.every((x) => /^\p{Ll}/u.test(x.text) && !FUNCTION_WORDS.has(x.lower) && !isVerbLike(x) && !/ing$/u.test(x.lower)) && SPEAKER_NOUNS.has(head) &&
    (PLURAL_SPEAKERS.has(head) || PLURAL_NOUN.test(head));
}

/** The head noun of a description opening with "the": the word before its qualifier ("for", "known", "loyal") or its last. */
function descriptionHead(w: Tok[]): string {
  const cut = w.findIndex((x, n) => n > 1 && DESCRIPTION_HEAD_ENDS.has(x.lower));
  return w[(cut > 0 ? cut : w.length) - 1]!.text;
}

/**
 * Whether toks[a..b] describes a speaker rather than naming one (DESCRIPTION_SHAPES); `aside`: it stands between two
 * commas right before the cue.
 */
function isDescription(toks: Tok[], a: number, b: number, aside = false): boolean {
  const w = toks.slice(a, b + 1);
  if (DESCRIPTION_SHAPES.some((d) => d.overName && d.test(w))) return true;
  // "team member Rodaba Noori" names; "armed groups loyal to the shadow National Unity Government" describes (the
  // capitals follow a function word: an organization inside the description)
  // capitals after a relative pronoun are its clause's object, not the name: "The Community Security Trust, a charity
  // that protects British Jews, said" (the source was "protects British Jews")
  if (endsWithTitledName(toks, a, b) && !w.slice(0, w.length - capitalRun(w)).some((x) => FUNCTION_WORDS.has(x.lower) || DESCRIPTION_RELATIVES.has(x.lower))) return false;
  return DESCRIPTION_SHAPES.some((d) => !d.overName && (aside || !d.aside) && d.test(w));
}

/** Words of the capitalised run closing w: 3 for "the shadow National Unity Government". */
function capitalRun(w: Tok[]): number {
  let n = 0;
  while (n < w.length && /^\p{Lu}/u.test(w[w.length - 1 - n]!.text)) n++;
  return n;
}

/**
 * Words that introduce a nickname or another name in quotes inside a description: 'Jimmy Cherizier, a former police
 * officer known as "Barbecue," said', 'the gang leader, nicknamed "Ti Gabriel," said'.
 */
const QUOTED_NAME_CUE = /\b(?:known\s+as|nicknamed|dubbed|alias|aka|called)\s*["“]$/i;
/** Most words of a nickname in quotes: "El Chapo", "Izo 5 Segonn". */
const QUOTED_NAME_MAX_WORDS = 4;

/**
 * Whether the comma after toks[e] closes a description set off by commas, maybe inside the closing quotation mark of
 * a nickname that ends it, as American copy puts it: 'Jimmy Cherizier, a former police officer known as
 * "Barbecue," said the coalition would fight' (the comma inside the quote made the source "the coalition would
 * fight" and the content the name). A quotation that is no nickname keeps the comma inside it its own ('"We will
 * fight," said Cherizier').
 */
function closesAside(text: string, toks: Tok[], e: number): boolean {
  const g = gap(text, toks[e], toks[e + 1]);
  if (/^[\s)\]]*,\s*$/.test(g)) return true;
  if (!/^,["”]\s*$/.test(g)) return false;
  for (let k = e; k >= 1 && e - k < QUOTED_NAME_MAX_WORDS; k--) {
    const before = gap(text, toks[k - 1], toks[k]);
    if (/["“]/.test(before)) return QUOTED_NAME_CUE.test(text.slice(Math.max(0, toks[k]!.start - 30), toks[k]!.start));
    if (BOUNDARY.test(before)) return false;
  }
  return false;
}

/** Most words of a description set off by commas between a subject and its verb. */
const ASIDE_MAX_WORDS = 10;
/** Most words of a relative clause set off by commas before the cue: "who spoke on condition of anonymity because …". */
const RELATIVE_ASIDE_MAX_WORDS = 24;
/** Most comma-separated pieces read back over: "Ana Ruiz, 52, a nurse,", "in Munich, Germany, and lead author …,". */
const ASIDE_MAX_HOPS = 4;
/** Most words of the subject before such a description: "The Syrian Observatory for Human Rights (SOHR)". */
const ASIDE_SUBJECT_MAX_WORDS = 8;

/**
 * The subject before descriptions set off by commas, when toks[e] ends the last of them and a comma and the cue
 * follow: "John Smith, a Pentagon spokesman, said …" → John Smith; "Bali, 45, said …"; "Erdogan, who spoke to
 * reporters in Ankara, said …"; "Ana Ruiz, 52, a nurse, said …". Null when the words before the comma are not such a
 * description ("The talks failed, said a senior official": the source comes after the cue).
 */
function subjectBeforeAside(text: string, toks: Tok[], e: number): { a: number; b: number; desc?: number } | null {
  let end = e;
  let longRelative = false;
  for (let hops = 0; hops < ASIDE_MAX_HOPS; hops++) {
    let a = end;
    while (a > 0 && end - a < ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    // "The group, which takes its name from the protests of July 11, 2021, said": the year after a date's comma belongs
    // to the piece before it (the source was "2021")
    if (a === end && a > 2 && /^\d{4}$/.test(toks[a]!.text) && /^,\s*$/.test(gap(text, toks[a - 1], toks[a])) && DAY_OF_MONTH.test(toks[a - 1]!.text) &&
      MONTHS.has(toks[a - 2]!.lower) && /^\p{Lu}/u.test(toks[a - 2]!.text)) {
      a -= 2;
      while (a > 0 && end - a < RELATIVE_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    }
    // 'a former police officer known as "Barbecue,"': a nickname in quotes belongs to the description before it
    if (a > 1 && /^\s*["“]$/.test(gap(text, toks[a - 1], toks[a])) && QUOTED_NAME_CUE.test(text.slice(Math.max(0, toks[a]!.start - 30), toks[a]!.start))) {
      a--;
      while (a > 0 && end - a < ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) a--;
    }
    if (a > 0 && !BOUNDARY.test(gap(text, toks[a - 1], toks[a]))) {
      // "A local official, who asked not to be named because he was not authorised to speak to the media, said": a
      // relative clause may run longer, over a subordinate clause of its own
      let r = a;
      while (r > 0 && end - r < RELATIVE_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) r--;
      if (RELATIVES.has(toks[r]!.lower) || ANONYMITY_PARTICIPLES.has(toks[r]!.lower)) {
        a = r;
        longRelative = true;
      } else if ((r = roleOfBodyAside(text, toks, end)) >= 0) a = r;
      else if ((r = longRoleAside(text, toks, end)) >= 0) a = r;
      else if ((r = describedRelativeAside(text, toks, end)) >= 0) {
        a = r;
        longRelative = true;
      }
    }
    // "The Syrian Observatory for Human Rights (SOHR), a Britain-based monitor, said": a bracket may close the subject
    if (a === 0 || !/^[\s)\]]*,\s*$/.test(gap(text, toks[a - 1], toks[a]))) return null;
    // "The vessel's 22 crew members, all Indian nationals, were unhurt, said Synergy Marine Group": the words before
    // the cue's comma open on a finite auxiliary, the predicate of the clause before; the clause is the content and
    // the source follows the cue (the source was "all Indian nationals", the content "Synergy Marine Group")
    if (hops === 0 && FINITE_AUXILIARIES.has(toks[a]!.lower)) return null;
    if (!isDescription(toks, a, end, true)) {
      // "Omar Haddad, a nurse in Lyon, France, said": the region closes the description before it
      if (hops === 0 && continuesDescription(text, toks, a, end, -1)) {
        end = a - 1;
        continue;
      }
      return hops === 0 ? nameAfterDescription(text, toks, a, end) : null;
    }
    const b = a - 1;
    let k = b;
    while (k > 0 && b - k < ASIDE_SUBJECT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) k--;
    // "But the Citizens' Council for Public Security and Criminal Justice, a nongovernmental organization, said": the
    // "and" stands inside a body's name (the source was "Criminal Justice")
    const name = bodyNameBefore(text, toks, b);
    if (name >= 0 && name < k) return { a: name, b };
    // the subject opens the sentence or a clause ("In Ankara, Erdogan, …", "… and Ana Ruiz, the mayor, …")
    if (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) return null;
    // "Turkey, which backs the Syrian National Army (SNA), a coalition of rebel factions, said": the description is
    // of the relative clause's object, and the relative clause is an aside too; the subject is before it (the source
    // was "backs the Syrian National Army (SNA)")
    if (k > 1 && RELATIVES.has(toks[k - 1]!.lower) && /^\s*,\s*$/.test(gap(text, toks[k - 2], toks[k - 1]))) {
      end = b;
      continue;
    }
    // "Ana Ruiz, 52, a nurse, said": "52" is a description too, the subject is further back
    if (k > 0 && /,/.test(gap(text, toks[k - 1], toks[k])) && isDescription(toks, k, b)) {
      end = b;
      continue;
    }
    // "Anna Berg, a researcher in Munich, Germany, and lead author of the study, said", "John Miles, head of
    // space at Orbital Defense, Space, and Security, said": the words between the commas end a description that
    // holds commas itself; read back to the name that opens it
    if (k > 0 && /,/.test(gap(text, toks[k - 1], toks[k])) && continuesDescription(text, toks, k, b, a)) {
      end = k - 1;
      continue;
    }
    // before a long relative clause the subject opens with a determiner or a name: "A local official, who …", not
    // "964,000 people age 12 and older, which account for …"
    if (longRelative && !(DETERMINERS.has(toks[k]!.lower) || /^\p{Lu}/u.test(toks[k]!.text))) return null;
    // "Eisai and Biogen, which market Leqembi, said", "Pfizer and Moderna, the vaccines' makers, said": a subject joined
    // by "and" at the start of a clause speaks whole (the source was "Biogen"), as it does with no aside; an aside of
    // one ("Reuters and Human Rights Watch, a rights group, said", "…, which is a charity, said") keeps its last name
    const singularAside = ['a', 'an'].includes(toks[a]!.lower) || (RELATIVES.has(toks[a]!.lower) && /^(?:is|was|has|does)$|[^s]s$/.test(toks[a + 1]?.lower ?? ''));
    if (k >= 2 && !singularAside && toks[k - 1]!.lower === 'and' && !BOUNDARY.test(gap(text, toks[k - 2], toks[k - 1])) && !BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) {
      const j = segmentBack(text, toks, k - 2, ASIDE_SUBJECT_MAX_WORDS);
      const atClauseStart = j === 0 || BOUNDARY.test(gap(text, toks[j - 1], toks[j]));
      if (j <= k - 2 && atClauseStart && !toks.slice(j, k - 1).some(isVerbLike) && !SOURCE_STOPS.has(toks[j]!.lower) && isSubjectLike(toks, k, b)) return { a: j, b };
    }
    return isSubjectLike(toks, k, b) ? { a: k, b } : null;
  }
  return null;
}

/** Most words of a role and the long name of its body set off by commas: "spokesperson for the General … in Darfur". */
const ROLE_OF_BODY_ASIDE_MAX_WORDS = 18;

/**
 * The first token of a description ending at toks[end] that is a role word and the name of its body, longer than
 * ASIDE_MAX_WORDS ("Adam Rijal, spokesperson for the General Coordination for Displaced Persons and Refugees in
 * Darfur, told …": the source was "Refugees in Darfur"), or -1. After the role and its "of"/"for" (and "the"), only
 * capitalised words and the small words of a name (BODY_NAME_LINKS, "in").
 */
function roleOfBodyAside(text: string, toks: Tok[], end: number): number {
  let r = end;
  while (r > 0 && end - r < ROLE_OF_BODY_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) r--;
  if (r > 0 && !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) return -1;
  let k = r;
  if (['a', 'an', 'the'].includes(toks[k]!.lower)) k++;
  // the title may be capitalised, and an aide's office takes "to": "Majed Al Ansari, Advisor to the Prime Minister and
  // Official Spokesperson of the Ministry of Foreign Affairs, said …" (QNA; the source was the clause after the cue)
  while (k < end && (/^\p{Ll}/u.test(toks[k]!.text) || ROLE_WORDS.has(toks[k]!.lower) || ROLE_QUALIFIER_WORDS.has(toks[k]!.lower)) &&
    !ROLE_OF_BODY_LINKS.has(toks[k]!.lower) && k - r < 3) k++;
  if (!ROLE_WORDS.has(toks[k - 1]?.lower ?? '') || !ROLE_OF_BODY_LINKS.has(toks[k]?.lower ?? '') || (toks[k]!.lower === 'to' && toks[k + 1]?.lower !== 'the')) return -1;
  for (let n = k + 1; n <= end; n++) {
    const t = toks[n]!;
    if (!/^\p{Lu}/u.test(t.text) && !BODY_NAME_LINKS.has(t.lower) && t.lower !== 'in') return -1;
  }
  return r;
}

/** Most words of a person's role and the places of it set off by commas (longRoleAside). */
const LONG_ROLE_ASIDE_MAX_WORDS = 20;
/** Heads of a person's role in longRoleAside besides ROLE_WORDS: "a senior lecturer at …", "a researcher at …". */
const LONG_ROLE_ASIDE_HEADS = new Set(['lecturer', 'researcher', 'scientist', 'analyst', 'campaigner', 'fellow', 'economist', 'expert',
  'specialist', 'climatologist', 'meteorologist', 'negotiator', 'partner', 'consultant', 'strategist', 'activist']);
/** Words after the role's head that open where the role is held: "professor at", "head of", "fellow with". */
const LONG_ROLE_ASIDE_LINKS = new Set(['at', 'of', 'for', 'with', 'in', 'on']);

/**
 * The first token of a person's role set off by commas that runs longer than ASIDE_MAX_WORDS over the bodies and
 * places it is held at, or -1: "Joana Setzer, an associate professor at the Grantham Research Institute at the
 * London School of Economics, said …", "Friederike Otto, a senior lecturer at Imperial College London and one of the
 * report's authors, said …" (the source was the clause after the cue, and the name and its role the content). An
 * article or none, at most three words, a role's head (ROLE_WORDS, LONG_ROLE_ASIDE_HEADS) and a preposition open
 * it, or "by" and a report's author; no verb and no relative pronoun stand in it (a clause is no role).
 */
function longRoleAside(text: string, toks: Tok[], end: number): number {
  let r = end;
  while (r > 0 && end - r < LONG_ROLE_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) r--;
  if (r === 0 || !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) return -1;
  let k = ['a', 'an', 'the'].includes(toks[r]!.lower) ? r + 1 : r;
  const first = k;
  while (k < end && k - first < 3 && !(ROLE_WORDS.has(toks[k]!.lower) || LONG_ROLE_ASIDE_HEADS.has(toks[k]!.lower))) k++;
  // or a report's author: "The analysis, by Lauri Myllyvirta of the Centre for Research on Energy and Clean Air
  // (CREA), finds that …" (the source was "Clean Air (CREA)")
  const author = toks[r]!.lower === 'by' && r < end;
  if (!author && (!(ROLE_WORDS.has(toks[k]!.lower) || LONG_ROLE_ASIDE_HEADS.has(toks[k]!.lower)) || !LONG_ROLE_ASIDE_LINKS.has(toks[k + 1]?.lower ?? ''))) return -1;
  for (let n = r; n <= end; n++) {
    const t = toks[n]!;
    if (isVerbLike(t) || IRREGULAR_PAST.has(t.lower) || FINITE_AUXILIARIES.has(t.lower) || RELATIVES.has(t.lower) || DESCRIPTION_RELATIVES.has(t.lower)) return -1;
  }
  return r;
}

/**
 * The first token of a description set off by commas whose noun takes a relative clause, longer than
 * ASIDE_MAX_WORDS, or -1: "Scientists at World Weather Attribution, a group that studies the role of climate change
 * in extreme events, said …" (the source was the relative clause's words, "studies the role of …"). An article, at
 * most three lower-case words and "that"/"which"/"who" open it; the whole runs to RELATIVE_ASIDE_MAX_WORDS.
 */
function describedRelativeAside(text: string, toks: Tok[], end: number): number {
  let r = end;
  while (r > 0 && end - r < RELATIVE_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[r - 1], toks[r]))) r--;
  if (r === 0 || !BOUNDARY.test(gap(text, toks[r - 1], toks[r])) || !['a', 'an', 'the'].includes(toks[r]!.lower)) return -1;
  for (let k = r + 1; k <= end && k <= r + 4; k++) {
    const t = toks[k]!;
    if (DESCRIPTION_RELATIVES.has(t.lower)) return k > r + 1 ? r : -1;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || isVerbLike(t) || FINITE_AUXILIARIES.has(t.lower)) return -1;
  }
  return -1;
}

/** The words between a role and its body's name in roleOfBodyAside: "spokesperson for the …", "Advisor to the …". */
const ROLE_OF_BODY_LINKS = new Set(['of', 'for', 'at', 'to']);
/** Capitalised words before a role's noun in roleOfBodyAside: "Official Spokesperson", "Senior Advisor", "Deputy Head". */
const ROLE_QUALIFIER_WORDS = new Set(['official', 'senior', 'deputy', 'chief', 'special', 'assistant', 'acting', 'first', 'vice']);
/** Small words inside a body's name, between its capitalised words: "Council for Public Security and Criminal Justice". */
const BODY_NAME_LINKS = new Set(['of', 'for', 'and', '&', 'on', 'de', 'del', 'the']);
/**
 * Heads of a public body's name that may hold an "and" with no other link word: "the Disaster and Emergency
 * Management Authority" (AFAD), "the Food and Drug Administration", "the Immigration and Refugee Board".
 */
const BODY_AND_HEADS = new Set(['authority', 'agency', 'ministry', 'department', 'commission', 'committee', 'council', 'office', 'service',
  'bureau', 'institute', 'directorate', 'administration', 'board', 'inspectorate']);
/** Most words of a body's name read back over an "and" inside it (BODY_NAME_LINKS). */
const BODY_NAME_MAX_WORDS = 14;

/**
 * The start of a body's name ending at toks[b] that holds an "and" between capitalised words, when it opens the
 * sentence or a clause (an opening "the" with it): "the Citizens' Council for Public Security and Criminal Justice",
 * "the Ministry of Justice and Public Security". -1 otherwise: "Police and Ministry officials" holds a lower-case
 * word, "Reuters and AP" no link word of a name before the "and" ends it.
 */
function bodyNameBefore(text: string, toks: Tok[], b: number): number {
  if (!/^\p{Lu}/u.test(toks[b]!.text)) return -1;
  let k = b;
  let and = false;
  let link = false;
  while (k > 0 && b - k < BODY_NAME_MAX_WORDS && !BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) {
    const w = toks[k - 1]!;
    if (/^\p{Lu}/u.test(w.text)) { k--; continue; }
    // a link word between two capitalised words: not "the" after "and" ("Police and the Ministry of Justice": two)
    if (!BODY_NAME_LINKS.has(w.lower) || k - 2 < 0 || !/^\p{Lu}/u.test(toks[k - 2]!.text) || w.lower === 'the') break;
    if (w.lower === 'and' || w.lower === '&') and = true;
    else link = true;
    k -= 2;
  }
  // "the" opening the name goes with it
  if (k > 0 && toks[k - 1]!.lower === 'the' && !BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) k--;
  // "the Disaster and Emergency Management Authority": an "and" alone, in a name opened by "the" whose head is a
  // public body's (BODY_AND_HEADS); "Reuters and AP", "the Army and Navy" are two
  if (!and || (!link && !(toks[k]!.lower === 'the' && BODY_AND_HEADS.has(toks[b]!.lower)))) return -1;
  return k === 0 || BOUNDARY.test(gap(text, toks[k - 1], toks[k])) || SOURCE_STOPS.has(toks[k - 1]!.lower) ? k : -1;
}

/** Words that open the last member of a list: "Defense, Space, and Security", "in Munich, Germany, and …". */
const LIST_LAST_OPENERS = new Set(['and', 'or']);

/**
 * Whether toks[k..b], between commas, is a piece of the description before it rather than a subject: a member of a
 * list whose last member follows ("Orbital Defense, Space, and Security": toks[next] opens "and Security") or the
 * region of the city ending the words before ("in Munich, Germany"). `next` opens the piece after it, or -1.
 */
function continuesDescription(text: string, toks: Tok[], k: number, b: number, next: number): boolean {
  if (next >= 0 && LIST_LAST_OPENERS.has(toks[next]!.lower)) return true;
  let c = k - 1;
  if (c < 0 || !/^\p{Lu}/u.test(toks[c]!.text)) return false;
  while (c > 0 && k - c < PLACE_MAX_WORDS && /^\p{Lu}/u.test(toks[c - 1]!.text) && !BOUNDARY.test(gap(text, toks[c - 1], toks[c]))) c--;
  // "Daniel Parfitt, 29, of Kingshill Road, Swindon, admitted", "of 12 Elm Street, Dayton, said": the town closing a
  // street's address (a house number may open it); the source was "Swindon"
  const street = STREET.has(toks[k - 1]!.lower) && k - c >= 2 && toks.slice(k, b + 1).every((x) => /^\p{Lu}/u.test(x.text));
  if (street && c > 1 && /^\d{1,5}$/.test(toks[c - 1]!.text) && !BOUNDARY.test(gap(text, toks[c - 2], toks[c - 1]))) c--;
  if (c < 1 || !PLACE_PREPOSITIONS.has(toks[c - 1]!.lower) || b - k >= PLACE_MAX_WORDS) return false;
  // "The report, approved at a meeting in Interlaken, Switzerland, on Sunday, said": after a place's preposition, a
  // country closes the town before it, listed or not (the source was "Switzerland")
  const region = text.slice(toks[k]!.start, toks[b]!.end);
  return street || !!lookupPlaceWithin(text.slice(toks[c]!.start, toks[k - 1]!.end), region) || countryOfName(region) !== null;
}
const STREET = wordSet(STREET_HEADS);

/**
 * Words that open a subordinate clause closing a relative clause of a source with no commas around it: "who asked not
 * to be named because he was not authorised to speak", "who spoke on condition of anonymity as she was not allowed to
 * brief reporters".
 */
const RELATIVE_SUBORDINATORS = new Set(['because', 'as', 'since']);

/**
 * Participles opening a clause that says why a source goes unnamed, read like "who" before such a clause: "Two
 * security officials, speaking on condition of anonymity because they were not authorised to talk to the media, said"
 * (the source was "they were not authorised to talk to the media"), "A police officer requesting anonymity as he was
 * not allowed to brief reporters said".
 */
const ANONYMITY_PARTICIPLES = new Set(['speaking', 'talking', 'requesting', 'asking', 'declining']);

/**
 * The start of the subject whose relative clause ("who asked not to be named") holds the subordinator toks[j], when
 * the cue follows right after its clause (srcEnd): "An army officer who asked not to be named because he was not
 * authorised to speak said" → "An army officer". -1 when no "who" opens a clause before toks[j] within
 * RELATIVE_ASIDE_MAX_WORDS, or the words before it are no subject opening the sentence or a clause.
 */
function subjectOfRelative(text: string, toks: Tok[], j: number, srcEnd: number): number {
  let w = j - 1;
  const opens = (x: Tok) => x.lower === 'who' || ANONYMITY_PARTICIPLES.has(x.lower);
  while (w > 0 && srcEnd - w < RELATIVE_ASIDE_MAX_WORDS && !opens(toks[w]!) && !SOURCE_STOPS.has(toks[w]!.lower) &&
    !BOUNDARY.test(gap(text, toks[w - 1], toks[w]))) w--;
  if (w < 1 || !opens(toks[w]!) || BOUNDARY.test(gap(text, toks[w - 1], toks[w]))) return -1;
  const b = w - 1;
  let k = b;
  while (k > 0 && b - k < ASIDE_SUBJECT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) k--;
  if (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) return -1;
  // "A security source", "Residents", "Police officials": a determiner, a capital or a plural noun opens it
  if (!(DETERMINERS.has(toks[k]!.lower) || /^\p{Lu}/u.test(toks[k]!.text) || /^\p{Ll}+s$/u.test(toks[k]!.text))) return -1;
  return isSubjectLike(toks, k, b) ? k : -1;
}

/**
 * The name between commas after a description that opens the sentence or a clause: "An army spokesman, Col. John
 * Smith, said …" → Col. John Smith (toks[a..e] the name). Null when the words between the commas are no name or
 * the words before them no description ("The town, residents said, …").
 */
function nameAfterDescription(text: string, toks: Tok[], a: number, e: number): { a: number; b: number; desc?: number } | null {
  const name = toks.slice(a, e + 1);
  if (!name.every((x) => /^\p{Lu}/u.test(x.text) || NAME_PARTICLES.has(x.lower)) || !/^\p{Lu}/u.test(toks[e]!.text)) return null;
  const b = a - 1;
  let k = b;
  while (k > 0 && b - k < ASIDE_SUBJECT_MAX_WORDS && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) k--;
  if (k > 0 && !BOUNDARY.test(gap(text, toks[k - 1], toks[k])) && !SOURCE_STOPS.has(toks[k - 1]!.lower)) return null;
  const description = toks.slice(k, b + 1);
  // "“The bridge will reopen in May,” the minister, Tom Hale, said.", "“…,” the headteacher of Riverside Primary,
  // John Okafor, told parents.": right after a quotation the description and the name are one attribution; its head
  // stands before a qualifier ("of Riverside Primary") and any "the" + lower-case head describes
  const afterQuote = k > 0 && /[,.!?]["”»]\s*$/.test(gap(text, toks[k - 1], toks[k]));
  // "The convoy was ambushed near Damboa, a militia member, Babakura Kolo, told Premium Times.": after a clause and
  // its comma, the description and the name are one attribution too; the content ends before the description, not
  // after it ("…, the army spokesman, John Okafor, said." gave the content "… near Damboa, the army spokesman"); a
  // clause may end in a sign or a bracket ("Homicides fell 30%, the state's governor, Rubén Rocha, said")
  const afterClause = !afterQuote && k > 0 && /^[%)\]]?\s*,\s*$/.test(gap(text, toks[k - 1], toks[k]));
  const cut = description.findIndex((x, n) => n > 0 && HEAD_QUALIFIERS.has(x.lower));
  // after a quotation or a clause and its comma the head stands before a qualifier too: "The violence forced 11,000
  // people from their homes, the governor of Norte de Santander department, William Villamizar, said" (head
  // "governor", not "department": the claim was lost)
  const headTok = description[((afterQuote || afterClause) && cut > 0 ? cut : description.length) - 1]!;
  // "An army spokesman", "The group's leader", "Its commander": a role word is the head of the description
  const head = headTok.lower.replace(/[’']s$/, '');
  // "A senior Democrat, Stacey Abrams, said": a politician by party or seat (MEMBER_ROLE_WORDS), a title ("A district
  // commissioner, Paul Otieno, said") describe too
  // "Security forces killed 11 militants, the military's media wing, Inter-Services Public Relations (ISPR), said": a
  // body described by a determiner or an owner ("the", "the military's", "Pakistan's") and its head noun speaks by name;
  // so does one after an article only: "The local business chamber, Canaco, estimates that …", "The rights group, Foro
  // Penal, said"
  const determined = /^(?:the|a|an|its|their|his|her)$/.test(description[0]!.lower) || /\p{L}['’]s$/u.test(description[0]!.text);
  const described = ROLE_WORDS.has(head) || UNNAMED_HEADS.has(head) || NAME_TITLES.has(head) || MEMBER_ROLE_WORDS.has(head) ||
    (afterQuote && /^(?:the|a|an|its|their|his|her)$/.test(description[0]!.lower) && /^\p{Ll}/u.test(headTok.text)) ||
    (determined && /^\p{Ll}/u.test(headTok.text) && SPEAKER_NOUNS.has(head) && !DOCUMENT_HEADS.has(head)) ||
    // "The cause was lung cancer, his wife, Mary Jones, said." (no claim): an owner's relative, named after the noun
    (determined && /^\p{Ll}/u.test(headTok.text) && KIN_NOUN.has(head));
  if (!described) return null;
  if (!isSubjectLike(toks, k, b)) return null;
  return afterQuote || afterClause ? { a, b: e, desc: k } : { a, b: e };
}

/**
 * A noun phrase that can be a subject: "John Smith", "The minister", "officials"; not a clause ("The strikes killed
 * 14 militants") nor an adverbial ("In Ankara").
 */
function isSubjectLike(toks: Tok[], a: number, b: number): boolean {
  const first = toks[a]!;
  if (b - a >= ASIDE_SUBJECT_MAX_WORDS || (FUNCTION_WORDS.has(first.lower) && first.lower !== 'the')) return false;
  // "Russian drones struck the port overnight, killing two people, said governor …": an irregular past is a verb too
  for (let k = a; k <= b; k++) if ((isVerbLike(toks[k]!) && !isModifierParticiple(toks, a, k, b)) || SOURCE_STOPS.has(toks[k]!.lower) || IRREGULAR_PAST.has(toks[k]!.text)) return false;
  return true;
}

/**
 * Whether toks[k], inside the phrase toks[a..b], is a participle modifying the noun after it (MODIFIER_PARTICIPLES):
 * "A local elected official", "the newly appointed commander", "A wounded soldier". It follows a determiner, or one
 * singular word after a determiner ("local", "newly"), and is not the phrase's last word: "The rebels wounded" is a
 * clause.
 */
function isModifierParticiple(toks: Tok[], a: number, k: number, b: number): boolean {
  if (!MODIFIER_PARTICIPLES.has(toks[k]!.lower) || k >= b || k === a) return false;
  const prev = toks[k - 1]!;
  if (DETERMINERS.has(prev.lower)) return true;
  return k - 2 >= a && DETERMINERS.has(toks[k - 2]!.lower) && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.lower);
}

/**
 * "team member Rodaba Noori", "Tunisia's coach Nabil Maaloul": a description followed by a name is a name; in
 * "spokesman of the SDF" the capitals follow "the" and name an organization, not the speaker.
 */
function endsWithTitledName(toks: Tok[], a: number, b: number): boolean {
  let k = b;
  while (k >= a && /^\p{Lu}/u.test(toks[k]!.text)) k--;
  const run = b - k;
  if (run < 2 || k < a) return run >= 2 && k < a;
  return !FUNCTION_WORDS.has(toks[k]!.lower) && !DETERMINERS.has(toks[k]!.lower);
}

/**
 * "The general was quoted as saying the army would withdraw": the subject of the passive is the speaker; the cue is
 * the frame ("quoted as saying", `n` words ending at toks[i]), the content what follows it.
 */
function speakerPassive(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, n: number, verb: CueVerb): Draft | null {
  const text = ctx.text;
  const first = i - n + 1;
  let j = first - 1;
  while (j >= 0 && SOURCE_CUE_FILLERS.has(toks[j]!.lower) && !BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) j--;
  if (j < 0 || j === first - 1 || BOUNDARY.test(gap(text, toks[j], toks[j + 1]))) return null; // "was" or "has been" needed
  const a = segmentBack(text, toks, j, CLAIM_MAX_SOURCE_WORDS);
  if (a > j || !isSubjectLike(toks, a, j)) return null;
  const source = appositive(text, toks, a, j);
  const fc = forwardContent(ctx, quotes, s, toks, i + 1, verb);
  if (!source || !fc) return null;
  return { source, cue: { start: toks[first]!.start, end: toks[i]!.end, text: toks.slice(first, i + 1).map((x) => x.lower).join(' ') }, content: fc.content, direct: fc.direct, sentence: si };
}

/**
 * A relayed statement with a phrase inside its frame (RELAYED_QUOTE_FRAMES), the cue toks[i] ending the frame:
 * passive, "Iran's foreign ministry spokesman was quoted by state news agency IRNA as saying that 60 people were
 * killed" (the subject speaks: speakerPassive), or active, "State news agency KCNA quoted leader Kim Jong Un as saying
 * the launch was a warning" (the object between the verb and "as saying" speaks). The cue is the frame's own words
 * ("quoted as saying") over the whole span. Undefined when no such frame ends at the cue.
 */
function relayedQuote(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, verb: CueVerb): Draft | null | undefined {
  const text = ctx.text;
  for (const f of RELAYED_QUOTE_FRAMES) {
    const q = i - f.tail.length + 1;
    if (q < 2 || !f.tail.every((w, n) => toks[q + n]!.lower === w)) continue;
    // "RIA quoted Denis Pushilin, the Russian-installed head of the occupied parts of the Donetsk region, as saying
    // that …": a description between commas after the speaker's name is read over (its words are no part of the
    // frame's inner words); the speaker is the name before it
    const aside = relayAside(text, toks, q);
    let v = (aside ?? q) - 1;
    const inner = (aside ?? q) - 1;
    while (v > 0 && inner - v < f.maxInner && !f.verbs.includes(toks[v]!.lower) && !BOUNDARY.test(gap(text, toks[v - 1], toks[v]))) v--;
    // the bare frame ("was quoted as saying") is a SPEAKER_PASSIVES one
    if (v === inner || !f.verbs.includes(toks[v]!.lower) || BOUNDARY.test(gap(text, toks[v], toks[v + 1])) || (aside === undefined && BOUNDARY.test(gap(text, toks[q - 1], toks[q])))) continue;
    const cueText = [toks[v]!.lower, ...f.tail].join(' ');
    // passive when a form of "be" stands among the fillers before the verb ("was quoted", "has also been quoted");
    // "Reuters later quoted him", "AFP has quoted him" are active: the relay is no speaker
    let b = v - 1;
    let passive = false;
    for (; b >= 0 && SOURCE_CUE_FILLERS.has(toks[b]!.lower) && !BOUNDARY.test(gap(text, toks[b], toks[b + 1])); b--) {
      if (BE_FORMS.has(toks[b]!.lower)) passive = true;
    }
    if (passive) {
      const d = speakerPassive(ctx, quotes, s, si, toks, i, i - v + 1, verb);
      return d ? { ...d, cue: { ...d.cue, text: cueText } } : null;
    }
    // active: the object speaks ("quoted leader Kim Jong Un"); a subject must stand before the verb
    if (v === 0 || BOUNDARY.test(gap(text, toks[v - 1], toks[v])) || (FUNCTION_WORDS.has(toks[v + 1]!.lower) && toks[v + 1]!.lower !== 'the')) return null;
    // "quoted him on Wednesday as saying", "quoted the minister yesterday as saying": the time is no part of the speaker
    let e = inner;
    while (e > v + 1 && isTimeFiller(toks, e)) e -= WEEKDAYS.has(toks[e]!.lower) ? 2 : 1;
    if (!isSubjectLike(toks, v + 1, e)) return null;
    const source = trimSource(text, toks, v + 1, e);
    const fc = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    if (!source || !fc) return null;
    // the relay: the subject before the verb, over fillers ("Reuters later quoted …")
    const r = segmentBack(text, toks, b, CLAIM_MAX_SOURCE_WORDS);
    const relay = b >= 0 && r <= b ? { start: toks[r]!.start, end: toks[b]!.end } : undefined;
    return { source, cue: { start: toks[v]!.start, end: toks[i]!.end, text: cueText }, content: fc.content, direct: fc.direct, sentence: si, relay };
  }
  return undefined;
}

/** Most words of a description between commas inside a relayed frame: "the Russian-installed head of the occupied parts of the Donetsk region". */
const RELAY_ASIDE_MAX_WORDS = 14;
/**
 * The first token of a description between commas that ends right before a relayed frame's tail at toks[q] ("…
 * quoted Denis Pushilin, the Russian-installed head of …, as saying"), or undefined when none does.
 */
function relayAside(text: string, toks: Tok[], q: number): number | undefined {
  if (!/^\s*,\s*$/.test(gap(text, toks[q - 1], toks[q]))) return undefined;
  let c = q - 1;
  while (c > 0 && q - c < RELAY_ASIDE_MAX_WORDS && !BOUNDARY.test(gap(text, toks[c - 1], toks[c]))) c--;
  if (c < 2 || !/^\s*,\s*$/.test(gap(text, toks[c - 1], toks[c])) || !isDescription(toks, c, q - 1, true)) return undefined;
  return c;
}

/** Conjunctions that open a second clause with its own subject: "…, but the trust rejected it, saying …". */
const CLAUSE_JOINERS = new Set(['but', 'while', 'whilst', 'whereas', 'yet', 'although', 'though', 'and']);
/** Most words of the subject of such a clause: "Velmar's foreign ministry", "the defence lawyers". */
const CLAUSE_SUBJECT_MAX_WORDS = 6;

/**
 * The subject of the last clause opened by a conjunction after a comma before the participle toks[i] ("…, but the
 * trust rejected the criticism, saying …" → "the trust"), or null: the subject runs from the conjunction to the
 * clause's verb ("rejected", "dismissed", "has denied") and must read as a noun phrase.
 */
function clauseSubjectBefore(text: string, toks: Tok[], i: number): Span | null {
  for (let k = i - 2; k > 0; k--) {
    if (!CLAUSE_JOINERS.has(toks[k]!.lower) || !/,\s*$/.test(gap(text, toks[k - 1], toks[k]))) continue;
    let v = k + 1;
    while (v < i && v - k <= CLAUSE_SUBJECT_MAX_WORDS && !isVerbLike(toks[v]!) && !IRREGULAR_PAST.has(toks[v]!.lower) &&
      !BOUNDARY.test(gap(text, toks[v - 1], toks[v]))) v++;
    if (v >= i || v === k + 1 || BOUNDARY.test(gap(text, toks[v - 1], toks[v])) || !(isVerbLike(toks[v]!) || IRREGULAR_PAST.has(toks[v]!.lower))) return null;
    if (!isSubjectLike(toks, k + 1, v - 1)) return null;
    return trimSource(text, toks, k + 1, v - 1);
  }
  return null;
}

/** "One poster admitted to being part of it, writing in a blog post “…”": the -ing form's subject is the sentence's. */
function participle(ctx: ExtractContext, quotes: Quote[], s: Sentence, si: number, toks: Tok[], i: number, verb: CueVerb, earlier: Draft[]): Draft | null {
  const text = ctx.text;
  if (i >= 1 && /^\s+$/.test(gap(text, toks[i - 1], toks[i])) && QUOTE_OPEN.test(gap(text, toks[i], toks[i + 1]))) {
    // "a message stating, “…”", "with one poster writing “…”": the noun right before speaks
    const fc = forwardContent(ctx, quotes, s, toks, i + 1, verb);
    const floor = segmentBack(text, toks, i - 1, 6);
    let a = i - 1;
    // back over the noun phrase only: "all they get is [a message] stating", "with [one poster] writing"
    while (a > floor && !['with', 'by', 'from', 'is', 'was', 'are', 'were', 'get', 'gets', 'got', 'has', 'have'].includes(toks[a - 1]!.lower) && !isVerbLike(toks[a - 1]!)) a--;
    const source = trimSource(text, toks, a, i - 1);
    if (!fc?.viaQuote || !source) return null;
    return { source, cue: { start: toks[i]!.start, end: toks[i]!.end, text: toks[i]!.lower }, content: fc.content, direct: fc.direct, sentence: si };
  }
  if (i < 2 || !/,["”»]?\s*$/.test(gap(text, toks[i - 1], toks[i]))) return null;
  const fc = forwardContent(ctx, quotes, s, toks, i + 1, verb);
  // "Ministers rejected the plan, saying it was too costly": a bare clause with its own verb; not "…, adding to the
  // pressure" nor "…, noting the importance of the vote"
  // ("…, saying about 30 soldiers died": a hedged figure is no adverbial)
  // ("…, saying in a statement it lacked crew": the cue's adverbial before a clause with its own subject is stepped over)
  const bare = verb.bareParticiple === true && !!fc && (!AFTER_CUE_ADVERBIALS.has(toks[i + 1]?.lower ?? '') || opensHedgedFigure(text, toks, i + 1) ||
    cueAdverbialsBeforeClause(text, toks, s, i + 1) > 0) && hasFiniteVerb(text, fc.content);
  if (!fc || (!fc.viaThat && !fc.viaQuote && !bare)) return null;
  const cue = { start: toks[i]!.start, end: toks[i]!.end, text: toks[i]!.lower };
  // "The union criticised the trust, but the trust rejected the criticism, saying …": the subject of the clause the
  // participle closes, after its conjunction
  const own = clauseSubjectBefore(text, toks, i);
  const same = earlier.filter((d) => d.sentence === si).pop();
  if (own && (!same || own.start > same.cue.end)) return { source: own, cue, content: fc.content, direct: fc.direct, sentence: si, participle: true };
  if (same) return { source: same.source, cue, content: fc.content, direct: fc.direct, sentence: si, participle: true };
  // "“We all miss Steve,” Benioff weighed in, telling Cook, “…”": the name after the opening quotation
  // (a quotation that ends in this sentence: one wholly in an earlier sentence is no lead, "MK alleged “massive
  // irregularities”. IEC chairperson Mosotho Moepya rejected the allegations, saying …" was "IEC")
  const lead = quotes.find((q) => q.end > s.start && q.start <= s.start + 1 && q.end <= toks[i]!.start);
  if (lead) {
    let a = toks.findIndex((x) => x.start >= lead.end);
    let b = a;
    while (b >= 0 && b < i && /^\p{Lu}/u.test(toks[b]!.text) && b - a < 4) b++;
    if (a < 0 || b === a) return null;
    const source = trimSource(text, toks, a, b - 1);
    return source ? { source, cue, content: fc.content, direct: fc.direct, sentence: si, participle: true } : null;
  }
  // the subject: the sentence's first words up to its verb ("One poster" in "One poster admitted …"), after a wire
  // dateline ("LONDON - The Bank of England kept rates on hold, saying …": the bank speaks, not "LONDON")
  const body = bodyStart(text, s);
  const k0 = toks.findIndex((x) => x.start >= body);
  if (k0 < 0) return null;
  let k = k0;
  let from = k0;
  for (let opener = 0; ; opener++) {
    k = from;
    while (k < i && k - from < 8 && !(k > from && BOUNDARY.test(gap(text, toks[k - 1], toks[k]))) && !isVerbLike(toks[k]!) && !IRREGULAR_PAST.has(toks[k]!.lower)) k++;
    // "In a separate case, the Supreme Court granted bail, observing that …", "On Tuesday, the judge adjourned the
    // case, saying …": an adverbial opening the sentence before a comma is no subject (it was the source); so is a
    // connective: "Meanwhile, Jimmy Lai testified …, denying that …"
    if (opener < 2 && k < i && k > from && /^\s*,\s*$/.test(gap(text, toks[k - 1], toks[k])) &&
      (AFTER_CUE_ADVERBIALS.has(toks[from]!.lower) || FRONTED_PHRASE_OPENERS.has(toks[from]!.lower) || ADVERB.test(toks[from]!.lower) ||
        SENTENCE_CONNECTIVES.has(toks[from]!.lower))) {
      from = k;
      continue;
    }
    break;
  }
  if (k === from || k >= i) return null;
  // "the Supreme Court on Monday granted": the day between the subject and its verb is no part of it
  let e = k - 1;
  while (e > from && (WEEKDAYS.has(toks[e]!.lower) || ['today', 'yesterday'].includes(toks[e]!.lower))) e -= toks[e - 1]?.lower === 'on' && e - 1 > from ? 2 : 1;
  const source = trimSource(text, toks, from, e);
  return source ? { source, cue, content: fc.content, direct: fc.direct, sentence: si, participle: true } : null;
}

/** "“So far, it's the Internet: 1, Scientology: 0.” – Matthew Ingram": a dash and a name after a quotation. */
function dashAttribution(text: string, quotes: Quote[], s: Sentence, si: number, toks: Tok[]): Draft | null {
  // a name, or a described speaker: "“This is a war crime” – the foreign minister"
  const m = /(?:^|\s)([-–—])\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}|(?:the|a|an)\s+[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,3})\.?\s*$/u.exec(s.text);
  if (!m) return null;
  const dashAt = s.start + m.index + m[0].indexOf(m[1]!);
  const q = [...quotes].reverse().find((x) => x.end <= dashAt && /^\s*$/.test(text.slice(x.end, dashAt)));
  if (!q) return null;
  const nameStart = s.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + 1);
  void toks;
  return { source: { start: nameStart, end: nameStart + m[2]!.length }, cue: { start: dashAt, end: dashAt + 1, text: m[1]! }, content: quoteContent(text, q), direct: true, sentence: si };
}

/**
 * Whether a draft meets what its verb asks of it (CueVerb): "that" or a quotation before a forward content for
 * `needsThat` (a bare clause after a document: "The report found 40% of homes were damp"), a source of the right head
 * (`sourceHeads`: "the statement read"), and for a verb of belief or forecast (`opinion`) a source that can hold
 * one ("Analysts expect …", not "I expect …") and a content that reads as a proposition.
 */
function meetsCueNeeds(text: string, d: Draft, verb: CueVerb, isNamed: (span: Span) => boolean): boolean {
  // "…, official figures showed." and "The town, analysts believe, …": the content stands before or around the cue
  const before = d.content.start < d.cue.start;
  // "In Canada, the pension fund agreed to pay …", "In the second case, the party asks …": an adverbial before the
  // source is no content
  if (before && !d.direct && isBareAdverbial(text, d.content)) return false;
  // "Meanwhile, Hong Kong media tycoon Jimmy Lai testified …": a connective alone is no content
  if (before && !d.direct && SENTENCE_CONNECTIVES.has(text.slice(d.content.start, d.content.end).trim().toLowerCase())) return false;
  if (!before && !d.direct && CUE_FORMS.get(d.cue.text)?.nounBase && !nounBaseReports(text, d, verb, isNamed)) return false;
  if (verb.objectThen && !before && !d.direct && !objectThenFollows(text, d, verb.objectThen)) return false;
  // "Iran would respond “firmly and appropriately” to any resolution": a quotation right after a cue that needs a
  // marker, then a preposition of the act's object, quotes the manner of an act, no speech (the claim was "Iran —
  // respond — firmly and appropriately"); 'responded: "We will not comply."', 'responded "no comment" when asked' report
  if (verb.needsMarker && d.direct && !before && /^\s*["“„«]$/.test(text.slice(d.cue.end, d.content.start)) &&
    /^[\s.,!?]*["”»]\s+(?:to|against|toward|towards|with|at)\s/u.test(text.slice(d.content.end, d.content.end + 14))) return false;
  // "He declared a day of mourning for the three Serbs killed": an act's noun among the object's first words, before
  // any verb of a clause, makes the verb an act (CueVerb.actObjects)
  if (verb.actObjects && !before && !d.direct && !/\bthat\b|[:"“„«]/i.test(text.slice(d.cue.end, d.content.start)) && isActObject(text, d.content, verb.actObjects)) return false;
  if ((verb.moneySense || verb.needsClause) && !before && !d.direct && !/\bthat\b|[:"“„«]/i.test(text.slice(d.cue.end, d.content.start))) {
    const c = text.slice(d.content.start, d.content.end);
    // "claimed 30,000 pounds in benefits", "claimed £2m", "claimed a tax credit of …": money, not a report
    if (verb.moneySense && (/^[£$€¥]/.test(c) || (c.match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, MONEY_OBJECT_MAX_WORDS).some((w) => MONEY_OBJECTS.has(w.toLowerCase())))) return false;
    // "warned her neighbours about the fire": an object with no clause after it
    // ("added 150,000 jobs last month, fewer than economists had expected": the verb must come before the first break)
    const firstPart = CLAUSE_PART_BREAK.exec(c);
    // "China claims almost the entire South China Sea", "Both countries claim the Kuril Islands": land claimed
    if (verb.moneySense && claimsTerritory(text, { start: d.content.start, end: d.content.start + (firstPart ? firstPart.index : c.length) })) return false;
    // "Saka added a second from the penalty spot after Reece James brought down Gabriel Martinelli": the verb of a
    // subordinate clause ("after …", "when …") is no clause of the object (a goal, no speech); "added the plant would
    // close after talks failed" has its verb before
    const clauseEnd = firstPart ? firstPart.index : c.length;
    const subordinate = SUBORDINATE_BREAK.exec(c.slice(0, clauseEnd));
    // (a relative clause's content opens on its verb, its subject being the noun before the source: "a move Beijing
    // warned would harm trade" → "would harm trade")
    const auxFirst = FINITE_AUXILIARIES.has((/^\p{L}+/u.exec(c)?.[0] ?? '').toLowerCase());
    if (verb.needsClause && !auxFirst && !/^of\b/i.test(c) && !hasFiniteVerb(text, { start: d.content.start, end: d.content.start + (subordinate ? subordinate.index : clauseEnd) })) return false;
    // "The Commerce Department added 16 companies linked to the scheme to its Entity List": an object, then "to" and
    // where it goes, is a placing, no speech (the participle "linked" read as the clause's verb)
    if (verb.lemma === 'add' && placesObject(c.slice(0, firstPart ? firstPart.index : c.length))) return false;
  }
  // "The arrests showed “the threat … is real”, police said": an event is no source (EVENT_SOURCE_HEADS); a name ending
  // in such a word is ("the Fire Brigade" has its own head): only a lower-case head counts, the head before a
  // qualifier ("The attacks by Hamas showed that …", "The weekend attacks in Kabul showed …" were claims of a name)
  const eventHead = sourceHead(text, d.source);
  if (EVENT_HEADS.has(eventHead) && /^\p{Ll}/u.test(sourceHead(text, d.source, false))) return false;
  if (!verb.needsThat && !verb.opinion && !verb.sourceHeads) return true;
  const head = eventHead;
  if (verb.sourceHeads && !verb.sourceHeads.has(head)) return false;
  const marked = d.direct || before || /\bthat\b|[:"“„«]/i.test(text.slice(d.cue.end, d.content.start));
  if (verb.opinion) {
    if (!canHoldOpinion(text, d.source, head, isNamed)) return false;
    if (!marked && !readsAsProposition(text, d.content)) return false;
  }
  if (verb.needsThat && !marked && !(DOCUMENT_HEADS.has(head) && (hasFiniteVerb(text, d.content) || (verb.figureObject && FIGURE_CONTENT.test(text.slice(d.content.start, d.content.end)))))) return false;
  return true;
}

/** A content opening with a figure, hedged or not: "at least 12 collisions", "more than 40 people", "dozens of boats". */
const FIGURE_CONTENT = /^(?:(?:at\s+(?:least|most)|more\s+than|fewer\s+than|less\s+than|as\s+many\s+as|up\s+to|nearly|almost|about|around|some|over|roughly|close\s+to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|thousands)\b)/i;

/** Most words of an object read for an act's noun: "seven days of national mourning" (5). */
const ACT_OBJECT_MAX_WORDS = 6;

/**
 * Whether an act's noun (`acts`) stands among the first words of a content, before any finite verb: "a day of
 * mourning", "a state of emergency in three provinces"; not "the country would not give in" (a clause).
 */
function isActObject(text: string, c: Span, acts: Set<string>): boolean {
  const words = text.slice(c.start, c.end).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  for (const w of words.slice(0, ACT_OBJECT_MAX_WORDS)) {
    const lw = w.toLowerCase();
    if (FINITE_AUXILIARIES.has(lw) || IRREGULAR_PAST.has(lw)) return false;
    if (acts.has(lw)) return true;
  }
  return false;
}

/**
 * Whether the object of "claim" is land or sea, with no clause of its own: it opens with a word of extent or
 * sovereignty (TERRITORY_OBJECT_LEADS: "most of it", "almost the entire South China Sea", "sovereignty over …"), or,
 * after determiners and hyphenated adjectives only, with a place the gazetteer holds ("self-ruled Taiwan as its own
 * territory") or a name of land or sea (TERRITORY_NAME_TAILS: "the Kuril Islands"). "claimed the capture of
 * Avdiivka", "claimed he was beaten" and "claimed to have shot down two drones" still report.
 */
function claimsTerritory(text: string, part: Span): boolean {
  if (hasFiniteVerb(text, part)) return false;
  const words = text.slice(part.start, part.end).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  if (!words.length || words[0]!.toLowerCase() === 'to') return false;
  if (TERRITORY_OBJECT_LEADS.has(words[0]!.toLowerCase())) return true;
  let k = 0;
  while (k < words.length && (DETERMINERS.has(words[k]!.toLowerCase()) || /^\p{Ll}[\p{L}]*-\p{Ll}/u.test(words[k]!))) k++;
  let e = k;
  while (e < words.length && /^\p{Lu}/u.test(words[e]!)) e++;
  return e > k && (TERRITORY_NAME_TAILS.has(words[e - 1]!.toLowerCase()) || lookupPlace(words.slice(k, e).join(' ')) !== null);
}

/** Prepositions after a participle that modifies the noun before it: "companies linked to", "firms based in". */
const MODIFIER_PARTICIPLE_PREPOSITIONS = new Set(['to', 'in', 'by', 'with', 'from', 'on', 'at', 'for', 'under']);

/**
 * Whether an object, then "to" and a noun phrase, opens `part` with no clause of its own: "16 companies linked to the
 * scheme to its Entity List", "three firms to the US trade blacklist" (add X to Y). A finite verb before that "to"
 * makes a clause: "the firms had shipped parts to Russia", "Iran sent drones to Russia", "the firms supplied parts to
 * Russia" (a past in -ed with its own object); "the move to cut rates was wise" has an infinitive, no place.
 */
function placesObject(part: string): boolean {
  const words = part.match(/[\p{L}\p{M}\p{N}'’.,$%-]+/gu) ?? [];
  for (let n = 1; n < words.length - 1; n++) {
    const w = words[n]!;
    if (FINITE_AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return false;
    if (/^\p{Ll}+ed$/u.test(w) && w.length > 4 && !MODIFIER_PARTICIPLE_PREPOSITIONS.has(words[n + 1]!)) return false;
    // "to its Entity List", "to the list", "to a register", "to Washington's blacklist"
    if (w === 'to' && (DETERMINERS.has(words[n + 1]!.toLowerCase()) || /^(?:its|their|his|her|our)$/.test(words[n + 1]!) || /^\p{Lu}/u.test(words[n + 1]!))) {
      // "to" after a participle of the object ("linked to the scheme") is the participle's
      if (/ed$/.test(words[n - 1]!)) continue;
      return true;
    }
  }
  return false;
}

/** A subordinating conjunction that opens a clause of its own inside an object: "a second after James brought down …". */
const SUBORDINATE_BREAK = /\s(?:after|before|when|whenever|while|as|because|since|until|once|following)\s/i;

/** The first break of a clause (BOUNDARY, but not the comma of a figure: "150,000 jobs"). */
const CLAUSE_PART_BREAK = /[;:"“”„«»—–\n]|,(?!\d)|\s--?\s/;

/** Most words of the object between a cue and its `objectThen` word: "accused the regional rail operator of". */
const OBJECT_THEN_MAX_WORDS = 8;

/** Per `objectThen` word: an object of one to OBJECT_THEN_MAX_WORDS words (no punctuation), then the word. */
const OBJECT_THEN: Map<string, RegExp> = new Map(CUE_VERBS.filter((v) => v.objectThen).map((v) => [v.objectThen!,
  new RegExp(`^\\s+(?!${v.objectThen}\\b)(?:[\\p{L}\\p{M}\\p{N}'’-]+\\s+){1,${OBJECT_THEN_MAX_WORDS}}?${v.objectThen}\\b`, 'iu')]));

/** Whether an object of a few words, then `word`, follows the cue of `d`: "accused [the rail operator] of …". */
function objectThenFollows(text: string, d: Draft, word: string): boolean {
  return OBJECT_THEN.get(word)!.test(text.slice(d.cue.end, d.cue.end + 160));
}

/** Words before a verb's base form that make it a plain verb when no "that" follows (nounBaseReports). */
const BASE_FORM_LEADS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to']);

/** The word right before `at`, lower case ('' at the start): read off a short slice, no pattern over the text. */
function wordBeforeSpan(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 24), at).trimEnd().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * Whether a base form that is mostly a noun ("state", "report", "note", "add", "project") reports the content after
 * it: after "that", a colon or a quotation ("Analysts note that exports fell"), or before a clause when its subject
 * is a pronoun, a name of the article or a noun for people, bodies or documents ("Local media report the toll has
 * risen"; "The central bank projects inflation of 2.5%"). Not a name compound: "Gunmen killed 12 villagers in
 * Zamfara state, police said", "New York state officials said …", "JPMorgan and Citigroup report results next week",
 * "Harmon must report to prison", "Shares add to gains".
 */
function nounBaseReports(text: string, d: Draft, verb: CueVerb, isNamed: (span: Span) => boolean): boolean {
  const between = text.slice(d.cue.end, d.content.start);
  if (/^\s*[,.;]/.test(between)) return false; // "in Zamfara state, police said": the form ends a name
  if (/\bthat\b|[:"“„«]/i.test(between)) return true;
  // after a modal or "to", with no "that", the base form is the plain verb: "Maersk said it would add a surcharge of
  // $1,500 per container on cargo bound for affected ports" (a claim of "it" with the cue "add"), "the ministry will
  // report the figures next week"
  if (BASE_FORM_LEADS.has(wordBeforeSpan(text, d.cue.start))) return false;
  const head = sourceHead(text, d.source);
  if (!(SPEAKER_NOUNS.has(head) || SOURCE_PRONOUNS[head] || isNamed(d.source))) return false;
  return hasFiniteVerb(text, d.content) || (verb.opinion === true && readsAsProposition(text, d.content));
}

/**
 * Whether a span is nothing but a time or place phrase: "In Canada", "In the second case", "On Tuesday". A clause that
 * only opens with one is content: "At least 12 people were killed in the attack, police said", "Last year the company
 * lost $2 billion, analysts said", "This was the worst flood in a century, the mayor said".
 */
function isBareAdverbial(text: string, c: Span): boolean {
  const s = text.slice(c.start, c.end);
  if (!AFTER_CUE_ADVERBIALS.has((/^\p{L}+/u.exec(s)?.[0] ?? '').toLowerCase()) || s.includes(',')) return false;
  return countWords(s) <= BARE_ADVERBIAL_MAX_WORDS && !hasFiniteVerb(text, c);
}

/**
 * The head noun of a source, lower case: "Data from the ONS" → data, "the statement" → statement, "IMF's" → imf;
 * as written with `lower` false ("The attacks by Hamas" → attacks, "the Fire Brigade" → Brigade).
 */
function sourceHead(text: string, src: Span, lower = true): string {
  const words = text.slice(src.start, src.end).split(/\s+/);
  const cut = words.findIndex((w, n) => n > 0 && HEAD_QUALIFIERS.has(w.toLowerCase()));
  const head = words[(cut > 0 ? cut : words.length) - 1] ?? '';
  return (lower ? head.toLowerCase() : head).replace(/[’']s$/, '').replace(/[^\p{L}\p{M}\p{N}-]/gu, '');
}

/**
 * A source that can believe or forecast: a name ("the IMF", "Goldman Sachs", an actor), a third-person pronoun, or a
 * noun for people, bodies or documents ("analysts", "the central bank", "the report"); not "I"/"we"/"you", nor
 * "Many" opening a sentence.
 */
function canHoldOpinion(text: string, src: Span, head: string, isNamed: (span: Span) => boolean): boolean {
  const words = text.slice(src.start, src.end).split(/\s+/);
  // "I believe" names the writer when the byline does (isNamed, see writerOf)
  if (NARRATOR_PRONOUNS.has(words[0]!.toLowerCase()) && !(words.length === 1 && isNamed(src))) return false;
  if (TIME_HEADS.has(head)) return false; // "by the end of June": a time, not an agent
  if (words.length === 1 && SOURCE_PRONOUNS[head]) return true;
  if (SPEAKER_NOUNS.has(head) || isNamed(src)) return true;
  // a capitalised word past the sentence's first, or a run of them: "the IMF", "Goldman Sachs"
  return words.some((w, n) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && (n > 0 || /^\p{Lu}/u.test(words[1] ?? '')));
}

/** A clause with a finite verb: "40% of homes were damp", "obesity affected 26% of adults", "inflation rose". */
/**
 * Words opening a remark on the part of a count, after an "according to X,": "…, including 17 children", "…, mostly
 * civilians", "…, excluding hostages killed in captivity" (isRemarkAfterSource).
 */
const LIST_REMARK_OPENERS = new Set(['including', 'excluding', 'mostly', 'mainly', 'largely', 'chiefly', 'among',
  // the whole or the base a figure is set against: "More than 520,000 doses have been administered, according to the
  // health ministry, out of roughly 900,000 doses delivered by donors" (the content was the part after the source),
  // "…, compared with 7,213 a year earlier", "…, versus 40 in 2023"
  'out', 'compared', 'versus']);

/**
 * Whether the words from toks[j] to the sentence end remark on the clause before an "according to X,": a participle
 * ("costing Egypt $500 million a month", "bringing the total to 78") or a phrase with no verb ("the highest level
 * since 2018", "up 12% from January"); not a clause of its own ("the police fired tear gas").
 */
function isRemarkAfterSource(text: string, toks: Tok[], j: number, end: number): boolean {
  const first = toks[j];
  if (!first || !/^\p{Ll}/u.test(first.text)) return false;
  if (/^\p{Ll}{3,}ing$/u.test(first.text) && !['during', 'according', 'including', 'nothing', 'something', 'everything', 'anything'].includes(first.lower)) return true;
  // "The attack resulted in the deaths of 1,206 people, according to an AFP tally, including hostages killed in
  // captivity": a list's opener names a part of what the clause before counts; no clause after "according to X,"
  // opens so, and the participles in it ("killed") qualify its nouns (the content was "including hostages killed …")
  if (LIST_REMARK_OPENERS.has(first.lower)) return true;
  // "an estimated $500 million": a participle after a determiner is an adjective, no verb
  const rest = `. ${text.slice(first.start, end).replace(/\b(?:an?|the)\s+\p{Ll}+ed\b/gu, (m) => m.split(/\s+/)[0]!)}`;
  return !hasFiniteVerb(rest, { start: 0, end: rest.length }) && !(rest.match(/\p{Ll}+/gu) ?? []).some((w) => CUE_FORMS.get(w)?.nounLike === false);
}

function hasFiniteVerb(text: string, c: Span): boolean {
  // the second part of a hyphenated compound is an adjective, not a verb: "…, according to the Syrian Observatory for
  // Human Rights, a Britain-based war monitor." (the description was read as a clause and became the content);
  // likewise "Iran-backed", "Kurdish-led", "state-owned"
  const words = text.slice(c.start, c.end).match(/(?<![\p{L}\p{M}-])\p{L}+/gu) ?? [];
  return words.some((w, n) => n > 0 && /^\p{Ll}/u.test(w) && (FINITE_AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (/ed$/.test(w) && w.length > 4)));
}

/**
 * What a forecast or a belief can hold: a clause, an infinitive ("the Bank of England to cut rates") or a figure
 * ("growth of 1.2% this year"); not a bare object ("a win").
 */
function readsAsProposition(text: string, c: Span): boolean {
  return /\d|\bto\s+\p{Ll}/u.test(text.slice(c.start, c.end)) || hasFiniteVerb(text, c);
}

/** Whether toks[k] is a lower-case cue form used as a verb: "said", "told"; not "report", "a claim". */
function isReportingVerb(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const c = CUE_FORMS.get(t.lower);
  return !!c && !c.nounLike && /^\p{Ll}/u.test(t.text) && !(k > 0 && DETERMINERS.has(toks[k - 1]!.lower));
}

/** A lower-case word that reads as a verb: "tweeted", "has", "says" (the end of a subject read left to right). */
function isVerbLike(t: Tok): boolean {
  // "The report found …": a noun-like base form ("report", "show") is no verb of a subject
  return /^\p{Ll}/u.test(t.text) && ((/ed$/.test(t.lower) && !isCompoundAdjective(t.lower)) || (CUE_FORMS.has(t.lower) && !CUE_FORMS.get(t.lower)!.nounBase) || SOURCE_CUE_FILLERS.has(t.lower));
}

/** First halves of hyphenated verbs: "re-elected", "co-founded", "pre-empted" stay verbs. */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'mis', 'over', 'under', 'out', 'cross', 'double', 'self']);

/**
 * Whether a hyphenated word in -ed is an adjective: "The eastern-based administration, aligned with commander Khalifa
 * Haftar, said" (the subject was read as a clause, and the content became the source); "the Tripoli-based
 * government", "state-owned". Not a verb with its prefix: "re-elected", "co-founded".
 */
function isCompoundAdjective(w: string): boolean {
  const dash = w.indexOf('-');
  return dash > 0 && dash < w.length - 1 && !VERB_PREFIXES.has(w.slice(0, dash));
}

function isDirect(text: string, c: Span, quotes: Quote[]): boolean {
  return quotes.some((q) => q.innerStart <= c.start && q.innerEnd >= c.end && c.end - c.start >= (q.innerEnd - q.innerStart) * 0.8);
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []).length;
}

/** One claim per content and cue: an "according to" inside a clause already claimed stays with the nearer cue. */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // A cue inside another claim's content is reported speech within reported speech. It stays when it stands on its
  // own ("An eye specialist told Bruno that …, the newspaper said"), not when its source runs over the outer cue
  // ("The authors say the results confirm …") or it is a participle of the outer sentence ("…, writing in a post").
  const nestedWrongly = (d: Draft) => !ACCORDING_CUES.has(d.cue.text) && drafts.some((o) => o !== d && Math.abs(o.sentence - d.sentence) <= 3 &&
    o.content.start <= d.cue.start && o.content.end >= d.cue.end && !(d.content.start <= o.cue.start && d.content.end >= o.cue.end) &&
    ((d.source.start <= o.cue.start && d.source.end >= o.cue.end) || d.participle === true ||
      // "Its country director, Isa Sanusi, said the killings showed that …": the inner cue took the outer source,
      // though its own subject ("the killings") stands inside the outer content before it
      (d.source.start === o.source.start && d.source.end === o.source.end && d.cue.start > o.content.start)));
  for (const d of drafts) {
    if (nestedWrongly(d)) continue;
    const same = out.find((o) => (o.cue.start === d.cue.start && o.content.start < d.content.end && o.content.end > d.content.start) || (o.content.start === d.content.start && o.content.end === d.content.end && !d.reply && !o.reply));
    if (same) continue;
    out.push(d);
  }
  return out;
}

/**
 * Conjunctions that join a second, competing report to a first without ending the first's clause: "The RSF said 40
 * soldiers were killed while the army said it lost five men", "The army said 40 rebels were killed and the rebels
 * said they lost five fighters", comma or not.
 */
const RIVAL_CLAIM_JOINERS = new Set(['while', 'whilst', 'whereas', 'and', 'but', 'although', 'though']);
const JOINER_BEFORE = new RegExp(`(?:^|[\\s,;])(?:${[...RIVAL_CLAIM_JOINERS].join('|')})\\s+$`, 'i');

/**
 * Ends a reported clause where a second source and its cue begin inside it after a conjunction (RIVAL_CLAIM_JOINERS):
 * in "Kyiv said 30 drones were shot down while Moscow said all 45 drones hit their targets" Kyiv's content is "30
 * drones were shot down" and the 45 drones are Moscow's figure. The second claim is kept by `dedupe` (it stands on
 * its own); without the cut each figure would be given to the first claim holding it.
 */
function cutAtRivalClaims(text: string, drafts: Draft[], isNamed: (span: Span) => boolean): void {
  for (const d of drafts) {
    if (d.direct) continue;
    const rivals = drafts.filter((o) => o !== d && o.sentence === d.sentence && o.source.start < o.cue.start && o.cue.start < o.content.start &&
      o.source.start > d.content.start && o.cue.end <= d.content.end && JOINER_BEFORE.test(text.slice(d.content.start, o.source.start)) &&
      !insideName(text, d.content.start, o.source, isNamed));
    if (!rivals.length) continue;
    const first = rivals.reduce((a, b) => (b.source.start < a.source.start ? b : a));
    const lead = text.slice(d.content.start, first.source.start);
    const cut = trimSpan(text, d.content.start, d.content.start + lead.search(JOINER_BEFORE));
    if (cut && countWords(text.slice(cut.start, cut.end)) >= CLAIM_MIN_CONTENT_WORDS) d.content = cut;
  }
}

// the conjunction right after a report inside a clause reported after it: ", and two people died …"
const JOINER_AFTER = new RegExp(`^[\\s,;]*(?:${[...RIVAL_CLAIM_JOINERS].join('|')})\\s+`, 'i');

/**
 * Starts a clause reported before its cue after a report of its own inside it, joined by a conjunction
 * (RIVAL_CLAIM_JOINERS): in "At least 37 candidates were killed, according to the consulting firm Data Civica, and two
 * people died in shootings at polling stations, state authorities said" the authorities report the two deaths only,
 * not the firm's 37 (their content was the whole sentence before "state authorities", the firm's claim included).
 */
function cutAfterRivalClaims(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.direct || d.content.end > d.cue.start) continue;
    let from = -1;
    for (const o of drafts) {
      if (o === d || o.sentence !== d.sentence) continue;
      const oStart = Math.min(o.source.start, o.cue.start, o.content.start);
      const oEnd = Math.max(o.source.end, o.cue.end, o.content.end);
      if (oStart < d.content.start || oEnd >= d.content.end || oEnd <= from) continue;
      const joiner = JOINER_AFTER.exec(text.slice(oEnd, d.content.end));
      if (joiner) from = oEnd + joiner[0].length;
    }
    if (from < 0) continue;
    const cut = trimSpan(text, from, d.content.end);
    if (cut && countWords(text.slice(cut.start, cut.end)) >= CLAIM_MIN_CONTENT_WORDS) d.content = cut;
  }
}

/**
 * Whether the conjunction before the source `src` (read from `from`) is a word of a name: "the Center for Disease
 * Control and Prevention said" (an actor's mention holds it, or capitalised words stand on both sides and the source
 * is capitalised throughout): a source read back to "Prevention" is no second report. "… in Goma and Kinshasa
 * officials said …" is one.
 */
function insideName(text: string, from: number, src: Span, isNamed: (span: Span) => boolean): boolean {
  // the last two words before the source, read off a short tail (no pattern over the whole clause)
  const tail = text.slice(Math.max(from, src.start - 80), src.start);
  const words = tail.split(/[\s,]+/).filter(Boolean);
  const conj = words[words.length - 1] ?? '';
  if (!['and', 'but'].includes(conj.toLowerCase())) return false;
  const at = src.start - (tail.length - tail.trimEnd().length) - conj.length;
  if (isNamed({ start: at, end: at + conj.length })) return true;
  return /^\p{Lu}/u.test(words[words.length - 2] ?? '') && text.slice(src.start, src.end).split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

interface Located {
  start: number;
  end: number;
  actor: Actor;
}

/**
 * Between a body and the district or body it serves, within one source: " for the ", " of the ", or " of " and the
 * country owning the other body ("the General Staff of Ukraine's Armed Forces reported" gave the Armed Forces).
 */
const SERVED_BODY = /^\s+(?:[Ff]or|[Oo]f)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

/** The words before a name a group gives itself, closing an indefinite source: "A criminal group calling itself ". */
const SELF_NAME_BEFORE = /\b(?:call(?:ing|s|ed)\s+itself|known\s+as|called|named)\s+(?:the\s+)?$/iu;

/** Kind and actor of a draft's source: named (an actor), unnamed ("pro-SDF sources") or a pronoun resolved back. */
function describeSource(text: string, d: Draft, mentions: Located[], earlier: Claim[], actors: Actor[]): ClaimSource {
  // "Last month the FBI said", "On Tuesday the company said", "Earlier this year Microsoft said": a time adverbial
  // opening the sentence with no comma is no part of a named source either (the source was "Last month the FBI")
  const timeAt = leadingTimeEnd(text.slice(d.source.start, d.source.end));
  if (timeAt > 0) d = { ...d, source: { start: d.source.start + timeAt, end: d.source.end } };
  const s = text.slice(d.source.start, d.source.end);
  const words = s.split(/\s+/);
  const lower = s.toLowerCase();
  // "On Wednesday he told a rally", "Later he said": a time adverbial opening the sentence is no part of a pronoun source
  const pronounAt = words.length > 1 && isLeadingTime(words.slice(0, -1)) ? s.length - words[words.length - 1]!.length : 0;
  const word = lower.slice(pronounAt);
  // "According to him, 23 people were killed": an object pronoun stands for its speaker as the subject one does
  const pronoun = OBJECT_PRONOUNS[word] ?? word;
  // "according to WHO", "WHO said": a pronoun written in capitals is an acronym (the World Health Organization), a name
  const acronym = word.length > 1 && /^\p{Lu}+$/u.test(s.slice(pronounAt));
  if (!/\s/.test(word) && SOURCE_PRONOUNS[pronoun] && !acronym) {
    const at = d.source.start + pronounAt;
    return { text: s.slice(pronounAt), kind: 'pronoun', actor: resolvePronoun(text, pronoun, SOURCE_PRONOUNS[pronoun]!, at, d.content, mentions, earlier, actors, d.relay) };
  }
  // "Officials in Kyiv, Ukraine", "residents near the border": the head stands before the place phrase
  // "People familiar with the matter", "Sources close to the deal": the head stands before an anonymous source's
  // post-modifier (not "matter", which would leave the capital of the sentence's first word as a name)
  const modifierAt = words.findIndex((_w, n) => n > 0 && ANONYMOUS_SOURCE_MODIFIERS.some((p) => p.words.every((x, k) => words[n + k]?.toLowerCase() === x)));
  const placeAt = modifierAt > 0 ? modifierAt : words.findIndex((w, n) => n > 0 && PLACE_PHRASE_OPENERS.has(w.toLowerCase()));
  const head = words[(placeAt > 0 ? placeAt : words.length) - 1]!.toLowerCase().replace(/[’']s$/, '');
  const inside = mentions.filter((m) => m.start < d.source.end && m.end > d.source.start);
  const indefinite = /^(?:a|an|one|some|several|many|other|two|three|four|unnamed|anonymous)\s/i.test(s);
  // "Three technology companies, Nortek, Vireo and Alban": the group speaks, not its last member
  if (d.group) return { text: s, kind: 'named', actor: null };
  // "Sinaloa authorities said", "Mexican authorities said": an institution head (PLACE_INSTITUTIONS) that is itself an
  // organization's mention (a place's institution, actors.ts) names that body; "Mexican officials" stay unnamed
  // "U.S. and Mexican authorities said": a body of two owners is no one owner's institution, the source stays unnamed
  const headIsActor = INSTITUTION_HEADS.has(head) && inside.some((m) => m.actor.type === 'organization' && m.end === d.source.end &&
    !JOINT_OWNERS.test(text.slice(d.source.start, m.start)));
  // "the U.S. Geological Survey said", "the Famine Review Committee said": a capitalised head that ends an organization's
  // own name names that body ("a Gallup survey said" keeps a lower-case head and stays unnamed)
  const headEndsName = placeAt < 0 && /^\p{Lu}/u.test(words[words.length - 1]!) && inside.some((m) => m.actor.type === 'organization' &&
    m.end === d.source.end && /\s/.test(text.slice(m.start, m.end).trim()));
  // "Human Rights Activists in Iran": an organization's name that runs over the place phrase is the source's name,
  // not a head "activists" before a place ("Activists in Tehran said" stays unnamed)
  const nameOverPlace = placeAt > 0 && inside.some((m) => m.actor.type === 'organization' && m.end === d.source.end &&
    m.start < d.source.start + words.slice(0, placeAt).join(' ').length);
  // "A criminal group calling itself Qilin said", "a gang known as LockBit said": the name the indefinite group gives
  // itself names it (the source had no actor once Qilin was an organization)
  const selfNamed = indefinite && inside.some((m) => m.actor.type === 'organization' && m.end === d.source.end && SELF_NAME_BEFORE.test(text.slice(d.source.start, m.start)));
  // "A Reuters tally shows …", "an AFP count found …": a document of one organization, named right before its head, is
  // that organization's own finding (the source was unnamed, its actor none)
  const owner = indefinite && DOCUMENT_HEADS.has(head) && words.length > 2 && placeAt < 0 ? inside.find((m) => m.actor.type === 'organization' &&
    m.start === d.source.start + words[0]!.length + 1 && m.end === d.source.end - words[words.length - 1]!.length - 1) : undefined;
  if (owner) return { text: s, kind: 'named', actor: owner.actor.id };
  if ((UNNAMED_HEADS.has(head) && !headIsActor && !headEndsName && !nameOverPlace) || (indefinite && !selfNamed && !inside.some((m) => m.actor.type === 'person'))) return { text: s, kind: 'unnamed', actor: null };
  const person = inside.filter((m) => m.actor.type === 'person').pop();
  // "the U.S. Attorney's Office for the Southern District of New York": a body named with the district or body it
  // serves speaks itself, not the one after "for"/"of" (the source was the Southern District)
  const orgs = inside.filter((m) => m.actor.type === 'organization');
  const served = orgs.length > 1 && orgs.some((m, n) => n > 0 && SERVED_BODY.test(text.slice(orgs[n - 1]!.end, m.start))) ?
    orgs.find((m, n) => n < orgs.length - 1 && SERVED_BODY.test(text.slice(m.end, orgs[n + 1]!.start))) : undefined;
  const pick = person ?? served ?? inside[inside.length - 1];
  if (pick) return { text: s, kind: 'named', actor: pick.actor.id };
  // "a teacher", "the poster", "The army": no name in it
  const bare = s.replace(/^(?:the|a|an|this|that|these|those)\s+/i, '');
  if (!/\p{Lu}/u.test(bare)) return { text: s, kind: 'unnamed', actor: null };
  // "Farm leaders warned …", "Police said …", "Doctors' union says …": a common noun phrase whose only capital opens
  // the sentence names nobody
  const rest = bare.split(/\s+/).slice(1);
  // ("Bankers briefed on the talks": the head before the post-modifier is the noun to read)
  const last = modifierAt > 0 ? head : words[words.length - 1]!;
  if (!rest.some((w) => /\p{Lu}/u.test(w)) && (SPEAKER_NOUNS.has(head) || (rest.length > 0 && PLURAL_NOUN.test(last)))) return { text: s, kind: 'unnamed', actor: null };
  return { text: s, kind: 'named', actor: null };
}

/** Object pronouns as a source, read as their subject forms: "According to him/her/them, …". */
const OBJECT_PRONOUNS: Record<string, string> = Object.assign(Object.create(null), { him: 'he', her: 'she', them: 'they' });
/** Words of a time adverbial that may open a sentence before its pronoun subject, with no comma: "On Wednesday he". */
const LEADING_TIME_FUNCTION_WORDS = new Set(['on', 'in', 'at', 'by', 'last', 'this', 'next', 'the', 'early', 'late', 'later', 'earlier']);
/** A year, a time word of its own: "In 2019 he said". */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Adverbs that are a time adverbial alone: "Later he said", "Earlier she told reporters". */
const LEADING_TIME_ADVERBS = new Set(['later', 'earlier', 'afterwards', 'afterward', 'subsequently', 'previously']);

/**
 * Whether words before a pronoun source are a time adverbial: "On Wednesday", "Later", "Last week", "On March 4",
 * "Early on Sunday", "In 2019". A time word (TIME_HEADS, SOURCE_CUE_TIMES, LEADING_TIME_ADVERBS) is needed; the rest are its
 * prepositions, determiners and figures ("In a statement he" is no time adverbial).
 */
function isLeadingTime(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  const timeWord = (w: string) => TIME_HEADS.has(w) || SOURCE_CUE_TIMES.has(w) || LEADING_TIME_ADVERBS.has(w) || YEAR.test(w);
  return lower.some(timeWord) && lower.every((w) => timeWord(w) || LEADING_TIME_FUNCTION_WORDS.has(w) || /^\p{N}{1,4}(?:st|nd|rd|th)?$/u.test(w));
}

/**
 * Where a source's words start after the shortest time adverbial opening them (isLeadingTime, up to four words), before "the",
 * "a", "an" or a capitalised word of a noun phrase: "Last month the FBI" → "the FBI", "Earlier this year Microsoft" →
 * "Microsoft"; 0 when there is none ("Last year's report", "The company").
 */
function leadingTimeEnd(s: string): number {
  const words = s.split(/\s+/);
  for (let p = 1; p <= Math.min(4, words.length - 1); p++) {
    const next = words[p]!;
    if (!isLeadingTime(words.slice(0, p)) || /[.,]$/.test(words[p - 1]!) || !(/^\p{Lu}/u.test(next) || /^(?:the|a|an)$/.test(next))) continue;
    // a lone adverb before a pronoun stays describeSource's pronoun case ("Later he said")
    return s.indexOf(next, words.slice(0, p).join(' ').length);
  }
  return 0;
}

/**
 * Heads of an unnamed source that is no single person, though it opens with "a"/"one": "A report said", "A
 * statement from the ministry said", "One agency said". (SINGLE_PERSON_SOURCE)
 */
const NOT_PERSON_HEADS = new Set([
  ...DOCUMENT_HEADS, ...INSTITUTION_HEADS, 'statement', 'post', 'posting', 'website', 'video', 'letter', 'message',
  'company', 'group', 'agency', 'ministry', 'department', 'council', 'committee', 'board', 'union', 'firm', 'party',
  'army', 'military', 'court', 'commission', 'office', 'authority', 'institute', 'organization', 'organisation',
  'association', 'federation', 'bureau', 'regulator', 'watchdog', 'airline', 'operator', 'charity', 'government', 'bank',
  'newspaper', 'broadcaster', 'channel', 'station', 'network', 'outlet', 'team', 'family', 'coalition', 'alliance',
]);
/** An unnamed source that is one person: "A witness", "One woman, who did not want to be named", "An official". */
const SINGLE_PERSON_SOURCE = /^(?:a|an|one|another)\s+([^,]*)/i;
/** Where the noun phrase of a source ends: its first preposition or relative pronoun ("A spokesman for the agency"). */
const SOURCE_PHRASE_END = /\s(?:for|of|from|at|in|on|with|who|near|inside|outside)\s.*$/i;
/** Paragraph breaks in the text between two claims: a source further back than the previous paragraph is stale. */
const PARAGRAPH_BREAK = /\n\s*\n/g;

/** Whether a claim's source is one unnamed person (SINGLE_PERSON_SOURCE), or a "he"/"she" that found nobody. */
function isUnnamedPerson(c: Claim): boolean {
  if (c.source.kind === 'pronoun') return c.source.actor === null && PRONOUN_GENDER[c.source.text.toLowerCase()] !== undefined;
  if (c.source.kind !== 'unnamed') return false;
  const phrase = SINGLE_PERSON_SOURCE.exec(c.source.text)?.[1]?.replace(SOURCE_PHRASE_END, '');
  const head = phrase?.split(/\s+/).pop()?.toLowerCase();
  return !!head && !NOT_PERSON_HEADS.has(head);
}

/** The gender a third-person pronoun tells. */
const PRONOUN_GENDER: Record<string, Gender> = Object.assign(Object.create(null), { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' });
/** An honorific of HONORIFIC_GENDER right before a mention, or opening it: "Ms Clarke", "Mr. Holt" (capitalised, as
 *  the list's words are written in a name). */
const HONORIFIC_WORDS = Object.keys(HONORIFIC_GENDER).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const HONORIFIC_BEFORE = new RegExp(`\\b(${HONORIFIC_WORDS})\\.?\\s+$`);
const HONORIFIC_OPENING = new RegExp(`^(${HONORIFIC_WORDS})\\.?\\s`);
/** A sentence end before a position: where the sentence of a mention starts. */
const SENTENCE_END = /[.!?]["”’»)]*\s+/g;

/**
 * The gender the article shows for a person, or undefined: an honorific before one of its mentions ("Ms Clarke"), a
 * gendered role ("spokeswoman", GENDERED_ROLE_WORDS), or a "he"/"she" already resolved to it by an earlier claim.
 * Evidence both ways tells nothing. A first name alone is not read: it is weak evidence.
 */
function genderOfActor(text: string, actor: Actor, earlier: Claim[]): Gender | undefined {
  const seen = new Set<Gender>();
  for (const m of actor.mentions) {
    const h = HONORIFIC_OPENING.exec(m.text)?.[1] ?? HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1];
    if (h) seen.add(HONORIFIC_GENDER[h.toLowerCase()]!);
  }
  for (const r of actor.roles) for (const w of r.toLowerCase().split(/\s+/)) { const g = GENDERED_ROLE_WORDS.get(w); if (g) seen.add(g); }
  for (const c of earlier) {
    const g = c.source.kind === 'pronoun' && c.source.actor === actor.id ? PRONOUN_GENDER[c.source.text.toLowerCase()] : undefined;
    if (g) seen.add(g);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * "he"/"she" → the speaker of the claim just before, or the person named in the last sentence naming one when that
 * came later: the sentence's first person (its subject: "Mayor Rachel Stone met the club's owner, Daniel Price. She
 * said …" is the mayor), or within the pronoun's own sentence the last one. People named inside an earlier claim's
 * content are not candidates ("Patricia Cullen said Ms Clarke had ignored the nurses. She said …" is Cullen). A person
 * whose known gender (genderOfActor) is not the pronoun's is skipped for the next candidate; none left: null.
 * "they"/"it"/"we" → the source of the claim just before (null when that source named nobody: "The authors say ….
 * They say …"), else the organization named last. Nothing further back than PRONOUN_LOOKBACK_CHARS.
 */
function resolvePronoun(text: string, pronoun: string, kind: 'person' | 'organization' | 'group', at: number, own: Span, mentions: Located[], earlier: Claim[], actors: Actor[], relay?: Span): string | null {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const recent = earlier.filter((c) => c.start < at && at - c.start < PRONOUN_LOOKBACK_CHARS);
  // "“Olaf Scholz has kept his word,” he said": a name inside the claim's own words is not its speaker ("who" stands
  // for the name right before it, wherever the content is: "“…,” said Hill, who testified"); nor is the relay that
  // quotes the pronoun ("Journalist Tom Reid quoted him as saying …": "him" is not Reid)
  const inRelay = (x: Located) => relay !== undefined && x.start >= relay.start && x.end <= relay.end;
  const inOwn = (x: Located) => (pronoun !== 'who' && x.start >= own.start && x.end <= own.end) || inRelay(x);
  // the relay's actors, wherever else they are named ("Reid wrote … Reid later quoted him as saying …")
  const relayActors = new Set(relay ? mentions.filter(inRelay).map((x) => x.actor.id) : []);
  if (kind === 'person') {
    const spoke = recent.filter((c) => c.source.actor && byId.get(c.source.actor)?.type === 'person').pop();
    const inContent = (x: Located) => recent.some((c) => c.contentStart <= x.start && c.contentEnd >= x.end && !(c.start <= x.start && x.end <= c.contentStart));
    const named = mentions.filter((x) => x.end <= at && at - x.end < PRONOUN_LOOKBACK_CHARS && x.actor.type === 'person' && !inContent(x) && !inOwn(x));
    const order: { actor: string | null; pos: number }[] = [];
    const last = named[named.length - 1];
    if (last) {
      const own = sentenceStart(text, at);
      if (last.start >= own) order.push({ actor: last.actor.id, pos: last.start });
      else {
        const from = sentenceStart(text, last.start);
        // a possessor is no subject: "Bell's attorney, Denise Carter, had argued … She said" is Carter, "Jenkins'
        // daughter, Tamara Jenkins, told reporters … she said" the daughter
        const subject = named.find((x) => x.start >= from && !POSSESSIVE_AFTER.test(text.slice(x.end, x.end + 3))) ?? named.find((x) => x.start >= from)!;
        order.push({ actor: subject.actor.id, pos: last.start });
      }
    }
    if (spoke) order.push({ actor: spoke.source.actor!, pos: spoke.start });
    // "A witness said police fired at the crowd. “They shot at us,” he said.": an unnamed person speaking last, in this
    // paragraph or the one before, is the speaker; no one named earlier (often the other side) is
    const anon = recent.filter((c) => c.end <= at && isUnnamedPerson(c)).pop();
    if (anon && (text.slice(anon.end, at).match(PARAGRAPH_BREAK)?.length ?? 0) <= 1) order.push({ actor: null, pos: anon.start });
    // the latest of these first; then everyone named, latest first
    order.sort((a, b) => b.pos - a.pos);
    for (const x of [...named].reverse()) order.push({ actor: x.actor.id, pos: x.start });
    const want = PRONOUN_GENDER[pronoun];
    for (const o of order) {
      if (o.actor === null) return null;
      if (relayActors.has(o.actor)) continue;
      const g = want ? genderOfActor(text, byId.get(o.actor)!, earlier) : undefined;
      if (!g || g === want) return o.actor;
    }
    return null;
  }
  const last = recent[recent.length - 1];
  if (last && !(last.source.actor && relayActors.has(last.source.actor))) return last.source.actor && byId.get(last.source.actor)?.type === 'organization' ? last.source.actor : null;
  const m = mentions.filter((x) => x.end <= at && at - x.end < PRONOUN_LOOKBACK_CHARS && x.actor.type === 'organization' && !inOwn(x) && !relayActors.has(x.actor.id)).pop();
  return m ? m.actor.id : null;
}

/** A possessive right after a name: "Bell's attorney", "Jenkins' daughter". */
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;

/** Where the sentence holding `at` starts, read back over at most PRONOUN_LOOKBACK_CHARS (a blank line ends one too). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - PRONOUN_LOOKBACK_CHARS);
  const window = text.slice(from, at);
  let start = from;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) start = from + m.index + m[0].length;
  const para = window.lastIndexOf('\n');
  return Math.max(start, para >= 0 ? from + para + 1 : from);
}
