import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/extract/ner/index.js';
import { tokenize } from '../../src/extract/ner/tokenize.js';
import { collectDocStats, sentenceFeatures, shapeOf } from '../../src/extract/ner/features.js';
import { encodeModel, featureOf, loadModel, parseModel, tagSentence, tagTokens } from '../../src/extract/ner/tagger.js';
import { matchGazetteer } from '../../src/extract/gazetteer.js';
import { contextOf } from './ner-helpers.js';

describe('tokenize', () => {
  it.each([
    ['U.S. forces left.', ['U.S.', 'forces', 'left', '.']],
    ["Brown's car", ['Brown', "'s", 'car']],
    ['Tala’a al-Nasr Brigade', ['Tala’a', 'al-Nasr', 'Brigade']],
    ['some 10,000 fighters, 2.5 km', ['some', '10,000', 'fighters', ',', '2.5', 'km']],
    ['(SDF)', ['(', 'SDF', ')']],
    ['US-backed forces', ['US-backed', 'forces']],
    // an invisible left-to-right mark separates words like a space
    ['Minister\u200e Haider', ['Minister', 'Haider']],
  ])('%j', (text, expected) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('shapeOf', () => {
  it.each([
    ['Tabqah', 'Xx'],
    ['U.S.', 'X.X.'],
    ['101st', 'dx'],
    ['al-Sham', 'x-Xx'],
    ['ISIS', 'X'],
  ])('%s → %s', (word, shape) => expect(shapeOf(word)).toBe(shape));
});

describe('findNames', () => {
  const typed = (text: string) => {
    const ctx = contextOf(text);
    return findNames(text, ctx.sentences).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
  };
  it.each([
    ['Omar Khalil met officials of Hezbollah in Beirut on Monday.', ['PER:Omar Khalil', 'ORG:Hezbollah', 'LOC:Beirut']],
    // a country list is three places, not one span
    ['Delegates from Syria, Iraq and Turkey met in Geneva.', ['LOC:Syria', 'LOC:Iraq', 'LOC:Turkey', 'LOC:Geneva']],
    ['U.S. troops left the base.', ['LOC:U.S.']],
    // determiners and trailing punctuation stay outside the name
    ['Officials at the Pentagon declined to comment.', ['ORG:Pentagon']],
    // a capitalised preposition at the start of a sentence is not part of the place
    ['Near Rawah, one strike destroyed a vehicle.', ['LOC:Rawah']],
    // the cue before the list types every item as a place
    ['They attacked the villages of Umm Tina and Al-Khafsa.', ['LOC:Umm Tina', 'LOC:Al-Khafsa']],
    // a head word makes the organization, even when the tagger has no idea of the name
    ['The Samarkand Brigade and the 101st Division joined the First Corps.', ['ORG:Samarkand Brigade', 'ORG:101st Division', 'ORG:First Corps']],
    // a country with its article and a statement verb is the state acting; elsewhere it stays a place
    ['The United Kingdom strongly condemns the attack in Syria.', ['ORG:United Kingdom', 'LOC:Syria']],
    ['The United Kingdom won the final.', ['LOC:United Kingdom']],
    // "the Vargas regime" is an organization and names a person inside it
    ['Aid was blocked by the Vargas regime.', ['ORG:Vargas regime', 'PER:Vargas']],
    // a nation's people and its camps act; "the people of Iraq" nests the place
    ['The Iraqi opposition thanked the people of Iraq.', ['ORG:Iraqi opposition', 'ORG:people of Iraq', 'LOC:Iraq']],
    // an office alone is a person; the place inside stays a place
    ['The Minister for Central Asia said the talks went well.', ['PER:Minister for Central Asia', 'LOC:Central Asia']],
    // ships, weapon acronyms and month abbreviations are no actors
    ['On Jan. 8 the USS Carney destroyed a VBIED near Mosul.', ['MISC:USS Carney', 'LOC:Mosul']],
    // an apposition says what the name is
    ['Jets struck Qarfoula, an area outside Homs.', ['LOC:Qarfoula', 'LOC:Homs']],
    // documents and feasts are no actors
    ['Both sides broke the Cessation of Hostilities during Ramadan.', ['MISC:Cessation of Hostilities', 'MISC:Ramadan']],
    // a religious or ethnic adjective is no place
    ['Yazidi families fled to Sinjar.', ['MISC:Yazidi', 'LOC:Sinjar']],
    // "Operation" leads the name over several capitalised words
    ['The raid was part of Operation Silent Harvest, officials said.', ['ORG:Operation Silent Harvest']],
  ])('%j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a nationality that opens an organization's name belongs to it, whatever the tagger split off
  it.each([
    ['According to the Syrian Democratic Forces, 12 fighters were killed.', ['ORG:Syrian Democratic Forces']],
    ['Syrian Democratic Forces fighters took the dam.', ['ORG:Syrian Democratic Forces']],
    ['Iraqi Security Forces retook the town on Monday.', ['ORG:Iraqi Security Forces']],
    ['He said Iraqi Security Forces retook the town.', ['ORG:Iraqi Security Forces']],
    ['The Free Syrian Army denied the report.', ['ORG:Free Syrian Army']],
    // near misses: a nationality before a lower-case noun, or a list, stays apart
    ['Syrian troops and Democratic Party members met.', ['MISC:Syrian', 'ORG:Democratic Party']],
    ['Iraqi forces and Kurdish fighters advanced.', ['ORG:Iraqi forces', 'MISC:Kurdish']],
  ])('demonym in an organization: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a sentence with the capitals of a headline but lower-case words of running text keeps its names whole
  it.each([
    ['Prime Minister Benjamin Netanyahu met President Joe Biden in Washington. Netanyahu spoke.',
      ['PER:Benjamin Netanyahu', 'PER:Joe Biden', 'LOC:Washington', 'PER:Netanyahu']],
    ['Foreign Minister Sergio Vargas visited Brazil. Vargas spoke.', ['PER:Sergio Vargas', 'LOC:Brazil', 'PER:Vargas']],
    // a true headline is still cut to the name the article confirms
    ['Hezbollah Fighters Leave Border Town\n\nHezbollah said its fighters had left.', ['ORG:Hezbollah', 'ORG:Hezbollah']],
  ])('running text in capitals: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a name never ends in a connector; a lone sentence-opening word before one is no name
  it.each([
    ['Rebels & troops clash in Idlib', ['LOC:Idlib']],
    ['Students & teachers marched in Ankara.', ['LOC:Ankara']],
    // near misses: a connector inside a name stays
    ['Smith & Wesson sold guns. Johnson & Johnson agreed.', ['ORG:Smith & Wesson', 'ORG:Johnson & Johnson']],
  ])('trailing connector: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // two capitalised words opening a sentence, untagged, are a person's name
  it.each([
    ['Yoav Gallant visited Gaza on Monday.', ['PER:Yoav Gallant', 'LOC:Gaza']],
    ['Amira Nassar told reporters the road was closed.', ['PER:Amira Nassar']],
    // near misses: a determiner, a date word, a place, a word the article writes in lower case
    ['Some Democrats said no.', ['ORG:Democrats']],
    ['Heavy Rains fell overnight. The rains stopped at dawn.', []],
    ['Hong Kong shares fell.', ['LOC:Hong Kong']],
    ['Last Monday a car exploded.', []],
    // a day or month alone is no name, though the tagger took "On Friday" for a person (CALENDAR_WORDS)
    ['On Friday, Smith met Jones in Washington.', ['PER:Smith', 'PER:Jones', 'LOC:Washington']],
    // near miss: a month that is a surname stays
    ['Theresa May met Macron.', ['PER:Theresa May', 'PER:Macron']],
    // words of the language that are no names make no person (isCommonWordsName): a film, a product, a label
    ['The studio said Phantom Thread would open in May.', []],
    ['Higher Education said the fees would rise.', []],
    // near misses: a given name, a surname that is also a word, an office
    ['Fiona Hill testified on Thursday.', ['PER:Fiona Hill']],
    ['The Foreign Secretary said the embassy would reopen.', ['PER:Foreign Secretary']],
  ])('sentence-opening person: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a date before a capitalised organization word is no part of its name
  it.each([
    ['Last Monday Police found two bodies near the river.', []],
    ['On Monday Police said they had arrested a man.', []],
    ['In March Army units entered the town.', []],
    ['Early on Tuesday Border Police detained a man.', ['ORG:Border Police']],
    // near misses: capitalised words of the name itself stay
    ['Officers of the Metropolitan Police arrested him.', ['ORG:Metropolitan Police']],
    ['He met with the Public Security Police.', ['ORG:Public Security Police']],
  ])('date before an organization word: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a region's full name is one place, however the tagger split or joined it
  it.each([
    ['Floods hit Queensland and New South Wales on Tuesday.', ['LOC:Queensland', 'LOC:New South Wales']],
    ['Heavy rain swept across New South Wales this week.', ['LOC:New South Wales']],
    ['The premier of New South Wales said 3,000 people were evacuated.', ['LOC:New South Wales']],
    ['New South Wales Police said the road was closed.', ['ORG:New South Wales Police']],
    ['Troops from Texas and Oklahoma arrived.', ['LOC:Texas', 'LOC:Oklahoma']],
    // near misses: a country whose name holds "and", a city after "New"
    ['Trinidad and Tobago signed the accord.', ['LOC:Trinidad and Tobago']],
    ['Talks were held in New Delhi.', ['LOC:New Delhi']],
  ])('region names: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a street or square is a place, and so is the capitalised place of a dateline
  it.each([
    ['Crowds filled Oxford Street, and Britain sent more aid.', ['LOC:Oxford Street', 'LOC:Britain']],
    // a seat of government that speaks is its government (retypeSeatsOfGovernment)
    ['Downing Street said Britain would send more aid.', ['ORG:Downing Street', 'LOC:Britain']],
    ['Protesters gathered in Tahrir Square on Friday.', ['LOC:Tahrir Square']],
    ['SYDNEY — Floods cut power to 3,000 homes.', ['LOC:SYDNEY']],
    ['SYDNEY — Heavy rain swept across the state.', ['LOC:SYDNEY']],
    ['TRIPOLI, Libya — Rival militias clashed overnight.', ['LOC:TRIPOLI', 'LOC:Libya']],
    ['BEIRUT — Hezbollah said it fired rockets.', ['LOC:BEIRUT', 'ORG:Hezbollah']],
    ['LONDON — Johnson said he would resign. Johnson left.', ['LOC:LONDON', 'PER:Johnson', 'PER:Johnson']],
    // near misses: a name in capitals that is no place, a dateline already read as a place
    ['NATO — the alliance said on Monday it would expand.', ['ORG:NATO']],
    ['WASHINGTON (Reuters) - The storm cut power.', ['LOC:WASHINGTON', 'ORG:Reuters']],
  ])('streets and datelines: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a list holding a place: the names the gazetteer knows are places, and a cue-typed or well-known name keeps its type
  it.each([
    ['Shelling in Homs, Hama and Idlib killed 20 civilians.', ['LOC:Homs', 'LOC:Hama', 'LOC:Idlib']],
    ['Airstrikes hit Raqqa, Deir ez-Zor and Mayadin.', ['LOC:Raqqa', 'LOC:Deir ez-Zor', 'LOC:Mayadin']],
    ['Ministers from France, Germany and Hezbollah met.', ['LOC:France', 'LOC:Germany', 'ORG:Hezbollah']],
    // near miss: a list with no place is left to the tagger
    ['Karim Haddad, Samir Aziz and Omar Khalil met.', ['PER:Karim Haddad', 'PER:Samir Aziz', 'PER:Omar Khalil']],
  ])('lists with a place: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a power plant named after its town is a facility, even when the tagger read the town as an organization
  it.each([
    ['The IAEA said the Zaporizhzhia nuclear plant had lost power.', ['ORG:IAEA', 'LOC:Zaporizhzhia nuclear plant']],
    ['Workers left the Kakhovka power station.', ['LOC:Kakhovka power station']],
    // near misses: a well-known organization stays, and "plant" alone does not make a city a facility
    ['A Hezbollah camp was hit.', ['ORG:Hezbollah']],
    ['The company closed its Detroit plant.', ['LOC:Detroit']],
  ])('plants: %j', (text, expected) => expect(typed(text)).toEqual(expected));

  // a storm's name is neither a person nor a place, here and where it stands alone
  it.each([
    ['Hurricane Ian made landfall near Fort Myers. Ian weakened overnight.', ['MISC:Ian', 'LOC:Fort Myers', 'MISC:Ian']],
    ['Typhoon Haiyan killed thousands in the Philippines.', ['MISC:Typhoon Haiyan', 'LOC:Philippines']],
    // near misses: an organization opening with a storm word, a person who shares the name
    ['Ian Smith said the Storm Prediction Center issued a warning.', ['PER:Ian Smith', 'ORG:Storm Prediction Center']],
  ])('storms: %j', (text, expected) => expect(typed(text)).toEqual(expected));
});

describe('tagSentence', () => {
  // the fast path (features by number, cached own-feature sums) must choose exactly the labels the full feature
  // strings give
  it.each([
    'Omar Khalil met officials of Hezbollah in Beirut on Monday.',
    'OBAMA MEETS NATO LEADERS IN WARSAW',
    'Rebels Seize Key Bridge As Army Retreats',
    'Zqxv Blorft, spokesman of the Wxyz Front, said the | pipe, a||b and the <s> tag are odd tokens.',
    'The U.S.-backed Syrian Democratic Forces (SDF) took Tabqah Dam from ISIS near Raqqa.',
  ])('%j', (text) => {
    const model = loadModel();
    const toks = tokenize(text);
    const stats = collectDocStats([toks]);
    const slow = tagTokens(model, sentenceFeatures(toks, stats, matchGazetteer));
    expect(tagSentence(model, toks, stats, matchGazetteer)).toEqual(slow);
    expect(slow.some((l) => l !== 'O')).toBe(true);
  });
});

describe('encodeModel', () => {
  // a value holding "|" cannot be split back apart ("pw=a|b|c"): such a feature is stored whole and still found
  const names = ['b', 'w=army', 'pw=the|army', 'pw=a|b|c', 't1w=B-PER|x|y', 'sh3=Xx|x|.', 'gz=country:B'];
  const ints = Int16Array.from(names.flatMap((_, f) => [f + 1, -(f + 1)]));
  const model = parseModel(encodeModel('test', ['O', 'B-PER'], 10, names, ints));
  it.each(names.map((name, f) => [name, f]))('%s', (name, f) => {
    expect(featureOf(model, name as string)).toBe(f);
    expect([...model.weights.subarray((f as number) * 2, (f as number) * 2 + 2)]).toEqual([Math.fround(((f as number) + 1) / 10), Math.fround(-((f as number) + 1) / 10)]);
  });
  it.each(['pw=the|navy', 'pw=a|b', 'w=navy', 'sh3=Xx|x'])('%s is no feature', (name) => expect(featureOf(model, name)).toBe(-1));
});
