import { GrokImagineError } from './grok-imagine-error.ts';

/** A job-creating request was sent but its answer was lost: the job may or may not exist (and be charged). Not retried automatically. */
export class SubmissionUncertainError extends GrokImagineError {
  override name = 'SubmissionUncertainError' as const;
}
