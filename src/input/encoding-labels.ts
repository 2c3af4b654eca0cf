// Input stage: the WHATWG Encoding Standard's label table (https://encoding.spec.whatwg.org/#names-and-labels), as data.
// Browsers accept exactly these labels: a page declaring 'base64', 'utf-32' or 'hex' (names iconv-lite also knows) is
// read as if it declared nothing, not decoded into its own base64 or into replacement characters.

/** One WHATWG encoding: the iconv-lite name it decodes with and every label that means it (lower case). */
export interface EncodingLabels {
  charset: string;
  labels: string[];
}

/**
 * Left out, so a declaration naming them is ignored (decoded by sniffing): ISO-2022-JP and x-user-defined, which
 * iconv-lite cannot decode, and the 'replacement' labels (iso-2022-kr, hz-gb-2312, …) that browsers turn into a
 * single U+FFFD. iso-8859-8-i (visual vs logical Hebrew order) decodes byte for byte as iso-8859-8.
 */
export const WHATWG_ENCODINGS: EncodingLabels[] = [
  { charset: 'ibm866', labels: ['866', 'cp866', 'csibm866', 'ibm866'] },
  { charset: 'utf-8', labels: ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'] },
  { charset: 'iso-8859-2', labels: ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'] },
  { charset: 'iso-8859-3', labels: ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'] },
  { charset: 'iso-8859-4', labels: ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'] },
  { charset: 'iso-8859-5', labels: ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'] },
  { charset: 'iso-8859-6', labels: ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'] },
  { charset: 'iso-8859-7', labels: ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'] },
  { charset: 'iso-8859-8', labels: ['csiso88598e', 'csiso88598i', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-8859-8-i', 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'logical', 'visual'] },
  { charset: 'iso-8859-10', labels: ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'] },
  { charset: 'iso-8859-13', labels: ['iso-8859-13', 'iso8859-13', 'iso885913'] },
  { charset: 'iso-8859-14', labels: ['iso-8859-14', 'iso8859-14', 'iso885914'] },
  { charset: 'iso-8859-15', labels: ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'] },
  { charset: 'iso-8859-16', labels: ['iso-8859-16'] },
  { charset: 'koi8-r', labels: ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'] },
  { charset: 'koi8-u', labels: ['koi8-ru', 'koi8-u'] },
  { charset: 'macintosh', labels: ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'] },
  { charset: 'windows-874', labels: ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'] },
  { charset: 'windows-1250', labels: ['cp1250', 'windows-1250', 'x-cp1250'] },
  { charset: 'windows-1251', labels: ['cp1251', 'windows-1251', 'x-cp1251'] },
  { charset: 'windows-1252', labels: ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'] },
  { charset: 'windows-1253', labels: ['cp1253', 'windows-1253', 'x-cp1253'] },
  { charset: 'windows-1254', labels: ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'] },
  { charset: 'windows-1255', labels: ['cp1255', 'windows-1255', 'x-cp1255'] },
  { charset: 'windows-1256', labels: ['cp1256', 'windows-1256', 'x-cp1256'] },
  { charset: 'windows-1257', labels: ['cp1257', 'windows-1257', 'x-cp1257'] },
  { charset: 'windows-1258', labels: ['cp1258', 'windows-1258', 'x-cp1258'] },
  { charset: 'gbk', labels: ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'] },
  { charset: 'gb18030', labels: ['gb18030'] },
  { charset: 'big5', labels: ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'] },
  { charset: 'euc-jp', labels: ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'] },
  { charset: 'shift_jis', labels: ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'] },
  { charset: 'euc-kr', labels: ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'] },
  { charset: 'utf-16be', labels: ['unicodefffe', 'utf-16be'] },
  { charset: 'utf-16le', labels: ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'] },
  { charset: 'maccyrillic', labels: ['x-mac-cyrillic', 'x-mac-ukrainian'] },
];

/** Label (lower case) → iconv-lite name. */
export const WHATWG_LABELS: ReadonlyMap<string, string> = new Map(
  WHATWG_ENCODINGS.flatMap((e) => e.labels.map((label) => [label, e.charset] as [string, string])),
);
