// Applies a seed-expected.json (the format of ../shared/seed/expected.json) to a record; returns the failed checks.
// Same semantics as ../shared/tools/seed-check.mjs, written here so tests need nothing outside the project.

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const eq = (a: unknown, b: unknown) => a != null && b != null && norm(a) === norm(b);
const noThe = (s: unknown) => norm(s).replace(/^the /, '');
const arr = (x: unknown): any[] => (Array.isArray(x) ? x : []);
const names = (x: any): string[] => [x.name, ...arr(x.aliases)].filter((v) => typeof v === 'string');

export function checkSeedExpectations(exp: any, rec: any): string[] {
  const failed: string[] = [];
  const fail = (ok: boolean, what: string) => ok || failed.push(what);
  const text = norm(rec.article?.text);
  const a = exp.article ?? {};
  if (a.title !== undefined) fail(eq(rec.article.title, a.title), `title ${a.title}`);
  if (a.author !== undefined) fail(arr(rec.article.authors).some((x) => eq(x, a.author)), `author ${a.author}`);
  for (const s of arr(a.mustKeep)) fail(text.includes(norm(s)), `keep ${s}`);
  for (const s of arr(a.mustRemove)) fail(!text.includes(norm(s)), `remove ${s}`);

  const actors = arr(rec.actors);
  for (const item of arr(exp.actors?.mustFind)) {
    let pool = actors.filter((x) => names(x).some((n) => item.forms.some((f: string) => eq(n, f))) && x.type === item.type);
    if (item.bothFormsLinked) pool = pool.filter((x) => item.forms.every((f: string) => names(x).some((n) => eq(n, f))));
    if (item.role) pool = pool.filter((x) => arr(x.roles).some((r) => norm(r).includes(norm(item.role))));
    fail(pool.length > 0, `actor ${item.forms[0]}`);
  }
  const hits = (list: any[], s: string) => list.some((x) => names(x).some((n) => eq(n, s)) || arr(x.mentions).some((m) => eq(m.text, s)));
  for (const s of arr(exp.actors?.mustNotFind)) fail(!hits(actors, s), `no actor ${s}`);
  const places = arr(rec.places);
  for (const forms of arr(exp.places?.mustFind)) fail(places.some((p) => names(p).some((n) => forms.some((f: string) => eq(n, f)))), `place ${forms[0]}`);
  for (const s of arr(exp.places?.mustNotFind)) fail(!hits(places, s), `no place ${s}`);

  const numbers = arr(rec.numbers);
  for (const n of arr(exp.numbers?.mustFind)) {
    fail(
      numbers.some((x) => x.value === n.value && (n.counts === undefined || eq(x.counts, n.counts)) && (n.event === undefined || eq(x.event, n.event)) && (n.approximate === undefined || x.approximate === n.approximate)),
      `number ${n.value} ${n.counts ?? ''}`,
    );
  }
  for (const n of arr(exp.numbers?.mustNotFind)) fail(!numbers.some((x) => x.value === n.value), `no number ${n.value}`);
  for (const d of arr(exp.dates?.mustFind)) fail(arr(rec.dates).some((x) => eq(x.text, d.text)), `date ${d.text}`);

  const claims = arr(rec.claims);
  for (const c of arr(exp.claims?.mustFind)) {
    const ok = claims.some((x) => {
      const actor = actors.find((y) => y.id === x.source?.actor);
      const sources = [x.source?.text, ...(actor ? names(actor) : [])].map(noThe);
      if (!norm(x.content).includes(norm(c.contentIncludes))) return false;
      if (!sources.includes(noThe(c.source)) || !eq(x.cue, c.cue)) return false;
      if (c.sourceKind && x.source?.kind !== c.sourceKind) return false;
      return arr(c.numbers).every((v) => numbers.some((n) => n.value === v && n.claim === x.id));
    });
    fail(ok, `claim ${c.source} ${c.cue} ${c.contentIncludes}`);
  }
  for (const c of arr(exp.claims?.mustNotFind)) fail(!claims.some((x) => norm(x.content).includes(norm(c.contentIncludes))), `no claim ${c.contentIncludes}`);
  return failed;
}
