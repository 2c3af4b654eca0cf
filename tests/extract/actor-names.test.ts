// Actor names, types, aliases and duplicates on ordinary news sentences (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { contextOf } from './ner-helpers.js';

/** [type, name, aliases] of every actor, in order. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name, a.aliases]);
const sentences = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text);

describe('dotted initials do not end a sentence', () => {
  it.each([
    ['P.J. Harlow arrived in Denver on Friday.', ['P.J. Harlow arrived in Denver on Friday.']],
    ['Reporters said T.R. Okafor had left. He declined to comment.', ['Reporters said T.R. Okafor had left.', 'He declined to comment.']],
    // near misses: a real sentence end after dotted letters
    ['The summit was held in Washington, D.C. The mayor attended.', ['The summit was held in Washington, D.C.', 'The mayor attended.']],
    ['The deal was signed in Washington D.C. It takes effect in May.', ['The deal was signed in Washington D.C.', 'It takes effect in May.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['P.J. Harlow arrived in Denver on Friday. Mr. Harlow met the governor.', ['person', 'P.J. Harlow', ['Harlow']]],
    ['The essayist R.K. Pemberton criticised the rule. Ms Pemberton said she would appeal.', ['person', 'R.K. Pemberton', ['Pemberton']]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('an honorific before a lower-case particle surname', () => {
  it.each([
    ['Helga von der Brink spoke in Vienna. Ms von der Brink said the deal was fair.', [['person', 'Helga von der Brink', ['von der Brink']]]],
    ['Lucien de Marsac, a former prime minister, spoke on Monday. Mr de Marsac said the plan would fail.',
      [['person', 'Lucien de Marsac', ['de Marsac']]]],
  ])('%j', (text, expected) => {
    const got = actors(text);
    expect(got).toEqual(expected);
    expect(got.map((a) => a[1])).not.toContain('Mr');
    expect(got.map((a) => a[1])).not.toContain('Ms');
  });

  it('a particle name with a role apposition is a person', () => {
    expect(actors('Anselm van Rooden, a former finance minister, said the budget was weak.')).toContainEqual(['person', 'Anselm van Rooden', []]);
  });
});

describe('a company named once at the start of a sentence', () => {
  it.each([
    ['Quorvex said its cloud sales doubled in the quarter.', ['organization', 'Quorvex', []]],
    ['Zentrolab raised its subscription prices on Tuesday.', ['organization', 'Zentrolab', []]],
    ['Brightmoor said it would appeal the ruling.', ['organization', 'Brightmoor', []]],
    ['Analysts said Zentrolab raised its prices again.', ['organization', 'Zentrolab', []]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });

  it.each([
    'Officials said it would take weeks to repair the line.',
    'Nobody said it would be easy.',
    'Management said its plan had worked.',
    'Police said its investigation was continuing.',
    'Residents said it was the worst flood in years.',
  ])('no actor: %j', (text) => {
    expect(actors(text)).toEqual([]);
  });
});

describe('person and organization types in plain sentences', () => {
  it.each([
    ['Carla Court, president of Open Markets Watch, said the fine was small. Mr Court added that more was needed.',
      [['person', 'Carla Court', ['Court']], ['organization', 'Open Markets Watch', []]]],
    ['Kent Morrison said the company would appeal.', [['person', 'Kent Morrison', []]]],
    ['Brightmoor, which denies wrongdoing, said it would appeal.', [['organization', 'Brightmoor', []]]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('a two-word organization that speaks stays one', () => {
    expect(actors('Goldman Sachs said the deal would close in March.')).toEqual([['organization', 'Goldman Sachs', []]]);
  });
});

describe('former and new names', () => {
  it.each([
    ['Vantora Group, formerly Kestrel Media, said it would appeal. Kestrel Media had denied wrongdoing.', 'Vantora Group', ['Kestrel Media']],
    ['Nordhaven Bank, previously Fjord Savings, reported a loss.', 'Nordhaven Bank', ['Fjord Savings']],
  ])('%j', (text, name, aliases) => {
    expect(actors(text)).toContainEqual(['organization', name, aliases]);
  });

  it('a former role is no former name', () => {
    const got = actors('Ellen Marsh, formerly Tom Reilly\'s deputy, resigned on Friday.');
    expect(got.map((a) => a[1])).toEqual(expect.arrayContaining(['Ellen Marsh', 'Tom Reilly']));
  });
});

describe('party nicknames and members', () => {
  it.each([
    ['The Republican Party won the vote in Ohio. Republicans said the bill would pass. The GOP now holds both chambers.',
      ['organization', 'Republican Party', ['Republicans', 'GOP']]],
    ['The Democratic Party lost ground. Democrats said they would fight the measure.', ['organization', 'Democratic Party', ['Democrats']]],
    ['The Conservative Party chose a new chair. The Tories now trail in the polls.', ['organization', 'Conservative Party', ['Tories']]],
    ['Democrats said the budget would fail.', ['organization', 'Democrats', []]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });

  it('a party adjective is no place', () => {
    const got = findActorsAndPlaces(contextOf('Martha Pryce, the Conservative leader, said the plan was wrong.'));
    expect(got.places.map((p) => p.name)).toEqual([]);
    expect(got.actors.map((a) => [a.type, a.name])).toEqual([['person', 'Martha Pryce']]);
  });

  it('a place that is no party adjective stays a place', () => {
    expect(findActorsAndPlaces(contextOf('Martha Pryce, the leader in Leeds, said the plan was wrong.')).places.map((p) => p.name)).toEqual(['Leeds']);
  });
});

describe('a ministry named in full and later in lower case', () => {
  it.each([
    ['The Ministry of Transport said a bridge had failed. The transport ministry declined to give details.', 'Ministry of Transport', ['Ministry of Transport', 'ministry']],
    ['The Department of Energy said prices would fall. The energy department did not respond to questions.', 'Department of Energy', ['Department of Energy']],
  ])('%j', (text, name, mentions) => {
    const a = findActorsAndPlaces(contextOf(text)).actors.find((x) => x.name === name);
    expect(a?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(mentions));
  });

  it('a country after "Bank of" stays out of the name', () => {
    const got = findActorsAndPlaces(contextOf('The central bank of Norway said rates would hold. Officials in Norway agreed.'));
    expect(got.places.map((p) => p.name)).toContain('Norway');
  });
});

describe('short and long forms of one actor', () => {
  it.each([
    ['Maria Helena Costa da Rocha met ministers in Lisbon. Costa said the budget was sound.', 'Maria Helena Costa da Rocha', ['Costa']],
    ['Hanwa Motor Corp. said sales rose. Shares of Hanwa fell 3 percent.', 'Hanwa Motor Corp.', ['Hanwa']],
    ['The Vaccine Institute of Kenya makes doses. The Vaccine Institute said supply was fine.', 'Vaccine Institute of Kenya', ['Vaccine Institute']],
    ['The Department of Commerce issued a rule. The Commerce Department said it would take effect in May.', 'Department of Commerce', ['Commerce Department']],
  ])('%j', (text, name, aliases) => {
    const a = findActorsAndPlaces(contextOf(text)).actors.find((x) => x.name === name);
    expect(a?.aliases).toEqual(aliases);
  });

  it('a given name shared by two people joins neither', () => {
    const got = actors('Ana Lucia Prado da Cunha and Jose Prado da Silva met. Prado said the deal was done.');
    expect(got.filter((a) => (a[2] as string[]).includes('Prado'))).toEqual([]);
  });
});

describe('acronyms in brackets', () => {
  it.each([
    ['The Ministry of Transport (MoT) has signed a deal. The MoT said it was pleased.', 'Ministry of Transport', ['MoT']],
    ['The Department for Culture (DfC) said museums would reopen. The DfC added that fees would fall.', 'Department for Culture', ['DfC']],
    ['The Indo-Pacific Trade Council (IPTC) met in Manila. The IPTC agreed a plan.', 'Indo-Pacific Trade Council', ['IPTC']],
  ])('%j', (text, name, aliases) => {
    expect(actors(text)).toContainEqual(['organization', name, aliases]);
  });

  it('a surname with inner capitals is no acronym', () => {
    expect(actors('Senator Ruth McAllister spoke on Monday. McAllister said the bill would pass.')).toEqual([['person', 'Ruth McAllister', ['McAllister']]]);
  });

  it('no name holds an open bracket', () => {
    for (const a of actors('The Ministry of Fisheries (MoF) has signed a contract, the fisheries ministry said on Friday.')) expect(a[1]).not.toContain('(');
  });
});

describe('a number inside a name', () => {
  it('"Channel 5 News" is one organization', () => {
    expect(actors('Speaking to Channel 5 News, the minister said the plan would work.')).toEqual([['organization', 'Channel 5 News', []]]);
  });

  it('a count between two names joins nothing', () => {
    expect(actors('Talks between Kenya and Uganda left 3 Army units on the border.').map((a) => a[1])).not.toContain('Uganda left 3 Army');
  });
});

describe('an honorific and a surname shared by two people', () => {
  it('a gender hint read from an apposition about the other one decides nothing', () => {
    const got = actors('Tom Hale, the former mayor, spoke on Monday. Sam Hale, his brother, disagreed. Mr Hale later said he was tired.');
    expect(got.find((a) => a[1] === 'Sam Hale')?.[2]).toEqual([]);
    expect(got.find((a) => a[1] === 'Tom Hale')?.[2]).toEqual([]);
  });

  it('an honorific on one of them still decides', () => {
    const got = actors('Mr Tom Hale spoke on Monday. Mrs Ann Hale disagreed. Mrs Hale later said she was tired.');
    expect(got.find((a) => a[1] === 'Ann Hale')?.[2]).toEqual(['Hale']);
  });
});

describe('dotted initials before a surname', () => {
  it.each([
    ['T.S. Whitcombe, publisher of the Daily Ledger, spoke at the event.', ['person', 'T.S. Whitcombe', []]],
    ['The U.S. Treasury said bond sales would rise.', ['organization', 'U.S. Treasury', []]],
    ['Hizbollah (Party of God) gunmen fired rockets.', ['organization', 'Party of God', []]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('the first given name of a sentence-opening person', () => {
  it.each([
    ['Mehmet Cavit Ozdemir said the talks would resume.', 'Mehmet Cavit Ozdemir'],
    ['Officials Ana Reyes and Tom Hart met on Monday.', 'Ana Reyes'],
  ])('%j', (text, name) => {
    expect(actors(text).map((a) => a[1])).toContain(name);
  });
});

describe('", which" and "<verb> its" alone make no organization', () => {
  it.each([
    'Brexit changed its trade rules with the neighbours.',
    'Ashcombe reopened its primary school after the storm.',
    'Ashcombe, which has about 800 residents, lost power for two days.',
    'Marlowe, which drifted for a week, reached port on Friday.',
    'Ashcombe, which sits on the river, flooded on Monday.',
  ])('no organization: %j', (text) => {
    expect(actors(text).filter((a) => a[0] === 'organization')).toEqual([]);
  });
});

describe('", which …," closed by a body\'s answer to a reporter makes an organization', () => {
  it.each([
    ['Zentrolab, which sells about a third of the region\'s heat pumps, did not respond to a request for comment.', 'Zentrolab'],
    ['Parcelo, which delivers to 500,000 homes, declined to comment.', 'Parcelo'],
    ['Vornet, which competes with Kelbro, did not immediately respond to questions.', 'Vornet'],
    ['Drexmoor, which runs the plant, denies wrongdoing.', 'Drexmoor'],
    ['Quillbay, which owns the site, has not commented on the report.', 'Quillbay'],
  ])('%j', (text, name) => {
    expect(actors(text)).toContainEqual(['organization', name, []]);
  });
});

describe('"Person, formerly <employer>," names where the person came from, not a former name', () => {
  it.each([
    ['Harbour Bank appointed Mira Kalden, formerly Fendworth, as finance chief on Monday.',
      [['person', 'Mira Kalden', []], ['organization', 'Fendworth', []]]],
    ['City signed striker Luca Bramonte on Friday. Bramonte, formerly Benfica, agreed a two-year deal.',
      [['person', 'Luca Bramonte', ['Bramonte']], ['organization', 'Benfica', []]]],
    ['Oren Castell retires in March. Castell, formerly Barclays, joined the bank in 2015.',
      [['person', 'Oren Castell', ['Castell']], ['organization', 'Barclays', []]]],
  ])('%j', (text, expected) => {
    const got = actors(text);
    for (const a of expected) expect(got).toContainEqual(a);
  });

  it('a person renamed by a full name stays one person', () => {
    expect(actors('Ann Lee, formerly Ann Cole, said she would stand again.')).toContainEqual(['person', 'Ann Lee', ['Ann Cole']]);
  });
});

describe('a university named before or after its place is another institution', () => {
  it.each([
    ['Doctors at Harlow University in Ohio ran the trial. The University of Harlow in Kent did not take part.',
      [['organization', 'Harlow University', []], ['organization', 'University of Harlow', []]]],
    ['The Ministry of Transport said fares would rise. The Transport Ministry gave no date.',
      [['organization', 'Ministry of Transport', ['Transport Ministry']]]],
  ])('%j', (text, expected) => {
    for (const a of expected) expect(actors(text)).toContainEqual(a);
  });
});

describe('a renamed company is named by its current name', () => {
  it.each([
    ['Velto, formerly Brightwater Systems, reported higher profit. Velto said it would hire.', ['organization', 'Velto', ['Brightwater Systems']]],
    ['Brightwater Systems, now known as Velto Group, reported higher profit.', ['organization', 'Velto Group', ['Brightwater Systems']]],
    ['Analysts said Dravo, formerly Kestrix, had raised prices.', ['organization', 'Dravo', ['Kestrix']]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('a company named after a surname stays a company beside "Mr <surname>"', () => {
  it.each([
    ['Johnson & Johnson said it would build two plants. Senator Ruth Johnson welcomed the plan. Ms Johnson said jobs would follow.',
      ['organization', 'Johnson & Johnson', []]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('"Mr/Mrs <surname>" among namesakes known by their given names', () => {
  it.each([
    ['Owen Pryce, 31, was found in his cell on Monday. His mother, Gwen Pryce, told the court her son had asked for help. Nia Pryce, a campaigner, said the jail was full. Mr Pryce had been held for a month.',
      ['person', 'Owen Pryce', ['Pryce']]],
    ['Hugh Pryce, 70, and his wife Gwen Pryce, 68, were rescued on Sunday. Their son, Owen Pryce, raised the alarm. Mrs Pryce said the water was cold.',
      ['person', 'Gwen Pryce', ['Pryce']]],
  ])('%j', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });
});

describe('a dotted abbreviation is no initials', () => {
  it('"P.O. Box" in an address is no actor', () => {
    expect(actors('Letters may be sent to the Herald, P.O. Box 4410, Denver.').map((a) => a[1])).not.toContain('P.O. Box');
  });
});
