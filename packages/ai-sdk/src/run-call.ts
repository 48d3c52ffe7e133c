import {
  assertJobDone,
  type GenerationRequest,
  type Imagine,
  isTerminal,
  type ProviderId,
  type Quote,
  type RoutedJob,
} from '@grok-imagine/sdk';
import type { MappedCall } from './mapped-call.ts';
import { toAiSdkError } from './map-error.ts';

/** Submits a mapped call through the sdk; errors come back as AI SDK errors of the `create` phase. */
export async function submitCall(
  imagine: Imagine,
  call: MappedCall,
  signal: AbortSignal | undefined,
  webhook: MappedCall['webhook'] = call.webhook,
): Promise<RoutedJob> {
  try {
    return await imagine.submit(call.request, {
      ...(signal ? { signal } : {}),
      ...(webhook ? { webhook } : {}),
    });
  } catch (error) {
    throw toAiSdkError(error, 'create', call.request);
  }
}

/**
 * Waits for a submitted job to end and returns it when `done`; a failed or expired job throws the
 * sdk's `JobFailedError` / `JobExpiredError`. Nothing here may be repeated by the AI SDK's retry:
 * the job exists, and repeating the call would pay for another.
 */
export async function waitUntilDone(
  imagine: Imagine,
  job: RoutedJob,
  request: GenerationRequest,
  signal: AbortSignal | undefined,
): Promise<RoutedJob> {
  try {
    const last = isTerminal(job)
      ? job
      : await imagine.wait(job.id, { type: job.type, ...(signal ? { signal } : {}) });
    const routed: RoutedJob = { ...last, ...(job.routing ? { routing: job.routing } : {}) };
    assertJobDone(routed);
    return routed;
  } catch (error) {
    throw toAiSdkError(error, 'accepted', request);
  }
}

/** The quote of a request on the provider that ran it; `undefined` when it cannot be priced here. */
export function quoteOn(
  imagine: Imagine,
  request: GenerationRequest,
  provider: ProviderId,
): Quote | undefined {
  try {
    return imagine.quote(request, { provider });
  } catch {
    // The job exists already; a quote is extra information, never a reason to fail the call.
    return undefined;
  }
}
