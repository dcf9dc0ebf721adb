/**
 * @module errors — the one registry of Parley's stable error codes.
 *
 * Every problem Parley reports about an input, a stage or the store has a code from
 * this table. Codes are part of the public contract (scripts grep for them); never
 * rename one, only add. Each entry says what went wrong in words a user can act on and
 * the process exit code it maps to when it ends a command. HTTP status mapping, when
 * the API lands, belongs here too and nowhere else.
 */

/** What a code means and how it surfaces. */
export interface ErrorSpec {
  /** One-line explanation shown after the file name. */
  readonly message: string;
  /** Exit code when this error ends the whole command (see README "Exit codes"). */
  readonly exit: number;
}

/** The registry. Keys are the stable codes. */
export const ERRORS = {
  // --- inputs: the file is skipped, the batch goes on ---
  INPUT_NOT_FOUND: { message: 'no such file or folder', exit: 3 },
  INPUT_UNREADABLE: { message: 'cannot be read', exit: 3 },
  INPUT_EMPTY: { message: 'is empty (no text after extraction)', exit: 3 },
  INPUT_BINARY: { message: 'looks like a binary file, not text', exit: 3 },
  INPUT_NOT_UTF8: { message: 'is not valid UTF-8 text', exit: 3 },
  INPUT_TOO_LARGE: { message: 'is larger than the input size limit', exit: 3 },
  INPUT_UNSUPPORTED: { message: 'has a format Parley does not read', exit: 3 },
  HEADER_MALFORMED: { message: 'has a malformed header block', exit: 3 },
  HTML_NO_ARTICLE: { message: 'is HTML with no article text in it', exit: 3 },
  FEED_MALFORMED: { message: 'is not a well-formed RSS or Atom feed', exit: 3 },
  FEED_TRUNCATED: { message: 'is a feed cut off before its end', exit: 3 },
  FEED_EMPTY: { message: 'is a feed with no items', exit: 3 },
  JSON_MALFORMED: { message: 'is not valid JSON', exit: 3 },
  JSON_RECORD_INVALID: { message: 'has a record Parley cannot read', exit: 3 },
  // --- pipeline: the document is stored with the stage marked as failed ---
  STAGE_FAILED: { message: 'a pipeline stage failed', exit: 4 },
  ANALYSIS_CRASHED: { message: 'crashed the analysis (out of memory or a bug); the document was not stored, the batch went on', exit: 4 },
  REANALYSIS_CRASHED: { message: 'crashed the new analysis (out of memory or a bug); the document keeps its previous analysis, the batch went on', exit: 4 },
  PIPELINE_INVALID: { message: 'the pipeline is misconfigured', exit: 70 },
  // --- knowledge base (data/kb and user folders): the command stops ---
  KB_UNREADABLE: { message: 'the knowledge base cannot be read', exit: 6 },
  KB_INVALID: { message: 'the knowledge base is invalid', exit: 6 },
  // --- store and command line: the command stops ---
  STORE_OPEN_FAILED: { message: 'the store cannot be opened', exit: 5 },
  STORE_NEWER_SCHEMA: { message: 'the store was written by a newer Parley', exit: 5 },
  STORE_WRITE_FAILED: { message: 'the store could not be written', exit: 5 },
  USAGE: { message: 'wrong command-line usage', exit: 2 },
  INTERRUPTED: { message: 'interrupted; completed documents were kept', exit: 130 },
} as const satisfies Record<string, ErrorSpec>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERRORS;

/**
 * The one error class Parley throws for expected problems. `where` names the file,
 * record or stage; `detail` adds the specific fact ("byte 1042", "line 7").
 */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly where: string | null;
  readonly detail: string | null;

  constructor(code: ErrorCode, where: string | null, detail: string | null = null, options?: { cause?: unknown }) {
    super(formatMessage(code, where, detail), options);
    this.name = 'ParleyError';
    this.code = code;
    this.where = where;
    this.detail = detail;
  }

  /** Exit code for a command that ends on this error. */
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  /** Plain-data form, as stored and exported. */
  toJSON(): Problem {
    return { code: this.code, where: this.where, message: this.message };
  }
}

/** A recorded failure: data, not an exception (CONVENTIONS 7). */
export interface Problem {
  readonly code: ErrorCode;
  readonly where: string | null;
  readonly message: string;
}

/** `CODE: where: what is wrong (detail)` — one line, always naming the file. */
export function formatMessage(code: ErrorCode, where: string | null, detail: string | null): string {
  const what = ERRORS[code].message;
  return `${code}: ${where ? `${where}: ` : ''}${what}${detail ? ` (${detail})` : ''}`;
}

/** Turns anything thrown into a Problem, keeping ParleyError codes. */
export function toProblem(err: unknown, where: string | null, fallback: ErrorCode = 'INPUT_UNREADABLE'): Problem {
  if (err instanceof ParleyError) return err.toJSON();
  const detail = err instanceof Error ? err.message : String(err);
  return { code: fallback, where, message: formatMessage(fallback, where, detail) };
}
