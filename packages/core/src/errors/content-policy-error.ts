import { GrokImagineError } from './grok-imagine-error.ts';

/** The provider refused the prompt or input on content-policy grounds. */
export class ContentPolicyError extends GrokImagineError {
  override name = 'ContentPolicyError' as const;
}
