import { GrokImagineError } from '@grok-imagine/sdk/node';
import { PaidJobError } from './paid-job-error.ts';

/** The documented exit codes of `grok-imagine`. */
export const EXIT_CODES = {
  /** The command did what was asked. */
  ok: 0,
  /** An unexpected error (a bug, or something the CLI cannot classify). */
  unexpected: 1,
  /** Bad usage or a request a provider does not accept (`ValidationError`, `UnsupportedError`). */
  usage: 2,
  /** Missing or rejected API key, missing permission, no credits, or over budget. */
  auth: 3,
  /** The job ended `failed` or `expired`. */
  jobFailed: 4,
  /** `--timeout` passed while the job was still running; it goes on at the provider. */
  timeout: 5,
  /** The provider or the network failed (5xx, rate limit, connection, unreadable answer). */
  provider: 6,
  /**
   * A submission's answer was lost: the job may exist and be charged. It is in the journal as
   * uncertain; `grok-imagine resume` looks for it, and it is never sent again on its own.
   */
  uncertain: 7,
  /** Interrupted (Ctrl-C); a submitted job keeps running and `grok-imagine resume` finishes it. */
  interrupted: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** The exit-code table as rows, for `--help` and the docs. */
export const EXIT_CODE_TABLE: readonly { code: ExitCode; meaning: string }[] = [
  { code: 0, meaning: 'success' },
  { code: 1, meaning: 'unexpected error' },
  { code: 2, meaning: 'usage or validation error (a value the provider does not allow)' },
  { code: 3, meaning: 'authentication, permission, credits or budget' },
  { code: 4, meaning: 'job failed or expired' },
  { code: 5, meaning: 'timed out waiting; the job is still running (resume with `grok-imagine resume`)' },
  { code: 6, meaning: 'provider or network error' },
  { code: 7, meaning: 'submission uncertain: the job may exist and be charged (see `grok-imagine resume`)' },
  { code: 130, meaning: 'interrupted (Ctrl-C); the job is still running' },
];

/** The exit-code table as text, for the `--help` epilogue. */
export function exitCodeHelp(): string {
  const rows = EXIT_CODE_TABLE.map((row) => `  ${String(row.code).padStart(3)}  ${row.meaning}`);
  return ['Exit codes:', ...rows].join('\n');
}

// By error kind (data every SDK error carries), so a second installed copy of core classifies the same way.
const codeByKind: Readonly<Record<string, ExitCode>> = {
  validation: EXIT_CODES.usage,
  unsupported: EXIT_CODES.usage,
  'content-policy': EXIT_CODES.usage,
  'not-found': EXIT_CODES.usage,
  authentication: EXIT_CODES.auth,
  permission: EXIT_CODES.auth,
  'insufficient-credits': EXIT_CODES.auth,
  budget: EXIT_CODES.auth,
  'job-failed': EXIT_CODES.jobFailed,
  'job-expired': EXIT_CODES.jobFailed,
  'wait-timeout': EXIT_CODES.timeout,
  provider: EXIT_CODES.provider,
  'rate-limit': EXIT_CODES.provider,
  connection: EXIT_CODES.provider,
  timeout: EXIT_CODES.provider,
  'response-validation': EXIT_CODES.provider,
  'bot-challenge': EXIT_CODES.provider,
  'submission-uncertain': EXIT_CODES.uncertain,
  aborted: EXIT_CODES.interrupted,
};

/** The exit code for an error a command threw. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!GrokImagineError.isInstance(error)) return EXIT_CODES.unexpected;
  // A step after a submission failed: its cause says what kind of failure it was.
  if (PaidJobError.isInstance(error)) return exitCodeFor(error.cause);
  return codeByKind[error.kind] ?? EXIT_CODES.unexpected;
}
