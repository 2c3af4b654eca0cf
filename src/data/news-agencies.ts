// News agencies as a wire dateline names them in brackets, read by the clean stage (the date of "SANTIAGO, Nov 28
// (Reuters) -") and the extract stage (the dateline cut from the lead claim and from the names). Data only: it imports
// nothing, so both stages may read it.

/**
 * The agencies, as written in the bracket (case counts: "(AP)" is the agency, "(ap)" is not): "LONDON, March 4
 * (Reuters) - ", "Port Sudan (AFP) - ", "Imphal, Nov 18 (PTI) Three people …", "Srinagar, Jan 5 (ANI): …". Only these
 * make a bracket after a mixed-case place a dateline: "Sudan's army (SAF) said" is a subject with its initials.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  // global and European
  'Reuters', 'AP', 'AFP', 'Bloomberg', 'UPI', 'dpa', 'DPA', 'EFE', 'ANSA', 'TASS', 'RIA', 'Interfax', 'Ukrinform',
  // Asia and the Pacific
  'PTI', 'IANS', 'ANI', 'UNI', 'Xinhua', 'Kyodo', 'Yonhap', 'Bernama', 'Antara', 'APP', 'UNB', 'BSS', 'AAP', 'PNA',
  // the Middle East and Africa
  'AA', 'Anadolu', 'IRNA', 'WAFA', 'SPA', 'MENA', 'KUNA', 'WAM', 'QNA', 'SANA', 'NNA', 'Petra', 'MAP', 'TAP', 'APS',
  'NAN', 'KNA', 'APA',
  // the Horn, Central Africa and the Portuguese-speaking wires: Ethiopia's ENA, Sudan's SUNA, Somalia's SONNA, Congo's
  // ACP, Mozambique's AIM and Portugal's Lusa ("Maputo, 18 Jun 2025 (Lusa) - Armed insurgents …")
  'ENA', 'SUNA', 'SONNA', 'ACP', 'AIM', 'Lusa',
  // Taiwan's Central News Agency, as Focus Taiwan writes its dateline: "Taipei, May 24 (CNA) Taiwan's Ministry of
  // National Defense said …" (the first claim's source began with "May 24 (CNA)" and its content was "Taipei")
  'CNA',
  // the Americas
  'CP',
]);
