// Decides how bin/news-extract.js starts the CLI (cli): from the start-up snapshot for a single input, the ordinary
// way for batches. Kept tiny: it is loaded before anything else on every run.
import fs from 'node:fs';
import { packageFile } from '../paths.js';
import { SNAPSHOT_MAX_INPUT_BYTES } from '../defaults.js';

/** Options that take a value, so their value is not counted as an input. */
const VALUE_OPTIONS = new Set(['-f', '--format', '-o', '--out-dir', '--max-bytes', '--fetch-timeout', '--user-agent', '--urls-from', '--feed', '--state', '-j', '--jobs', '--timeout']);
/** Options that make a run a batch (worker threads, which a snapshot-started process cannot create). */
const BATCH_OPTIONS = new Set(['--urls-from', '--feed', '-j', '--jobs', '--timeout', '-o', '--out-dir']);

/** True when argv is one input (a file, a URL or stdin) with no batch option: the case a snapshot speeds up. */
export function isSingleInputRun(argv: string[]): boolean {
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    const name = a.startsWith('--') ? a.split('=')[0]! : a;
    if (BATCH_OPTIONS.has(name)) return false;
    // help and version load no NLP: the ordinary start is quicker than deserialising the snapshot
    if (name === '-h' || name === '--help' || name === '-V' || name === '--version') return false;
    if (VALUE_OPTIONS.has(name)) {
      if (!a.includes('=')) i++;
    } else if (!a.startsWith('-') || a === '-') {
      inputs.push(a);
    }
  }
  if (inputs.length > 1 || inputs[0] === 'schema') return false;
  if (inputs.length === 1 && !/^https?:\/\//i.test(inputs[0]!) && inputs[0] !== '-') {
    try {
      const stat = fs.statSync(inputs[0]!);
      // a big page takes long enough that start-up no longer matters, and the snapshot's interpreted regular
      // expressions would make it about a third slower
      if (stat.isDirectory() || stat.size > SNAPSHOT_MAX_INPUT_BYTES) return false;
    } catch {
      // a missing file is one input: the CLI reports it
    }
  }
  return true;
}

/** The start-up snapshot: the blob and the V8 flags it was built under (it loads only under the same flags). */
export interface Snapshot {
  blob: string;
  flags: string[];
}

/** The snapshot, when one was built by this very Node.js binary; else null. */
export function findSnapshot(env: Record<string, string | undefined>): Snapshot | null {
  if (env.NEWS_EXTRACT_NO_SNAPSHOT) return null;
  try {
    const meta = JSON.parse(fs.readFileSync(packageFile('dist/snapshot/meta.json'), 'utf8')) as { node: string; arch: string; execPath: string; flags?: string[] };
    if (meta.node !== process.version || meta.arch !== process.arch || meta.execPath !== process.execPath) return null;
    const blob = packageFile('dist/snapshot/news-extract.blob');
    return fs.existsSync(blob) ? { blob: blob.pathname, flags: meta.flags ?? [] } : null;
  } catch {
    return null;
  }
}

/**
 * A one-file bundle of dist/ made by scripts/bundle.mjs ('cli.cjs', 'worker.cjs'), when it was made from the dist/
 * there is now; else null, and the caller loads dist/ itself. A bare `tsc` after `npm run build` leaves an older
 * bundle behind: its recorded build time then differs from dist/index.js's, so it is not used.
 */
export function findBundle(name: string, env: Record<string, string | undefined>, root: URL = packageFile('')): URL | null {
  if (env.NEWS_EXTRACT_NO_BUNDLE) return null;
  try {
    const meta = JSON.parse(fs.readFileSync(new URL('dist/bundle/meta.json', root), 'utf8')) as { builtFrom: number };
    if (meta.builtFrom !== fs.statSync(new URL('dist/index.js', root)).mtimeMs) return null;
    const file = new URL(`dist/bundle/${name}`, root);
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
