import {
  APICallError,
  InvalidArgumentError,
  LoadAPIKeyError,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import { type GenerationRequest, GrokImagineError } from '@grok-imagine/sdk';
import { describeRequest } from './describe-request.ts';

/**
 * Where in a call an error happened, which decides whether the AI SDK may repeat the call:
 * - `create`: submitting; repeating is safe only when the provider provably did not accept it;
 * - `read`: a status read; repeating is safe when the error is transient;
 * - `accepted`: after the job exists (waiting, fetching bytes); repeating would pay for a second job.
 */
export type CallPhase = 'create' | 'read' | 'accepted';

// Kinds of errors of a provider's HTTP API or of the transport to it: the AI SDK's APICallError fits.
const API_CALL_KINDS: ReadonlySet<string> = new Set([
  'authentication',
  'permission',
  'rate-limit',
  'insufficient-credits',
  'not-found',
  'content-policy',
  'provider',
  'bot-challenge',
  'connection',
  'timeout',
  'submission-uncertain',
  'response-validation',
]);

function withCause<E extends Error>(error: E, cause: unknown): E {
  // Some AI SDK error classes take no cause; ours must stay reachable for `instanceof`-free checks.
  Object.defineProperty(error, 'cause', {
    value: cause,
    enumerable: false,
    configurable: true,
    writable: false,
  });
  return error;
}

function retryable(error: GrokImagineError, phase: CallPhase): boolean {
  if (phase === 'accepted' || !error.retryable) return false;
  if (phase === 'read') return true;
  // Only a create the provider provably did not accept (core's verdict, e.g. a 429) may be repeated
  // by the AI SDK; an unknown acceptance may have been charged.
  return error.accepted === 'no';
}

/**
 * Maps an sdk error to the AI SDK class that fits, keeping ours as `cause`:
 * `ValidationError` found before sending → `InvalidArgumentError` (argument = the field);
 * `UnsupportedError` found before sending → `UnsupportedFunctionalityError`;
 * a missing API key → `LoadAPIKeyError`; provider HTTP and transport errors → `APICallError` with
 * `statusCode` and an `isRetryable` that never lets the AI SDK pay twice. Failed or expired jobs,
 * budget refusals, aborts and wait timeouts have no AI SDK counterpart and are thrown as they are.
 */
export function toAiSdkError(error: unknown, phase: CallPhase, request?: GenerationRequest): unknown {
  if (!GrokImagineError.isInstance(error)) return error;
  // An error about a job that ran (failed, expired, every output withheld, still running) has no
  // AI SDK counterpart: it is thrown as it is, with the job.
  if ((error as { job?: unknown }).job !== undefined) return error;
  const local = error.status === undefined;
  if (error.kind === 'validation' && local) {
    const field = (error as GrokImagineError & { field?: string }).field ?? 'request';
    return new InvalidArgumentError({ argument: field, message: error.message, cause: error });
  }
  if (error.kind === 'unsupported' && local) {
    const functionality = error.code ?? 'request';
    return withCause(new UnsupportedFunctionalityError({ functionality, message: error.message }), error);
  }
  if (error.kind === 'authentication' && error.code === 'missing_api_key') {
    return withCause(new LoadAPIKeyError({ message: error.message }), error);
  }
  if (!API_CALL_KINDS.has(error.kind) && local) return error;
  return new APICallError({
    message: error.message,
    // The sdk keeps endpoints internal; the provider is what a user can act on.
    url: `grok-imagine:${error.provider ?? 'unknown'}`,
    requestBodyValues: request ? describeRequest(request) : undefined,
    ...(error.status === undefined ? {} : { statusCode: error.status }),
    cause: error,
    isRetryable: retryable(error, phase),
    data: error.toJSON(),
  });
}
