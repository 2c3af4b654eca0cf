// Operational failures: each carries a stable code ("input/not-found") and an exit code for the CLI.

/** Base class: every error the tool throws on purpose. */
export class NewsExtractError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(code: string, message: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** A bad flag or option value: nothing is processed, exit 2. */
export class UsageError extends NewsExtractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage/invalid', message, 2, options);
  }
}

/** One input cannot be read or is not an article: becomes an error record, the batch goes on, exit 1. */
export class InputError extends NewsExtractError {
  constructor(code: `input/${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, 1, options);
  }
}

/** An invariant broke: a bug in news-extract. */
export class InternalError extends NewsExtractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('internal/bug', `${message} (this is a bug in news-extract; please report it with the input)`, 3, options);
  }
}
