// Two regressions of the 27 November merges (regress10 R1, R4), both sides of each fix:
// R1: a bare K/M key figure ("2.3M" over "homes without power") is text; a lone clap count among counters is not.
// R4: a name opening with a given name is no person when its text makes it a place or a body ("Forest Hill police").
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../src/clean/index.js';
import { createDoc } from '../../src/doc.js';
import { findActorsAndPlaces } from '../../src/extract/actors.js';
import { contextOf } from './ner-helpers.js';

function clean(input: string, contentType: 'text/plain' | 'text/html') {
  const id = contentType === 'text/html' ? 'a.html' : 'a.txt';
  const doc = createDoc({ kind: 'file', id, url: null, fetchedAt: null, contentType, bytes: input.length }, input);
  const kept = cleanDoc(doc, { clean: true, now: null }).map((b) => b.text);
  return { kept, counters: doc.removed.filter((r) => r.rule === 'clean/share-counter').map((r) => r.text) };
}

const LEAD = 'The storm brought down power lines across three counties on Saturday, and crews worked through the night to restore supplies to homes and hospitals.';
const NEXT = 'The utility said most customers would have power back by Tuesday, although some rural areas could wait until the end of the week.';
const html = (body: string) => `<html><head><title>Storm cuts power</title></head><body><article><h1>Storm cuts power</h1><p>${LEAD}</p>${body}<p>${NEXT}</p></article></body></html>`;
const stat = (figure: string, label: string) => `<div class="stat"><p class="figure">${figure}</p><p>${label}</p></div>`;

describe('R1: a bare K/M figure alone on a line', () => {
  it.each([
    ['a key-figures box in HTML', html(stat('2.3M', 'homes without power') + stat('640', 'poles replaced') + stat('18K', 'line workers sent')), 'text/html', ['2.3M', '18K']],
    ['an "In numbers" list in HTML', html('<h2>In numbers</h2><ul><li><strong>3.1m</strong></li><li>meals served</li><li><strong>52K</strong></li><li>volunteers</li></ul>'), 'text/html', ['3.1m', '52K']],
    ['a key figure between blank lines in plain text', `Storm cuts power\n\n${LEAD}\n\n2.3M\n\nhomes were still without power on Sunday night, the utility said.\n\n${NEXT}`, 'text/plain', ['2.3M']],
    // two figures in a row, neither with a counter word: neither makes the other a counter
    ['two bare figures one above the other', `Storm cuts power\n\n${LEAD}\n\n2.3M\n\n18K\n\n${NEXT}`, 'text/plain', ['2.3M', '18K']],
  ])('stays as text: %s', (_, input, type, figures) => {
    const r = clean(input, type as 'text/plain' | 'text/html');
    expect(r.kept).toEqual(expect.arrayContaining(figures));
    expect(r.counters).toEqual([]);
  });

  it.each([
    // a clap count beside the responses' count and the share button of a blogging page
    ['beside a bare count and share buttons in HTML', html('<div><span>7 min read · Mar 3, 2026</span></div><div><span>3.4K</span></div><div><span>Share</span></div>'), 'text/html', ['3.4K']],
    ['beside an icon counter in plain text', `Storm cuts power\n\n${LEAD}\n5.6K\n💬 52\n\n${NEXT}`, 'text/plain', ['5.6K', '💬 52']],
    ['beside the reading time in plain text', `Storm cuts power\n\n4 min read · 2.1K views\n3.4K\n\n${LEAD}\n\n${NEXT}`, 'text/plain', ['4 min read · 2.1K views', '3.4K']],
    // marked on its own line: a counter word or an icon
    ['with a counter word or an icon', `Storm cuts power\n\n${LEAD}\n\n1.7K shares\n\n${NEXT}\n\n👏 9.2K`, 'text/plain', ['1.7K shares', '👏 9.2K']],
  ])('goes as a counter: %s', (_, input, type, counters) => {
    const r = clean(input, type as 'text/plain' | 'text/html');
    expect(r.counters).toEqual(counters);
    for (const c of counters) expect(r.kept).not.toContain(c);
    expect(r.kept).toEqual(expect.arrayContaining([LEAD, NEXT]));
  });
});

/** [type, name] of every actor. */
const actors = (text: string) => findActorsAndPlaces(contextOf(text)).actors.map((a) => [a.type, a.name]);

describe('R4: a given-named name the text treats as a place or a body stays what the tagger read', () => {
  it.each([
    // a place's police after it, a place-like last word ("hill")
    ['Officers said a caller had led Forest Hill police to a house near the station.', 'Forest Hill'],
    ['High winds hit Forest Hill on Monday, cutting power to 300 homes.', 'Forest Hill'],
    // "its" after the company's verb, "Shares in X"
    ['Taylor Wimpey cut its forecast for new homes on Thursday.', 'Taylor Wimpey'],
    ['Shares in Taylor Wimpey fell 2% after the update.', 'Taylor Wimpey'],
    // a club's result against a club, on either side of the verb
    ['Leyton Orient beat Wycombe 3-1 on Saturday.', 'Leyton Orient'],
    ['Aston Villa lost to Leyton Orient at home.', 'Leyton Orient'],
    // an institution's last word (its short form then stays its alias, not an actor of its own)
    ["Engineers at NASA's Jet Propulsion Laboratory (JPL) in Pasadena built the camera.", 'Jet Propulsion Laboratory'],
  ])('%j: %s is no person', (text, name) => {
    const found = actors(text);
    expect(found.map((a) => a[1])).toContain(name);
    expect(found).not.toContainEqual(['person', name]);
    expect(found.map((a) => a[1])).not.toContain('JPL');
  });

  it.each([
    ['Elon Musk said on Monday that deliveries would rise.', 'Elon Musk'],
    ['Jamie Court, president of Consumer Watchdog, said the rule was unfair.', 'Jamie Court'],
    ['Taylor Swift raised her voice at the show.', 'Taylor Swift'],
    // a speech verb before "its": the person speaks of the company
    ['Elon Musk said its factory in Texas would double output.', 'Elon Musk'],
  ])('%j: %s is a person', (text, name) => {
    expect(actors(text)).toContainEqual(['person', name]);
  });
});
