import { GrokImagineError } from '@grok-imagine/core';

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
  { code: 130, meaning: 'interrupted (Ctrl-C); the job is still running' },
];

/** The exit-code table as text, for the `--help` epilogue. */
export function exitCodeHelp(): string {
  const rows = EXIT_CODE_TABLE.map((row) => `  ${String(row.code).padStart(3)}  ${row.meaning}`);
  return ['Exit codes:', ...rows].join('\n');
}

// By error class name, so errors from a second installed copy of core classify the same way.
const codeByErrorName: Readonly<Record<string, ExitCode>> = {
  ValidationError: EXIT_CODES.usage,
  UnsupportedError: EXIT_CODES.usage,
  ContentPolicyError: EXIT_CODES.usage,
  NotFoundError: EXIT_CODES.usage,
  AuthenticationError: EXIT_CODES.auth,
  PermissionError: EXIT_CODES.auth,
  InsufficientCreditsError: EXIT_CODES.auth,
  BudgetExceededError: EXIT_CODES.auth,
  JobFailedError: EXIT_CODES.jobFailed,
  JobExpiredError: EXIT_CODES.jobFailed,
  WaitTimeoutError: EXIT_CODES.timeout,
  ProviderError: EXIT_CODES.provider,
  RateLimitError: EXIT_CODES.provider,
  ConnectionError: EXIT_CODES.provider,
  RequestTimeoutError: EXIT_CODES.provider,
  ResponseValidationError: EXIT_CODES.provider,
  SubmissionUncertainError: EXIT_CODES.provider,
  BotChallengeError: EXIT_CODES.provider,
  AbortedError: EXIT_CODES.interrupted,
};

/** The exit code for an error a command threw. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!GrokImagineError.isInstance(error)) return EXIT_CODES.unexpected;
  // A step after a submission failed: its cause says what kind of failure it was.
  if (error.name === 'PaidJobError') return exitCodeFor(error.cause);
  return codeByErrorName[error.name] ?? EXIT_CODES.unexpected;
}
