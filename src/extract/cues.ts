// Cue words of the extract stage as data: reporting verbs, source nouns and the words around them that claims.ts reads.

/** A verb that introduces reported speech or a reported finding: "said", "told", "claimed". */
export interface CueVerb {
  /** Stable id: "cue/say". */
  id: string;
  /** Dictionary form, e.g. "say". */
  lemma: string;
  /** Written forms that count as the cue (lower case). */
  forms: string[];
  /**
   * Forms that are as often nouns as verbs ("claims", "reports", "states", "notes"): they count only after a
   * subject (a name, pronoun or noun) and never after a determiner ("these claims", "the Islamic State").
   */
  nounLike?: string[];
  /** Needs an object before its content: "told reporters that …", "told the press, …". */
  takesObject?: boolean;
  /**
   * Only counts when a clause follows ("found that …", "showed that …"): "found" and "show" are just as often
   * plain verbs ("was found dead", "the video shows a tank").
   */
  needsThat?: boolean;
  /**
   * Content only after "that", a colon or a quotation: "tweeted support of Ahmed" and "commented on the case" report
   * nothing, while "said he was taking his family" does.
   */
  needsMarker?: boolean;
}

/** Reporting verbs, most frequent first. Forms are listed in full: no stemming at run time. */
export const CUE_VERBS: CueVerb[] = [
  { id: 'cue/say', lemma: 'say', forms: ['said', 'says', 'say', 'saying'] },
  { id: 'cue/tell', lemma: 'tell', forms: ['told', 'tells', 'tell', 'telling'], takesObject: true },
  { id: 'cue/claim', lemma: 'claim', forms: ['claimed', 'claim', 'claiming'], nounLike: ['claims'] },
  { id: 'cue/announce', lemma: 'announce', forms: ['announced', 'announces', 'announce', 'announcing'] },
  { id: 'cue/confirm', lemma: 'confirm', forms: ['confirmed', 'confirms', 'confirm', 'confirming'] },
  { id: 'cue/deny', lemma: 'deny', forms: ['denied', 'denies', 'deny', 'denying'] },
  { id: 'cue/report', lemma: 'report', forms: ['reported'], nounLike: ['reports'] },
  { id: 'cue/state', lemma: 'state', forms: ['stated', 'stating'], nounLike: ['states'] },
  { id: 'cue/add', lemma: 'add', forms: ['added', 'adds', 'adding'] },
  { id: 'cue/warn', lemma: 'warn', forms: ['warned', 'warns', 'warn', 'warning'] },
  { id: 'cue/insist', lemma: 'insist', forms: ['insisted', 'insists', 'insist', 'insisting'] },
  { id: 'cue/acknowledge', lemma: 'acknowledge', forms: ['acknowledged', 'acknowledges', 'acknowledge'] },
  { id: 'cue/admit', lemma: 'admit', forms: ['admitted', 'admits', 'admit'] },
  { id: 'cue/explain', lemma: 'explain', forms: ['explained', 'explains', 'explain'], needsMarker: true },
  { id: 'cue/argue', lemma: 'argue', forms: ['argued', 'argues', 'argue'] },
  { id: 'cue/note', lemma: 'note', forms: ['noted'], nounLike: ['notes'] },
  { id: 'cue/write', lemma: 'write', forms: ['wrote', 'writes', 'writing'], needsMarker: true },
  { id: 'cue/declare', lemma: 'declare', forms: ['declared', 'declares'] },
  { id: 'cue/assert', lemma: 'assert', forms: ['asserted', 'asserts', 'assert'] },
  // "investigated for alleged irregularities": the adjective is as common as the verb
  { id: 'cue/allege', lemma: 'allege', forms: ['alleged', 'alleges', 'allege'], needsThat: true },
  { id: 'cue/reveal', lemma: 'reveal', forms: ['revealed', 'reveals'] },
  { id: 'cue/disclose', lemma: 'disclose', forms: ['disclosed', 'discloses'] },
  { id: 'cue/comment', lemma: 'comment', forms: ['commented'], needsMarker: true },
  { id: 'cue/reply', lemma: 'reply', forms: ['replied', 'replies'], needsMarker: true },
  { id: 'cue/respond', lemma: 'respond', forms: ['responded'], needsMarker: true },
  { id: 'cue/stress', lemma: 'stress', forms: ['stressed'] },
  { id: 'cue/emphasize', lemma: 'emphasize', forms: ['emphasized', 'emphasised'] },
  { id: 'cue/maintain', lemma: 'maintain', forms: ['maintained', 'maintains'], needsThat: true },
  { id: 'cue/concede', lemma: 'concede', forms: ['conceded', 'concedes'], needsThat: true },
  { id: 'cue/contend', lemma: 'contend', forms: ['contended', 'contends'] },
  { id: 'cue/testify', lemma: 'testify', forms: ['testified'], needsMarker: true },
  { id: 'cue/tweet', lemma: 'tweet', forms: ['tweeted'], needsMarker: true },
  { id: 'cue/learn', lemma: 'learn', forms: ['learned', 'learnt'], needsThat: true },
  { id: 'cue/observe', lemma: 'observe', forms: ['observed'], needsThat: true },
  { id: 'cue/remark', lemma: 'remark', forms: ['remarked'] },
  { id: 'cue/reiterate', lemma: 'reiterate', forms: ['reiterated'] },
  { id: 'cue/predict', lemma: 'predict', forms: ['predicted'], needsThat: true },
  { id: 'cue/estimate', lemma: 'estimate', forms: ['estimated', 'estimates'], needsThat: true },
  { id: 'cue/find', lemma: 'find', forms: ['found', 'finds'], needsThat: true },
  // not the base form "show": "a unique light show that can be observed"
  { id: 'cue/show', lemma: 'show', forms: ['showed', 'shows'], needsThat: true },
  { id: 'cue/believe', lemma: 'believe', forms: ['believes', 'believed'], needsThat: true },
  { id: 'cue/recommend', lemma: 'recommend', forms: ['recommends', 'recommended'], needsThat: true },
  { id: 'cue/theorize', lemma: 'theorize', forms: ['theorized', 'theorised'], needsThat: true },
  { id: 'cue/ask', lemma: 'ask', forms: ['asked'], needsMarker: true },
  { id: 'cue/quip', lemma: 'quip', forms: ['quipped'] },
  { id: 'cue/joke', lemma: 'joke', forms: ['joked'], needsMarker: true },
  { id: 'cue/muse', lemma: 'muse', forms: ['mused'] },
  { id: 'cue/exclaim', lemma: 'exclaim', forms: ['exclaimed'] },
  { id: 'cue/recall', lemma: 'recall', forms: ['recalled'], needsMarker: true },
  { id: 'cue/agree', lemma: 'agree', forms: ['agreed'], needsThat: true },
  { id: 'cue/lament', lemma: 'lament', forms: ['lamented'], needsMarker: true },
  { id: 'cue/boast', lemma: 'boast', forms: ['boasted'], needsMarker: true },
  { id: 'cue/complain', lemma: 'complain', forms: ['complained'], needsMarker: true },
  { id: 'cue/suggest', lemma: 'suggest', forms: ['suggested', 'suggests'], needsThat: true },
  { id: 'cue/promise', lemma: 'promise', forms: ['promised'], needsThat: true },
  { id: 'cue/vow', lemma: 'vow', forms: ['vowed'], needsMarker: true },
  { id: 'cue/mention', lemma: 'mention', forms: ['mentioned'], needsThat: true },
  { id: 'cue/caution', lemma: 'caution', forms: ['cautioned'], needsMarker: true },
  { id: 'cue/remind', lemma: 'remind', forms: ['reminded'], takesObject: true, needsMarker: true },
  { id: 'cue/inform', lemma: 'inform', forms: ['informed'], takesObject: true, needsMarker: true },
  { id: 'cue/assure', lemma: 'assure', forms: ['assured'], takesObject: true, needsMarker: true },
];

/** Form (lower case) → its cue verb, for the tokens of a sentence. */
export const CUE_FORMS: Map<string, { verb: CueVerb; nounLike: boolean }> = new Map(
  CUE_VERBS.flatMap((verb): [string, { verb: CueVerb; nounLike: boolean }][] => [
    ...verb.forms.map((f): [string, { verb: CueVerb; nounLike: boolean }] => [f, { verb, nounLike: false }]),
    ...(verb.nounLike ?? []).map((f): [string, { verb: CueVerb; nounLike: boolean }] => [f, { verb, nounLike: true }]),
  ]),
);

/**
 * Head nouns of sources that name nobody: "pro-SDF sources", "officials", "a senior diplomat", "the report".
 * A source whose last word is one of these is `unnamed` even when a name modifies it ("Scientology officials").
 */
export const UNNAMED_SOURCE_HEADS: { id: string; words: string[] }[] = [
  { id: 'source/sources', words: ['source', 'sources'] },
  { id: 'source/officials', words: ['official', 'officials', 'authorities', 'spokesperson', 'diplomat', 'diplomats', 'officer', 'officers', 'commander', 'commanders'] },
  { id: 'source/witnesses', words: ['witness', 'witnesses', 'resident', 'residents', 'activist', 'activists', 'locals', 'people', 'observers', 'monitors'] },
  { id: 'source/experts', words: ['expert', 'experts', 'analyst', 'analysts', 'researcher', 'researchers', 'scientist', 'scientists', 'authors', 'investigators'] },
  { id: 'source/documents', words: ['report', 'reports', 'statement', 'study', 'survey', 'posting', 'post', 'posts', 'media', 'website', 'sites', 'findings', 'results', 'poster', 'individuals', 'someone'] },
];
export const UNNAMED_HEADS: Set<string> = new Set(UNNAMED_SOURCE_HEADS.flatMap((g) => g.words));

/** Pronouns that can be a claim's source, with what they can refer to. */
export const SOURCE_PRONOUNS: Record<string, 'person' | 'organization' | 'group'> = {
  he: 'person', she: 'person', i: 'person', they: 'group', it: 'organization', we: 'group', who: 'person',
};

/** Words that may stand between a source and its cue: "Paris also claims", "officials have not said". */
export const SOURCE_CUE_FILLERS: Set<string> = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'later', 'then', 'further', 'previously', 'earlier',
  'repeatedly', 'publicly', 'reportedly', 'recently', 'again', 'now', 'not', 'never', 'already', 'once', 'quickly',
  'finally', 'initially', 'separately', 'first', 'last', 'allegedly', 'firmly', 'strongly', 'flatly', 'officially',
  'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'been', 'being', 'be', 'should', 'must', 'can',
  'shall', 'twice', 'widely', 'openly', 'privately', 'clearly', 'subsequently', 'immediately', 'instead', 'blankly',
  'simply', 'categorically', 'angrily', 'quietly', 'proudly', 'bluntly', 'frankly',
]);

/** Words that end a source when read backwards from its cue: "… and the group said", "… but Mohib says". */
export const SOURCE_STOPS: Set<string> = new Set([
  'and', 'but', 'or', 'while', 'whereas', 'because', 'since', 'although', 'though', 'if', 'when', 'where', 'after',
  'before', 'as', 'that', 'which', 'so', 'thus', 'however', 'meanwhile', 'yet', 'then',
]);

/** Words that open an adverbial before the content, telling an inverted cue ("…, the Pentagon confirmed in a statement"). */
export const AFTER_CUE_ADVERBIALS: Set<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'via', 'through', 'from', 'last', 'this', 'today', 'yesterday', 'tonight', 'earlier',
  'later', 'recently', 'late', 'early', 'by', 'after', 'before', 'when', 'while', 'with', 'without', 'afterwards', 'also',
  'again', 'previously', 'of', 'about', 'regarding', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'for',
]);

/** Determiners and possessives that make a noun-like form a noun: "these claims", "the Islamic State". */
export const DETERMINERS: Set<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'such', 'of',
  'any', 'some', 'no', 'all', 'both', 'each', 'every', 'many', 'several', 'other', 'new', 'false', 'recent', 'unconfirmed',
]);

/**
 * Words that open a description of a source rather than its name: in "Talal Sallou, spokesman of the SDF said" the
 * source is the name before the description.
 */
export const ROLE_WORDS: Set<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head', 'chief', 'commander', 'president', 'minister',
  'secretary', 'director', 'chairman', 'chairwoman', 'founder', 'co-founder', 'member', 'official', 'adviser',
  'advisor', 'envoy', 'ambassador', 'governor', 'mayor', 'deputy', 'coordinator', 'representative', 'undersecretary',
  'coach', 'ceo', 'executive', 'editor', 'correspondent', 'reporter', 'professor', 'author', 'coauthor', 'co-author',
  'owner', 'manager', 'lawyer', 'attorney', 'prosecutor', 'judge', 'officer',
]);

/** Hearers of "told" without a capital: "told reporters the bridge would reopen", "told the court that …". */
export const HEARERS: Set<string> = new Set([
  'reporters', 'journalists', 'press', 'media', 'him', 'her', 'them', 'us', 'me', 'court', 'parliament', 'police',
]);

/** Objects after which a cue verb is not reporting anything: "claimed responsibility", "claimed the lives of". */
export const NON_REPORTING_OBJECTS: Set<string> = new Set([
  'responsibility', 'victory', 'credit', 'lives', 'life', 'title', 'seat', 'seats', 'territory', 'ownership', 'asylum',
  'goodbye', 'grace', 'prayers', 'mass', 'farewell', 'hello', 'no', 'yes', 'sorry', 'thanks', 'penalty', 'goal',
  'goals', 'defeat',
]);

/** Abbreviations whose full stop belongs to the word: "Capt. Abu Kanan", "Mr. Tedeschi". */
export const TITLE_ABBREVIATIONS: Set<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'capt', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'maj', 'adm', 'cmdr', 'rev',
  'hon', 'pres', 'st', 'jr', 'sr', 'cpl', 'pvt', 'brig', 'amb', 'supt', 'insp', 'det',
]);

/**
 * Passive frames of a reporting verb whose subject is the speaker: "The general was quoted as saying the army would
 * withdraw" (the general speaks; the reporter who quoted him is not named). The last word is a cue form.
 */
export const SPEAKER_PASSIVES: { id: string; words: string[] }[] = [
  { id: 'passive/quoted-as-saying', words: ['quoted', 'as', 'saying'] },
  { id: 'passive/cited-as-saying', words: ['cited', 'as', 'saying'] },
  { id: 'passive/heard-saying', words: ['heard', 'saying'] },
];


/**
 * Nouns for a statement, as the object of a cue in an aside: "…, a claim Kyiv denied", "…, an allegation the
 * army rejected". The words after the noun are the speaker.
 */
export const REPORT_NOUNS: Set<string> = new Set([
  'claim', 'allegation', 'accusation', 'charge', 'assertion', 'account', 'version', 'figure', 'report',
]);
