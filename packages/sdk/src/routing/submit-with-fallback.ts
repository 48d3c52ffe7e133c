import {
  type GenerationRequest,
  GrokImagineError,
  type Logger,
  type NormalizeResult,
  normalizeRequest,
  type PreparedRequest,
  prepareNormalized,
  type ProviderId,
  type SubmitOptions,
} from '@grok-imagine/core';
import type { ProviderPool } from '../providers/provider-pool.ts';
import type { RoutedJob, RoutingAttempt } from './routing-record.ts';

/** What a submission with fallback needs from its `createImagine` instance. */
export interface FallbackContext {
  order: readonly ProviderId[];
  pool: ProviderPool;
  strict: boolean;
  logger: Logger | undefined;
}

function attemptOf(provider: ProviderId, error: GrokImagineError): RoutingAttempt {
  const plain: RoutingAttempt['error'] = { name: error.name, message: error.message };
  if (error.code !== undefined) plain.code = error.code;
  if (error.status !== undefined) plain.status = error.status;
  return { provider, error: plain };
}

/** Checks and plans the request on one provider and finds its key: anything failing here sent nothing. */
function prepareOn(
  context: FallbackContext,
  provider: ProviderId,
  normalized: NormalizeResult,
): PreparedRequest {
  try {
    const prepared = prepareNormalized(context.pool.adapter(provider), normalized, context.strict);
    context.pool.connected(provider); // a missing key is found here, before anything is sent
    return prepared;
  } catch (error) {
    if (GrokImagineError.isInstance(error)) error.accepted = 'no';
    throw error;
  }
}

/**
 * Submits to the first provider of the order that takes the request. The request is normalized
 * once; each provider checks and plans it once. Fallback moves on only when the error says the
 * provider did not accept the job (`accepted: 'no'`: capability check, missing key, budget, a
 * refusal); an `unknown` acceptance (`SubmissionUncertainError`) is thrown at once — the job may
 * exist, and a second provider would charge again. When every provider refuses, the last refusal is
 * thrown. Every provider tried gets its own ledger entry, grouped by one `callId`.
 */
export async function submitWithFallback(
  context: FallbackContext,
  request: GenerationRequest,
  options: SubmitOptions | undefined,
): Promise<RoutedJob> {
  // A request that fails the neutral schema fails everywhere: no fallback. Like every error of a
  // create, the refusal says nothing was sent (`accepted: 'no'`).
  let normalized: NormalizeResult;
  try {
    normalized = normalizeRequest(request);
  } catch (error) {
    if (GrokImagineError.isInstance(error)) error.accepted = 'no';
    throw error;
  }
  const callId = options?.callId ?? globalThis.crypto.randomUUID();
  const attempts: RoutingAttempt[] = [];
  let lastError: unknown;
  for (const provider of context.order) {
    try {
      const prepared = prepareOn(context, provider, normalized);
      const job = await context.pool.connected(provider).submitPrepared(prepared, { ...options, callId });
      return { ...job, routing: { order: [...context.order], attempts } };
    } catch (error) {
      if (!GrokImagineError.isInstance(error) || error.accepted !== 'no') throw error;
      attempts.push(attemptOf(provider, error));
      context.logger?.warn?.('provider skipped: submission not accepted', {
        provider,
        error: error.name,
        code: error.code,
        status: error.status,
      });
      lastError = error;
    }
  }
  throw lastError;
}
