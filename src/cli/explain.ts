// CLI: renders what the clean stage removed from one document, and why, for `--explain` (for people, not pipelines).
import { Chalk } from 'chalk';
import type { NewsDoc } from '../doc.js';
import { metaSourcesOf } from '../clean/index.js';
import { toTerminalSafe } from '../output/text-width.js';

/** Characters of each removed block shown in the listing. */
const PREVIEW_CHARS = 100;

/** One line of article text, safe for a terminal: "\x1b]0;title\x07" in a page must not retitle the window. */
function preview(text: string): string {
  const flat = toTerminalSafe(text.replace(/\s+/g, ' ').trim());
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

/**
 * One line per removed block (kind, rule, preview of its text), then counts per rule and the kept size.
 * `color` turns on chalk colours (the caller decides: TTY, NO_COLOR, --no-color).
 */
export function formatExplain(doc: NewsDoc, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  lines.push(c.bold(toTerminalSafe(doc.source.id)) + (doc.meta.title ? `  ${c.dim(preview(doc.meta.title))}` : ''));
  // metadata with where it came from: "published 2017-05-13 (json-ld datePublished)"
  const sources = metaSourcesOf(doc);
  const fields: [keyof typeof sources, string | null][] = [
    ['title', doc.meta.title], ['authors', doc.meta.authors.length ? doc.meta.authors.join('; ') : null], ['published', doc.meta.published],
    ['site', doc.meta.site], ['language', doc.meta.language], ['canonicalUrl', doc.meta.canonicalUrl],
  ];
  for (const [field, value] of fields) {
    if (value === null) continue;
    lines.push(`  ${c.green('=')} ${String(field).padEnd(13)} ${preview(value)}${sources[field] ? c.dim(`  (${sources[field]})`) : ''}`);
  }
  if (doc.removed.length === 0) lines.push(c.green('  nothing removed'));
  for (const r of doc.removed) {
    lines.push(`  ${c.red('-')} ${c.yellow(r.kind.padEnd(13))} ${c.cyan(r.rule.padEnd(26))} ${preview(r.text)}`);
  }
  const counts = new Map<string, { n: number; chars: number }>();
  for (const r of doc.removed) {
    const e = counts.get(r.rule) ?? { n: 0, chars: 0 };
    e.n += 1;
    e.chars += r.text.length;
    counts.set(r.rule, e);
  }
  if (counts.size > 0) {
    lines.push(c.bold('  removed by rule:'));
    for (const [rule, e] of [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
      lines.push(`    ${rule.padEnd(28)} ${String(e.n).padStart(4)} block${e.n === 1 ? ' ' : 's'} ${String(e.chars).padStart(7)} chars`);
    }
  }
  const removedChars = doc.removed.reduce((n, r) => n + r.text.length, 0);
  lines.push(`  ${doc.removed.length} removed (${removedChars} chars); kept ${doc.paragraphs.length || '?'} paragraph${doc.paragraphs.length === 1 ? '' : 's'} (${doc.text.length} chars)`);
  for (const m of doc.messages.filter((x) => x.rule.startsWith('clean/'))) {
    lines.push(`  ${c.yellow(m.severity)} ${m.rule}: ${toTerminalSafe(m.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
