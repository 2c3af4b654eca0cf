// News agencies and outlets, one list read by the clean stage (the date of "SANTIAGO, Nov 28 (Reuters) -", the credit
// line "(With inputs from PTI)") and the extract stage (the dateline cut from the lead claim and from the names; "Yonhap
// said" is no person). Data only: it imports nothing, so both stages may read it. A new agency is added here once, with
// the uses its names take.

/** One agency or outlet: its names and where each is read. */
export interface NewsAgency {
  id: string;
  /** Its names as written, the short one first; case counts in a dateline ("(AP)" is the agency, "(ap)" is not). */
  names: string[];
  /**
   * Names that open a wire dateline in brackets (all, or those listed): "LONDON, March 4 (Reuters) - ", "Port Sudan
   * (AFP) - ", "Imphal, Nov 18 (PTI) Three people …", "Srinagar, Jan 5 (ANI): …". Only these make a bracket after a
   * mixed-case place a dateline: "Sudan's army (SAF) said" is a subject with its initials. (extract/datelines.ts,
   * clean/plain.ts)
   */
  dateline?: true | string[];
  /**
   * Names of a line that only credits the story to agencies, in any case (all, or those listed): "Reuters", "(dpa)",
   * "(AFP/Reuters)", "With inputs from PTI", "— With files from The Canadian Press" (clean/rules.ts clean/agency-line).
   */
  credit?: true | string[];
  /**
   * Names cited bare as a report's source or its hearer that are nothing else, so always an organization (all, or
   * those listed): "Yonhap said the missile fell", "Kommersant reported", "a local official told Rudaw". A lone
   * capitalised word before "said" is otherwise read as a surname (ner/refine.ts findLonePeople). Not names that are
   * something else too: Bloomberg (a person), Fars (a province), Petra, Mena, Wafa or SANA (places, given names, words).
   * (extract/data/name-words.ts OUTLET_NAMES, one of KNOWN_ORGS)
   */
  outlet?: true | string[];
}

export const NEWS_AGENCIES: readonly NewsAgency[] = [
  // global and European
  { id: 'agency/reuters', names: ['Reuters'], dateline: true, credit: true, outlet: true },
  { id: 'agency/ap', names: ['AP', 'Associated Press'], dateline: ['AP'], credit: true },
  { id: 'agency/afp', names: ['AFP', 'Agence France-Presse'], dateline: ['AFP'], credit: true, outlet: ['AFP'] },
  { id: 'agency/bloomberg', names: ['Bloomberg'], dateline: true, credit: true },
  { id: 'agency/upi', names: ['UPI'], dateline: true, credit: true },
  { id: 'agency/dpa', names: ['dpa', 'DPA'], dateline: true, credit: true, outlet: true },
  { id: 'agency/efe', names: ['EFE'], dateline: true, credit: true },
  { id: 'agency/ansa', names: ['ANSA'], dateline: true, credit: true, outlet: true },
  { id: 'agency/tass', names: ['TASS'], dateline: true, credit: true, outlet: true },
  { id: 'agency/ria', names: ['RIA', 'RIA Novosti'], dateline: ['RIA'], credit: ['RIA Novosti'], outlet: ['RIA Novosti'] },
  { id: 'agency/interfax', names: ['Interfax'], dateline: true, outlet: true },
  { id: 'agency/ukrinform', names: ['Ukrinform'], dateline: true },
  { id: 'agency/epa', names: ['EPA'], credit: true },
  { id: 'agency/pa', names: ['PA', 'PA Media', 'Press Association'], credit: true },
  { id: 'agency/sda', names: ['SDA'], credit: true },
  { id: 'agency/europa-press', names: ['Europa Press'], credit: true },
  { id: 'agency/cnn-wire', names: ['CNN Wire'], credit: true },
  // Asia and the Pacific
  { id: 'agency/pti', names: ['PTI'], dateline: true, credit: true },
  { id: 'agency/ians', names: ['IANS'], dateline: true, credit: true },
  { id: 'agency/ani', names: ['ANI'], dateline: true, credit: true },
  { id: 'agency/uni', names: ['UNI'], dateline: true },
  { id: 'agency/xinhua', names: ['Xinhua'], dateline: true, credit: true, outlet: true },
  { id: 'agency/kyodo', names: ['Kyodo'], dateline: true, credit: true, outlet: true },
  { id: 'agency/yonhap', names: ['Yonhap'], dateline: true, credit: true, outlet: true },
  { id: 'agency/bernama', names: ['Bernama'], dateline: true, outlet: true },
  { id: 'agency/antara', names: ['Antara'], dateline: true, outlet: true },
  { id: 'agency/app', names: ['APP'], dateline: true },
  { id: 'agency/unb', names: ['UNB'], dateline: true },
  { id: 'agency/bss', names: ['BSS'], dateline: true },
  { id: 'agency/aap', names: ['AAP'], dateline: true, credit: true },
  { id: 'agency/pna', names: ['PNA'], dateline: true },
  // the Middle East and Africa
  { id: 'agency/aa', names: ['AA'], dateline: true },
  { id: 'agency/anadolu', names: ['Anadolu'], dateline: true, credit: true, outlet: true },
  { id: 'agency/irna', names: ['IRNA'], dateline: true, outlet: true },
  { id: 'agency/wafa', names: ['WAFA'], dateline: true },
  { id: 'agency/spa', names: ['SPA'], dateline: true },
  { id: 'agency/mena', names: ['MENA'], dateline: true },
  { id: 'agency/kuna', names: ['KUNA'], dateline: true },
  { id: 'agency/wam', names: ['WAM'], dateline: true },
  { id: 'agency/qna', names: ['QNA'], dateline: true },
  { id: 'agency/sana', names: ['SANA'], dateline: true },
  { id: 'agency/nna', names: ['NNA'], dateline: true },
  { id: 'agency/petra', names: ['Petra'], dateline: true },
  { id: 'agency/map', names: ['MAP'], dateline: true },
  { id: 'agency/tap', names: ['TAP'], dateline: true },
  { id: 'agency/aps', names: ['APS'], dateline: true },
  { id: 'agency/nan', names: ['NAN'], dateline: true },
  { id: 'agency/kna', names: ['KNA'], dateline: true, credit: true },
  // "APA": Austria's agency in credit lines, the Azerbaijani and West African APA in datelines
  { id: 'agency/apa', names: ['APA'], dateline: true, credit: true },
  // the Horn, Central Africa and the Portuguese-speaking wires: Ethiopia's ENA, Sudan's SUNA, Somalia's SONNA, Congo's
  // ACP, Mozambique's AIM and Portugal's Lusa ("Maputo, 18 Jun 2025 (Lusa) - Armed insurgents …"; "local sources told
  // Lusa": no place)
  { id: 'agency/ena', names: ['ENA'], dateline: true },
  { id: 'agency/suna', names: ['SUNA'], dateline: true },
  { id: 'agency/sonna', names: ['SONNA'], dateline: true },
  { id: 'agency/acp', names: ['ACP'], dateline: true },
  { id: 'agency/aim', names: ['AIM'], dateline: true },
  { id: 'agency/lusa', names: ['Lusa'], dateline: true, outlet: true },
  // Taiwan's Central News Agency, as Focus Taiwan writes its dateline: "Taipei, May 24 (CNA) Taiwan's Ministry of
  // National Defense said …" (the first claim's source began with "May 24 (CNA)" and its content was "Taipei")
  { id: 'agency/cna', names: ['CNA'], dateline: true },
  // the Americas
  { id: 'agency/cp', names: ['CP', 'Canadian Press'], dateline: ['CP'], credit: true },
  // papers, sites and broadcasters cited by name as a source
  { id: 'outlet/kommersant', names: ['Kommersant'], outlet: true },
  { id: 'outlet/vedomosti', names: ['Vedomosti'], outlet: true },
  { id: 'outlet/izvestia', names: ['Izvestia'], outlet: true },
  { id: 'outlet/haaretz', names: ['Haaretz'], outlet: true },
  { id: 'outlet/ynet', names: ['Ynet'], outlet: true },
  { id: 'outlet/asahi', names: ['Asahi'], outlet: true },
  { id: 'outlet/yomiuri', names: ['Yomiuri'], outlet: true },
  { id: 'outlet/isna', names: ['ISNA'], outlet: true },
  { id: 'outlet/tasnim', names: ['Tasnim'], outlet: true },
  // North Korea's agency dates its stories as the others do: "Pyongyang, September 19 (KCNA) -- Kim Jong Un …"
  { id: 'outlet/kcna', names: ['KCNA'], dateline: true, outlet: true },
  { id: 'outlet/axios', names: ['Axios'], outlet: true },
  { id: 'outlet/politico', names: ['Politico'], outlet: true },
  { id: 'outlet/semafor', names: ['Semafor'], outlet: true },
  // Syria, Iraq, Iran and Kurdish-region outlets: "a local official told Rudaw" made a person "Rudaw", "Residents told
  // Enab Baladi" a person "Enab Baladi"
  { id: 'outlet/rudaw', names: ['Rudaw'], outlet: true },
  { id: 'outlet/kurdistan24', names: ['Kurdistan24'], outlet: true },
  { id: 'outlet/enab-baladi', names: ['Enab Baladi'], outlet: true },
  { id: 'outlet/amaq', names: ['Amaq'], outlet: true },
  { id: 'outlet/shafaq-news', names: ['Shafaq News'], outlet: true },
  { id: 'outlet/iranwire', names: ['IranWire'], outlet: true },
  { id: 'outlet/iran-international', names: ['Iran International'], outlet: true },
  { id: 'outlet/al-monitor', names: ['Al-Monitor'], outlet: true },
  { id: 'outlet/hawar-news', names: ['Hawar News'], outlet: true },
  { id: 'outlet/north-press', names: ['North Press'], outlet: true },
  // outlets of the Horn, Sudan and Congo quoted as hearers: "residents told Addis Standard" (a person), "told Garowe
  // Online", "told Radio Okapi"
  { id: 'outlet/addis-standard', names: ['Addis Standard'], outlet: true },
  { id: 'outlet/garowe-online', names: ['Garowe Online'], outlet: true },
  { id: 'outlet/hiiraan-online', names: ['Hiiraan Online'], outlet: true },
  { id: 'outlet/radio-okapi', names: ['Radio Okapi'], outlet: true },
  { id: 'outlet/radio-tamazuj', names: ['Radio Tamazuj'], outlet: true },
  { id: 'outlet/eye-radio', names: ['Eye Radio'], outlet: true },
  { id: 'outlet/sudan-tribune', names: ['Sudan Tribune'], outlet: true },
  // Arab broadcasters and North African and Balkan outlets quoted as hearers: "said in an interview with Al Arabiya"
  // made a person "Al Arabiya"; "told the Libya Observer", "Tanjug reported", "told Kosovo Online"
  { id: 'outlet/al-arabiya', names: ['Al Arabiya', 'Al-Arabiya'], outlet: true },
  { id: 'outlet/al-jazeera', names: ['Al Jazeera', 'Al-Jazeera'], outlet: true },
  { id: 'outlet/asharq-al-awsat', names: ['Asharq Al-Awsat'], outlet: true },
  { id: 'outlet/libya-observer', names: ['Libya Observer'], outlet: true },
  { id: 'outlet/libya-al-ahrar', names: ['Libya Al-Ahrar'], outlet: true },
  { id: 'outlet/hespress', names: ['Hespress'], outlet: true },
  { id: 'outlet/tanjug', names: ['Tanjug'], outlet: true },
  { id: 'outlet/n1', names: ['N1'], outlet: true },
  { id: 'outlet/kosovo-online', names: ['Kosovo Online'], outlet: true },
  { id: 'outlet/koha-ditore', names: ['Koha Ditore'], outlet: true },
  { id: 'outlet/balkan-insight', names: ['Balkan Insight'], outlet: true },
  // state agencies of the Caucasus, Central Asia and Belarus cited bare as a report's source: "Armenpress reported on
  // Monday that two soldiers were wounded" opening a story gave no actor, elsewhere a person "Armenpress"
  { id: 'outlet/armenpress', names: ['Armenpress'], outlet: true },
  { id: 'outlet/azertac', names: ['Azertac', 'AZERTAC'], outlet: true },
  { id: 'outlet/kazinform', names: ['Kazinform'], outlet: true },
  { id: 'outlet/khovar', names: ['Khovar'], outlet: true },
  { id: 'outlet/interpressnews', names: ['Interpressnews'], outlet: true },
  { id: 'outlet/belta', names: ['BelTA', 'Belta'], outlet: true },
];

/** The names an agency's flag takes: all its names, or those listed. */
const namesFor = (use: 'dateline' | 'credit' | 'outlet') =>
  NEWS_AGENCIES.flatMap((a) => (a[use] === true ? a.names : a[use] ?? []));
/** Lower case, each name once ("dpa" and "DPA" are one name where case does not count). */
const lowerOnce = (names: string[]) => [...new Set(names.map((n) => n.toLowerCase()))];

/** The names that open a wire dateline in brackets, as written (case counts): "(Reuters)", "(AP)", "(dpa)", "(DPA)". */
export const DATELINE_AGENCIES: ReadonlySet<string> = new Set(namesFor('dateline'));
/** The names of an agency credit line, lower case (matched in any case): "reuters", "associated press", "pti". */
export const CREDIT_AGENCIES: readonly string[] = lowerOnce(namesFor('credit'));
/** The names that are always an outlet when cited bare, lower case: "yonhap", "kommersant", "rudaw". */
export const OUTLET_AGENCIES: readonly string[] = lowerOnce(namesFor('outlet'));
