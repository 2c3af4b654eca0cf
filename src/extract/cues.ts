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
  /**
   * Base forms that are mostly nouns ("a light show that …", "the report that …", "a weather forecast"): they count
   * only right after a subject that can speak (a name, a pronoun, a source noun: "Court documents show that …",
   * "Economists forecast growth …"), whatever follows them.
   */
  nounBase?: string[];
  /**
   * A verb of belief or forecast ("expect", "forecast", "predict", "estimate", "believe", "project"): a claim only
   * when its source is a name, a third-person pronoun or a source noun ("Analysts expect the bank to cut rates", "the
   * IMF forecast growth of 2%"), never "I expect" / "we believe" in the writer's own narrative, and only when what
   * follows reads as a proposition (a clause, an infinitive or a figure: not "fans expect a win").
   */
  opinion?: boolean;
  /**
   * A word that must follow the cue's object: "accused the operator of breaking its promise" (not "a man accused of
   * murder", a participle, nor "accused him" alone).
   */
  objectThen?: string;
  /**
   * Money sense: an amount or a money noun as the object ("claimed 30,000 pounds in benefits", "claimed a tax credit
   * of 2 million dollars", MONEY_OBJECTS) reports nothing; only "that" or a quotation makes it a report then.
   */
  moneySense?: boolean;
  /**
   * A clause is needed after a bare object: "warned the bill would strip councils of powers", "warned of a recession"
   * report; "warned her neighbours about the fire", "warned the chief of staff in writing" do not. Its finite verb must
   * come before the first break: "added 150,000 jobs last month, fewer than economists had expected" has none.
   */
  needsClause?: boolean;
  /** Heads the source must have: "the statement read", "a sign reads" (not "she read the report"). */
  sourceHeads?: Set<string>;
  /**
   * As a participle after a comma, a clause without "that" is its content: "Ministers rejected the plan, saying it
   * was too costly." ("…, warning residents to stay indoors" is no report: not every -ing form takes this).
   */
  bareParticiple?: boolean;
  /**
   * After a document or a body of figures (DOCUMENT_HEADS), a figure as the object is the finding, with no clause:
   * "A Reuters tally shows at least 12 collisions", "An AFP count found more than 40 people killed" (`needsThat`
   * asks for a clause elsewhere: "rescuers found two bodies").
   */
  figureObject?: boolean;
  /**
   * Head nouns of an object that make the verb an act, not a report, when no "that", colon or quotation comes before
   * it: "declared a day of mourning", "declared a state of emergency" (the mourning was the content of a claim).
   */
  actObjects?: Set<string>;
}

/**
 * What a government or a leader declares by decree rather than says: "North Macedonia declared seven days of national
 * mourning", "He declared a day of mourning for the three Serbs killed", "declared a curfew", "declared martial law",
 * "declared war on …", "declared independence". "declared the vote a fraud" and "declared that …" still report, and
 * so does an emergency ("Africa CDC declared a continental emergency": the body's finding, tests/extract/humanitarian).
 */
const DECLARED_ACTS: Set<string> = new Set([
  'mourning', 'curfew', 'war', 'independence', 'bankruptcy', 'insolvency', 'holiday', 'lockdown', 'ceasefire', 'truce',
  'martial', 'amnesty', 'candidacy', 'quarantine',
]);

/** Written things whose text can be quoted with "read": "“We regret the decision,” the statement read." */
export const WRITTEN_HEADS: Set<string> = new Set([
  'statement', 'letter', 'note', 'post', 'posting', 'sign', 'signs', 'message', 'notice', 'tweet', 'caption', 'banner',
  'banners', 'placard', 'placards', 'headline', 'email', 'memo', 'text', 'label', 'inscription', 'plaque', 'slogan',
  'card', 'release', 'communique', 'leaflet', 'leaflets', 'poster', 'posters', 'graffiti',
]);

/** Reporting verbs, most frequent first. Forms are listed in full: no stemming at run time. */
export const CUE_VERBS: CueVerb[] = [
  { id: 'cue/say', lemma: 'say', forms: ['said', 'says', 'say', 'saying'], bareParticiple: true },
  { id: 'cue/tell', lemma: 'tell', forms: ['told', 'tells', 'tell', 'telling'], takesObject: true },
  { id: 'cue/claim', lemma: 'claim', forms: ['claimed', 'claim', 'claiming'], nounLike: ['claims'], moneySense: true },
  { id: 'cue/announce', lemma: 'announce', forms: ['announced', 'announces', 'announce', 'announcing'] },
  { id: 'cue/confirm', lemma: 'confirm', forms: ['confirmed', 'confirms', 'confirm', 'confirming'] },
  // "The mayor accused the operator of breaking its promise": an accusation reports what the accused did
  { id: 'cue/accuse', lemma: 'accuse', forms: ['accused', 'accuses', 'accuse', 'accusing'], objectThen: 'of' },
  { id: 'cue/deny', lemma: 'deny', forms: ['denied', 'denies', 'deny', 'denying'] },
  { id: 'cue/report', lemma: 'report', forms: ['reported', 'reporting'], nounLike: ['reports'], nounBase: ['report'] },
  { id: 'cue/state', lemma: 'state', forms: ['stated', 'stating'], nounLike: ['states'], nounBase: ['state'], bareParticiple: true },
  // "Shares add to gains", "those gains add up": the base form reports only after a speaker (nounBase)
  // "Employers added 209,000 jobs", "Brent crude added 94 cents": an object with no clause is no speech; "he added",
  // "added that …", "added: “…”" and "added the plant would close" are
  { id: 'cue/add', lemma: 'add', forms: ['added', 'adds', 'adding'], nounBase: ['add'], bareParticiple: true, needsClause: true },
  { id: 'cue/warn', lemma: 'warn', forms: ['warned', 'warns', 'warn', 'warning'], needsClause: true },
  { id: 'cue/insist', lemma: 'insist', forms: ['insisted', 'insists', 'insist', 'insisting'], bareParticiple: true },
  { id: 'cue/acknowledge', lemma: 'acknowledge', forms: ['acknowledged', 'acknowledges', 'acknowledge', 'acknowledging'] },
  { id: 'cue/admit', lemma: 'admit', forms: ['admitted', 'admits', 'admit', 'admitting'] },
  { id: 'cue/explain', lemma: 'explain', forms: ['explained', 'explains', 'explain', 'explaining'], needsMarker: true },
  { id: 'cue/argue', lemma: 'argue', forms: ['argued', 'argues', 'argue', 'arguing'], bareParticiple: true },
  { id: 'cue/note', lemma: 'note', forms: ['noted', 'noting'], nounLike: ['notes'], nounBase: ['note'], bareParticiple: true },
  { id: 'cue/write', lemma: 'write', forms: ['wrote', 'writes', 'write', 'writing'], needsMarker: true },
  { id: 'cue/declare', lemma: 'declare', forms: ['declared', 'declares', 'declare', 'declaring'], actObjects: DECLARED_ACTS },
  { id: 'cue/assert', lemma: 'assert', forms: ['asserted', 'asserts', 'assert', 'asserting'] },
  // "investigated for alleged irregularities": the adjective is as common as the verb
  { id: 'cue/allege', lemma: 'allege', forms: ['alleged', 'alleges', 'allege', 'alleging'], needsThat: true },
  { id: 'cue/reveal', lemma: 'reveal', forms: ['revealed', 'reveals', 'reveal', 'revealing'] },
  { id: 'cue/disclose', lemma: 'disclose', forms: ['disclosed', 'discloses', 'disclose', 'disclosing'] },
  { id: 'cue/comment', lemma: 'comment', forms: ['commented', 'commenting'], nounBase: ['comment', 'comments'], needsMarker: true },
  { id: 'cue/reply', lemma: 'reply', forms: ['replied', 'replies', 'replying'], nounBase: ['reply'], needsMarker: true },
  { id: 'cue/respond', lemma: 'respond', forms: ['responded', 'responds', 'respond', 'responding'], needsMarker: true },
  // "under stress", "the stresses of the job": the noun is as common as the verb
  { id: 'cue/stress', lemma: 'stress', forms: ['stressed', 'stressing'], nounBase: ['stress', 'stresses'] },
  { id: 'cue/emphasize', lemma: 'emphasize', forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasize', 'emphasise', 'emphasizing', 'emphasising'] },
  { id: 'cue/maintain', lemma: 'maintain', forms: ['maintained', 'maintains', 'maintain', 'maintaining'], needsThat: true },
  { id: 'cue/concede', lemma: 'concede', forms: ['conceded', 'concedes', 'concede', 'conceding'], needsThat: true },
  { id: 'cue/contend', lemma: 'contend', forms: ['contended', 'contends', 'contend', 'contending'] },
  { id: 'cue/testify', lemma: 'testify', forms: ['testified', 'testifies', 'testify', 'testifying'], needsMarker: true },
  // "“I am sorry,” Mendes posted on Instagram.", "posted on X that …"; not "the company posted a loss" (needsMarker);
  // the noun is no cue: "Kharviv regional administration, Telegram post, 5 October" is a citation
  { id: 'cue/post', lemma: 'post', forms: ['posted'], needsMarker: true },
  // not the base form "tweet": "Barack Obama tweet to student Ahmed Mohamed" (a caption's noun)
  { id: 'cue/tweet', lemma: 'tweet', forms: ['tweeted', 'tweeting'], nounLike: ['tweets'], needsMarker: true },
  { id: 'cue/learn', lemma: 'learn', forms: ['learned', 'learnt', 'learns', 'learn'], needsThat: true },
  { id: 'cue/observe', lemma: 'observe', forms: ['observed', 'observes', 'observe', 'observing'], needsThat: true },
  { id: 'cue/remark', lemma: 'remark', forms: ['remarked', 'remarking'], nounBase: ['remark', 'remarks'] },
  { id: 'cue/reiterate', lemma: 'reiterate', forms: ['reiterated', 'reiterates', 'reiterate', 'reiterating'] },
  // the verbs of state agencies' readouts (WAM, SPA, SANA, QNA, Petra): "Safadi affirmed that Jordan stands with
  // Syria's security", "The minister underlined that the Kingdom rejects …"; with "that" only: "affirmed its support
  // for the plan", "reaffirmed the ties between the two countries" report no proposition
  { id: 'cue/affirm', lemma: 'affirm', forms: ['affirmed', 'affirms', 'affirm', 'affirming', 'reaffirmed', 'reaffirms', 'reaffirm', 'reaffirming'], needsThat: true },
  { id: 'cue/underline', lemma: 'underline', forms: ['underlined', 'underlines', 'underline', 'underlining', 'underscored', 'underscores', 'underscoring'], needsThat: true },
  // "Goldman Sachs predicts the Fed will cut rates twice": a forecast is a claim of its source
  { id: 'cue/predict', lemma: 'predict', forms: ['predicted', 'predicts', 'predict', 'predicting'], opinion: true },
  // "an estimated 40,000": the adjective follows a determiner; "estimates show …": the noun opens its sentence
  { id: 'cue/estimate', lemma: 'estimate', forms: ['estimated', 'estimating'], nounBase: ['estimates', 'estimate'], opinion: true },
  { id: 'cue/expect', lemma: 'expect', forms: ['expected', 'expects', 'expect', 'expecting'], opinion: true },
  { id: 'cue/forecast', lemma: 'forecast', forms: ['forecasted', 'forecasting'], nounBase: ['forecast', 'forecasts'], opinion: true },
  // "housing projects", "the projected deficit": only after a subject that can speak ("The central bank projects …")
  { id: 'cue/project', lemma: 'project', forms: ['projected', 'projecting'], nounBase: ['project', 'projects'], opinion: true },
  { id: 'cue/find', lemma: 'find', forms: ['found', 'finds', 'find', 'finding'], needsThat: true, figureObject: true },
  // the base form "show" is a noun too: "a unique light show that can be observed"
  { id: 'cue/show', lemma: 'show', forms: ['showed', 'shows', 'showing', 'shown'], nounBase: ['show'], needsThat: true, figureObject: true },
  { id: 'cue/believe', lemma: 'believe', forms: ['believes', 'believed', 'believe', 'believing'], opinion: true },
  { id: 'cue/recommend', lemma: 'recommend', forms: ['recommends', 'recommended', 'recommend', 'recommending'], needsThat: true },
  { id: 'cue/theorize', lemma: 'theorize', forms: ['theorized', 'theorised', 'theorizes', 'theorises', 'theorize', 'theorise'], needsThat: true },
  { id: 'cue/ask', lemma: 'ask', forms: ['asked', 'asks', 'ask', 'asking'], needsMarker: true },
  { id: 'cue/quip', lemma: 'quip', forms: ['quipped', 'quips', 'quip'] },
  { id: 'cue/joke', lemma: 'joke', forms: ['joked', 'jokes', 'joking'], nounBase: ['joke'], needsMarker: true },
  { id: 'cue/muse', lemma: 'muse', forms: ['mused', 'muses', 'muse'] },
  { id: 'cue/exclaim', lemma: 'exclaim', forms: ['exclaimed', 'exclaims', 'exclaim'] },
  { id: 'cue/recall', lemma: 'recall', forms: ['recalled', 'recalling'], nounBase: ['recall', 'recalls'], needsMarker: true },
  { id: 'cue/agree', lemma: 'agree', forms: ['agreed', 'agrees', 'agree', 'agreeing'], needsThat: true },
  { id: 'cue/lament', lemma: 'lament', forms: ['lamented', 'laments', 'lament', 'lamenting'], needsMarker: true },
  { id: 'cue/boast', lemma: 'boast', forms: ['boasted', 'boasts', 'boast'], needsMarker: true },
  { id: 'cue/complain', lemma: 'complain', forms: ['complained', 'complains', 'complain', 'complaining'], needsMarker: true },
  { id: 'cue/suggest', lemma: 'suggest', forms: ['suggested', 'suggests', 'suggest', 'suggesting'], needsThat: true },
  { id: 'cue/promise', lemma: 'promise', forms: ['promised'], nounBase: ['promise', 'promises'], needsThat: true },
  { id: 'cue/vow', lemma: 'vow', forms: ['vowed', 'vowing'], nounBase: ['vow', 'vows'], needsMarker: true },
  { id: 'cue/mention', lemma: 'mention', forms: ['mentioned', 'mentioning'], nounBase: ['mention', 'mentions'], needsThat: true },
  { id: 'cue/caution', lemma: 'caution', forms: ['cautioned', 'cautioning'], nounBase: ['caution', 'cautions'], needsMarker: true },
  { id: 'cue/remind', lemma: 'remind', forms: ['reminded', 'reminds', 'remind', 'reminding'], takesObject: true, needsMarker: true },
  { id: 'cue/inform', lemma: 'inform', forms: ['informed', 'informs', 'inform', 'informing'], takesObject: true, needsMarker: true },
  { id: 'cue/assure', lemma: 'assure', forms: ['assured', 'assures', 'assure', 'assuring'], takesObject: true, needsMarker: true },
  // "A statement read: “…”", "“We regret the decision,” the statement read.": only after a written thing
  { id: 'cue/read', lemma: 'read', forms: ['read', 'reads', 'reading'], needsMarker: true, sourceHeads: WRITTEN_HEADS },
];

/** How a written form reads: its verb; `nounLike` for "claims"/"reports"; `nounBase` for "show"/"report" (CueVerb). */
export interface CueForm {
  verb: CueVerb;
  nounLike: boolean;
  nounBase: boolean;
}

/** Form (lower case) → its cue verb, for the tokens of a sentence. */
export const CUE_FORMS: Map<string, CueForm> = new Map(
  CUE_VERBS.flatMap((verb): [string, CueForm][] => [
    ...verb.forms.map((f): [string, CueForm] => [f, { verb, nounLike: false, nounBase: false }]),
    ...(verb.nounLike ?? []).map((f): [string, CueForm] => [f, { verb, nounLike: true, nounBase: false }]),
    ...(verb.nounBase ?? []).map((f): [string, CueForm] => [f, { verb, nounLike: true, nounBase: true }]),
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
  // people at the scene of an event, named by what they do or went through: "Rescuers told reporters that 12 people
  // were trapped" (a one-word source capitalised only as the sentence's first word was typed named)
  { id: 'source/at-the-scene', words: ['rescuer', 'rescuers', 'firefighter', 'firefighters', 'paramedic', 'paramedics', 'medic', 'medics',
    'nurse', 'nurses', 'survivor', 'survivors', 'relatives', 'villagers', 'eyewitness', 'eyewitnesses', 'passengers', 'neighbours',
    'neighbors', 'volunteers', 'protesters', 'protestors', 'demonstrators', 'farmers', 'workers', 'soldiers', 'troops'] },
  { id: 'source/experts', words: ['expert', 'experts', 'analyst', 'analysts', 'researcher', 'researchers', 'scientist', 'scientists', 'authors', 'investigators'] },
  { id: 'source/documents', words: ['report', 'reports', 'statement', 'study', 'survey', 'posting', 'post', 'posts', 'media', 'website', 'sites', 'findings', 'results', 'poster', 'individuals', 'someone'] },
];
export const UNNAMED_HEADS: Set<string> = new Set(UNNAMED_SOURCE_HEADS.flatMap((g) => g.words));

/**
 * Post-modifiers of an anonymous source: its head stands before them ("People familiar with the matter", "Sources
 * close to the deal", "bankers briefed on the talks"), whatever the capital of a sentence's first word.
 */
export const ANONYMOUS_SOURCE_MODIFIERS: { id: string; words: string[] }[] = [
  { id: 'anonymous/familiar-with', words: ['familiar', 'with'] },
  { id: 'anonymous/close-to', words: ['close', 'to'] },
  { id: 'anonymous/briefed-on', words: ['briefed', 'on'] },
  { id: 'anonymous/with-knowledge', words: ['with', 'knowledge'] },
  { id: 'anonymous/with-direct-knowledge', words: ['with', 'direct', 'knowledge'] },
  { id: 'anonymous/aware-of', words: ['aware', 'of'] },
  { id: 'anonymous/knowledgeable-about', words: ['knowledgeable', 'about'] },
  { id: 'anonymous/involved-in', words: ['involved', 'in'] },
  { id: 'anonymous/who-asked', words: ['who', 'asked'] },
  { id: 'anonymous/who-declined', words: ['who', 'declined'] },
  { id: 'anonymous/who-spoke', words: ['who', 'spoke'] },
];

/**
 * Heads of a source that is a document or a body of figures: "The report found 40% of homes were damp", "Data from
 * the statistics office showed obesity affected 26% of adults". After them "found"/"showed"/"suggest" take a clause
 * without "that" (elsewhere "found" is as often a plain verb: "rescuers found two bodies").
 */
export const DOCUMENT_HEADS: Set<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'data', 'figures', 'statistics', 'numbers',
  'documents', 'document', 'records', 'record', 'research', 'analysis', 'analyses', 'review', 'audit', 'census', 'investigation',
  'inquiry', 'probe', 'findings', 'results', 'evidence', 'tests', 'test', 'estimates', 'projections', 'forecasts', 'model',
  'models', 'paper', 'papers', 'filing', 'filings', 'minutes', 'assessment', 'indicators', 'index', 'experiment', 'trial',
  'trials', 'footage', 'images', 'imagery', 'ruling', 'judgment', 'verdict', 'indictment', 'complaint', 'lawsuit',
  // a newsroom's own count: "A Reuters tally shows at least 12 collisions", "an AFP count found", "a BBC database"
  'tally', 'tallies', 'count', 'database',
  // an agency's periodic publication, as energy and climate copy cites it: "The IEA's 2023 outlook had forecast that
  // fossil fuels would fall to 73%" (no claim), "the bulletin showed", "the agency's latest inventory found"
  'outlook', 'outlooks', 'bulletin', 'bulletins', 'inventory', 'scenario', 'scenarios',
]);

/**
 * Heads of a subject that is an event: what happened shows or reveals things to the writer, but claims nothing, so a
 * reporting verb after one makes no claim. "The arrests showed “the threat … is real”, police said" (the police speak,
 * not "the arrests"), "The raid revealed that the cell was still active". A document about an event ("the
 * investigation", "the inquiry") is a DOCUMENT_HEADS source.
 */
export const EVENT_SOURCE_HEADS: { id: string; words: string[] }[] = [
  { id: 'event/violence', words: ['attack', 'attacks', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'bombings',
    'explosion', 'explosions', 'blast', 'blasts', 'shooting', 'shootings', 'stabbing', 'stabbings', 'killing', 'killings',
    'massacre', 'clash', 'clashes', 'fighting', 'violence', 'ambush', 'assault', 'offensive', 'incursion', 'shelling'] },
  { id: 'event/policing', words: ['arrest', 'arrests', 'detention', 'detentions', 'crackdown', 'seizure', 'seizures', 'seizing', 'raiding'] },
  { id: 'event/unrest', words: ['protest', 'protests', 'riot', 'riots', 'unrest', 'uprising', 'demonstrations'] },
  { id: 'event/accident', words: ['crash', 'crashes', 'collision', 'collisions', 'fire', 'fires', 'flood', 'floods', 'flooding', 'earthquake',
    'quake', 'storm', 'incident', 'incidents', 'deaths', 'outbreak'] },
];
export const EVENT_HEADS: Set<string> = new Set(EVENT_SOURCE_HEADS.flatMap((g) => g.words));

/**
 * Heads of a source that can speak, believe or forecast besides names and pronouns: people ("analysts", "economists"),
 * bodies ("the central bank", "the company"), documents (DOCUMENT_HEADS) and unnamed sources (UNNAMED_SOURCE_HEADS).
 * "The central bank projects inflation of 3%", "Economists forecast growth of 1.2%".
 */
export const SPEAKER_NOUNS: Set<string> = new Set([
  'economist', 'economists', 'forecaster', 'forecasters', 'strategist', 'strategists', 'trader', 'traders', 'investor',
  'investors', 'pollster', 'pollsters', 'doctor', 'doctors', 'lawyer', 'lawyers', 'prosecutor', 'prosecutors', 'police',
  'government', 'governments', 'company', 'companies', 'bank', 'banks', 'lender', 'lenders', 'fund', 'agency', 'ministry',
  'department', 'council', 'committee', 'board', 'union', 'unions', 'group', 'groups', 'firm', 'firms', 'party', 'army',
  'military', 'court', 'commission', 'office', 'authority', 'institute', 'organization', 'organisation', 'association',
  'federation', 'bureau', 'regulator', 'regulators', 'watchdog', 'campaigners', 'critics', 'opponents', 'supporters',
  'leaders', 'ministers', 'minister', 'lawmakers', 'legislators', 'mps', 'senators', 'voters', 'parents', 'teachers',
  'workers', 'employers', 'manufacturers', 'retailers', 'producers', 'airline', 'operator', 'insurer', 'insurers', 'charity',
  'charities', 'spokesman', 'spokeswoman', 'agencies', 'markets', 'economy', 'insiders', 'aides', 'allies',
  'administration', 'cabinet', 'management', 'executives', 'families', 'victims', 'survivors', 'farmers', 'scholars',
  // a body's branch: "the military's media wing, Inter-Services Public Relations (ISPR), said", "the group's armed wing"
  'wing', 'arm',
  // "The local business chamber, Canaco, estimates that the violence has cost the city 32 billion pesos"
  'chamber', 'chambers',
  ...UNNAMED_HEADS, ...DOCUMENT_HEADS, ...WRITTEN_HEADS,
]);

/**
 * Pronouns that can be a claim's source, with what they can refer to. Word tables looked up by a word of the text are
 * made without a prototype (Object.create(null)): "the constructor said" must not find Object.prototype.constructor.
 */
export const SOURCE_PRONOUNS: Record<string, 'person' | 'organization' | 'group'> = Object.assign(Object.create(null), {
  he: 'person', she: 'person', i: 'person', they: 'group', it: 'organization', we: 'group', who: 'person',
});

/**
 * Words that negate the reporting verb after them, read over the words between a source and its cue (claims.ts): a
 * negated report attributes nothing. "Officials would not confirm that 300 homes were destroyed" reports no 300
 * destroyed homes; "Police did not say how many people were arrested" says nothing of the arrests; "The army neither
 * confirmed nor denied …" neither. "The army denied that …" has none of them and stays a claim: a denial is a
 * statement. A refusal before an infinitive ("declined to say", "refused to comment") reports nothing either: claims.ts
 * reads no cue after "to".
 */
export const CUE_NEGATIONS: { id: string; words: string[] }[] = [
  { id: 'negation/not', words: ['not', 'never', 'cannot'] },
  { id: 'negation/neither-nor', words: ['neither', 'nor'] },
  // "didn't say", "wouldn’t confirm": one word with either apostrophe
  {
    id: 'negation/contracted',
    words: ['didn', 'don', 'doesn', 'wouldn', 'won', 'couldn', 'can', 'hasn', 'haven', 'hadn', 'isn', 'wasn', 'weren', 'shouldn', 'mustn', 'mightn']
      .flatMap((w) => [`${w}'t`, `${w}’t`]),
  },
];
export const NEGATION_WORDS: Set<string> = new Set(CUE_NEGATIONS.flatMap((g) => g.words));
/**
 * Words right after a negation that leave the verb affirmed: "The mayor not only said the bridge would reopen but
 * promised a new one", "not just said".
 */
export const NEGATION_RELEASES: Set<string> = new Set(['only', 'just', 'merely', 'simply', 'least']);
/**
 * First words of a source that says nobody reported: "No official confirmed that 80 homes burned", "Neither side
 * confirmed …", "Nobody said …", "None of the officials would say …". "no" and "neither" only as the determiner of the
 * source's noun: before a lower-case word ("No 10 said" is Downing Street) that is no comparative of a quantity ("No
 * fewer than 12 engineers said …" is a source of at least 12).
 */
export const NEGATIVE_SOURCES: { id: string; words: string[]; beforeLowerCase?: boolean; notBefore?: string[] }[] = [
  { id: 'negative-source/nobody', words: ['nobody', 'none', 'noone'] },
  { id: 'negative-source/no', words: ['no', 'neither'], beforeLowerCase: true, notBefore: ['fewer', 'less', 'more'] },
];

/**
 * Verbs before "to" and a cue that report the cue as done: "The minister did not hesitate to say that 100 jobs would
 * be cut", "He went on to say …". Elsewhere a cue after "to" reports nothing yet ("declined to say", "wants to
 * say"). `needsNegation`: only when negated ("hesitated to say whether …" said nothing).
 */
export const REPORTING_INFINITIVE_FRAMES: { id: string; words: string[]; needsNegation?: boolean }[] = [
  { id: 'frame/went-on-to', words: ['went', 'on', 'to'] },
  { id: 'frame/goes-on-to', words: ['goes', 'on', 'to'] },
  { id: 'frame/not-hesitate-to', words: ['hesitate', 'to'], needsNegation: true },
  { id: 'frame/not-hesitated-to', words: ['hesitated', 'to'], needsNegation: true },
];

/** Words that may stand between a source and its cue: "Paris also claims", "officials have not said". */
export const SOURCE_CUE_FILLERS: Set<string> = new Set([
  ...NEGATION_WORDS, 'yet', 'still',
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'later', 'then', 'further', 'previously', 'earlier',
  'repeatedly', 'publicly', 'reportedly', 'recently', 'again', 'now', 'not', 'never', 'already', 'once', 'quickly',
  'finally', 'initially', 'separately', 'first', 'last', 'allegedly', 'firmly', 'strongly', 'flatly', 'officially',
  'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'been', 'being', 'be', 'should', 'must', 'can',
  'shall', 'twice', 'widely', 'openly', 'privately', 'clearly', 'subsequently', 'immediately', 'instead', 'blankly',
  'simply', 'categorically', 'angrily', 'quietly', 'proudly', 'bluntly', 'frankly',
]);

/**
 * Time adverbs between a source and its cue, in lower case only ("USA Today said" is a name): "Solaris Energy today
 * announced …", "The ministry yesterday confirmed …". "on Tuesday" is read by claims.ts with the weekdays.
 */
export const SOURCE_CUE_TIMES: Set<string> = new Set(['today', 'yesterday', 'tonight', 'overnight']);
/** Time nouns after "this"/"last" between a source and its cue: "The company this week announced …". */
export const SOURCE_CUE_TIME_NOUNS: Set<string> = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend']);

/**
 * Adverbials of time and manner that claims.ts steps over between a cue and a content clause with no "that" (wire
 * style): "The company said last week it would cut jobs", "said in a statement it had set aside $2 billion", "said on
 * Nov. 3 it would close the plant", "told analysts in October the company would …". Read only when a clause with its
 * own subject and finite verb follows; the adverbial is no part of the content.
 */
export const CUE_ADVERBIAL_TIMES = {
  /** One word alone: "said yesterday it …", "said separately it …" (a manner word of wire copy). */
  words: new Set(['today', 'yesterday', 'tonight', 'overnight', 'earlier', 'later', 'recently', 'previously', 'separately']),
  /** Before "this"/"last"/"on"/a weekday: "earlier this month", "late last year", "late on Monday", "early Tuesday". */
  degrees: new Set(['earlier', 'later', 'early', 'late']),
  /** Before a time noun: "last week", "this morning", "earlier this year". */
  deictics: new Set(['last', 'this']),
  /** Time nouns after a deictic. */
  nouns: new Set([...SOURCE_CUE_TIME_NOUNS, 'night', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter']),
  /** Parts of a day after a weekday: "on Monday night", "Tuesday evening". */
  dayParts: new Set(['morning', 'afternoon', 'evening', 'night']),
};

/**
 * Manner adverbials of a cue: a preposition, a determiner, up to three modifiers and one of these heads ("in a
 * statement", "in a stock exchange filing", "in an interview", "on a conference call", "at a news conference").
 */
export const CUE_ADVERBIAL_MANNER = {
  prepositions: new Set(['in', 'on', 'at', 'during', 'via']),
  determiners: new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']),
  heads: new Set([
    'statement', 'filing', 'interview', 'email', 'e-mail', 'memo', 'note', 'letter', 'release', 'post', 'posting', 'speech',
    'briefing', 'call', 'conference', 'presentation', 'message', 'video', 'blog', 'tweet', 'report', 'webcast',
    'announcement', 'update', 'circular', 'notice', 'prospectus',
  ]),
  /** Prepositions of a short post-modifier of the head: "in a statement to Reuters", "in an interview with CNBC". */
  postModifiers: new Set(['to', 'with']),
};

/**
 * Where a speaker stands when speaking, after the cue: "said outside court that the sentence …", "told reporters
 * outside the courthouse that …", "said outside Leeds Crown Court that …". "outside" opens such an adverbial only
 * before one of these heads (with "the" or a name before it): "said outside investors would buy a stake" reports.
 */
export const CUE_ADVERBIAL_SETTINGS = {
  prepositions: new Set(['outside']),
  heads: new Set(['court', 'courthouse', 'courtroom', 'courts', 'tribunal', 'hearing', 'building', 'station', 'hospital',
    'prison', 'jail', 'parliament', 'house', 'hall', 'home', 'chamber', 'chambers', 'office', 'offices', 'headquarters', 'church']),
};

/** Words that end a source when read backwards from its cue: "… and the group said", "… but Mohib says". */
export const SOURCE_STOPS: Set<string> = new Set([
  'and', 'but', 'or', 'while', 'whereas', 'because', 'since', 'although', 'though', 'if', 'when', 'where', 'after',
  'before', 'as', 'that', 'which', 'so', 'thus', 'however', 'meanwhile', 'yet', 'then',
  // a free relative opens the clause of its cue: "The Houthis began attacking shipping in November in what they say is
  // a campaign of solidarity" (the source was "The Houthis began attacking shipping in November in what they")
  'what',
]);

/** Words that open an adverbial before the content, telling an inverted cue ("…, the Pentagon confirmed in a statement"). */
/**
 * Prepositions that open a fronted phrase before a comma, beside AFTER_CUE_ADVERBIALS, which are not read after a cue
 * ("said over 40 people died" reports a figure): "Over the course of that interview, Dale and Martha disputed …,
 * saying …" has Dale and Martha as source, not "Over the course of that interview".
 */
export const FRONTED_PHRASE_OPENERS: Set<string> = new Set(['over', 'amid', 'following', 'despite', 'throughout', 'under',
  'within', 'across', 'since', 'until', 'upon', 'among', 'inside', 'outside', 'near', 'between', 'against', 'beyond']);

/**
 * Words that link a sentence to the story before it, and alone before a comma are no content of a cue after them:
 * "Meanwhile, Hong Kong media tycoon Jimmy Lai testified for the first time …" (a claim with the content "Meanwhile").
 */
export const SENTENCE_CONNECTIVES: Set<string> = new Set([
  'meanwhile', 'separately', 'however', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'additionally',
  'elsewhere', 'instead', 'indeed', 'likewise', 'similarly', 'besides', 'overall', 'finally', 'still', 'yet', 'also',
  'then', 'now', 'earlier', 'later', 'today', 'yesterday', 'previously', 'initially', 'subsequently', 'thereafter',
]);

export const AFTER_CUE_ADVERBIALS: Set<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'via', 'through', 'from', 'last', 'this', 'today', 'yesterday', 'tonight', 'earlier',
  'later', 'recently', 'late', 'early', 'by', 'after', 'before', 'when', 'while', 'with', 'without', 'afterwards', 'also',
  'again', 'previously', 'of', 'about', 'regarding', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'for',
  // "Reuters reported, citing two people close to the deal, that …": the sub-source is an aside of the cue
  'citing', 'quoting',
]);

/**
 * Prepositions that make a noun-like form right after them a noun: "refused to comment on reports that 200 jobs would
 * go", "amid claims that …", "despite reports that …" (the reports are the topic; nobody is their source here).
 */
export const NOUN_PREPOSITIONS: Set<string> = new Set([
  'on', 'about', 'amid', 'amidst', 'despite', 'over', 'regarding', 'concerning', 'following', 'after', 'by', 'from',
  'with', 'in', 'for', 'against', 'into', 'among', 'behind',
]);

/**
 * Capitalised adjectives of a region or a bloc that make a noun-like form right after them a noun, as a demonym does
 * (gazetteer): "Gulf states pledged $500 million", "He urged European states to restore rescue capacity", "Sudanese
 * claims": the region names no speaker of "states".
 */
export const REGION_ADJECTIVES: { id: string; words: string[] } = {
  id: 'cue/region-adjective',
  words: ['european', 'arab', 'gulf', 'african', 'asian', 'baltic', 'nordic', 'balkan', 'western', 'eastern', 'northern',
    'southern', 'central', 'caribbean', 'pacific', 'latin', 'muslim', 'coastal', 'frontline', 'transit', 'member'],
};

/** Determiners and possessives that make a noun-like form a noun: "these claims", "the Islamic State". */
export const DETERMINERS: Set<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'such', 'of',
  'any', 'some', 'no', 'all', 'both', 'each', 'every', 'many', 'several', 'other', 'new', 'false', 'recent', 'unconfirmed',
]);

/**
 * Ordinals and words of order that, between a determiner and a participle, make the participle an adjective: "marking
 * the first confirmed incursion by a Chinese military aircraft" (a claim "marking the … confirmed"), "the only
 * reported case", "its latest announced target".
 */
export const ORDER_MODIFIERS: Set<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'only', 'sole', 'earliest', 'previous', 'next',
]);

/**
 * Past participles that modify a speaker's noun inside its phrase, not verbs of a clause: "A local elected official,
 * who spoke on condition of anonymity, said" (the source was the relative clause), "A retired army general said", "A
 * wounded soldier told …". Read as modifiers only right after a determiner or a singular word after one (claims.ts).
 */
export const MODIFIER_PARTICIPLES: Set<string> = new Set([
  'elected', 'appointed', 'retired', 'armed', 'masked', 'wounded', 'injured', 'displaced', 'detained', 'abducted',
  'kidnapped', 'released', 'freed', 'rescued', 'unidentified', 'unnamed', 'trained', 'qualified', 'registered',
  'licensed', 'embedded', 'designated', 'assigned', 'newly-elected', 're-elected', 'bereaved', 'concerned',
  // the unnamed sources of state agencies: "Tasnim quoted an informed source as saying that …", "a well-informed
  // source told IRNA", "a well-placed source said" (the claim was lost: "informed" read as the clause's verb)
  'informed', 'well-informed', 'well-placed',
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

/**
 * Head words of a capitalised title set off by commas after a name, besides ROLE_WORDS: "Vivek Murthy, the U.S.
 * Surgeon General, said the risk was low", "Jane Rigby, the Senior Project Scientist, said" (the name was read as the
 * content and the clause after the cue as the source). Read only in such a title (claims.ts, description/the-title).
 */
export const ASIDE_TITLE_WORDS: Set<string> = new Set([
  'surgeon', 'scientist', 'astronomer', 'physician', 'researcher', 'epidemiologist', 'virologist', 'engineer',
  'administrator', 'commissioner', 'inspector', 'auditor', 'solicitor', 'registrar', 'astronaut',
]);

/**
 * Hearers of "told" without a capital: "told reporters the bridge would reopen", "told the court that …", "told
 * lawmakers the deficit would fall", "told analysts profits would recover", "told the jury they must …". claims.ts
 * also skips any other plural noun before a clause ("told shoppers prices would rise").
 */
export const HEARER_GROUPS: { id: string; words: string[] }[] = [
  { id: 'hearer/press', words: ['reporters', 'journalists', 'press', 'media', 'broadcasters', 'newspapers'] },
  { id: 'hearer/pronoun', words: ['him', 'her', 'them', 'us', 'me', 'you'] },
  { id: 'hearer/body', words: ['court', 'parliament', 'police', 'jury', 'jurors', 'committee', 'panel', 'inquiry', 'hearing', 'tribunal', 'conference', 'congress', 'senate', 'assembly', 'council', 'board', 'meeting', 'audience', 'crowd', 'rally', 'summit', 'magistrates', 'judge'] },
  { id: 'hearer/people', words: [
    'lawmakers', 'legislators', 'senators', 'mps', 'councillors', 'councilors', 'delegates', 'ministers', 'officials',
    'diplomats', 'analysts', 'investors', 'shareholders', 'supporters', 'voters', 'residents', 'staff', 'employees',
    'workers', 'players', 'students', 'parents', 'members', 'colleagues', 'listeners', 'viewers', 'readers', 'fans',
    'customers', 'farmers', 'teachers', 'nurses', 'doctors', 'troops', 'soldiers', 'crowds', 'guests', 'attendees',
    'participants', 'visitors', 'villagers', 'protesters', 'demonstrators', 'mourners', 'investigators', 'detectives',
    'prosecutors', 'regulators', 'lenders', 'creditors', 'bankers', 'donors', 'allies', 'leaders', 'executives',
  ] },
];
export const HEARERS: Set<string> = new Set(HEARER_GROUPS.flatMap((g) => g.words));

/** Objects after which a cue verb is not reporting anything: "claimed responsibility", "claimed the lives of". */
export const NON_REPORTING_OBJECTS: Set<string> = new Set([
  'responsibility', 'victory', 'credit', 'lives', 'life', 'title', 'seat', 'seats', 'territory', 'ownership', 'asylum',
  'goodbye', 'grace', 'prayers', 'mass', 'farewell', 'hello', 'no', 'yes', 'sorry', 'thanks', 'penalty', 'goal',
  'goals', 'defeat',
]);

/**
 * Money words after "claimed" in its money sense (CueVerb.moneySense): "claimed 30,000 pounds in disability
 * benefits", "claimed a tax credit of 2 million dollars", "claimed expenses", "claimed compensation".
 */
export const MONEY_OBJECTS: Set<string> = new Set([
  'pounds', 'pound', 'dollars', 'dollar', 'euros', 'euro', 'yen', 'francs', 'rupees', 'pence', 'cents', 'million', 'billion',
  'benefit', 'benefits', 'expenses', 'expense', 'credit', 'credits', 'refund', 'refunds', 'compensation', 'allowance',
  'allowances', 'damages', 'grant', 'grants', 'subsidy', 'subsidies', 'payment', 'payments', 'reimbursement', 'rebate',
  'rebates', 'relief', 'deduction', 'deductions', 'pension', 'pensions', 'insurance', 'payout', 'prize', 'jackpot',
  'money', 'cash', 'funds', 'fees', 'costs', 'overtime', 'mileage', 'bonus', 'bonuses',
]);
/**
 * Words opening the object of "claim" in its territorial sense (CueVerb.moneySense, as for money), when no clause
 * follows: "China claims almost the entire South China Sea", "claims most of it", "claims sovereignty over the
 * islands" state what a country holds to be its own, not what it said. A place as the object does the same ("Both
 * countries claim the Kuril Islands", "claims self-ruled Taiwan as its territory"; see claims.ts#claimsTerritory).
 */
export const TERRITORY_OBJECT_LEADS: Set<string> = new Set([
  'most', 'much', 'all', 'almost', 'nearly', 'virtually', 'practically', 'entire', 'whole', 'part', 'parts',
  'sovereignty', 'jurisdiction', 'waters', 'islands', 'island', 'islets', 'reefs', 'shoal', 'shoals',
]);
/** Last words of a name of land or sea claimed (see TERRITORY_OBJECT_LEADS): "the Kuril Islands", "Scarborough Shoal". */
export const TERRITORY_NAME_TAILS: Set<string> = new Set([
  'islands', 'island', 'islets', 'isles', 'atoll', 'shoal', 'shoals', 'reef', 'reefs', 'sea', 'strait', 'peninsula',
  'heights', 'archipelago',
]);
/** Most words of the object read for MONEY_OBJECTS: "a tax credit of 2 million dollars". */
export const MONEY_OBJECT_MAX_WORDS = 5;

/** Abbreviations whose full stop belongs to the word: "Capt. Abu Kanan", "Mr. Tedeschi". */
export const TITLE_ABBREVIATIONS: Set<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'capt', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'maj', 'adm', 'cmdr', 'rev',
  'hon', 'pres', 'st', 'jr', 'sr', 'cpl', 'pvt', 'brig', 'amb', 'supt', 'insp', 'det',
]);

/**
 * Phrases read as "according to X": the source follows them and the content stands before or after. "As reported by
 * Ukrinform, on the night of April 11, Russia launched 82 missiles" gave no claim ("reported" had no subject).
 */
export const ACCORDING_PHRASES: { id: string; words: string[] }[] = [
  { id: 'according/according-to', words: ['according', 'to'] },
  { id: 'according/as-reported-by', words: ['as', 'reported', 'by'] },
];
/** The cue texts of ACCORDING_PHRASES: "according to", "as reported by". */
export const ACCORDING_CUES: Set<string> = new Set(ACCORDING_PHRASES.map((p) => p.words.join(' ')));

/**
 * Passive frames of a reporting verb whose subject is the speaker: "The general was quoted as saying the army would
 * withdraw" (the general speaks; the reporter who quoted him is not named). The last word is a cue form.
 */
export const SPEAKER_PASSIVES: { id: string; words: string[] }[] = [
  { id: 'passive/quoted-as-saying', words: ['quoted', 'as', 'saying'] },
  { id: 'passive/cited-as-saying', words: ['cited', 'as', 'saying'] },
  { id: 'passive/heard-saying', words: ['heard', 'saying'] },
  // the "as" is often left out: "The minister was quoted saying that 40 soldiers died"
  { id: 'passive/quoted-saying', words: ['quoted', 'saying'] },
];

/**
 * Frames of a relayed statement with a phrase inside, read back from the cue (the last word of `tail`): "The minister
 * was quoted by state news agency IRNA as saying …" (passive: the subject speaks, the agent after "by" relays), "The
 * governor was quoted in the local press as saying …", "State news agency KCNA quoted leader Kim Jong Un as saying …"
 * (active: the object speaks). At most `maxInner` words stand between the verb and the tail.
 */
export const RELAYED_QUOTE_FRAMES: { id: string; verbs: string[]; tail: string[]; maxInner: number }[] = [
  { id: 'relay/quoted-as-saying', verbs: ['quoted', 'cited'], tail: ['as', 'saying'], maxInner: 6 },
  // without "as": "The newspaper quoted him saying that 40 soldiers had died"
  { id: 'relay/quoted-saying', verbs: ['quoted'], tail: ['saying'], maxInner: 6 },
];


/**
 * Nouns for a statement, as the object of a cue in an aside: "…, a claim Kyiv denied", "…, an allegation the
 * army rejected". The words after the noun are the speaker.
 */
export const REPORT_NOUNS: Set<string> = new Set([
  'claim', 'allegation', 'accusation', 'charge', 'assertion', 'account', 'version', 'figure', 'report',
]);

/**
 * Nouns for an action, opening an aside that comments on the clause before it with a reduced relative clause: "…, a
 * move Beijing warned would harm trade", "…, a decision unions said would push up prices", "…, a step critics say
 * will hurt borrowers". The words between the noun and the cue are the speaker (the source was "a move critics"), and
 * the clause after the cue says what the action will do.
 */
export const COMMENT_ASIDE_NOUNS: { id: string; words: string[] } = {
  id: 'aside/action-noun',
  words: ['move', 'decision', 'step', 'measure', 'measures', 'plan', 'policy', 'change', 'changes', 'deal', 'ruling', 'proposal', 'action'],
};

/**
 * Verbs of denial that report only in a REPORT_NOUNS aside, as `deny` does everywhere: "…, an accusation his office
 * rejected", "…, a claim the army dismissed". Alone they take any object ("Ministers rejected the plan", "The court
 * dismissed the case"), so they are no cue verbs (CUE_VERBS) and the aside's frame alone makes them one.
 */
export const ASIDE_DENIAL_VERB: CueVerb = {
  id: 'cue/aside-denial', lemma: 'reject',
  forms: ['rejected', 'rejects', 'reject', 'dismissed', 'dismisses', 'dismiss', 'disputed', 'disputes', 'dispute', 'refuted', 'refutes', 'refute',
    'contested', 'contests', 'contest', 'rebuffed', 'rebuffs'],
};

/**
 * Heads of time phrases, never the source of a forecast: "A ruling is expected by the end of June", "… by Friday",
 * "… by next week".
 */
export const TIME_HEADS: Set<string> = new Set([
  'end', 'beginning', 'start', 'middle', 'close', 'time', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months',
  'year', 'years', 'quarter', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'today', 'tomorrow', 'tonight', 'now', 'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'noon', 'midnight', 'deadline',
]);

/**
 * Verbs that give a figure as their subject's own estimate, with the preposition before the figure: "The health
 * ministry put the death toll at 40", "Medics estimated the toll at 60", "Officials gave a toll of 52", "The ministry
 * raised the death toll to 45". Each is a claim of its subject only with a count noun as its object
 * (FIGURE_OBJECT_HEADS) and a figure right after the preposition: "put pressure on", "gave a speech", "raised rates
 * to 5%" are none.
 */
export const FIGURE_FRAMES: { id: string; forms: string[]; prepositions: string[] }[] = [
  { id: 'frame/put-at', forms: ['put', 'puts', 'putting', 'placed', 'places', 'placing'], prepositions: ['at'] },
  { id: 'frame/estimate-at', forms: ['estimated', 'estimates', 'estimate', 'estimating'], prepositions: ['at'] },
  { id: 'frame/give-toll', forms: ['gave', 'gives', 'give', 'giving'], prepositions: ['of', 'at', 'as'] },
  { id: 'frame/revise-to', forms: ['raised', 'raises', 'raising', 'revised', 'revises', 'revising', 'updated', 'updates', 'lowered', 'lowers'], prepositions: ['to'] },
];

/**
 * Verbs that label their object with the subject's own words in a quotation: "The interior minister called it “an
 * Islamist terrorist act”", "Scholz described the attack as “cowardly and despicable”", "The opposition branded the
 * vote “a farce from start to finish”". The quotation is the subject's claim (direct). `as` is needed after the
 * object for "describe" ("described the attack as …"; "described the attack" alone labels nothing) and allowed for
 * the others ("branded him as “…”").
 */
export const LABEL_FRAMES: { id: string; forms: string[]; needsAs: boolean }[] = [
  { id: 'label/call', forms: ['called', 'calls', 'calling'], needsAs: false },
  { id: 'label/brand', forms: ['branded', 'brands', 'branding', 'labelled', 'labeled', 'labels', 'labelling', 'labeling', 'dubbed', 'dubs', 'termed'], needsAs: false },
  { id: 'label/describe', forms: ['described', 'describes', 'describing', 'characterised', 'characterized', 'characterises', 'characterizes'], needsAs: true },
];

/**
 * A poll's verbs that put a party or a person on a share: "An Ipsos poll put Labour on 38%", "The survey … put
 * Labour on 31%, with the Conservatives on 23%", "A poll published by El País on Monday put the PP on 33.1%", "the
 * latest YouGov poll gave Reform 29%", "a Datafolha survey had Lula at 46%". Only with a poll noun
 * (POLL_SOURCE_HEADS) in the subject and a share after the object: "The party put pressure on 12 MPs" is no poll.
 */
export const POLL_FRAMES: { id: string; forms: string[]; prepositions: string[] } = {
  id: 'frame/poll-put-on', forms: ['put', 'puts', 'putting', 'placed', 'places', 'gave', 'gives', 'had', 'has', 'showed', 'shows'],
  prepositions: ['on', 'at'],
};
/** Nouns of a poll as the subject of a POLL_FRAMES verb: "poll", "survey", "polls", "exit poll", "projection". */
export const POLL_SOURCE_HEADS: Set<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'projection', 'projections', 'tracker']);

/**
 * Heads of the object of a FIGURE_FRAMES verb: "the death toll", "the number of displaced", "a toll", "the figure";
 * "it" refers back to one ("Local officials put the toll at 52, while the army put it at 20"). The size of a crowd
 * is the other figure every protest story gives twice, once by each side: "The opposition put the turnout at
 * 100,000", "A monitoring group estimated the crowd at between 275,000 and 325,000", "Organisers put attendance at
 * 50,000" (turnout, crowd, attendance).
 */
export const FIGURE_OBJECT_HEADS: Set<string> = new Set([
  'toll', 'tolls', 'number', 'numbers', 'figure', 'figures', 'count', 'tally', 'total', 'casualties', 'it',
  'turnout', 'crowd', 'crowds', 'attendance',
]);

/**
 * Titles written in lower case before a name, besides ROLE_WORDS: "…, said district commissioner Paul Otieno.",
 * "…, said army general Ali Rahimi." After an inverted cue they make the words up to the name its source.
 */
export const NAME_TITLES: Set<string> = new Set([
  'commissioner', 'administrator', 'inspector', 'superintendent', 'sheriff', 'senator', 'lawmaker', 'legislator',
  'councillor', 'councilor', 'chancellor', 'premier', 'ombudsman', 'general', 'colonel', 'captain', 'lieutenant',
  'sergeant', 'marshal', 'admiral', 'brigadier', 'rapporteur', 'negotiator', 'mediator', 'investigator', 'analyst',
  'researcher', 'doctor', 'surgeon', 'nurse', 'medic', 'chairperson', 'magistrate', 'activist', 'witness', 'resident',
  'chief', 'boss', 'delegate', 'emissary', 'monitor', 'economist', 'historian', 'expert',
]);

/**
 * Heads of a description that names a politician or a campaigner by party, seat or side, not by office: before a
 * name between commas they describe it like ROLE_WORDS ("A senior Democrat, Stacey Abrams, said …", "A Labour MP,
 * John Smith, said …", "One protester, Ana Ruiz, said …"): the name is the source, the clause after the cue the content.
 */
export const MEMBER_ROLE_WORDS: Set<string> = new Set([
  'mp', 'mep', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor',
  'politician', 'backbencher', 'democrat', 'republican', 'conservative', 'tory', 'liberal', 'socialist', 'candidate',
  'campaigner', 'protester', 'demonstrator', 'voter', 'supporter', 'delegate', 'organiser', 'organizer', 'volunteer',
]);

/** A person's gender as the text shows it (claims.ts: a "he"/"she" never refers to a person of the other gender). */
export type Gender = 'male' | 'female';

/** Honorifics that tell a gender: "Ms Clarke said …. He said …" cannot be Ms Clarke. */
export const HONORIFIC_GENDER: Record<string, Gender> = Object.assign(Object.create(null), {
  mr: 'male', mister: 'male', mrs: 'female', ms: 'female', miss: 'female', madam: 'female',
});

/** Words of a role that tell a gender: "opposition defence spokeswoman Fiona Reid", "chairman of the board". */
export const GENDERED_ROLES: { id: string; gender: Gender; words: string[] }[] = [
  { id: 'gender-role/female', gender: 'female', words: [
    'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'policewoman', 'sportswoman',
    'actress', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'lady', 'dame', 'mother', 'wife', 'widow',
    'daughter', 'sister', 'grandmother', 'headmistress', 'waitress', 'empress',
  ] },
  { id: 'gender-role/male', gender: 'male', words: [
    'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'policeman', 'sportsman', 'king', 'prince',
    'duke', 'count', 'baron', 'lord', 'sir', 'father', 'husband', 'widower', 'son', 'brother', 'grandfather',
    'headmaster', 'emperor',
  ] },
];
export const GENDERED_ROLE_WORDS: Map<string, Gender> = new Map(GENDERED_ROLES.flatMap((g) => g.words.map((w): [string, Gender] => [w, g.gender])));

/**
 * Speaker labels of interviews and transcripts ("Q: … / A: …", "HOST: …", "WALSH: …", "Ana Ruiz: …"), read by
 * claims.ts at the start of a paragraph. `question`: the interviewer's turns, never a claim; `answer`: the
 * interviewee named in the introduction; `notSpeaker`: labels of a note or a caption, never a turn ("Update: …").
 */
export const SPEAKER_LABELS: { id: string; kind: 'question' | 'answer' | 'notSpeaker'; words: string[] }[] = [
  { id: 'label/question', kind: 'question', words: ['q', 'question', 'host', 'interviewer', 'presenter', 'moderator', 'anchor', 'reporter', 'journalist'] },
  { id: 'label/answer', kind: 'answer', words: ['a', 'answer'] },
  { id: 'label/not-speaker', kind: 'notSpeaker', words: [
    'note', 'update', 'updated', 'photo', 'photos', 'video', 'source', 'sources', 'read more', 'watch', 'listen',
    'editor\'s note', 'editor’s note', 'correction', 'clarification', 'disclaimer', 'warning', 'caption', 'credit',
    'related', 'see also', 'more', 'breaking', 'live', 'analysis', 'opinion', 'comment', 'exclusive', 'pictured',
    'tags', 'topics', 'contact', 'email', 'phone', 'tel', 'fax', 'web', 'website', 'twitter', 'by', 'location', 'date',
    'time', 'venue', 'tickets', 'price', 'when', 'where', 'who', 'what', 'why', 'how', 'step', 'tip', 'fact', 'verdict',
  ] },
];
export const SPEAKER_LABEL_KINDS: Map<string, 'question' | 'answer' | 'notSpeaker'> = new Map(
  SPEAKER_LABELS.flatMap((g) => g.words.map((w): [string, 'question' | 'answer' | 'notSpeaker'] => [w, g.kind])),
);
