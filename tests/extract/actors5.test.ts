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
