import type { Job } from '../job/job.ts';
import { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';

/**
 * The provider refused the prompt or input on content-policy grounds, or withheld every output of a
 * job (then `job` holds the failed job).
 */
export class ContentPolicyError extends GrokImagineError {
  static override readonly kind = 'content-policy' as const;
  override name = 'ContentPolicyError' as const;
  /** The job whose outputs were all withheld, when the refusal came after the job ran. */
  readonly job: Job | undefined;

  constructor(message: string, options: GrokImagineErrorOptions & { job?: Job | undefined } = {}) {
    super(message, options);
    this.job = options.job;
  }
}
