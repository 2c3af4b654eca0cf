// Messages for people on stderr (cli): per-input failures and the closing summary line.
import type { ChalkInstance } from 'chalk';
import { toTerminalSafe } from '../output/text-width.js';

/**
 * A file name, URL or message made safe for a terminal, on one line: a saved page named "a\x1b]0;x\x07.html" or a
 * server's error text must not send escape sequences to the user's terminal or split a message in two.
 */
export function forTerminal(s: string): string {
  return toTerminalSafe(s).replace(/\n/g, '\ufffd');
}

export interface RunTally {
  sources: number;
  failed: number;
  warnings: number;
  skipped: number;
}

/** "news-extract: missing.html: file not found … [input/not-found]" */
export function formatFailure(id: string, code: string, message: string, c: ChalkInstance): string {
  return `${c.red('news-extract:')} ${forTerminal(id)}: ${forTerminal(message)} ${c.dim(`[${code}]`)}\n`;
}

/** "news-extract: missing.html: warning: … [clean/leak]" */
export function formatWarning(id: string, rule: string, text: string, c: ChalkInstance): string {
  return `${c.yellow('news-extract:')} ${forTerminal(id)}: warning: ${forTerminal(text)} ${c.dim(`[${rule}]`)}\n`;
}

/** "12 sources, 1 failed, 3 warnings" (and skipped ones, when any). */
export function formatSummary(t: RunTally, c: ChalkInstance): string {
  const parts = [`${t.sources} source${t.sources === 1 ? '' : 's'}`, `${t.failed} failed`, `${t.warnings} warning${t.warnings === 1 ? '' : 's'}`];
  if (t.skipped) parts.push(`${t.skipped} unchanged, skipped`);
  const line = parts.join(', ');
  return (t.failed ? c.red(line) : t.warnings ? c.yellow(line) : c.green(line)) + '\n';
}
