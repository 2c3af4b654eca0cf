// The output stage: turns published records into the text of the chosen format, streaming where the format allows.
import { formatJson } from './json.js';
import { formatNdjsonLine } from './ndjson.js';
import { formatPretty } from './pretty.js';
import { formatHtml } from './html.js';
import { formatCsvHeader, formatCsvRows } from './csv.js';
import type { OutputRecord } from './record.js';

export const FORMATS = ['json', 'ndjson', 'pretty', 'html', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** json only: print an array (several inputs) instead of one object. */
  many: boolean;
  /** pretty only: ANSI colours. */
  color: boolean;
  /** pretty only: wrap width in columns. */
  width: number;
}

/** A streaming formatter: `add` returns the text to print now for one record, `end` what closes the output. */
export interface Formatter {
  add(record: OutputRecord): string;
  end(): string;
}

/** The formatter for a format; callers print what it returns, in order. */
export function createFormatter(format: Format, options: FormatOptions): Formatter {
  switch (format) {
    case 'ndjson':
      return { add: formatNdjsonLine, end: () => '' };
    case 'json': {
      if (!options.many) {
        let count = 0;
        return { add: (r) => (count++ ? '\n' : '') + formatJson(r) + '\n', end: () => '' };
      }
      let count = 0;
      return {
        add: (r) => (count++ ? ',\n' : '[\n') + indent(formatJson(r)),
        end: () => (count ? '\n]\n' : '[]\n'),
      };
    }
    case 'pretty': {
      let count = 0;
      return { add: (r) => (count++ ? '\n' : '') + formatPretty(r, { color: options.color, width: options.width }) + '\n', end: () => '' };
    }
    case 'html': {
      // One page for all inputs, so it can only be written at the end.
      const all: OutputRecord[] = [];
      return { add: (r) => (all.push(r), ''), end: () => formatHtml(all) };
    }
    case 'csv':
    case 'tsv': {
      const delimiter = format === 'csv' ? ',' : '\t';
      let header = false;
      return {
        add: (r) => (header ? '' : ((header = true), formatCsvHeader(delimiter))) + formatCsvRows(r, delimiter),
        end: () => (header ? '' : formatCsvHeader(delimiter)),
      };
    }
  }
}

/** All records in one format, at once (library use). */
export function formatDocs(records: OutputRecord[], format: Format, options: Partial<FormatOptions> = {}): string {
  const f = createFormatter(format, { many: records.length !== 1, color: false, width: 80, ...options });
  return records.map((r) => f.add(r)).join('') + f.end();
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}
