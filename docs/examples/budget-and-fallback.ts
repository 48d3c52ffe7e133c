/** A spending limit checked before every call, and a second provider when the first refuses. */
import { BudgetExceededError, createImagine, type Job } from '@grok-imagine/sdk/node';

/** Runs on Pixazo, falls back to xAI when Pixazo provably did not accept the job (5xx, 429, 402, 401…). */
export async function guardedVideo(): Promise<Job | undefined> {
  const imagine = createImagine({
    provider: 'pixazo',
    fallback: ['xai'],
    budget: { maxUsdPerCall: '0.50', maxUsdTotal: '5.00' },
  });
  try {
    const job = await imagine.generate({ type: 'text-to-video', prompt: 'Clouds over a ridge', duration: 6 });
    // Which provider ran it, and why the ones before it were skipped.
    const skipped = job.routing?.attempts.map((a) => `${a.provider}: ${a.error.name}`);
    console.log(job.provider, skipped);
    console.log('spent so far:', imagine.spend().usd);
    return job;
  } catch (error) {
    if (error instanceof BudgetExceededError) {
      // Nothing was sent. The refused quote and the limit it broke are on the error.
      console.log(error.limit, error.quote?.usd);
      return undefined;
    }
    throw error;
  }
}
