// Decides whether people's output gets colour (cli): only on a terminal, never under NO_COLOR or --no-color.
import { Chalk, type ChalkInstance } from 'chalk';

/** True when colour is wanted for a stream. https://no-color.org: any non-empty NO_COLOR turns it off. */
export function isColorWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** A chalk instance that colours only when asked to (no global state). */
export function createChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
