import {
  type GenerationRequest,
  GrokImagineError,
  type Logger,
  normalizeRequest,
  type ProviderId,
  type Quote,
  type SubmitOptions,
} from '@grok-imagine/core';
import { checkBudget } from '../budget/check-budget.ts';
import type { SpendTracker } from '../budget/spend-tracker.ts';
import type { BudgetConfig } from '../config/grok-imagine-config.ts';
import type { JobJournal } from '../journal/job-journal.ts';
import { preflight } from '../providers/preflight.ts';
import type { ProviderPool } from '../providers/provider-pool.ts';
import { isProvablyUnaccepted } from './is-provably-unaccepted.ts';
import type { RoutedJob, RoutingAttempt } from './routing-record.ts';

/** What a submission with fallback needs from its `createImagine` instance. */
export interface FallbackContext {
  order: readonly ProviderId[];
  pool: ProviderPool;
  strict: boolean;
  budget: BudgetConfig | undefined;
  tracker: SpendTracker;
  journal: JobJournal;
  logger: Logger | undefined;
}

// Checks made before anything is sent: any of these failing proves nothing was submitted.
const PREFLIGHT_REFUSALS = new Set([
  'UnsupportedError',
  'ValidationError',
  'BudgetExceededError',
  'AuthenticationError',
]);

function attemptOf(provider: ProviderId, error: GrokImagineError): RoutingAttempt {
  const plain: RoutingAttempt['error'] = { name: error.name, message: error.message };
  if (error.code !== undefined) plain.code = error.code;
  if (error.status !== undefined) plain.status = error.status;
  return { provider, error: plain };
}

function preflightOn(
  context: FallbackContext,
  provider: ProviderId,
  normalized: ReturnType<typeof normalizeRequest>,
): Quote {
  const { quote } = preflight(context.pool.adapter(provider), normalized, context.strict);
  checkBudget(context.budget, quote, context.tracker.committedTicks());
  context.pool.connected(provider); // a missing key is found here, before anything is sent
  return quote;
}

/**
 * Submits to the first provider of the order that accepts the request. Moves on only when the
 * submission provably was not accepted (capability check, budget, missing key, 401/402/403, 429
 * after core's retries, 5xx); never after acceptance and never on `SubmissionUncertainError`.
 * When every provider refuses, the last refusal is thrown.
 */
export async function submitWithFallback(
  context: FallbackContext,
  request: GenerationRequest,
  options: SubmitOptions | undefined,
): Promise<RoutedJob> {
  // A request that fails the neutral schema fails everywhere: no fallback.
  const normalized = normalizeRequest(request);
  const attempts: RoutingAttempt[] = [];
  let lastError: unknown;
  for (const provider of context.order) {
    let quote: Quote;
    try {
      quote = preflightOn(context, provider, normalized);
    } catch (error) {
      if (!GrokImagineError.isInstance(error) || !PREFLIGHT_REFUSALS.has(error.name)) throw error;
      lastError = skip(context, attempts, provider, error);
      continue;
    }
    const release = context.tracker.reserve(quote.usdTicks ?? 0);
    try {
      const job = await context.pool.connected(provider).submit(request, options);
      const routing = { order: [...context.order], attempts };
      if (attempts.length > 0) await context.journal.routed(job, routing);
      return { ...job, routing };
    } catch (error) {
      if (!isProvablyUnaccepted(error)) throw error;
      lastError = skip(context, attempts, provider, error as GrokImagineError);
    } finally {
      release();
    }
  }
  throw lastError;
}

function skip(
  context: FallbackContext,
  attempts: RoutingAttempt[],
  provider: ProviderId,
  error: GrokImagineError,
): GrokImagineError {
  attempts.push(attemptOf(provider, error));
  context.logger?.warn?.('provider skipped: submission not accepted', {
    provider,
    error: error.name,
    code: error.code,
    status: error.status,
  });
  return error;
}
