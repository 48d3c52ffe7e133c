/** What an AI SDK caller sees when a Grok Imagine call fails. */
import { APICallError, InvalidArgumentError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { createGrokImagine } from '@grok-imagine/ai-sdk';
import { BudgetExceededError, JobFailedError } from '@grok-imagine/sdk';
import { experimental_generateVideo as generateVideo } from 'ai';

/** Generates a video and explains a failure in one line. */
export async function explainFailure(prompt: string): Promise<string> {
  const gi = createGrokImagine({ budget: { maxUsdPerCall: '0.50' } });
  try {
    await generateVideo({ model: gi.video('grok-imagine-video'), prompt, duration: 6 });
    return 'ok';
  } catch (error) {
    // Checked before anything is sent: our ValidationError is the cause.
    if (InvalidArgumentError.isInstance(error)) return `bad ${error.argument}: ${error.message}`;
    if (UnsupportedFunctionalityError.isInstance(error)) return `not on this provider: ${error.message}`;
    // The provider answered with an error; isRetryable is never true once a job may exist.
    if (APICallError.isInstance(error))
      return `HTTP ${error.statusCode ?? '-'} (retryable: ${error.isRetryable})`;
    // No AI SDK class fits these: they come through as the sdk's own errors.
    if (error instanceof BudgetExceededError) return 'over budget, nothing was sent';
    if (error instanceof JobFailedError) return `the job failed: ${error.job?.error?.message}`;
    throw error;
  }
}
