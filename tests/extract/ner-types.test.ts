// Types and boundaries of names in ordinary news sentences: people whose given name is a place, one-word companies,
// organizations opening with a title word, "<Place> <Title> <Name>", places typed as bodies or people.
import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/extract/ner/index.js';
import { contextOf } from './ner-helpers.js';

const typed = (text: string) => {
  const ctx = contextOf(text);
  return findNames(text, ctx.sentences).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
};

describe('findNames: types and boundaries', () => {
  it.each([
    // a given name that is also a place: the surname alone elsewhere makes the pair a person's
    ['Jordan Kessler, the Canadian psychologist, defended it. Kessler said spending had to fall.', ['PER:Jordan Kessler', 'PER:Kessler'], ['LOC:Jordan Kessler', 'ORG:Jordan Kessler']],
    ['Georgia Okafor opened the show. Okafor said she was nervous.', ['PER:Georgia Okafor'], ['LOC:Georgia Okafor', 'ORG:Georgia Okafor']],
    // or an apposition that names what a person is
    ['Florence Marwick, the novelist, signed copies on Monday.', ['PER:Florence Marwick'], ['LOC:Florence Marwick']],
    // one-word companies: a cue around a mention ("Shares of", "'s chief executive", "giant") or compromise's lexicon
    ['Boeing said deliveries fell. Shares of Boeing slipped 2%.', ['ORG:Boeing'], ['PER:Boeing']],
    ['Shipping giant Kestrava said rates rose. Kestrava said it would add ships.', ['ORG:Kestrava'], ['PER:Kestrava']],
    // a capitalised run ending in a company or institution head keeps its title word
    ['Shares of General Motors fell after the carmaker cut its forecast.', ['ORG:General Motors'], ['PER:Motors']],
    ['Cardinal Health said it would supply extra equipment.', ['ORG:Cardinal Health'], ['PER:Health']],
    ['Patients at Dunmore General Hospital were moved on Monday.', ['ORG:Dunmore General Hospital'], ['LOC:Hospital']],
    ['A spokesperson for King\'s College London said research would continue.', ["ORG:King's College London"], ['PER:King']],
    // an owner's possessive is no part of the name
    ["Britain's Royal London Hospital said beds were short.", ['LOC:Britain', 'ORG:Royal London Hospital'], []],
    // UK police ranks of two or three words are titles, not part of the name (regression tester, N5)
    ['Detective Inspector Helen Graves said two men were held.', ['PER:Helen Graves'], ['PER:Inspector Helen Graves']],
    ['Detective Chief Inspector Mark Rowe said inquiries continue.', ['PER:Mark Rowe'], ['PER:Inspector Mark Rowe', 'PER:Chief Inspector Mark Rowe']],
    // "Ms" without a dot is a woman's honorific; "MS" in capitals opens a ship's name
    ['Prosecutor Helen Price opened the case. Ms Price added that the fraud lasted two years.', ['PER:Price'], ['MISC:Price']],
    // "<Place> <Title> <Name>": the place, then the person with the title
    ['London Mayor Sadiq Khan said the city was ready.', ['LOC:London', 'PER:Mayor Sadiq Khan'], ['LOC:London Mayor Sadiq Khan']],
    ['Texas Gov. Greg Abbott said the border was secure.', ['LOC:Texas', 'PER:Greg Abbott'], ['ORG:Texas Gov.']],
    ['Queensland Premier Steven Miles said the same.', ['LOC:Queensland'], ['ORG:Queensland Premier Steven Miles']],
    // a state typed as a person with no person around it, and a city after a preposition of place, are places
    ['Idaho lawmakers passed the bill. The clinic sued Idaho over the ban.', ['LOC:Idaho'], ['PER:Idaho']],
    // "World" of "World Health Organization" stays in the name
    ['Officials from the World Health Organization arrived on Monday.', ['ORG:World Health Organization'], ['ORG:Health Organization']],
    // "<body> for <purpose>" is one organization
    ['Officials at the Office for National Statistics said prices rose.', ['ORG:Office for National Statistics'], ['ORG:National Statistics']],
    ['Transport for London said fares would rise.', ['ORG:Transport for London'], ['LOC:London']],
    // two particles belong to the surname
    ['Ursula von der Leyen spoke first. Von der Leyen said aid would follow.', ['PER:Ursula von der Leyen', 'PER:Von der Leyen'], ['PER:Leyen']],
    // a feast of two words is no person
    ['Black Friday sales rose by a tenth.', [], ['PER:Black']],
  ])('%s', (text, present, absent) => {
    const got = typed(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });

  // regression tester 2 (N1, N3, N4, N8, FAA): each with a near miss that must not change
  it.each([
    // N1: a titled person "of" an institution is a person and the institution, not one organization
    ['Dr. Maria Lund of Riverside General Hospital said beds were short.', ['PER:Maria Lund', 'ORG:Riverside General Hospital'], ['ORG:Maria Lund of Riverside General Hospital']],
    ['Professor Tom Adler of Imperial College London led the trial.', ['PER:Tom Adler', 'ORG:Imperial College London'], ['ORG:Professor Tom Adler of Imperial College London']],
    ['Nurses at the Prince of Wales Hospital were thanked on Monday.', ['ORG:Prince of Wales Hospital'], ['ORG:Wales Hospital']],
    // N3: a competition is an organization, never a person titled "Premier" nor a place
    ['Leeds climbed to fourth in the Premier League. The Premier League said it would review the rules.', ['ORG:Premier League'], ['PER:League', 'LOC:League']],
    ['Porto reached the Europa League final on Thursday.', ['ORG:Europa League'], ['PER:League', 'LOC:League']],
    // N4: a team's or a craft's nickname alone, with no speech verb or title, does not make the full name a person
    ['The Orlando Magic beat Detroit on Monday. Magic guard Sam Doyle scored 20 points.', [], ['PER:Orlando Magic']],
    ['The agency launched the Europa Clipper probe. Clipper will reach Jupiter in 2030.', [], ['PER:Europa Clipper']],
    ['The Cleveland Browns lost again. The Browns said the coach would stay.', [], ['PER:Cleveland Browns']],
    // N8: a lower-case particle with no given name before it is a preposition on a non-English page
    ['Il film prodotto da Toei Animation fu un successo.', [], ['PER:da Toei Animation', 'ORG:da Toei Animation']],
    ['Die Polizei in der Oberpfalz sperrte die Straße.', [], ['LOC:der Oberpfalz', 'PER:der Oberpfalz']],
    // FAA: an acronym before a title is a body, not the gazetteer's Faaa
    ['FAA Administrator Mike Whitaker said the cap would stay.', ['ORG:FAA', 'PER:Mike Whitaker'], ['LOC:FAA']],
    ['London Mayor Sadiq Khan said the city was ready.', ['LOC:London'], ['ORG:London']],
    // a title before a bracketed name is no office of its own; a title alone still is
    ['“Coach (Dale) Brenner came in and told us to keep going,” the guard said.', [], ['PER:Coach']],
    ['The Coach said the team would rest.', ['PER:Coach'], []],
  ])('names4: %s', (text, present, absent) => {
    const got = typed(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it.each([
    // a person named in full keeps the word: "Denzel Washington … Washington said"
    ['Jordan Hale, the actor, arrived. Hale said he was tired.', 'PER:Jordan Hale'],
    ['Denzel Washington starred in the film. Washington said he loved it.', 'PER:Washington'],
    // a real place with a title after it stays a place, and a ship's prefix in capitals still makes a ship
    ['The ferry MS Estonia sank in 1994.', 'MISC:Estonia'],
  ])('keeps: %s', (text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it.each([
    // names5: "City Nickname" is a team when the nickname stands alone, is plural or follows "the"; never a person
    ['The Orlando Magic beat the Miami Heat on Tuesday. Magic guard Jalen Suggs scored 30 points. The Heat lost again.',
      ['ORG:Orlando Magic', 'ORG:Miami Heat', 'ORG:Magic', 'ORG:Heat', 'PER:Jalen Suggs'], ['LOC:Orlando Magic', 'PER:Magic guard Jalen Suggs', 'LOC:Heat']],
    ['The Cleveland Browns signed a quarterback. The Browns said the deal was done.', ['ORG:Cleveland Browns', 'ORG:Browns'], ['PER:Browns']],
    ['The Los Angeles Lakers lost on Sunday. The Lakers said nothing.', ['ORG:Los Angeles Lakers', 'ORG:Lakers'], ['PER:Lakers']],
    // near misses: a lone surname that speaks keeps a person; a place word keeps a place
    ['Jordan Kessler, the Canadian psychologist, defended it. Kessler said spending had to fall.', ['PER:Jordan Kessler'], ['ORG:Jordan Kessler']],
    ['Paris Hilmore opened a hotel in Dubai. Hilmore said she was pleased.', ['PER:Paris Hilmore'], ['ORG:Paris Hilmore']],
    ['Tourists crowded London Bridge on Saturday.', [], ['ORG:London Bridge', 'PER:London Bridge']],
    // names5: the first word of a title is no actor of its own
    ['Police Constable Sam Reid was injured.', ['PER:Sam Reid'], ['ORG:Police']],
    ['Detective Chief Inspector Helen Graves said two men were held.', ['PER:Helen Graves'], ['ORG:Detective', 'PER:Detective']],
    ['The Police Federation said officers were tired.', ['ORG:Police Federation'], []],
  ])('names5: %s', (text, present, absent) => {
    const got = typed(text);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
