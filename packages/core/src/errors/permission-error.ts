import { GrokImagineError } from './grok-imagine-error.ts';

/** The key is valid but lacks permission for this call (HTTP 403). */
export class PermissionError extends GrokImagineError {
  static override readonly kind = 'permission' as const;
  override name = 'PermissionError' as const;
}
