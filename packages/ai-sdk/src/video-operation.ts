import { InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import { parseJobId } from '@grok-imagine/sdk';
import * as v from 'valibot';

/** The request types a video model makes. */
export const VIDEO_MODEL_TYPES = ['text-to-video', 'image-to-video', 'reference-to-video'] as const;

/**
 * The operation `doStart` returns and `doStatus` reads: the sdk's provider-encoded job id (so any
 * process, under any configuration, reads the job from the provider that made it) and the request
 * type, which status answers rarely say. Plain JSON: store it anywhere.
 */
export interface GrokImagineVideoOperation {
  /** `<provider>:<provider job id>`. */
  jobId: string;
  /** The neutral request type the job was submitted as. */
  type: (typeof VIDEO_MODEL_TYPES)[number];
}

const OperationSchema = v.union([
  v.string(),
  v.strictObject({ jobId: v.string(), type: v.picklist(VIDEO_MODEL_TYPES) }),
]);

/** Reads an operation back (an object as `doStart` made it, or a bare job id); anything else is an `InvalidArgumentError`. */
export function readOperation(operation: JSONValue): {
  jobId: string;
  type?: GrokImagineVideoOperation['type'];
} {
  const parsed = v.safeParse(OperationSchema, operation);
  const value = parsed.success ? parsed.output : undefined;
  const found = typeof value === 'string' ? { jobId: value } : value;
  try {
    if (found) parseJobId(found.jobId);
  } catch (cause) {
    throw new InvalidArgumentError({ argument: 'operation', message: (cause as Error).message, cause });
  }
  if (!found) {
    throw new InvalidArgumentError({
      argument: 'operation',
      message: `operation must be { jobId: '<provider>:<id>', type } as doStart returned it, or a job id; got ${JSON.stringify(operation)}.`,
    });
  }
  return found;
}
