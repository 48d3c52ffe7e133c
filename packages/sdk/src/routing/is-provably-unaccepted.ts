import { GrokImagineError } from '@grok-imagine/core';

/**
 * Errors a submission can fail with that prove the provider did not create (or charge) the job, so
 * trying the next provider cannot double-submit. Named by class name so errors from another
 * installed copy of core are recognised too.
 */
const REFUSED = new Set([
  'RateLimitError', // 429 after core's own retry budget
  'InsufficientCreditsError', // 402
  'AuthenticationError', // 401, or no key configured
  'PermissionError', // 403
  'UnsupportedError', // the provider cannot do this request (checked before sending, or 405/415)
  'BudgetExceededError', // refused by the budget before sending
]);

/**
 * True when `error` proves the submission was not accepted: fallback may move on. Never true for
 * `SubmissionUncertainError` (the job may exist) or for anything unrecognised.
 */
export function isProvablyUnaccepted(error: unknown): boolean {
  if (!GrokImagineError.isInstance(error)) return false;
  if (REFUSED.has(error.name)) return true;
  return error.name === 'ProviderError' && error.status !== undefined && error.status >= 500;
}
