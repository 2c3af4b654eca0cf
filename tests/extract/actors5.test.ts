// Actor and place defects left by the last session (actors5): possessive names, rival bodies of one name, ranks and
// titles, outlets typed as people. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recordOf = (text: string) => extract(`Headline\n\n${text}`, { id: 'a.txt' });
const actorsOf = (text: string) => recordOf(text).actors.map((a) => `${a.type}:${a.name}`);
const sourcesOf = (text: string) => {
  const r = recordOf(text);
  return r.claims.map((c) => `${c.source.text} → ${r.actors.find((a) => a.id === c.source.actor)?.name ?? null}`);
};

describe('two countries\' bodies of one name are two actors (#2)', () => {
  it.each([
    ["Tajikistan's State Committee for National Security said three civilians were killed. Kyrgyzstan's State Committee for National Security rejected the claim, saying 11 guards were hurt.",
      ["Tajikistan's State Committee for National Security → Tajikistan's State Committee for National Security",
        "Kyrgyzstan's State Committee for National Security → Kyrgyzstan's State Committee for National Security"]],
    ["Serbia's Security Intelligence Agency said two men were held. Croatia's Security Intelligence Agency said it had no record of them.",
      ["Serbia's Security Intelligence Agency → Serbia's Security Intelligence Agency", "Croatia's Security Intelligence Agency → Croatia's Security Intelligence Agency"]],
    // near miss: one country's possessive names no rival; the body keeps its own name
    ["Russia's Gazprom said exports fell by 5%. Gazprom said talks would resume.", ["Russia's Gazprom → Gazprom", 'Gazprom → Gazprom']],
  ])('%s', (text, want) => {
    expect(sourcesOf(text)).toEqual(want);
  });
});

const namesOf = (text: string) => {
  const r = recordOf(text);
  return [...r.actors.map((a) => `${a.type}:${a.name}`), ...r.places.map((p) => `place:${p.name}`)];
};

describe('a name written with a possessive inside is one name (#1)', () => {
  it.each([
    ["Shoppers crowded Sam's Club stores on Saturday.", ["organization:Sam's Club"]],
    ['Shoppers crowded Sam’s Club stores on Saturday.', ['organization:Sam’s Club']],
    ["Crews at Fisherman's Terminal said catches were down.", ["place:Fisherman's Terminal"]],
    // a thing's name is no actor
    ["Its Founder's Edition cards sold out within minutes.", []],
    ["The Mayor's Office said roads were closed.", ["organization:Mayor's Office"]],
    // near misses: an owner named again, a place, a person after the possessive
    ["Hezbollah's Nasrallah said the war would go on.", ['organization:Hezbollah', 'person:Nasrallah']],
    ["Russia's Gazprom said exports fell.", ['organization:Gazprom', 'place:Russia']],
  ])('%s', (text, want) => {
    expect(namesOf(text).sort()).toEqual([...want].sort());
  });
});

describe('what only a company owns, after a one-word name\'s possessive, makes it a company (#1)', () => {
  it.each([
    ["The ban hit Nvidia's sales in China, analysts said.", 'organization:Nvidia'],
    ["Washington restricted sales of Nvidia's chips to China.", 'organization:Nvidia'],
    ['Regulators inspected Zentrolab’s factories in Ohio.', 'organization:Zentrolab'],
  ])('%s', (text, want) => {
    expect(namesOf(text)).toContain(want);
  });
});

describe('a shortened police rank before a name ends no sentence (#3)', () => {
  it.each([
    ['"This is a terrorist incident," Supt. Christopher deGale told reporters.', ['person:Christopher deGale'],
      [['Supt. Christopher deGale', 'This is a terrorist incident']]],
    ['Supt. Anna Kowalski said two men were held. Det. Insp. Ravi Shah said a third was sought.', ['person:Anna Kowalski', 'person:Ravi Shah'],
      [['Supt. Anna Kowalski', 'two men were held'], ['Det. Insp. Ravi Shah', 'a third was sought']]],
  ])('%s', (text, actors, claims) => {
    const r = recordOf(text);
    expect(r.actors.map((a) => `${a.type}:${a.name}`)).toEqual(actors);
    expect(r.claims.map((c) => [c.source.text, c.content])).toEqual(claims);
  });
});

describe('a title\'s last word and a body\'s regional branch (#3)', () => {
  it.each([
    ["Israel's Chief of Staff Herzi Halevi said the army was ready.", ['person:Herzi Halevi']],
    ['White House Chief of Staff Susie Wiles said the talks were over.', ['person:Susie Wiles']],
    ['Counter Terrorism Policing North West said a man had been arrested.', ['organization:Counter Terrorism Policing North West']],
    ['Counter Terrorism Policing said a man had been arrested.', ['organization:Counter Terrorism Policing']],
    // near miss: the General Staff is a body of its own
    ['Chief of the General Staff Valery Gerasimov said the army was ready.', ['organization:General Staff', 'person:Valery Gerasimov']],
  ])('%s', (text, want) => {
    expect(actorsOf(text)).toEqual(want);
  });
});

describe('an outlet after a word of the press, and an exercise\'s code name (#4)', () => {
  it.each([
    ['The satirical magazine Private Eye said its editor would step down.', ['organization:Private Eye']],
    ['The state news agency Armenpress reported that two soldiers were wounded.', ['organization:Armenpress']],
    ['China launched the Strait Thunder-2024A exercise around Taiwan on Monday.', ['place:China', 'place:Taiwan']],
    // a state agency of NEWS_AGENCIES opening the story
    ['Armenpress reported on Monday that two soldiers were wounded.', ['organization:Armenpress']],
    // near misses: a person after "told the newspaper"; a country before a weapon's noun stays the country
    ['He told the newspaper Ahmed Ali had been held for a week.', ['person:Ahmed Ali']],
    ['Iran missiles hit the base, officials said.', ['place:Iran']],
  ])('%s', (text, want) => {
    expect(namesOf(text)).toEqual(want);
  });
});

describe('a town named with its river in brackets is that town (#5)', () => {
  it.each([
    ['Police in Frankfurt (Oder) arrested two smugglers on Friday.', ['Frankfurt (Oder):DE:52.35']],
    ['Officials in Halle (Saale) said the roads were closed.', ['Halle (Saale):DE:51.48']],
    // near miss: a country in brackets after a city is no part of its name
    ['Officials in Paris (France) said the roads were closed.', ['Paris:FR:48.85', 'France:FR:46']],
  ])('%s', (text, want) => {
    expect(recordOf(text).places.map((p) => `${p.name}:${p.country}:${p.lat}`)).toEqual(want);
  });
});
