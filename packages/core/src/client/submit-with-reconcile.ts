import { isErrorNamed } from '../errors/is-error-named.ts';
import type { Job } from '../job/job.ts';
import type { ProviderAdapter, SubmitContext } from '../provider/provider-adapter.ts';
import type { ProviderRequest } from '../request/normalized-request.ts';

/**
 * Calls `adapter.submit`. When its answer was lost (`SubmissionUncertainError`) and the adapter can
 * look for the job it may have created, returns the job found (with a warning saying so); when none
 * is found, or the search itself fails, the original `SubmissionUncertainError` is thrown — never a
 * blind second submission.
 */
export async function submitWithReconcile(
  adapter: ProviderAdapter,
  request: ProviderRequest,
  ctx: SubmitContext,
): Promise<Job> {
  const submittedAt = ctx.clock.now();
  try {
    return await adapter.submit(request, ctx);
  } catch (error) {
    if (!isErrorNamed(error, 'SubmissionUncertainError') || !adapter.reconcileSubmission) throw error;
    let found: Job | undefined;
    try {
      found = await adapter.reconcileSubmission(request, submittedAt, ctx);
    } catch (reconcileError) {
      ctx.logger.warn?.(`${adapter.id}: could not reconcile a lost submission`, {
        reason: (reconcileError as { name?: unknown }).name,
      });
    }
    if (!found) throw error;
    ctx.logger.info?.(`${adapter.id}: found job ${found.id} after a lost submission answer`);
    return {
      ...found,
      warnings: [
        ...found.warnings,
        {
          type: 'other',
          provider: adapter.id,
          message: "The submission's answer was lost; this job was found by listing recent jobs.",
        },
      ],
    };
  }
}
