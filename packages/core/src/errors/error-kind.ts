/**
 * What an SDK error means, as data: every error class has one kind, and code that reacts to an error
 * (retry, fallback, the CLI's exit codes) reads `error.kind` instead of matching class names.
 * Adapters classify a provider's error body into one of the API kinds (`validation` … `bot-challenge`);
 * `createApiError` turns it into the matching class.
 */
export type ErrorKind =
  | 'validation'
  | 'unsupported'
  | 'authentication'
  | 'permission'
  | 'insufficient-credits'
  | 'not-found'
  | 'rate-limit'
  | 'content-policy'
  | 'provider'
  | 'bot-challenge';

/** Kinds of errors that do not come from a provider's error answer. */
export type SdkErrorKind =
  | 'sdk'
  | 'connection'
  | 'timeout'
  | 'submission-uncertain'
  | 'response-validation'
  | 'job-failed'
  | 'job-expired'
  | 'wait-timeout'
  | 'aborted'
  | 'budget';

/**
 * Whether the provider accepted a job-creating request that failed, decided once, in core:
 * - `no`: provably not accepted (refused before sending, connection refused, DNS, or a 4xx refusal);
 *   nothing was charged and another provider may be tried.
 * - `unknown`: the request may have reached the provider (5xx, timeout, reset after sending, an
 *   unreadable 2xx body): the job may exist and be charged. Never re-sent automatically.
 */
export type Acceptance = 'no' | 'unknown';
