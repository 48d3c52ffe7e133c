import type { Job } from '../job/job.ts';
import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/** `wait` gave up before the job ended. The job goes on at the provider; `job` holds its last known state. */
export class WaitTimeoutError extends GrokImagineError {
  static override readonly kind = 'wait-timeout' as const;
  override name = 'WaitTimeoutError' as const;
  /** The job as last seen. */
  readonly job: Job | undefined;

  constructor(message: string, options: GrokImagineErrorOptions & { job?: Job | undefined } = {}) {
    super(message, { provider: options.job?.provider, ...options });
    this.job = options.job;
  }
}
