import { type GenerationRequest, normalizeRequest, ValidationError } from '@grok-imagine/core';

const BATCH_ID = /^[A-Za-z0-9_.-]{1,100}$/;
const MAX_KEY_LENGTH = 500;

/** Refuses a batch id Redis keys and file names could not carry. */
export function checkBatchId(batchId: string): string {
  if (!BATCH_ID.test(batchId)) {
    throw new ValidationError(
      `Batch id ${JSON.stringify(batchId)} is not 1–100 letters, digits, '_', '.' or '-'.`,
      {
        field: 'batchId',
        value: batchId,
        allowed: '1–100 characters of A–Z a–z 0–9 _ . -',
      },
    );
  }
  return batchId;
}

/**
 * Checks a whole batch before anything is written, so a bad item never leaves a batch half enqueued:
 * every request passes the neutral schema (provider checks run in the worker), keys are non-empty,
 * unique strings of at most 500 characters, one per request.
 */
export function checkBatchInput(
  requests: readonly GenerationRequest[],
  keys: readonly string[] | undefined,
): void {
  if (!Array.isArray(requests) || requests.length === 0) {
    throw new ValidationError('A batch needs at least one request.', {
      field: 'requests',
      value: requests,
      allowed: 'a non-empty array',
    });
  }
  requests.forEach((request, index) => {
    try {
      normalizeRequest(request);
    } catch (error) {
      if (!ValidationError.isInstance(error)) throw error;
      throw new ValidationError(`requests[${index}]: ${error.message}`, {
        field: `requests[${index}].${error.field}`,
        value: error.value,
        allowed: error.allowed,
      });
    }
  });
  if (keys === undefined) return;
  if (keys.length !== requests.length) {
    throw new ValidationError(
      `keys has ${keys.length} entries for ${requests.length} requests; give one key per request.`,
      {
        field: 'keys',
        value: keys.length,
        allowed: `${requests.length} keys`,
      },
    );
  }
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH || seen.has(key)) {
      throw new ValidationError(`keys[${index}] ${JSON.stringify(key)} is empty, too long or a duplicate.`, {
        field: `keys[${index}]`,
        value: key,
        allowed: `a unique string of 1–${MAX_KEY_LENGTH} characters`,
      });
    }
    seen.add(key);
  });
}
