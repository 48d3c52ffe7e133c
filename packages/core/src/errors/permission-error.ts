import { GrokImagineError } from './grok-imagine-error.ts';

/** The key is valid but lacks permission for this call (HTTP 403). */
export class PermissionError extends GrokImagineError {
  override name = 'PermissionError' as const;
}
