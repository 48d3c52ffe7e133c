/** Catching the SDK's errors: one hierarchy, each class carrying what you need to act on it. */
import {
  AuthenticationError,
  createImagine,
  GrokImagineError,
  InsufficientCreditsError,
  type Job,
  JobFailedError,
  RateLimitError,
  SubmissionUncertainError,
  ValidationError,
  WaitTimeoutError,
} from '@grok-imagine/sdk';

/** Generates a 20-second video and explains each way it can go wrong. */
export async function generateExplained(): Promise<Job | undefined> {
  const imagine = createImagine({ provider: 'pixazo' });
  try {
    return await imagine.generate({ type: 'text-to-video', prompt: 'A comet over a lake', duration: 20 });
  } catch (error) {
    // Every error of submit/generate says whether the provider took the job: 'no' (nothing was
    // created, safe to try again or elsewhere) or 'unknown' (a SubmissionUncertainError).
    if (GrokImagineError.isInstance(error) && error.accepted === 'no') console.log('nothing was charged');
    if (ValidationError.isInstance(error)) {
      // Found before anything was sent: 'duration', 20, '3–10 s' on Pixazo.
      console.log(error.field, error.value, error.allowed);
    } else if (error instanceof AuthenticationError) {
      console.log(error.code === 'missing_api_key' ? 'set PIXAZO_API_KEY' : 'key rejected');
    } else if (error instanceof InsufficientCreditsError) {
      console.log('top up', error.creditsRequired, error.creditsRemaining);
    } else if (error instanceof RateLimitError) {
      console.log('retry after', error.retryAfterMs, 'ms');
    } else if (SubmissionUncertainError.isInstance(error)) {
      // In the journal as uncertain; resume() looks for it, and it is never sent again on its own.
      console.log('the job may exist and be charged:', error.submissionId, error.candidates);
    } else if (error instanceof JobFailedError) {
      console.log(error.job?.error?.code, error.job?.error?.retryable, error.job?.error?.charged);
    } else if (error instanceof WaitTimeoutError) {
      console.log('still running at the provider:', error.job?.id);
    } else if (GrokImagineError.isInstance(error)) {
      // Any other SDK error, also one thrown by a second installed copy of the package.
      console.log(error.name, error.provider, error.status, error.code, error.retryable);
    } else {
      throw error;
    }
    return undefined;
  }
}
