import type { Job } from '../job/job.ts';
import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** The job ended `expired` before its outputs could be fetched. `job` holds it. */
export class JobExpiredError extends GrokImagineError {
  static override readonly kind = 'job-expired' as const;
  override name = 'JobExpiredError' as const;
  /** The job as last seen. */
  readonly job: Job | undefined;

  constructor(message: string, options: GrokImagineErrorOptions & { job?: Job | undefined } = {}) {
    super(message, { provider: options.job?.provider, ...options });
    this.job = options.job;
  }
}
