import { GrokImagineError } from './grok-imagine-error.ts';

/**
 * True for an SDK error of the given class name (`'NotFoundError'`, …), also when it was thrown by
 * another installed copy of the package, where `instanceof` fails.
 */
export function isErrorNamed(error: unknown, name: string): error is GrokImagineError {
  return GrokImagineError.isInstance(error) && error.name === name;
}
