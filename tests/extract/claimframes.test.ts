// Claim frames of wire reporting (findClaims): a hedged figure after the cue, a hearer and a trailing clause, "according
// to X, which said …", frames with a phrase inside. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each number with the source of the claim holding it (null when none does). */
const figuresOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const byId = new Map(record.claims.map((c) => [c.id, c]));
  return record.numbers.map((n) => [n.text, n.claim ? byId.get(n.claim)!.source.text : null]);
};

describe('findClaims: a hedged figure right after the cue opens the content', () => {
  it.each([
    ['a fronted time, "at least"', 'On Friday, the coastguard said at least 12 migrants were rescued.',
      [['the coastguard', 'said', 'at least 12 migrants were rescued']]],
    ['a fronted adverb, "about"', 'Meanwhile, the fire service said about 60 homes were evacuated.',
      [['the fire service', 'said', 'about 60 homes were evacuated']]],
    ['a fronted clause', 'When the storm passed, engineers said at least 3 pylons had collapsed.',
      [['engineers', 'said', 'at least 3 pylons had collapsed']]],
    ['"at least a dozen"', 'In its weekly update, the agency said at least a dozen clinics had closed.',
      [['the agency', 'said', 'at least a dozen clinics had closed']]],
    ['"on DAY" then the hedge', 'The coastguard said on Friday at least 12 migrants were rescued.',
      [['The coastguard', 'said', 'at least 12 migrants were rescued']]],
    ['a bare weekday then "about"', 'The fire service said Thursday about 60 homes were evacuated.',
      [['The fire service', 'said', 'about 60 homes were evacuated']]],
    ['a participle with "about"', 'The union rejected the offer, saying about 300 drivers had walked out.',
      [['The union', 'saying', 'about 300 drivers had walked out']]],
    ['"and that" later in the clause stays inside it', 'In a statement, the agency said at least 900 of the evacuees were elderly, and that most had no transport.',
      [['the agency', 'said', 'at least 900 of the evacuees were elderly, and that most had no transport']]],
    // near misses: the adverbial after an inverted cue is still no content
    ['near miss: "at a news conference"', 'The tunnel reopened on Monday, the operator said at a news conference.',
      [['the operator', 'said', 'The tunnel reopened on Monday']]],
    ['near miss: "at least" without a figure', 'Looters broke into the depot, guards said on Sunday at least twice.',
      [['guards', 'said', 'Looters broke into the depot']]],
    ['near miss: "about" without a figure', 'The levee failed overnight, the engineer said about the flood.',
      [['the engineer', 'said', 'The levee failed overnight']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['fronted time', 'On Friday, the coastguard said at least 12 migrants were rescued.', [['at least 12 migrants', 'the coastguard']]],
    ['weekday and hedge', 'The coastguard said on Friday at least 12 migrants were rescued.', [['at least 12 migrants', 'The coastguard']]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('findClaims: "LEAD, SOURCE told HEARER, as …/adding …": the lead is the content', () => {
  it.each([
    ['a name as hearer, "as …"', 'Floodwaters have cut off at least 14 villages in the delta, rescue workers told Reuters, as the river kept rising.',
      [['rescue workers', 'told', 'Floodwaters have cut off at least 14 villages in the delta']]],
    ['a hearer word, "while …"', 'The dam is close to breaking, the engineer told reporters, while crews piled sandbags on the bank.',
      [['the engineer', 'told', 'The dam is close to breaking']]],
    ['a determiner and a noun, a participle', 'Three wards of the hospital were shut, a nurse told the newspaper, leaving patients in corridors.',
      [['a nurse', 'told', 'Three wards of the hospital were shut']]],
    ['", adding that …" is a second claim of the source', 'Six fishing boats sank in the storm, a port official told AFP, adding that two crews were missing.',
      [['a port official', 'told', 'Six fishing boats sank in the storm'], ['a port official', 'adding', 'two crews were missing']]],
    // near misses: a report after the hearer stays the content
    ['near miss: "told X that …"', 'On Monday, the mayor told reporters that the bridge would reopen.',
      [['the mayor', 'told', 'the bridge would reopen']]],
    ['near miss: a quotation after the hearer', 'On Monday, the mayor told reporters, "The bridge will reopen in May."',
      [['the mayor', 'told', 'The bridge will reopen in May']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['the lead figure goes to the source', 'Shelling killed at least 8 people in the city, local officials told Al Jazeera, as 200 families fled.',
      [['at least 8 people', 'local officials'], ['200 families', null]]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('findClaims: ", saying CLAUSE" with a short past tense as its verb', () => {
  it.each([
    ['"died"', 'The militia disputed the toll, saying only 5 of its men died.',
      [['The militia', 'saying', 'only 5 of its men died']]],
    ['"fled"', 'The ministry defended the raid, saying the gunmen fled.',
      [['The ministry', 'saying', 'the gunmen fled']]],
    ['"shot"', 'The union condemned the raid, saying police shot two strikers.',
      [['The union', 'saying', 'police shot two strikers']]],
    ['near miss: no verb after the participle', 'The mayor opened the bridge, saying a few words.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: ", according to X, which said …": the lead is the according-to content, the relative clause a claim of X', () => {
  it.each([
    ['"which said" after "according to"', 'Nine miners were trapped underground, according to the mining company, which said rescuers had reached the shaft.',
      [['the mining company', 'according to', 'Nine miners were trapped underground'], ['the mining company', 'said', 'rescuers had reached the shaft']]],
    ['"which" with another verb', 'At least 15 houses burned, according to the fire brigade, which urged residents to stay away.',
      [['the fire brigade', 'according to', 'At least 15 houses burned']]],
    ['"who said" after "according to" a name', 'Two reporters were beaten, according to Maria Costa, who said the police had watched.',
      [['Maria Costa', 'according to', 'Two reporters were beaten'], ['Maria Costa', 'said', 'the police had watched']]],
    ['"According to X, which …," then the content', 'According to the ministry, which cited hospital records, 40 people died.',
      [['the ministry', 'according to', '40 people died']]],
    ['"which said" after a name', 'Troops fought for hours with the Northern Front, which said it had killed six soldiers.',
      [['the Northern Front', 'said', 'it had killed six soldiers']]],
    ['the relative clause ends before the main verb', 'The ministry, which said 40 people died in the floods, called for calm.',
      [['The ministry', 'said', '40 people died in the floods']]],
    // near misses: a clause is never the source, a relative clause of description is no claim
    ['near miss: "which" after a thing', 'Shells hit the old bridge, which said nothing to anyone.',
      []],
    ['near miss: a relative clause that reports no clause', 'Norland, which declared independence in 1991, said its vote would go ahead.',
      [['Norland', 'said', 'its vote would go ahead']]],
    ['near miss: "who said" without "according to"', 'The rebels, who said they had taken the airport, posted a video.',
      [['The rebels', 'said', 'they had taken the airport']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['each figure to its claim', 'Among the injured were 8 children, according to the health ministry, which said another 60 people had been treated.',
      [['8 children', 'the health ministry'], ['60 people', 'the health ministry']]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('findClaims: "quoted … as saying" with a phrase inside the frame', () => {
  it.each([
    ['passive with an agent', 'The port director was quoted by the state broadcaster as saying that 30 ships were stranded.',
      [['The port director', 'quoted as saying', '30 ships were stranded']]],
    ['passive with a named agent', 'The governor was quoted by Tass as saying 9 villages had been shelled.',
      [['The governor', 'quoted as saying', '9 villages had been shelled']]],
    ['passive with a place phrase', 'The mayor was quoted in a local newspaper as saying the dam was safe.',
      [['The mayor', 'quoted as saying', 'the dam was safe']]],
    ['active: the object speaks', 'The official news agency quoted interior minister Lena Marsh as saying 14 police officers were hurt.',
      [['interior minister Lena Marsh', 'quoted as saying', '14 police officers were hurt']]],
    ['near miss: the bare frame reads as before', 'The general was quoted as saying the army would withdraw.',
      [['The general', 'quoted as saying', 'the army would withdraw']]],
    ['near miss: "quoted" with no "as saying"', 'The paper quoted the minister on the budget.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a figure frame whose object has a qualifying phrase', () => {
  it.each([
    ['"the death toll from …"', 'The civil defence put the death toll from Monday\'s landslide at 85.',
      [['The civil defence', 'put', 'the death toll from Monday\'s landslide at 85']]],
    ['a long "of" phrase', 'The agency put the number of families forced from their homes at 3,200.',
      [['The agency', 'put', 'the number of families forced from their homes at 3,200']]],
    ['"in" phrase and a hedge', 'Medics estimated the toll in the northern villages at more than 40.',
      [['Medics', 'estimated', 'the toll in the northern villages at more than 40']]],
    ['"gave the number of … as N"', 'The ministry gave the number of dead in the province as 61.',
      [['The ministry', 'gave', 'the number of dead in the province as 61']]],
    ['near miss: no figure after the preposition', 'The council put the number of complaints in the report at the top of its agenda.',
      []],
    ['near miss: a verb inside the phrase', 'The army put the toll of the raid that was carried out at night at 12.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it.each([
    ['the figure goes to the source', 'The civil defence put the death toll from Monday\'s landslide at 85.', [['85', 'The civil defence']]],
  ])('gives the figure to the source: %s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('findClaims: a semicolon inside brackets ends no clause', () => {
  it.each([
    ['currency conversions', 'The treasury says the plan will raise 90bn rand ($5bn; £4bn) to repay the loans.',
      [['The treasury', 'says', 'the plan will raise 90bn rand ($5bn; £4bn) to repay the loans']]],
    ['a break after the bracket still ends it', 'The bank said costs rose ($2bn; £1.6bn) in May; shares fell.',
      [['The bank', 'said', 'costs rose ($2bn; £1.6bn) in May']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a mixed-case dateline is no part of the lead claim', () => {
  it.each([
    ['place and agency, a dash', 'Port Harcourt (AFP) - Gunmen killed 11 villagers in a night raid, police said.',
      [['police', 'said', 'Gunmen killed 11 villagers in a night raid']]],
    ['place, date and agency, no dash', 'Shillong, Nov 3 (PTI) Four people were hurt in a landslide, officials said.',
      [['officials', 'said', 'Four people were hurt in a landslide']]],
    ['city, country and a dash', 'Odesa, Ukraine – A drone strike damaged a grain terminal, according to the regional governor.',
      [['the regional governor', 'according to', 'A drone strike damaged a grain terminal']]],
    ['a city with a particle, a territory and a dash', 'Deir el-Balah, Gaza – Shelling killed 7 people overnight, medics said.',
      [['medics', 'said', 'Shelling killed 7 people overnight']]],
    ['near miss: a subject with its initials', 'Sudan\'s army (SAF) Commanders said the town was retaken.',
      [['Sudan\'s army (SAF) Commanders', 'said', 'the town was retaken']]],
    ['near miss: two names and a dash', 'Marlow, Tennant – The duo split, their agent said.',
      [['their agent', 'said', 'Marlow, Tennant – The duo split']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a long relative clause between the source and its cue', () => {
  it.each([
    ['"because" inside the relative clause', 'A police officer, who asked not to be named because he was not cleared to talk to journalists, said 6 prisoners had escaped.',
      [['A police officer', 'said', '6 prisoners had escaped']]],
    ['"on condition of anonymity because …"', 'A senior diplomat, who spoke on condition of anonymity because the talks were private, said a deal was close.',
      [['A senior diplomat', 'said', 'a deal was close']]],
    ['near miss: a short relative clause', 'A local official, who asked not to be named, said 6 prisoners had escaped.',
      [['A local official', 'said', '6 prisoners had escaped']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('near miss: no adjective before a long relative clause is a source', () => {
    const text = 'The institute estimated that 964,000 people aged 12 and older, which account for about 0.4 percent of the total adult population of the country, reported a drug use disorder in 2017, marking a sharp rise from the year before.';
    expect(claimsOf(text).map((c) => c[0])).not.toContain('older');
  });
});

describe('findClaims: "SUBJECT put/held … and said …": an irregular past is the first verb of the subject', () => {
  it.each([
    ['"put … and said"', 'The seismology centre put the magnitude at 5.9 and said the quake was shallow.',
      [['The seismology centre', 'said', 'the quake was shallow']]],
    ['"held … and said"', 'The central bank held rates at 4% and said inflation would ease.',
      [['The central bank', 'said', 'inflation would ease']]],
    ['near miss: a regular past reads as before', 'The army confirmed the raid and said 3 soldiers were hurt.',
      [['The army', 'confirmed', 'the raid'], ['The army', 'said', '3 soldiers were hurt']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
