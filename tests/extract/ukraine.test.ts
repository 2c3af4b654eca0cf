// Russia–Ukraine war reporting (wires, Ukrainian outlets, war summaries): sources, actors and figures. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { extract } from '../../src/index.js';
import { contextOf } from './ner-helpers.js';

const claimsOf = (text: string) => findClaims(contextOf(text), []).map((c) => [c.source.text, c.cue, c.content]);
/** Through the whole pipeline: each claim's source with the name of its actor. */
const sourceActorsOf = (text: string) => {
  const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return record.claims.map((c) => [c.source.text, c.source.actor ? names.get(c.source.actor) : null]);
};

describe('findClaims: a description in the possessive between a name and its cue', () => {
  it.each([
    ['a title not among the role words', "Dmytro Lubinets, Ukraine's parliamentary human rights commissioner, said some of the freed soldiers had been tortured.",
      [['Dmytro Lubinets', 'said', 'some of the freed soldiers had been tortured']]],
    ['an organization described by its kind', "Energoatom, Ukraine's state nuclear operator, said the plant had lost its last external power line.",
      [['Energoatom', 'said', 'the plant had lost its last external power line']]],
    // near misses: a possessive name is the source itself
    ['near miss: a possessive name before the cue', "Russia fired 40 missiles at Kyiv overnight, Ukraine's air force said.",
      [["Ukraine's air force", 'said', 'Russia fired 40 missiles at Kyiv overnight']]],
    ['near miss: after an opening place phrase', "In Kyiv, Ukraine's energy minister said 12 plants were hit.",
      [["Ukraine's energy minister", 'said', '12 plants were hit']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('links the claim to the person named before the description', () => {
    expect(sourceActorsOf("Dmytro Lubinets, Ukraine's parliamentary human rights commissioner, said the prisoners were tortured."))
      .toEqual([['Dmytro Lubinets', 'Dmytro Lubinets']]);
  });
});

/** Through the whole pipeline: each actor with its type and roles. */
const actorsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).actors.map((a) => [a.name, a.type, a.roles]);

describe('an office of a named body right before its holder, with no comma', () => {
  it.each([
    ['a regional military administration', 'Head of the Poltava Regional Military Administration Volodymyr Kohut said that 12 drones were shot down.',
      [['Poltava Regional Military Administration', 'organization', []],
        ['Volodymyr Kohut', 'person', ['Head of the Poltava Regional Military Administration']]]],
    ['a numbered brigade', 'The commander of the 47th Mechanized Brigade Oleksandr Sak said the unit held its positions.',
      [['47th Mechanized Brigade', 'organization', []], ['Oleksandr Sak', 'person', ['commander of the 47th Mechanized Brigade']]]],
    // near miss: a body's name alone stays whole
    ['near miss: no holder after the body', 'The Poltava Regional Military Administration said that 12 drones were shot down.',
      [['Poltava Regional Military Administration', 'organization', []]]],
  ])('%s', (_name, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });

  it('gives the claim to the holder', () => {
    expect(sourceActorsOf('Head of the Poltava Regional Military Administration Volodymyr Kohut said that 12 drones were shot down.'))
      .toEqual([['Head of the Poltava Regional Military Administration Volodymyr Kohut', 'Volodymyr Kohut']]);
  });
});

describe('findClaims: a description between commas inside "quoted … as saying"', () => {
  it.each([
    ['a long description of the speaker', 'RIA news agency quoted Denis Pushilin, the Russian-installed head of the occupied parts of the Donetsk region, as saying that shelling had killed three civilians.',
      [['Denis Pushilin', 'quoted as saying', 'shelling had killed three civilians']]],
    ['a relative clause', 'The report quoted residents, who asked not to be named, as saying that troops fired on them.',
      [['residents', 'quoted as saying', 'troops fired on them']]],
    // near miss: the plain frame reads as before
    ['near miss: no description', 'State news agency KCNA quoted leader Kim Jong Un as saying the launch was a warning.',
      [['leader Kim Jong Un', 'quoted as saying', 'the launch was a warning']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('findClaims: a plural group of speakers after a place between commas', () => {
  it.each([
    ['a city named after its description', 'At least 21 people have been killed in an attack on the Ukrainian capital, Kyiv, officials say.',
      [['officials', 'say', 'At least 21 people have been killed in an attack on the Ukrainian capital, Kyiv']]],
    ['two lower-case words', 'Two children were wounded in the port city, Odesa, rescue workers said.',
      [['rescue workers', 'said', 'Two children were wounded in the port city, Odesa']]],
    // near miss: a singular noun still describes the name before it
    ['near miss: a singular role word', 'Taras Melnyk, spokesman, said the bridge was closed.',
      [['Taras Melnyk', 'said', 'the bridge was closed']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a name the gazetteer does not know, described as a body between commas', () => {
  it.each([
    ['a company described with a possessive', "DTEK, Ukraine's largest private energy company, said its plants had been attacked 190 times.",
      [['DTEK', 'DTEK']]],
    ['an operator described with an article', 'Power was cut to 200,000 homes overnight, Ukrenergo, the national grid operator, reported on Tuesday.',
      [['Ukrenergo', 'Ukrenergo']]],
  ])('%s', (_name, text, expected) => {
    expect(sourceActorsOf(text)).toEqual(expected);
  });

  it('near miss: a town described as a hub stays a place', () => {
    const record = extract('Headline\n\nRussian troops shelled Pokrovsk, a key logistics hub, on Tuesday.', { id: 'a.txt' });
    expect(record.places.map((p) => p.name)).toEqual(['Pokrovsk']);
    expect(record.actors.map((a) => a.name)).not.toContain('Pokrovsk');
  });
});

describe('a known place after a verb of defending or leaving ground', () => {
  it.each([
    ['defended', 'The group included border guards who had defended Mariupol.', ['Mariupol']],
    ['withdrew from', 'Ukrainian troops withdrew from Avdiivka in February.', ['Avdiivka']],
  ])('%s', (_name, text, expected) => {
    const record = extract(`Headline\n\n${text}`, { id: 'a.txt' });
    expect(record.places.map((p) => p.name)).toEqual(expected);
    expect(record.actors.map((a) => a.name)).not.toContain(expected[0]);
  });

  it('near miss: a person after "defended" stays a person', () => {
    const record = extract('Headline\n\nLawyers who had defended Smith said the verdict was wrong.', { id: 'a.txt' });
    expect(record.places).toEqual([]);
  });
});

/** Through the whole pipeline: each number with what it counts and its event. */
const eventsOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' }).numbers.map((n) => [n.text, n.counts, n.event]);

describe('events of the figures in a tally of losses', () => {
  it('a plural joined by "and" is no verb of the next list member', () => {
    expect(eventsOf('Russia has also lost 416 airplanes, 28 ships and boats, and one submarine.')).toEqual([
      ['416 airplanes', 'airplanes', 'lost'], ['28 ships', 'ships', 'lost'], ['one submarine', 'submarine', 'lost']]);
  });
  it('a casualty participle after the noun, not the verb of inclusion', () => {
    expect(eventsOf('This number includes about 1,180 personnel killed or wounded over the past day.')).toEqual([
      ['about 1,180 personnel', 'personnel', 'killed']]);
  });
  it('near miss: a verb of inclusion with nothing after the noun stays the event', () => {
    expect(eventsOf('The package includes 40 tanks.')).toEqual([['40 tanks', 'tanks', 'includes']]);
  });
});

describe('a duration in words is no date', () => {
  it.each([
    ['for three hours', 'Putin spoke with the envoy in Moscow for three hours on Wednesday.', ['Wednesday']],
    ['several hours', 'The air raid alert lasted several hours in Kyiv on Monday.', ['Monday']],
  ])('%s', (_name, text, expected) => {
    expect(extract(`Headline\n\n${text}`, { id: 'a.txt', now: new Date('2026-03-14T12:00:00Z') }).dates.map((d) => d.text)).toEqual(expected);
  });
});

describe('a body of a country-owned body speaks itself', () => {
  it('the General Staff, not the Armed Forces', () => {
    expect(sourceActorsOf("Russia has lost 927,450 troops, the General Staff of Ukraine's Armed Forces reported on June 3."))
      .toEqual([["the General Staff of Ukraine's Armed Forces", 'General Staff']]);
  });
});

describe('a village the gazetteer lacks takes the country of "the … region" it lies in', () => {
  it.each([
    ['in the Donetsk region', 'Russian forces seized the village of Novooleksandrivka in the Donetsk region.', [['Novooleksandrivka', 'UA'], ['Donetsk', 'UA']]],
    ['in the Zaporizhzhia region', 'A drone hit the village of Stepnohirsk in the Zaporizhzhia region.', [['Stepnohirsk', 'UA'], ['Zaporizhzhia', 'UA']]],
  ])('%s', (_name, text, expected) => {
    expect(extract(`Headline\n\n${text}`, { id: 'a.txt' }).places.map((p) => [p.name, p.country])).toEqual(expected);
  });
});

describe('findClaims: "as reported by X" reads as "according to X"', () => {
  it.each([
    ['opening the sentence', 'As reported by Ukrinform, Russia launched 82 missiles and 40 drones at Ukraine.',
      [['Ukrinform', 'as reported by', 'Russia launched 82 missiles and 40 drones at Ukraine']]],
    ['closing the sentence', 'Russia launched 82 missiles at Ukraine overnight, as reported by Ukrinform.',
      [['Ukrinform', 'as reported by', 'Russia launched 82 missiles at Ukraine overnight']]],
    ['near miss: "according to" as before', 'According to the report, Russia has also lost 10,612 tanks.',
      [['the report', 'according to', 'Russia has also lost 10,612 tanks']]],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a role word alone before "of" is no person', () => {
  it('"Head of the … Administration" after a name between commas', () => {
    expect(actorsOf('Roman Mrochko, Head of the Kherson City Military Administration, said a man was killed.').map(([name]) => name))
      .toEqual(['Roman Mrochko', 'Kherson City Military Administration']);
  });
});

describe("AFP's dateline with the country in brackets", () => {
  it('is no part of the first claim, and names its places', () => {
    const record = extract('Headline\n\nZaporizhzhia (Ukraine) (AFP) - A Russian glide bomb attack killed 13 people on Wednesday, local officials said.', { id: 'a.txt' });
    expect(record.claims.map((c) => c.content)).toEqual(['A Russian glide bomb attack killed 13 people on Wednesday']);
    expect(record.places.map((p) => [p.name, p.country])).toEqual([['Zaporizhzhia', 'UA'], ['Ukraine', 'UA']]);
  });
});

describe('a headquarters "for" its purpose is one organization', () => {
  it('"Coordination Headquarters for the Treatment of Prisoners of War"', () => {
    expect(sourceActorsOf("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said it was the 58th exchange."))
      .toEqual([["Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", 'Coordination Headquarters for the Treatment of Prisoners of War']]);
  });
});

describe('"the air force" after the one air force named', () => {
  it('is that air force', () => {
    expect(sourceActorsOf("Russia launched 112 drones overnight, Ukraine's air force said. The air force said 14 drones had not reached their targets."))
      .toEqual([["Ukraine's air force", "Ukraine's air force"], ['The air force', "Ukraine's air force"]]);
  });
  it('near miss: beside two air forces it names neither', () => {
    expect(sourceActorsOf("Ukraine's air force said 40 drones were downed. Russia's air force said it struck airfields. The air force said 14 drones were lost."))
      .toEqual([["Ukraine's air force", "Ukraine's air force"], ["Russia's air force", "Russia's air force"], ['The air force', null]]);
  });
});

describe('a negation among the auxiliaries stays with the event', () => {
  it.each([
    ['had not reached', 'The air force said 14 drones had not reached their targets.', [['14 drones', 'drones', 'not reached']]],
    ['near miss: no negation', 'The air force said 14 drones had reached their targets.', [['14 drones', 'drones', 'reached']]],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('a capitalised role word between a body and its holder', () => {
  it('is no word of the body', () => {
    expect(actorsOf('Khortytsia Group of Forces Spokesperson Lieutenant Colonel Nazar Voloshyn stated that Russian forces conducted 27 assaults.')
      .map(([name, type]) => [name, type])).toEqual([['Khortytsia Group of Forces', 'organization'], ['Nazar Voloshyn', 'person'], ['Russian forces', 'organization']]);
  });
});

describe('the other mentions of a body described between commas', () => {
  it('are the body too', () => {
    expect(sourceActorsOf('Power was cut to 200,000 homes, Ukrenergo, the national grid operator, reported. "Outages occurred in four regions," Ukrenergo said in a statement.'))
      .toEqual([['Ukrenergo', 'Ukrenergo'], ['Ukrenergo', 'Ukrenergo']]);
  });
});
