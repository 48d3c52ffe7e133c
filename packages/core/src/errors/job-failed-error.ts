import type { Job } from '../job/job.ts';
import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** The job ended `failed`. `job` holds the failed job, `job.error` the provider's reason. */
export class JobFailedError extends GrokImagineError {
  static override readonly kind = 'job-failed' as const;
  override name = 'JobFailedError' as const;
  /** The job as last seen. */
  readonly job: Job | undefined;

  constructor(message: string, options: GrokImagineErrorOptions & { job?: Job | undefined } = {}) {
    super(message, { provider: options.job?.provider, ...options });
    this.job = options.job;
  }
}
