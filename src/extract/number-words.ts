// Words of numbers as data (extract stage, numbers.ts): number words, scales, vague amounts, hedges and units.

/** Cardinal words and their values: "five" → 5, "twenty" → 20 ("twenty-five" is read as 20 + 5). */
export const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words after a number: "2.5 million" → 2 500 000; "$100m" and "£1.1bn" take the short forms. */
export const SCALES: Record<string, number> = Object.assign(Object.create(null), {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Indian English: "Rs 45 crore" → 450 000 000 INR, "Rs 12 lakh" → 1 200 000 INR
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  // "Nearly two dozen fighters" → 24, "Three dozen homes" → 36: read as 2 and 3 "dozen fighters", the value was 12x off
  dozen: 12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
});
/** Scale words written out (not letters), as read after a figure: "2.5 million", "₹500 crore". */
export const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'crores', 'crore', 'lakhs', 'lakh', 'dozen'];
/** Scale letters that are only scales after a currency ("$100m"); after a bare number "300m" is metres. */
export const SHORT_SCALES = new Set(['k', 'm', 'mn', 'bn', 'b', 'tn']);
/**
 * Scale letters that are never a unit, so they scale a bare number too: "3bn dollars were pledged" → 3e9 USD,
 * "12mn people" → 12 000 000. ("m" after a bare number is decided in numbers.ts: "1.2m people" against "a 1.2m wall".)
 */
export const BARE_SCALES = new Set(['bn', 'mn']);
/**
 * Scale letters glued to a bare figure that mean thousands or millions and never a unit, as key-figure boxes and
 * headlines write counts: "184K people affected", "41k displaced", "1.2M people" → 184 000, 41 000, 1 200 000. (A
 * lower-case "m" is metres or million, decided apart; "M" is never metres.) With a decimal part the letter is always
 * the scale ("3.4K homes", "reached 1.2M"); a whole figure only when a count follows, since "a 5K run", "his 401k" and
 * "3M said" are no thousands or millions (numbers.ts).
 */
export const COUNT_SCALE_LETTERS: { id: string; letters: string[]; scale: number }[] = [
  { id: 'scale-letter/thousand', letters: ['K', 'k'], scale: 1e3 },
  { id: 'scale-letter/million', letters: ['M'], scale: 1e6 },
];
/** Words after a figure and "K" that make it a video resolution, no thousands: "4K video", "8K TVs", "5.7K footage". */
export const RESOLUTION_NOUNS = new Set([
  'video', 'videos', 'resolution', 'tv', 'tvs', 'television', 'televisions', 'display', 'displays', 'screen', 'screens',
  'monitor', 'monitors', 'camera', 'cameras', 'footage', 'streaming', 'stream', 'streams', 'projector', 'projectors',
  'uhd', 'ultra', 'hdr', 'blu-ray', 'panel', 'panels', 'recording', 'graphics', 'gaming',
]);
/**
 * Figures that with their scale letter name a thing, not thousands or millions, written as the name is (case matters):
 * "moved his 401k savings" (a US retirement plan, "401(k)"), "3M workers" (the company: "3m workers" stays 3 million).
 */
export const LETTER_NAME_FIGURES = new Set(['401k', '401K', '3M']);

/**
 * Amounts written without a figure, each with the smallest number its words allow (value) and flagged
 * approximate: "dozens of villages" → 24, "hundreds of thousands of Syrians" → 200 000, "a dozen" → 12.
 */
export const VAGUE_AMOUNTS: { id: string; pattern: string; value: number; approximate: boolean }[] = [
  { id: 'vague/hundreds-of-thousands', pattern: 'hundreds of thousands', value: 200_000, approximate: true },
  { id: 'vague/tens-of-thousands', pattern: 'tens of thousands', value: 20_000, approximate: true },
  { id: 'vague/tens-of-millions', pattern: 'tens of millions', value: 20_000_000, approximate: true },
  { id: 'vague/hundreds-of-millions', pattern: 'hundreds of millions', value: 200_000_000, approximate: true },
  { id: 'vague/a-few-thousand', pattern: 'a few thousand', value: 2000, approximate: true },
  { id: 'vague/a-few-hundred', pattern: 'a few hundred', value: 200, approximate: true },
  { id: 'vague/several-thousand', pattern: 'several thousand', value: 2000, approximate: true },
  { id: 'vague/several-hundred', pattern: 'several hundred', value: 200, approximate: true },
  { id: 'vague/half-a-million', pattern: 'half a million', value: 500_000, approximate: false },
  // "Half a dozen villages were shelled" → 6, not "a dozen villages" (12)
  { id: 'vague/half-a-dozen', pattern: 'half a dozen', value: 6, approximate: false },
  // "Several dozen protesters were detained", "a few dozen homes": as "several hundred" is 200
  { id: 'vague/several-dozen', pattern: 'several dozen', value: 24, approximate: true },
  { id: 'vague/a-few-dozen', pattern: 'a few dozen', value: 24, approximate: true },
  { id: 'vague/a-dozen', pattern: 'a dozen', value: 12, approximate: false },
  { id: 'vague/a-hundred', pattern: 'a hundred', value: 100, approximate: false },
  { id: 'vague/a-thousand', pattern: 'a thousand', value: 1000, approximate: false },
  { id: 'vague/a-million', pattern: 'a million', value: 1e6, approximate: false },
  { id: 'vague/a-billion', pattern: 'a billion', value: 1e9, approximate: false },
  { id: 'vague/dozens', pattern: 'dozens', value: 24, approximate: true },
  { id: 'vague/scores', pattern: 'scores', value: 40, approximate: true },
  { id: 'vague/hundreds', pattern: 'hundreds', value: 200, approximate: true },
  { id: 'vague/thousands', pattern: 'thousands', value: 2000, approximate: true },
  { id: 'vague/millions', pattern: 'millions', value: 2e6, approximate: true },
  { id: 'vague/billions', pattern: 'billions', value: 2e9, approximate: true },
  { id: 'vague/twice', pattern: 'twice', value: 2, approximate: false },
  { id: 'vague/once', pattern: 'once', value: 1, approximate: false },
];
/** Vague words that are numbers only after a hedge: "at least once" is 1, "once again" is not a number. */
export const HEDGED_ONLY = new Set(['once', 'twice']);
/** Vague words that are numbers only before "of": "scores of people", not "the final scores". */
export const OF_ONLY = new Set(['scores']);

/** Words before a figure that make it approximate: "some 70", "more than 20", "up to $1 billion". */
export const HEDGES: { id: string; words: string }[] = [
  { id: 'hedge/more-than', words: 'more than' }, { id: 'hedge/less-than', words: 'less than' },
  { id: 'hedge/fewer-than', words: 'fewer than' }, { id: 'hedge/at-least', words: 'at least' },
  { id: 'hedge/at-most', words: 'at most' }, { id: 'hedge/up-to', words: 'up to' },
  { id: 'hedge/as-many-as', words: 'as many as' }, { id: 'hedge/as-much-as', words: 'as much as' },
  { id: 'hedge/close-to', words: 'close to' }, { id: 'hedge/upwards-of', words: 'upwards of' },
  { id: 'hedge/an-estimated', words: 'an estimated' }, { id: 'hedge/estimated', words: 'estimated' },
  { id: 'hedge/well-over', words: 'well over' }, { id: 'hedge/just-over', words: 'just over' },
  { id: 'hedge/just-under', words: 'just under' }, { id: 'hedge/some', words: 'some' },
  { id: 'hedge/about', words: 'about' }, { id: 'hedge/around', words: 'around' },
  { id: 'hedge/approximately', words: 'approximately' }, { id: 'hedge/approx', words: 'approx.' },
  { id: 'hedge/roughly', words: 'roughly' }, { id: 'hedge/nearly', words: 'nearly' },
  { id: 'hedge/almost', words: 'almost' }, { id: 'hedge/over', words: 'over' }, { id: 'hedge/under', words: 'under' },
  { id: 'hedge/nearly-as', words: 'an approximate' }, { id: 'hedge/circa', words: 'circa' },
];

/**
 * Hedges that are also a finite verb, read as a hedge only after one of these words or opening the sentence: "an
 * estimated 15,000", "the estimated 40,000 people", "Estimated 300 homes …" hedge the figure, but in "police
 * estimated 15,000" the word is the subject's verb, no part of the number (it gave "estimated 15,000" with the event
 * "police").
 */
export const VERB_HEDGES: { id: string; words: string; after: string[] }[] = [
  { id: 'hedge/estimated', words: 'estimated', after: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those'] },
];

/**
 * Hedges that are a particle or a preposition after these words, no hedge of the figure: "Azerbaijan handed over four
 * villages", "Hamas handed over three hostages" (four villages exactly, not "over four"), "a dispute over two islands"
 * (over introduces the topic). "killed over 100 people" and "a fine of over $500" still hedge; "took over"/"won over"
 * are left out, as "took over 3 hours", "won over 60% of the vote" hedge.
 */
export const NON_HEDGE_BEFORE: { id: string; words: string; before: string[] }[] = [
  // a phrasal verb whose particle is the word: hand over, turn over, sign over
  { id: 'hedge-not/over-particle', words: 'over', before: ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'sign', 'signs', 'signed', 'signing'] },
  // a noun of a dispute, whose "over" says what it is about
  { id: 'hedge-not/over-topic', words: 'over', before: ['dispute', 'disputes', 'row', 'rows', 'clash', 'clashes', 'clashed', 'disagreement', 'disagreements', 'differences', 'tensions', 'standoff', 'feud', 'quarrel', 'wrangling'] },
];

/** Units after a figure, longest first within the table; `code` is what the record carries ("km2", "USD"). */
export const UNITS: { id: string; forms: string[]; code: string; kind: 'length' | 'area' | 'volume' | 'flow' | 'power' | 'energy' | 'percent' | 'duration' | 'money' | 'weight' | 'speed' | 'temperature' | 'magnitude' | 'other'; afterScaleOnly?: boolean; figuresOnly?: boolean }[] = [
  // "a 50 square kilometre area" (singular before a noun), "1.2 million square feet of space", "a 3,000 sq m plot"
  { id: 'unit/km2', forms: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'sq. km', 'km2', 'km²'], code: 'km2', kind: 'area' },
  { id: 'unit/mi2', forms: ['square miles', 'square mile', 'sq mi', 'sq. mi', 'mi2', 'mi²'], code: 'mi2', kind: 'area' },
  { id: 'unit/ft2', forms: ['square feet', 'square foot', 'sq ft', 'sq. ft', 'ft2', 'ft²'], code: 'ft2', kind: 'area' },
  { id: 'unit/m2', forms: ['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'sq. m', 'm2', 'm²'], code: 'm2', kind: 'area' },
  { id: 'unit/ha', forms: ['hectares', 'hectare', 'ha'], code: 'ha', kind: 'area' },
  { id: 'unit/acre', forms: ['acres', 'acre'], code: 'acre', kind: 'area' },
  { id: 'unit/ft3s', forms: ['cu ft/s', 'cubic feet per second', 'ft3/s', 'cfs'], code: 'ft3/s', kind: 'flow' },
  { id: 'unit/m3s', forms: ['m3/s', 'm³/s', 'cubic metres per second', 'cubic meters per second'], code: 'm3/s', kind: 'flow' },
  { id: 'unit/acre-ft', forms: ['acre·ft', 'acre-ft', 'acre-feet', 'acre feet'], code: 'acre-ft', kind: 'volume' },
  { id: 'unit/m3', forms: ['cubic metres', 'cubic meters', 'm3', 'm³'], code: 'm3', kind: 'volume' },
  // "2 million liters of fuel", "10,000 gallons of water", "500 cubic feet of gas": volumes of liquid and gas
  { id: 'unit/ft3', forms: ['cubic feet', 'cubic foot'], code: 'ft3', kind: 'volume' },
  { id: 'unit/l', forms: ['litres', 'liters', 'litre', 'liter'], code: 'l', kind: 'volume' },
  { id: 'unit/gal', forms: ['gallons', 'gallon'], code: 'gal', kind: 'volume' },
  // "Gusts reached 130 km/h": a speed, read before the "km" of a distance (longest form first)
  // ("wind gusts of more than 100 kilometres an hour" was 100 km, a distance: Canadian, British and Australian copy)
  { id: 'unit/kmh', forms: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km/h', 'kph', 'kmh'], code: 'km/h', kind: 'speed' },
  { id: 'unit/mph', forms: ['miles per hour', 'miles an hour', 'mph'], code: 'mph', kind: 'speed' },
  // science and space copy: "a satellite travelling at 7.8 kilometres per second" (before the "km" of a distance)
  { id: 'unit/kms', forms: ['kilometres per second', 'kilometers per second', 'km/s'], code: 'km/s', kind: 'speed' },
  { id: 'unit/km', forms: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km'], code: 'km', kind: 'length' },
  // "a planet 124 light-years from Earth", "an asteroid 1.3 astronomical units from the Sun": distances of astronomy
  // (before, "124 light-years" counted "light-years" with no unit); the short "AU" is the African Union's and is left out
  { id: 'unit/ly', forms: ['light-years', 'light years', 'light-year', 'light year'], code: 'ly', kind: 'length' },
  { id: 'unit/au', forms: ['astronomical units', 'astronomical unit'], code: 'au', kind: 'length' },
  // "2-nanometre chips", "a 3 nanometer process": the chip industry's node sizes (the short "nm" is the sea's mile too)
  { id: 'unit/nm', forms: ['nanometres', 'nanometers', 'nanometre', 'nanometer'], code: 'nm', kind: 'length' },
  // "an incident 70 nautical miles west of Hodeidah" (UKMTO, navies): read before the land mile
  { id: 'unit/nmi', forms: ['nautical miles', 'nautical mile', 'nmi'], code: 'nmi', kind: 'length' },
  { id: 'unit/mi', forms: ['miles', 'mile', 'mi'], code: 'mi', kind: 'length' },
  { id: 'unit/m', forms: ['meters', 'metres', 'meter', 'metre', 'm'], code: 'm', kind: 'length' },
  { id: 'unit/ft', forms: ['feet', 'foot', 'ft'], code: 'ft', kind: 'length' },
  { id: 'unit/cm', forms: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'cm'], code: 'cm', kind: 'length' },
  // "dumped 300 mm of rain", "up to 6 inches of snow"
  { id: 'unit/mm', forms: ['millimeters', 'millimetres', 'millimeter', 'millimetre', 'mm'], code: 'mm', kind: 'length' },
  { id: 'unit/in', forms: ['inches', 'inch'], code: 'in', kind: 'length' },
  // "reached 38C", "41°C", "105F", "minus 5 degrees Celsius"; a bare "38 degrees" keeps its scale unsaid ("deg"),
  // after figures only ("she holds two degrees" is a count). The glued letters "C"/"F" are read only right after
  // the figure ("38C"), never after a space ("5 C grades").
  { id: 'unit/celsius', forms: ['degrees Celsius', 'degrees centigrade', 'degree Celsius', '°C', '° C', 'ºC', 'C'], code: '°C', kind: 'temperature' },
  { id: 'unit/fahrenheit', forms: ['degrees Fahrenheit', 'degree Fahrenheit', '°F', '° F', 'ºF', 'F'], code: '°F', kind: 'temperature' },
  { id: 'unit/degree', forms: ['degrees', 'degree'], code: 'deg', kind: 'temperature', figuresOnly: true },
  { id: 'unit/kg', forms: ['kilograms', 'kilogrammes', 'kilos', 'kg'], code: 'kg', kind: 'weight' },
  // "21,000 metric tons of fertilizer" (AP style): the metric ton is the tonne, read before the bare "tons"
  { id: 'unit/t', forms: ['metric tonnes', 'metric tons', 'metric tonne', 'metric ton', 'tonnes', 'tons', 'tonne', 'ton'], code: 't', kind: 'weight' },
  // emissions as climate reports give them: "59 gigatonnes of carbon dioxide equivalent (GtCO2e)", "53.8 GtCO2e",
  // "fell by 120 MtCO2", "41.6 Gt in 2024" (before, "59 gigatonnes" counted "gigatonnes", and "120 MtCO2" counted the
  // subject before it); the gas, when the unit names it, stays in the code
  { id: 'unit/gtco2e', forms: ['GtCO2e', 'GtCO2eq', 'Gt CO2e', 'GtCO₂e'], code: 'GtCO2e', kind: 'weight' },
  { id: 'unit/gtco2', forms: ['GtCO2', 'Gt CO2', 'GtCO₂'], code: 'GtCO2', kind: 'weight' },
  { id: 'unit/mtco2e', forms: ['MtCO2e', 'MtCO2eq', 'Mt CO2e', 'MtCO₂e'], code: 'MtCO2e', kind: 'weight' },
  { id: 'unit/mtco2', forms: ['MtCO2', 'Mt CO2', 'MtCO₂'], code: 'MtCO2', kind: 'weight' },
  { id: 'unit/gt', forms: ['gigatonnes', 'gigatons', 'gigatonne', 'gigaton', 'Gt'], code: 'Gt', kind: 'weight' },
  // (no bare "Mt": "the 3 Mt Fuji trails" is a mountain's)
  { id: 'unit/mt', forms: ['megatonnes', 'megatons', 'megatonne', 'megaton'], code: 'Mt', kind: 'weight' },
  // "cut output by 2.2 million barrels per day (bpd)", "imports of about 5.2 million bpd": a rate of oil, not a count
  // of barrels
  { id: 'unit/bpd', forms: ['barrels of oil per day', 'barrels of oil a day', 'barrels per day', 'barrels a day', 'barrel per day', 'barrel a day', 'bpd', 'b/d', 'bbl/d'], code: 'bbl/d', kind: 'flow' },
  // the IEA's and OPEC's own rates: "supply is set to rise by 1.5 mb/d to 104.5 mb/d", "demand grows 700 kb/d" (million
  // and thousand barrels a day; before, "1.5 mb/d" counted "mb/d" with no unit). Kept as written, as "bcm" is
  { id: 'unit/mbd', forms: ['mb/d', 'mbpd', 'mmb/d', 'MMb/d', 'mmbpd', 'MMbpd'], code: 'mb/d', kind: 'flow' },
  { id: 'unit/kbd', forms: ['kb/d', 'kbpd', 'kbd'], code: 'kb/d', kind: 'flow' },
  // "Crude inventories fell by 2.4 million barrels", "a tanker carrying 2 million barrels of crude": the oil barrel is a
  // measure of volume (42 US gallons), as litres and gallons are, not a count of casks (it counted "barrels", no unit);
  // read after the rates above
  { id: 'unit/bbl', forms: ['barrels', 'barrel', 'bbl'], code: 'bbl', kind: 'volume' },
  // "a 250 lb bomb", "weighs 12 lbs"; a bare "pounds" is money unless POUND_WEIGHT_CUES make it a weight
  { id: 'unit/lb', forms: ['lbs', 'lb'], code: 'lb', kind: 'weight' },
  // energy of physics: "the National Ignition Facility produced 5.2 megajoules" (before, a count of "megajoules")
  { id: 'unit/mj', forms: ['megajoules', 'megajoule', 'MJ'], code: 'MJ', kind: 'energy' },
  { id: 'unit/kj', forms: ['kilojoules', 'kilojoule', 'kJ'], code: 'kJ', kind: 'energy' },
  { id: 'unit/j', forms: ['joules', 'joule'], code: 'J', kind: 'energy' },
  { id: 'unit/tw', forms: ['terawatts', 'terawatt', 'TW'], code: 'TW', kind: 'power' },
  { id: 'unit/mw', forms: ['megawatts', 'megawatt', 'MW'], code: 'MW', kind: 'power' },
  { id: 'unit/gw', forms: ['gigawatts', 'gigawatt', 'GW'], code: 'GW', kind: 'power' },
  { id: 'unit/kw', forms: ['kilowatts', 'kilowatt', 'kW'], code: 'kW', kind: 'power' },
  // energy, as power over time: "produce 5,000 MWh a day", "consumption fell to 490 TWh", "electricity at 30 cents per kWh"
  { id: 'unit/kwh', forms: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour', 'kWh'], code: 'kWh', kind: 'energy' },
  { id: 'unit/mwh', forms: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour', 'MWh'], code: 'MWh', kind: 'energy' },
  { id: 'unit/gwh', forms: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gigawatt hour', 'GWh'], code: 'GWh', kind: 'energy' },
  { id: 'unit/twh', forms: ['terawatt-hours', 'terawatt hours', 'terawatt-hour', 'terawatt hour', 'TWh'], code: 'TWh', kind: 'energy' },
  // "exports reached 122 bcm last year", "flows averaged 340 mcm a day", "reserves of 50 tcf", "output of 105 bcf/d":
  // gas volumes as the energy trade writes them (billion and million cubic metres, trillion and billion cubic
  // feet); before, "122 bcm" counted "bcm". Written out, the scale is the figure's and the rest a unit of UNITS
  // ("122 billion cubic metres" is 122e9 m3)
  { id: 'unit/bcm', forms: ['bcm', 'Bcm'], code: 'bcm', kind: 'volume' },
  { id: 'unit/mcm', forms: ['mcm', 'Mcm'], code: 'mcm', kind: 'volume' },
  { id: 'unit/mcmd', forms: ['mcm/d', 'mcm/day'], code: 'mcm/d', kind: 'flow' },
  { id: 'unit/bcfd', forms: ['bcf/d', 'Bcf/d', 'bcfd', 'Bcfd'], code: 'bcf/d', kind: 'flow' },
  { id: 'unit/tcf', forms: ['tcf', 'Tcf'], code: 'tcf', kind: 'volume' },
  { id: 'unit/bcf', forms: ['bcf', 'Bcf'], code: 'bcf', kind: 'volume' },
  // "the LNG price rose to 14 MMBtu" is rare: a price per MMBtu keeps its currency; a heat quantity "2.5 million MMBtu"
  { id: 'unit/mmbtu', forms: ['MMBtu', 'mmBtu', 'MMBTU', 'mmbtu'], code: 'MMBtu', kind: 'energy' },
  // "fell by 2 percentage points": a difference of percentages, not a count of points
  // amounts of data, as ransomware and data-breach reports give them: "claimed it stole 400 gigabytes of data", "1.5TB
  // of files" (before, "400 gigabytes" counted "gigabytes" with no unit)
  { id: 'unit/pb', forms: ['petabytes', 'petabyte', 'PB'], code: 'PB', kind: 'other' },
  { id: 'unit/tb', forms: ['terabytes', 'terabyte', 'TB'], code: 'TB', kind: 'other' },
  { id: 'unit/gb', forms: ['gigabytes', 'gigabyte', 'GB'], code: 'GB', kind: 'other' },
  { id: 'unit/mb', forms: ['megabytes', 'megabyte'], code: 'MB', kind: 'other' },
  { id: 'unit/pp', forms: ['percentage points', 'percentage point'], code: 'pp', kind: 'percent' },
  // concentrations, as climate and pollution reports give them: "carbon dioxide reached 423.9 parts per million",
  // "up 3.5 ppm", "methane at 1,930 ppb" (before, "423.9 parts" counted "parts" and "3.5 ppm" counted "ppm")
  { id: 'unit/ppm', forms: ['parts per million', 'ppm'], code: 'ppm', kind: 'other' },
  { id: 'unit/ppb', forms: ['parts per billion', 'ppb'], code: 'ppb', kind: 'other' },
  { id: 'unit/percent', forms: ['per cent', 'percent', '%'], code: '%', kind: 'percent' },
  // "the bond yield rose 12bp", "cut rates by 25 basis points": hundredths of a percentage point
  { id: 'unit/bp', forms: ['basis points', 'basis point', 'bps', 'bp'], code: 'bp', kind: 'percent' },
  { id: 'unit/h', forms: ['hours', 'hour', 'hrs', 'hr'], code: 'h', kind: 'duration' },
  { id: 'unit/min', forms: ['minutes', 'minute', 'mins', 'min'], code: 'min', kind: 'duration' },
  // "The rider lost 35 seconds", "the tremor lasted 40 seconds": a time, not a count of seconds
  { id: 'unit/s', forms: ['seconds', 'second', 'secs'], code: 's', kind: 'duration' },
  { id: 'unit/day', forms: ['days', 'day'], code: 'day', kind: 'duration' },
  { id: 'unit/week', forms: ['weeks', 'week'], code: 'week', kind: 'duration' },
  { id: 'unit/month', forms: ['months', 'month'], code: 'month', kind: 'duration' },
  { id: 'unit/year', forms: ['years', 'year'], code: 'year', kind: 'duration' },
  { id: 'unit/jod', forms: ['Jordanian dinars', 'Jordanian dinar'], code: 'JOD', kind: 'money' },
  { id: 'unit/iqd', forms: ['Iraqi dinars', 'Iraqi dinar'], code: 'IQD', kind: 'money' },
  { id: 'unit/syp', forms: ['Syrian pounds', 'Syrian pound'], code: 'SYP', kind: 'money' },
  { id: 'unit/usd', forms: ['US dollars', 'U.S. dollars', 'USD'], code: 'USD', kind: 'money' },
  { id: 'unit/eur', forms: ['euros', 'euro', 'EUR'], code: 'EUR', kind: 'money' },
  { id: 'unit/gbp', forms: ['pounds sterling', 'British pounds', 'GBP'], code: 'GBP', kind: 'money' },
  { id: 'unit/jpy', forms: ['yen'], code: 'JPY', kind: 'money' },
  { id: 'unit/cny', forms: ['yuan', 'renminbi'], code: 'CNY', kind: 'money' },
  { id: 'unit/inr', forms: ['Indian rupees', 'Indian rupee', 'INR'], code: 'INR', kind: 'money' },
  // A currency name several countries share, written bare: its code is the family's (CURRENCY_FAMILIES), which the
  // article's last amount of that family decides
  { id: 'unit/dollar', forms: ['dollars', 'dollar'], code: 'family/dollar', kind: 'money' },
  { id: 'unit/pound', forms: ['pounds'], code: 'family/pound', kind: 'money' },
  // "a 60 million pound move for Osimhen", "a 100 million pound deal": the singular as a noun's modifier, only after a
  // scale word (it gave no unit and counted "pound move"); "a 500 pound bomb" is a weight, and no money, without one
  { id: 'unit/pound-modifier', forms: ['pound'], code: 'family/pound', kind: 'money', afterScaleOnly: true },
  { id: 'unit/dinar', forms: ['dinars', 'dinar'], code: 'family/dinar', kind: 'money' },
  { id: 'unit/rupee', forms: ['rupees', 'rupee'], code: 'family/rupee', kind: 'money' },
  { id: 'unit/crown', forms: ['crowns', 'kroner', 'krone'], code: 'family/crown', kind: 'money' },
  { id: 'unit/peso', forms: ['pesos', 'peso'], code: 'family/peso', kind: 'money' },
  { id: 'unit/franc', forms: ['francs', 'franc'], code: 'family/franc', kind: 'money' },
  // "346 billion shillings ($2.7 billion)" in a Kenyan budget story, "a 200 billion shilling hole": Kenya's, Uganda's,
  // Tanzania's or Somalia's, as the article's named amount tells
  { id: 'unit/shilling', forms: ['shillings', 'shilling'], code: 'family/shilling', kind: 'money' },
  // "9 billion Mexican pesos", "4 billion zlotys", "200 billion forints", "300 billion Taiwan dollars"; "Egyptian
  // pounds" and "Pakistani rupees" are no GBP or INR
  { id: 'unit/mxn', forms: ['Mexican pesos', 'Mexican peso', 'MXN'], code: 'MXN', kind: 'money' },
  { id: 'unit/ars', forms: ['Argentine pesos', 'Argentinian pesos', 'Argentine peso', 'ARS'], code: 'ARS', kind: 'money' },
  { id: 'unit/clp', forms: ['Chilean pesos', 'Chilean peso', 'CLP'], code: 'CLP', kind: 'money' },
  { id: 'unit/cop', forms: ['Colombian pesos', 'Colombian peso', 'COP'], code: 'COP', kind: 'money' },
  { id: 'unit/php', forms: ['Philippine pesos', 'Philippine peso', 'PHP'], code: 'PHP', kind: 'money' },
  { id: 'unit/pln', forms: ['Polish zlotys', 'zlotys', 'zloty', 'zlotych', 'PLN'], code: 'PLN', kind: 'money' },
  { id: 'unit/huf', forms: ['Hungarian forints', 'forints', 'forint', 'HUF'], code: 'HUF', kind: 'money' },
  { id: 'unit/czk', forms: ['Czech crowns', 'Czech korunas', 'Czech koruna', 'korunas', 'koruna', 'CZK'], code: 'CZK', kind: 'money' },
  { id: 'unit/isk', forms: ['Icelandic kronur', 'Icelandic crowns', 'ISK'], code: 'ISK', kind: 'money' },
  { id: 'unit/twd', forms: ['New Taiwan dollars', 'Taiwan dollars', 'Taiwanese dollars', 'TWD'], code: 'TWD', kind: 'money' },
  { id: 'unit/pkr', forms: ['Pakistani rupees', 'Pakistan rupees', 'PKR'], code: 'PKR', kind: 'money' },
  { id: 'unit/lkr', forms: ['Sri Lankan rupees', 'Sri Lanka rupees', 'LKR'], code: 'LKR', kind: 'money' },
  { id: 'unit/npr', forms: ['Nepalese rupees', 'Nepali rupees', 'NPR'], code: 'NPR', kind: 'money' },
  { id: 'unit/kes', forms: ['Kenyan shillings', 'Kenya shillings', 'Kenyan shilling', 'KES'], code: 'KES', kind: 'money' },
  { id: 'unit/ugx', forms: ['Ugandan shillings', 'Uganda shillings', 'Ugandan shilling', 'UGX'], code: 'UGX', kind: 'money' },
  { id: 'unit/tzs', forms: ['Tanzanian shillings', 'Tanzania shillings', 'Tanzanian shilling', 'TZS'], code: 'TZS', kind: 'money' },
  { id: 'unit/sos', forms: ['Somali shillings', 'Somali shilling'], code: 'SOS', kind: 'money' },
  { id: 'unit/egp', forms: ['Egyptian pounds', 'Egyptian pound', 'EGP'], code: 'EGP', kind: 'money' },
  { id: 'unit/lbp', forms: ['Lebanese pounds', 'Lebanese pound', 'LBP'], code: 'LBP', kind: 'money' },
  { id: 'unit/idr', forms: ['Indonesian rupiah', 'rupiah', 'IDR'], code: 'IDR', kind: 'money' },
  { id: 'unit/thb', forms: ['Thai baht', 'baht', 'THB'], code: 'THB', kind: 'money' },
  { id: 'unit/myr', forms: ['Malaysian ringgit', 'ringgit', 'MYR'], code: 'MYR', kind: 'money' },
  { id: 'unit/rub', forms: ['roubles', 'rubles', 'rouble', 'ruble'], code: 'RUB', kind: 'money' },
  { id: 'unit/try', forms: ['Turkish lira', 'lira'], code: 'TRY', kind: 'money' },
  { id: 'unit/ron', forms: ['lei'], code: 'RON', kind: 'money' },
  { id: 'unit/zar', forms: ['rand'], code: 'ZAR', kind: 'money' },
  { id: 'unit/chf', forms: ['Swiss francs', 'Swiss franc', 'CHF'], code: 'CHF', kind: 'money' },
  { id: 'unit/sek', forms: ['Swedish kronor', 'Swedish crowns', 'kronor', 'SEK'], code: 'SEK', kind: 'money' },
  { id: 'unit/nok', forms: ['Norwegian kroner', 'Norwegian crowns', 'NOK'], code: 'NOK', kind: 'money' },
  { id: 'unit/dkk', forms: ['Danish kroner', 'Danish crowns', 'DKK'], code: 'DKK', kind: 'money' },
  { id: 'unit/brl', forms: ['Brazilian reais', 'reais', 'BRL'], code: 'BRL', kind: 'money' },
  { id: 'unit/ngn', forms: ['naira', 'NGN'], code: 'NGN', kind: 'money' },
  { id: 'unit/cad', forms: ['Canadian dollars', 'Canadian dollar', 'CAD'], code: 'CAD', kind: 'money' },
  { id: 'unit/aud', forms: ['Australian dollars', 'Australian dollar', 'AUD'], code: 'AUD', kind: 'money' },
  { id: 'unit/hkd', forms: ['Hong Kong dollars', 'Hong Kong dollar', 'HKD'], code: 'HKD', kind: 'money' },
  { id: 'unit/nzd', forms: ['New Zealand dollars', 'New Zealand dollar', 'NZD'], code: 'NZD', kind: 'money' },
  { id: 'unit/sgd', forms: ['Singapore dollars', 'Singapore dollar', 'SGD'], code: 'SGD', kind: 'money' },
  { id: 'unit/cny-rmb', forms: ['RMB', 'CNY'], code: 'CNY', kind: 'money' },
  // "5 billion won"; "won" is a verb too ("the 49ers 24 won"), so only after a scale word
  { id: 'unit/krw', forms: ['South Korean won', 'KRW'], code: 'KRW', kind: 'money' },
  { id: 'unit/krw-won', forms: ['won'], code: 'KRW', kind: 'money', afterScaleOnly: true },
  // "closed 15p higher at 312p", "40 cents a litre": pence carry the exchanges' code GBX; cents name no currency
  { id: 'unit/gbx', forms: ['pence', 'p'], code: 'GBX', kind: 'money' },
  { id: 'unit/cent', forms: ['cents', 'cent'], code: 'cent', kind: 'money' },
  { id: 'unit/ils', forms: ['shekels', 'shekel'], code: 'ILS', kind: 'money' },
  { id: 'unit/sar', forms: ['riyals', 'riyal'], code: 'SAR', kind: 'money' },
  { id: 'unit/aed', forms: ['dirhams', 'dirham'], code: 'AED', kind: 'money' },
  // the currencies of refugee, hunger and outbreak stories: "Each passenger paid 30,000 taka ($270)" in Cox's Bazar,
  // "a sack of wheat costs 4,000 birr", "500,000 Sudanese pounds"; the bare names are no English words
  { id: 'unit/bdt', forms: ['Bangladeshi taka', 'taka', 'BDT'], code: 'BDT', kind: 'money' },
  { id: 'unit/etb', forms: ['Ethiopian birr', 'birr', 'ETB'], code: 'ETB', kind: 'money' },
  { id: 'unit/mmk', forms: ['Myanmar kyat', 'kyat', 'kyats', 'MMK'], code: 'MMK', kind: 'money' },
  { id: 'unit/ghs', forms: ['Ghanaian cedis', 'Ghana cedis', 'cedis', 'cedi', 'GHS'], code: 'GHS', kind: 'money' },
  { id: 'unit/htg', forms: ['Haitian gourdes', 'gourdes', 'gourde', 'HTG'], code: 'HTG', kind: 'money' },
  { id: 'unit/uah', forms: ['Ukrainian hryvnias', 'hryvnias', 'hryvnia', 'UAH'], code: 'UAH', kind: 'money' },
  { id: 'unit/afn', forms: ['Afghan afghanis', 'AFN'], code: 'AFN', kind: 'money' },
  { id: 'unit/zmw', forms: ['Zambian kwacha', 'ZMW'], code: 'ZMW', kind: 'money' },
  { id: 'unit/mwk', forms: ['Malawian kwacha', 'MWK'], code: 'MWK', kind: 'money' },
  { id: 'unit/sdg', forms: ['Sudanese pounds', 'Sudanese pound', 'SDG'], code: 'SDG', kind: 'money' },
  { id: 'unit/ssp', forms: ['South Sudanese pounds', 'South Sudanese pound', 'SSP'], code: 'SSP', kind: 'money' },
  { id: 'unit/yer', forms: ['Yemeni rials', 'Yemeni riyals', 'YER'], code: 'YER', kind: 'money' },
  { id: 'unit/irr', forms: ['Iranian rials', 'IRR'], code: 'IRR', kind: 'money' },
  { id: 'unit/cdf', forms: ['Congolese francs', 'Congolese franc', 'CDF'], code: 'CDF', kind: 'money' },
];

/**
 * `countries`: with no amount of the family before it, a bare name is the currency of the family's country the article
 * names most ("1 million rupees" in a report from Pakistan is PKR, "25,000 rupees" from Sri Lanka LKR, "pesos" from
 * Manila PHP); `prefixes`: signs written before a figure that name the family, not one country ("Rs 5,000" in Karachi).
 *
 * Currency names several countries share (the bare forms of UNITS with code `family/…`): "3.1 billion crowns" after
 * "3.4 billion Swedish crowns" is SEK, "2 billion pesos" after "9 billion Mexican pesos" MXN, "20 billion kroner" after
 * "20 billion Norwegian crowns" NOK. A bare name takes the code of the article's last amount in the family, named
 * ("Czech crowns") or coded ("SEK 3 billion"). With none before it, `code`: what the name means alone in English news
 * ("rupees" INR, "pounds" GBP, "dollars" USD, as before), or the family's own name when that tells no country
 * ("peso", "franc", "dinar", "crown"). `scaleOnly`: with no earlier amount of the family the bare name is a currency
 * only after a scale word ("5 billion crowns"; "The dentist fitted three crowns" counts crowns).
 */
export const CURRENCY_FAMILIES: { id: string; codes: string[]; code: string; scaleOnly?: boolean; countries?: Record<string, string[]>; prefixes?: string[] }[] = [
  { id: 'family/dollar', codes: ['USD', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'TWD'], code: 'USD' },
  { id: 'family/pound', codes: ['GBP', 'EGP', 'SYP', 'LBP'], code: 'GBP' },
  { id: 'family/dinar', codes: ['JOD', 'IQD'], code: 'dinar', countries: { JOD: ['Jordan', 'Jordanian'], IQD: ['Iraq', 'Iraqi'] } },
  { id: 'family/rupee', codes: ['INR', 'PKR', 'LKR', 'NPR'], code: 'INR', prefixes: ['rs', 'rs.'],
    countries: { INR: ['India', 'Indian'], PKR: ['Pakistan', 'Pakistani'], LKR: ['Sri Lanka', 'Sri Lankan'], NPR: ['Nepal', 'Nepali', 'Nepalese'] } },
  { id: 'family/crown', codes: ['SEK', 'NOK', 'DKK', 'CZK', 'ISK'], code: 'crown', scaleOnly: true },
  { id: 'family/peso', codes: ['MXN', 'ARS', 'CLP', 'COP', 'PHP'], code: 'peso',
    countries: { MXN: ['Mexico', 'Mexican'], ARS: ['Argentina', 'Argentine', 'Argentinian'], CLP: ['Chile', 'Chilean'],
      COP: ['Colombia', 'Colombian'], PHP: ['Philippines', 'Philippine', 'Filipino'] } },
  { id: 'family/franc', codes: ['CHF'], code: 'franc' },
  { id: 'family/shilling', codes: ['KES', 'UGX', 'TZS', 'SOS'], code: 'shilling' },
];

/**
 * Countries whose own currency is written "$" in their press: in an article all of whose places lie in one of them a
 * bare "$" is that country's dollar ("A Sydney man … staged 27 fraudulent claims worth more than $1.2 million" is AUD,
 * not USD), unless the article marks a dollar itself ("US$", "A$": wire copy then writes "$" for US dollars).
 */
export const LOCAL_DOLLARS: { id: string; country: string; code: string }[] = [
  { id: 'local-dollar/au', country: 'AU', code: 'AUD' },
  { id: 'local-dollar/nz', country: 'NZ', code: 'NZD' },
  { id: 'local-dollar/ca', country: 'CA', code: 'CAD' },
  { id: 'local-dollar/sg', country: 'SG', code: 'SGD' },
  { id: 'local-dollar/hk', country: 'HK', code: 'HKD' },
];

/**
 * Currency signs and codes written before a figure: "$2.80", "£1.1bn", "US$5", "HK$30m" (30 million HKD, not 30
 * metres), "Rs 45 crore", "CHF 2 million". A dollar sign glued to a country prefix is that country's dollar.
 */
export const CURRENCY_PREFIXES: { id: string; forms: string[]; code: string }[] = [
  { id: 'currency/usd', forms: ['US$', 'U.S.$', 'USD', '$'], code: 'USD' },
  { id: 'currency/gbp', forms: ['£', 'GBP'], code: 'GBP' },
  { id: 'currency/eur', forms: ['€', 'EUR'], code: 'EUR' },
  { id: 'currency/jpy', forms: ['¥', 'JPY'], code: 'JPY' },
  { id: 'currency/cad', forms: ['C$', 'CA$', 'Can$', 'CAD'], code: 'CAD' },
  { id: 'currency/aud', forms: ['A$', 'AU$', 'AUD'], code: 'AUD' },
  { id: 'currency/hkd', forms: ['HK$', 'HKD'], code: 'HKD' },
  { id: 'currency/nzd', forms: ['NZ$', 'NZD'], code: 'NZD' },
  { id: 'currency/sgd', forms: ['S$', 'SGD'], code: 'SGD' },
  { id: 'currency/brl', forms: ['R$', 'BRL'], code: 'BRL' },
  { id: 'currency/inr', forms: ['Rs.', 'Rs', '₹', 'INR'], code: 'INR' },
  { id: 'currency/chf', forms: ['CHF'], code: 'CHF' },
  { id: 'currency/sek', forms: ['SEK'], code: 'SEK' },
  { id: 'currency/nok', forms: ['NOK'], code: 'NOK' },
  { id: 'currency/dkk', forms: ['DKK'], code: 'DKK' },
  { id: 'currency/cny', forms: ['RMB', 'CNY'], code: 'CNY' },
  // "N50 million ransom", "N2.23 trillion": the naira as Nigerian papers write it, a capital N (LETTER_CURRENCY_FORMS)
  { id: 'currency/ngn', forms: ['₦', 'NGN', 'N'], code: 'NGN' },
  { id: 'currency/krw', forms: ['₩', 'KRW'], code: 'KRW' },
  { id: 'currency/zar', forms: ['ZAR'], code: 'ZAR' },
  // codes written before the figure in East and Central African copy: "a sack of sorghum rose to SDG 1.2 million",
  // "fuel at SSP 3,000 a litre", "ETB 50 billion budget", "KES 2.5 billion" (the figure and its amount were lost)
  { id: 'currency/sdg', forms: ['SDG'], code: 'SDG' },
  { id: 'currency/ssp', forms: ['SSP'], code: 'SSP' },
  { id: 'currency/etb', forms: ['ETB'], code: 'ETB' },
  { id: 'currency/kes', forms: ['KES', 'KSh', 'Ksh'], code: 'KES' },
  { id: 'currency/egp', forms: ['EGP'], code: 'EGP' },
];

/**
 * Currency prefixes that are a bare letter, which many other things are: one is read only in capitals, glued to its
 * figure, with a scale word ("N50 million", "N3.5bn") or grouped thousands ("N5,000") after it. "N95 masks", "the N1
 * road", "n3" are no amounts (numbers.ts).
 */
export const LETTER_CURRENCY_FORMS = new Set(['N']);

/**
 * Days of the week, which are never part of a name with a number: "Police said Monday 12 people were killed" (US
 * style, no "on") holds the count 12, unlike "Resolution 2254". "Friday 13th" is an ordinal and stays out anyway.
 */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * States after "is/are/were" that are what a counted group underwent, read as its event like a participle: "300
 * people were missing", "12 are dead", "5,000 were homeless". Other adjectives are descriptions ("were young").
 */
/**
 * Nouns of what was done to people, before "of" and the figure: the noun is the figure's event, as a verb would be.
 * "the killing of 13 police officers in Antioquia", "the massacre of 115 people in Pont-Sonde", "the kidnapping of 17
 * missionaries", "the release of 71 detainees" gave no event (a preposition governs nothing).
 */
export const EVENT_NOUNS = new Set(['killing', 'killings', 'murder', 'murders', 'massacre', 'slaughter', 'execution', 'executions',
  'kidnapping', 'kidnappings', 'abduction', 'abductions', 'arrest', 'arrests', 'detention', 'release', 'evacuation', 'deportation',
  'deportations', 'rescue', 'disappearance', 'disappearances', 'deaths', 'death', 'displacement', 'extradition', 'expulsion',
  // "inflicted losses of up to 1,340 troops", "suffered casualties of 200 men": war reports' nouns of troops lost
  'losses', 'casualties',
  // the state media of the Arab world and Iran (SANA, WAFA, IRNA): "causing the martyrdom of three civilians"
  'martyrdom']);
/** Collective nouns read over, with their "of", between a verb and its figure: "fired a barrage of 30 rockets" (numbers.ts). */
export const COLLECTIVES_OF = new Set(['barrage', 'salvo', 'volley', 'wave', 'convoy', 'batch', 'swarm', 'flotilla', 'group']);

export const CASUALTY_STATES = new Set(['missing', 'dead', 'homeless', 'unaccounted', 'trapped', 'hospitalised', 'hospitalized', 'stranded', 'captive', 'hurt']);

/**
 * Verbs that leave their object in a state named after it: "The blast left 12 people dead", "has left more than 500
 * people dead and 2,000 wounded", "left 5,000 people homeless and 200 missing", "leaving 30 injured", "rendered 4,000
 * families homeless". The state (a CASUALTY_STATES word, a CASUALTY_PARTICIPLES participle, or "without" and a noun:
 * "left 200,000 homes without power") is what the counted group underwent, and the event; "left" says nothing of it.
 * Without a state after the object the verb stays the event ("The convoy left 12 villages behind").
 */
export const STATE_LEAVING_VERBS = new Set(['leave', 'leaves', 'left', 'leaving', 'render', 'renders', 'rendered', 'rendering']);

/**
 * Words right after the verb a counted group underwent that complete it, and join its event as the active "Air
 * defences shot down 38 drones" joins its particle: "Four drones were shot down" (shot down, not shot), "Two protesters
 * were shot dead", "Seven aid workers were taken hostage", "were burned alive", "were set free". Without them
 * air-defence tallies and killings share the event "shot". A particle before a determiner, a possessive, a pronoun or a
 * figure opens a phrase of its own, and stays out: "were driven up the hill", "were pushed back 3 km".
 */
export const EVENT_COMPLETIONS: { id: string; words: string[]; particle?: true }[] = [
  { id: 'completion/particle', words: ['down', 'up', 'out', 'off', 'away', 'back'], particle: true },
  { id: 'completion/state', words: ['dead', 'alive', 'hostage', 'captive', 'prisoner', 'free'] },
];

/**
 * Words after a verb's particle that begin a phrase of their own, so the particle stays the verb's: "were shot down near
 * the border", "walked out over pay", "were blown up overnight" (the tagger may call "near" an adjective).
 */
export const AFTER_PARTICLE_OPENERS = new Set(['near', 'over', 'in', 'on', 'at', 'by', 'during', 'after', 'before', 'across', 'outside', 'inside',
  'overnight', 'yesterday', 'today', 'tonight', 'early', 'late', 'later', 'again', 'and', 'or', 'but', 'while', 'as', 'when', 'with', 'without', 'for',
  'from', 'into', 'since', 'amid', 'despite', 'following']);

/**
 * Past participles written like their present (and like a noun), which the tagger may read as nouns after a copula:
 * "Residents said 200 homes were hit" (event hit), "40 shops were shut", "3 cars were set on fire".
 */
export const SAME_FORM_PARTICIPLES = new Set(['hit', 'cut', 'set', 'shut', 'put', 'spread', 'burst', 'cast', 'shed', 'split', 'struck', 'shot', 'upset', 'quit', 'bet']);

/** Nouns after a pair of figures that make it a score, not a range: "a 6-8 defeat", "a 2-3 loss", "3-5 wins". */
export const SCORE_WORDS = new Set(['wins', 'losses', 'defeats', 'victories', 'draws', 'goals', 'points', 'runs', 'sets', 'games', 'odds', 'votes']);
/**
 * What a range may count after its high end besides a plural in "-s": plurals without one, also at the end of a
 * compound ("30 or 40 gunmen", "10-15 schoolchildren", "200-300 townspeople"), and nouns of a group ("10-15 police").
 */
/**
 * Verbs whose bare figure subject is people: "Of the 67 people on board, 38 died and 29 survived" after a count that
 * names no plural, "Five drowned when the boat capsized", "12 were killed" (a figure with no noun, no count before it in
 * its sentence to lend one, counted nothing). `passive`: only after "were"/"have been"/"had been". The figure counts
 * "people" then, as a tally's figures count "votes" (TALLY_COUNTS).
 */
export const PEOPLE_SUBJECT_VERBS: { id: string; words: string[]; passive?: boolean }[] = [
  { id: 'people-verb/die', words: ['died', 'survived', 'drowned', 'perished'] },
  { id: 'people-verb/hurt', words: ['killed', 'injured', 'wounded', 'hurt'], passive: true },
];

export const RANGE_PLURALS: { id: string; words: string[]; compound?: boolean }[] = [
  { id: 'range-plural/irregular', words: ['people', 'men', 'children'], compound: true },
  { id: 'range-plural/group', words: ['police', 'personnel', 'staff', 'cattle', 'livestock'] },
];
/**
 * Words that cannot modify the plural a range counts: "call 555-1234 for details", "after 9-11 the rules changed"
 * hold no range of details or rules (prepositions are checked too).
 */
export const RANGE_NOT_MODIFIERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'and', 'or', 'but', 'was', 'were', 'is', 'are']);
/** Words before "A to B" that make it a change from one figure to another, not a range: "rose from 10 to 15". */
export const RANGE_CHANGE_WORDS = new Set(['from', 'rose', 'fell', 'increased', 'decreased', 'grew', 'dropped', 'climbed', 'jumped', 'risen', 'fallen', 'raised', 'cut', 'reduced']);

/** Units that are short letters and need to touch the figure or a space, never a longer word: "300m", "8 km". */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Nouns after "zero" in set phrases that count nothing (fragile): "the zero point" of the Afghan-Pakistani border (a
 * crossing's line, 'clashes near the zero point' gave 0 points), "zero tolerance", "zero hour", "a zero-sum game".
 */
export const ZERO_PHRASE_NOUNS = { id: 'number/zero-phrase', words: ['point', 'line', 'tolerance', 'hour', 'sum'] };

/** Words before a figure that make it a code or an identifier, not an amount: "Passcode 3080897", "No. 5". */
/**
 * Emergency telephone numbers before a word of the line's use: the number names the line and counts nothing ("Officers
 * arrived within two minutes of the first 911 call" gave 911 calls; "a 999 call", "the 112 operator", "911 dispatchers").
 */
export const EMERGENCY_LINES = {
  id: 'code/emergency-line',
  numbers: ['911', '999', '112'],
  after: ['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center',
    'centre', 'centers', 'centres', 'line', 'lines', 'system', 'recording', 'recordings', 'tape', 'tapes', 'service', 'services'],
  // a telephone line after a verb of calling, the local non-emergency and help lines too: "a neighbor called 911 to
  // report smoke" (911, the event "called"), "report suspicious activity by calling 101", "dial 000", "call 311"
  lines: ['911', '999', '112', '101', '111', '000', '311', '211', '988'],
  before: ['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'phoned',
    'phoning', 'ring', 'rang', 'ringing', 'text', 'texted', 'texting'],
};

/**
 * Makers of aircraft whose models are numbers: "a Boeing 737 MAX 9", "a Bell 412", "an Antonov 124". Once an article
 * writes the maker before the number, the same number alone is the model ("builds the 737 fuselage", "Boeing's 737
 * production", which counted 737 fuselages and 737 productions), and so is the number after the maker's possessive.
 */
export const MODEL_MAKERS = {
  id: 'code/aircraft-maker',
  words: ['Boeing', 'Airbus', 'Embraer', 'Bombardier', 'ATR', 'Cessna', 'Antonov', 'Tupolev', 'Ilyushin', 'Sukhoi',
    'Yakovlev', 'Beechcraft', 'Gulfstream', 'Dassault', 'Fokker', 'Lockheed', 'Sikorsky', 'Bell', 'Pilatus', 'Piper',
    'Saab', 'Comac', 'McDonnell Douglas', 'de Havilland'],
};

/**
 * A grade on a short scale, written in lower case before its small number: "a phase 3 trial of 4,000 patients" (the
 * trial's phase, which counted "trial"), "stage 4 cancer", "a category 5 hurricane", "tier 1 capital". Only the
 * numbers of such scales (0 to 5) are grades: "at that stage 40 people had died" keeps its count.
 */
export const GRADE_NUMBERS = {
  id: 'code/grade-number',
  before: ['phase', 'phases', 'stage', 'category', 'tier', 'grade'],
  max: 5,
};

export const CODE_WORDS = new Set(['passcode', 'code', 'no', 'number', 'tel', 'phone', 'fax', 'pin', 'id', 'ref', 'page', 'room', 'flight', 'route', 'resolution', 'article', 'chapter', 'section', 'version', 'vol', 'volume', 'issue', 'item', 'rule', 'paragraph', 'para', 'line', 'box', 'unit', 'level', 'zone', 'gate', 'sector', 'highway', 'road', 'platform', 'channel', 'exit']);

/**
 * Words that name the parts of a whole, with the denominator they stand for: "three-quarters" → 3/4, "a third of"
 * → 1/3, "two-fifths" → 2/5. A fraction is a proportion, not a count: numbers.ts records it with unit FRACTION_UNIT.
 */
export const FRACTION_DENOMINATORS: { id: string; forms: string[]; denominator: number }[] = [
  { id: 'fraction/half', forms: ['half', 'halves'], denominator: 2 },
  { id: 'fraction/third', forms: ['third', 'thirds'], denominator: 3 },
  { id: 'fraction/quarter', forms: ['quarter', 'quarters'], denominator: 4 },
  { id: 'fraction/fifth', forms: ['fifth', 'fifths'], denominator: 5 },
  { id: 'fraction/sixth', forms: ['sixth', 'sixths'], denominator: 6 },
  { id: 'fraction/seventh', forms: ['seventh', 'sevenths'], denominator: 7 },
  { id: 'fraction/eighth', forms: ['eighth', 'eighths'], denominator: 8 },
  { id: 'fraction/ninth', forms: ['ninth', 'ninths'], denominator: 9 },
  { id: 'fraction/tenth', forms: ['tenth', 'tenths'], denominator: 10 },
];
/**
 * The unit of a proportion written as a fraction or a ratio: value is the share of the whole, between 0 and 1
 * ("two-thirds of the residents" → 0.6667, "one in five houses" → 0.2), as "%" carries a share out of 100.
 */
export const FRACTION_UNIT = 'fraction';
/** Words before a spaced fraction that make it a count of periods: "the first three quarters of 2017". */
export const FRACTION_BLOCKERS = new Set(['the', 'first', 'last', 'past', 'next', 'final', 'previous', 'these', 'those', 'all']);

/**
 * Verbs of change that are also nouns, which the tagger may read as nouns: "Sales rise 4%", "shares jump 5%",
 * "The firm's profit slump 20%" (headline present). numbers.ts reads one as the verb when a subject noun stands
 * right before it and a figure, "by N" or "to N" right after it.
 */
export const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'jump', 'jumps', 'surge', 'surges', 'slump', 'slumps',
  'climb', 'climbs', 'gain', 'gains', 'dip', 'dips', 'slip', 'slips', 'slide', 'slides', 'plunge', 'plunges',
  'soar', 'soars', 'tumble', 'tumbles', 'cut', 'cuts', 'increase', 'increases', 'decrease', 'decreases',
]);
/** Past forms of change verbs before "by N"/"to N", which then govern N: "fell to 4.4%", "rose by 4.5 points". */
/**
 * Verbs of a level reached, whose object is the level itself, with no "to": "The number of displaced people reached
 * 114 million", "Cholera cases have topped 12,000", "Arrivals exceeded 93,000". A bare figure after one counts the
 * verb's subject, as after "rose to" (numbers.ts subjectPhrase), unless the subject only says "how many" ("the count
 * reached 870"). Not "hit" or "passed" ("Rebels hit 12"), whose object is seldom a level.
 */
export const LEVEL_VERBS = new Set([
  // finite forms only: "the top 10 schools", "to reach 5,000 people" are no level reached
  'reached', 'reaches', 'topped', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'neared', 'nears', 'totalled',
  'totaled', 'totals',
]);

export const CHANGE_VERBS_BEFORE_BY_TO = new Set([
  'rose', 'risen', 'fell', 'fallen', 'dropped', 'jumped', 'surged', 'slumped', 'climbed', 'gained', 'dipped',
  'slipped', 'slid', 'plunged', 'soared', 'tumbled', 'increased', 'decreased', 'grew', 'grown', 'declined', 'shrank',
  'shrunk', 'contracted', 'expanded', 'edged', 'eased', 'rallied', 'sank', 'raised', 'reduced', 'cut', 'lowered',
]);

/**
 * Words before a figure that make it an age, a measure in years with no event: "Three men aged 19 to 24"; US copy
 * writes "ages": "Two passengers, ages 16 and 17, were charged" (16 and 17 were bare numbers).
 */
export const AGE_WORDS = new Set(['aged', 'ages']);

/**
 * Nouns a year before them names the period of, never a count of: "the 2014 elections", "its 2023 sales",
 * "2022 figures" (but "2000 troops" counts). Shared with dates.ts, which should read these as years.
 */
export const YEAR_PERIOD_NOUNS = new Set([
  'elections', 'results', 'sales', 'earnings', 'figures', 'accounts', 'profits', 'revenues', 'budgets', 'forecasts',
  'estimates', 'statistics', 'polls', 'midterms', 'primaries', 'olympics', 'championships', 'finals', 'floods',
  'riots', 'protests', 'wildfires', 'returns', 'levels', 'prices', 'targets', 'rankings', 'standings',
  'numbers', 'reforms', 'talks', 'negotiations', 'playoffs', 'celebrations', 'festivities', 'games',
]);
/**
 * Words before a year that make a period of it: "fiscal 2025 earnings", "the FY2024 results", "calendar 2023"; and
 * the prepositions of time, after which a noun is what follows the year, not what it counts ("launched in 2011 aims
 * to cut prices", "since 2015 talks have stalled"): a count that large is written with its comma ("in 2,000 homes").
 */
export const YEAR_PERIOD_BEFORE = new Set(['fiscal', 'financial', 'calendar', 'fy', 'model', 'class', 'vintage',
  'in', 'since', 'until', 'till', 'during', 'before', 'after']);

/**
 * Whether the word after a 4-digit year-like number is a plural it may count ("2000 troops"): a word in -s that is
 * no singular in -ss, -is or -us ("a 2018 analysis", "the 2020 class", "the 2008 crisis", "its 2019 status").
 */
export function isPluralAfterYear(word: string): boolean {
  return /^[a-z]+s$/.test(word) && !/(?:ss|is|us)$/.test(word);
}

/** A day and a comma right before a year: "the September 11, 2001 attacks" is the date's year, no count. */
export const DAY_BEFORE_YEAR = /(?:^|[^\d])\d{1,2},\s+$/;

/** Names of streets after a house number, which is an address, no amount: "10 Downing Street". */
export const STREET_WORDS = new Set([
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Drive', 'Place', 'Square', 'Way',
  'Court', 'Terrace', 'Crescent', 'Highway', 'Parkway', 'Plaza',
]);

/**
 * Scale words of other languages, read only right after a currency amount (never after a bare number, where "mil"
 * or "Mio" could be anything): "R$ 2,3 milhões" → 2 300 000 BRL, "US$ 5 mil millones" → 5e9 USD (Spanish "mil
 * millones" is a billion, "billón" a million millions), "€3 milliards", "€4,5 Mrd.". A decimal comma is read as one
 * only before these words ("€4,5 Mrd." is 4.5, "€4,500" stays 4500). A bare "mil" is left out: a thousand in
 * Spanish and Portuguese ("R$ 5 mil"), a million in English slang ("$5 mil").
 */
export const FOREIGN_SCALES: { id: string; forms: string[]; scale: number }[] = [
  { id: 'scale/es-mil-millones', forms: ['mil millones', 'mil millón'], scale: 1e9 },
  { id: 'scale/pt-million', forms: ['milhões', 'milhão', 'milhoes', 'milhao'], scale: 1e6 },
  { id: 'scale/pt-billion', forms: ['bilhões', 'bilhão', 'bilhoes', 'bilhao'], scale: 1e9 },
  { id: 'scale/pt-trillion', forms: ['trilhões', 'trilhão'], scale: 1e12 },
  { id: 'scale/es-million', forms: ['millones', 'millón', 'millon'], scale: 1e6 },
  { id: 'scale/es-billion', forms: ['billones', 'billón'], scale: 1e12 },
  { id: 'scale/fr-billion', forms: ['milliards', 'milliard'], scale: 1e9 },
  { id: 'scale/fr-million', forms: ['millions'], scale: 1e6 },
  { id: 'scale/de-million', forms: ['Millionen', 'Mio.', 'Mio'], scale: 1e6 },
  { id: 'scale/de-billion', forms: ['Milliarden', 'Milliarde', 'Mrd.', 'Mrd'], scale: 1e9 },
  { id: 'scale/it-million', forms: ['milioni', 'milione', 'mln'], scale: 1e6 },
  { id: 'scale/it-billion', forms: ['miliardi', 'miliardo', 'mld'], scale: 1e9 },
  { id: 'scale/nl-million', forms: ['miljoen'], scale: 1e6 },
  { id: 'scale/nl-billion', forms: ['miljard'], scale: 1e9 },
];

/**
 * Words of finding and showing (cues.ts lemmas): what a survey found is a clause about the counted thing, never what
 * happened to it. "The report found 40% of homes were damp": the homes were damp, nothing was "found" to the 40%.
 * Nor is a share found ("The census showed 52% in favour"); a count with no clause after it keeps the verb ("Divers
 * found 14 bodies").
 */
export const FINDING_CUES = new Set(['find', 'show', 'reveal', 'indicate', 'suggest', 'conclude', 'demonstrate', 'note', 'observe']);

/**
 * Verbs of change that take an object before "by N"/"to N", in every form: "cut rates by 25 basis points", "cut
 * the risk of death by a third", "raised its forecast to 3%". The figure is the size of the change done to the object.
 */
export const TRANSITIVE_CHANGE_VERBS = new Set([
  'cut', 'cuts', 'cutting', 'raise', 'raises', 'raised', 'raising', 'reduce', 'reduces', 'reduced', 'reducing',
  'lower', 'lowers', 'lowered', 'lowering', 'increase', 'increases', 'increased', 'increasing', 'decrease',
  'decreases', 'decreased', 'decreasing', 'boost', 'boosts', 'boosted', 'boosting', 'slash', 'slashes', 'slashed',
  'slashing', 'hike', 'hikes', 'hiked', 'hiking', 'trim', 'trims', 'trimmed', 'trimming', 'lift', 'lifts', 'lifted',
  'lifting', 'expand', 'expands', 'expanded', 'expanding', 'shrink', 'shrinks', 'shrank', 'shrunk', 'revise',
  'revised', 'revises', 'revising', 'downgrade', 'downgraded', 'upgrade', 'upgraded', 'halve', 'halved', 'double',
  'doubled', 'extend', 'extended', 'extends',
]);

/** Words that are never what happened to a figure, although the tagger may read them as verbs: "plus or minus 3 points". */
export const NEVER_EVENTS = new Set(['minus', 'plus', 'times', 'points', 'point', 'percent', 'cent']);

/**
 * Words before a spelled-out or bare figure that make a rank group, no count, when no noun follows: "the Premier
 * League's top four", "finished in the bottom three" ("the top 10 universities" counts universities).
 */
export const RANK_GROUP_BEFORE = new Set(['top', 'bottom']);

/**
 * Past participles that, right before a noun, say what the counted group underwent: "12 wounded civilians", "5,000
 * displaced people", "40 abducted schoolgirls". Before a noun they are read as its modifiers even when no verb follows
 * the phrase ("Three injured soldiers and 15 armed men were taken"), and they are the event when the clause gives none
 * ("including 12 wounded civilians"). Another participle is a modifier only where the figure cannot be its subject:
 * after a verb or a preposition, or before the clause's own verb ("200 detained migrants were freed"); "Of those held,
 * 12 faced charges" keeps "faced" as the verb.
 */
export const CASUALTY_PARTICIPLES = new Set([
  'wounded', 'injured', 'displaced', 'abducted', 'kidnapped', 'detained', 'arrested', 'captured', 'stranded', 'trapped',
  'freed', 'released', 'rescued', 'evacuated', 'imprisoned', 'jailed', 'killed', 'executed', 'deported',
  'expelled', 'hospitalised', 'hospitalized', 'besieged', 'evicted', 'infected', 'vaccinated', 'recruited', 'murdered',
  'massacred', 'beheaded', 'tortured', 'raped', 'maimed', 'starved', 'uprooted', 'resettled', 'relocated', 'stolen',
  'destroyed', 'damaged', 'burned', 'looted', 'seized', 'confiscated', 'downed', 'intercepted',
]);

/**
 * Participles before a noun that say what the counted things are, not what happened to them: "500 unaccompanied
 * children", "300 armed men", "40 trained nurses". Modifiers of the noun, never the figure's event.
 */
export const DESCRIPTIVE_PARTICIPLES = new Set([
  'armed', 'unarmed', 'unaccompanied', 'exiled', 'skilled', 'unskilled', 'trained', 'untrained', 'married', 'unmarried',
  'retired', 'elected', 'qualified', 'experienced', 'uniformed', 'masked', 'disabled', 'educated', 'registered',
  'unregistered', 'licensed', 'undocumented', 'unidentified', 'unnamed', 'unemployed', 'employed', 'paid', 'unpaid',
  'organised', 'organized', 'advanced', 'combined', 'estimated', 'reported', 'related', 'named', 'accredited',
  'certified', 'dedicated', 'talented', 'interested', 'concerned', 'specialised', 'specialized', 'assorted', 'used',
  'guided', 'manned', 'unmanned', 'armoured', 'armored', 'licenced', 'listed', 'mixed', 'united', 'limited',
]);

/**
 * Words before a figure that make it a part of a toll given earlier in the sentence: "Shelling killed 14 civilians,
 * including three children", "The strike killed 20 people, among them 11 women". The part takes the toll's event, and
 * the toll's noun when it has none of its own ("killed 45 people, including 19 in Beit Lahiya").
 */
export const BREAKDOWN_OPENERS: { id: string; words: string[] }[] = [
  { id: 'including', words: ['including'] },
  { id: 'among-them', words: ['among', 'them'] },
  { id: 'among-whom', words: ['among', 'whom'] },
  { id: 'of-whom', words: ['of', 'whom'] },
  { id: 'of-them', words: ['of', 'them'] },
];

/**
 * Pronouns after "N of" that stand for a toll given before: "killed nine people, six of them children", "six of whom
 * were children". The figure is a part of the toll: it counts the noun after the pronoun, or else the toll's noun.
 */
export const BREAKDOWN_PRONOUNS = new Set(['them', 'whom']);

/**
 * Verbs that say a figure is part of another, not what happened to it: "This number includes about 1,180 personnel
 * killed or wounded over the past day" (the event was "includes"), "The toll comprised 40 soldiers killed". When a
 * casualty participle follows the counted noun (CASUALTY_PARTICIPLES), that is the event.
 */
export const INCLUSION_VERBS = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'contain', 'contains', 'contained']);

/**
 * Verbs that give a toll as a total or a level, not as what happened to its members: a breakdown does not take them as
 * its event. "Measles cases have climbed to 58, including 15 children" (the children did not climb), "has grown to
 * 300 employees, including 40 engineers", "reached 58 cases"; "killed 14 civilians, including three children" and
 * "cut 300 jobs, including 40 in Ohio" pass the toll's verb on.
 */
export const TOTAL_VERBS = new Set([
  'rose', 'risen', 'climbed', 'grew', 'grown', 'increased', 'jumped', 'surged', 'soared', 'swelled', 'swollen', 'mounted',
  'doubled', 'tripled', 'fell', 'fallen', 'dropped', 'declined', 'decreased', 'reached', 'topped', 'totalled', 'totaled',
  'numbered', 'stood', 'exceeded', 'surpassed', 'passed', 'hit',
]);

/**
 * Groups named by a participle or a state that a part is taken of: "14 of the dead were children", "At least 12 of the
 * wounded were in serious condition", "Among the dead were two journalists". The group word is the part's event (as
 * "12 are dead" has event "dead").
 */
export const CASUALTY_GROUPS = new Set([
  'dead', 'wounded', 'injured', 'killed', 'missing', 'detained', 'arrested', 'abducted', 'kidnapped', 'displaced',
  'captured', 'rescued', 'evacuated', 'hospitalised', 'hospitalized', 'released', 'freed',
]);

/**
 * A verb with its fixed noun and a preposition, whose object is the figure after the preposition: "set fire to 60
 * houses", "opened fire on 30 protesters", "took control of 12 villages". The whole phrase is the event: read as a
 * preposition, the figure had none, and a list after it took an earlier verb ("abducted 45 women and set fire to 60
 * houses and 12 shops": the shops were set fire to, not abducted).
 */
/**
 * Participles that say where or to whom the counted things belong, never what befell them: after the figure's noun
 * and before a preposition they are no event. "imposed sanctions on 12 entities and seven individuals based in Iran"
 * gave "seven individuals" the event "based" (now the list's "imposed sanctions on"); "20 fighters linked to the group".
 */
export const RELATION_PARTICIPLES: { id: string; why: string; words: string[] } = {
  id: 'event-not/relation-participle', why: '"seven individuals based in Iran", "16 companies linked to the scheme": no event',
  words: ['based', 'located', 'headquartered', 'registered', 'linked', 'tied', 'connected', 'affiliated', 'associated', 'belonging'],
};

export const PREPOSITIONAL_VERB_PHRASES: { id: string; verbs: string[]; rest: string[] }[] = [
  { id: 'set-fire-to', verbs: ['set', 'sets', 'setting'], rest: ['fire', 'to'] },
  { id: 'open-fire-on', verbs: ['open', 'opens', 'opened', 'opening'], rest: ['fire', 'on'] },
  { id: 'lay-siege-to', verbs: ['lay', 'lays', 'laid', 'laying'], rest: ['siege', 'to'] },
  {
    id: 'take-control-of',
    verbs: ['take', 'takes', 'took', 'taken', 'taking', 'seize', 'seizes', 'seized', 'seizing', 'gain', 'gains', 'gained', 'gaining', 'lose', 'loses', 'lost', 'losing', 'wrest', 'wrests', 'wrested', 'wresting', 'regain', 'regains', 'regained', 'regaining'],
    rest: ['control', 'of'],
  },
  { id: 'take-custody-of', verbs: ['take', 'takes', 'took', 'taken', 'taking'], rest: ['custody', 'of'] },
  { id: 'take-possession-of', verbs: ['take', 'takes', 'took', 'taken', 'taking'], rest: ['possession', 'of'] },
  { id: 'give-birth-to', verbs: ['give', 'gives', 'gave', 'given', 'giving'], rest: ['birth', 'to'] },
  // sanctions copy (the nonprolif audit): "The Treasury imposed sanctions on 12 entities and seven individuals based in
  // Iran" gave both figures the event "based", the participle after them
  {
    id: 'impose-sanctions-on',
    verbs: ['impose', 'imposes', 'imposed', 'imposing', 'place', 'places', 'placed', 'placing', 'slap', 'slaps', 'slapped', 'slapping'],
    rest: ['sanctions', 'on'],
  },
];

/**
 * When a bare "pounds" is a weight (lb), not money (the pound family, GBP by default): a weighing verb before the
 * figure ("weighs two pounds less", "weighing about 7 pounds"), whatever its scale; or, with no scale word, a body's
 * loss or gain ("She lost 40 pounds"), "pounds of" a thing ("seized 500 pounds of cocaine", "2,000 pounds of explosives") or a comparison
 * after it ("five pounds heavier"). "fined 500 pounds", "3 million pounds of funding" and "spent 40 pounds" stay money.
 */
export const POUND_WEIGHT_CUES = {
  before: {
    id: 'unit-cue/pound-weight-before', why: '"weighs two pounds less", "weighing 7 pounds", "weighs 2 million pounds": a weight',
    words: ['weigh', 'weighs', 'weighed', 'weighing', 'weighs in at', 'weighed in at', 'tipped the scales at'],
  },
  // with no scale word only: "Firms lost 5 million pounds" is money
  bodyBefore: {
    id: 'unit-cue/pound-body-weight-before', why: '"She lost 40 pounds", "he gained 15 pounds": a body\'s weight',
    words: ['lost', 'loses', 'losing', 'shed', 'sheds', 'shedding', 'gained', 'gains', 'gaining', 'put on'],
  },
  heavier: {
    id: 'unit-cue/pound-weight-after', why: '"five pounds heavier", "20 pounds overweight": a weight',
    words: ['heavier', 'lighter', 'overweight', 'underweight'],
  },
  // "pounds of" anything but money is a weight: "500 pounds of cocaine", "two pounds of the drug"
  ofMoney: {
    id: 'unit-cue/pound-of-money', why: '"500 pounds of taxpayers\' money", "40 pounds of which went on rent": money, not a weight',
    words: ['money', 'funding', 'funds', 'investment', 'cash', 'taxpayers', 'taxpayers\'', 'taxpayers’', 'public', 'aid',
      'debt', 'debts', 'savings', 'revenue', 'sterling', 'which', 'profit', 'profits', 'damages', 'compensation', 'income',
      'spending', 'tax', 'credit', 'losses', 'value', 'goods', 'sales', 'bets', 'stock', 'shares', 'fees', 'fines'],
  },
} satisfies Record<string, { id: string; why: string; words: string[] }>;

/**
 * Words right before a bare figure that leave its noun out, to be read from the figure before it in the sentence:
 * "won 240 of the 543 seats, down from 303", "a combined 215, short of the 233 needed", "the Samajwadi Party took 37",
 * "by 195 votes to 106". Only these: "12 of them under 18" or "at 9" are no ellipsis.
 */
export const ELLIPSIS_LEADS: { id: string; words: string[] }[] = [
  { id: 'ellipsis/change', words: ['from', 'to', 'than'] },
  // "19,257 migrants reached the Canaries by June, compared with 7,213 in the same period of 2023", "… versus 40 a year
  // earlier": the base of a comparison
  { id: 'ellipsis/comparison', words: ['compared with', 'versus', 'vs'] },
  // "Police recorded 40,100 crossings this year, with 30,692 in the first half": a part of the figure before
  { id: 'ellipsis/part', words: ['with'] },
  { id: 'ellipsis/total', words: ['combined', 'total', 'the', 'of'] },
  { id: 'ellipsis/result', words: ['won', 'took', 'secured', 'gained', 'got', 'captured', 'lost'] },
];

/**
 * Words right after such a figure that show its noun is left out: "down from 303 in 2019", "the 233 needed for a
 * majority", "up from 98 before the election", "237 against"; or punctuation, or the sentence end.
 */
export const ELLIPSIS_TAILS: { id: string; words: string[] }[] = [
  { id: 'ellipsis/tail', words: ['in', 'before', 'after', 'at', 'needed', 'required', 'necessary', 'for', 'against', 'previously', 'earlier', 'last', 'while', 'and', 'a', 'an'] },
];

/**
 * A vote's tally written "286-134": the two figures count votes, no score, when a verb of a vote stands before them in
 * the sentence and a body that votes is named ("The House approved the measure on Friday, 286-134", "The Senate voted
 * 74-24"), or a vote's noun follows ("a 52-48 vote"). "Chelsea beat Arsenal 2-1" stays a score; a court's split ("a
 * 6-3 ruling") is left as it was (numbers.test.ts near miss).
 */
export const TALLY_VERBS = new Set(['vote', 'votes', 'voted', 'voting', 'passed', 'approved', 'adopted', 'confirmed', 'rejected', 'carried', 'overrode', 'defeated']);
export const TALLY_BODIES = new Set([
  'senate', 'house', 'chamber', 'parliament', 'congress', 'assembly', 'legislature', 'lawmakers', 'legislators', 'senators',
  'mps', 'deputies', 'representatives', 'council', 'councillors', 'councilors', 'committee', 'bill', 'measure', 'resolution',
  'motion', 'amendment', 'nomination', 'nominee', 'legislation',
]);
export const TALLY_NOUNS = new Set(['vote', 'votes', 'majority', 'margin', 'tally']);
