import {
  boundedRaw,
  buildJob,
  type Clock,
  type Job,
  type Logger,
  type RequestType,
  ResponseValidationError,
  silentLogger,
  systemClock,
  ValidationError,
} from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { StatusResponseSchema } from '../api.ts';
import { mapPixazoStatus, type PixazoStatusResult } from '../status.ts';

/** Options of `parsePixazoWebhook`. */
export interface ParseWebhookOptions {
  /** The neutral type, when known; else inferred from the body's `model_id` / `request_id`. */
  type?: RequestType;
  /** Clock for the job's times (default: the system clock). */
  clock?: Clock;
  /** Where an unknown status is logged. */
  logger?: Logger;
}

function parseText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new ValidationError('Pixazo webhook body is not JSON.', { provider: 'pixazo', field: 'body' });
  }
}

/**
 * Reads a Pixazo webhook callback — the same shape as the status response — as the adapter's
 * status union, naming its job (`adapter.parseWebhook`). Accepts the parsed body or its JSON text.
 * A body that is not a Pixazo callback is a `ValidationError`.
 */
export function readPixazoWebhook(
  body: unknown,
  logger: Logger = silentLogger,
  knownType?: RequestType,
): PixazoStatusResult {
  const parsed = v.safeParse(StatusResponseSchema, typeof body === 'string' ? parseText(body) : body);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`);
    throw new ValidationError(`Not a Pixazo webhook callback: ${issues.join('; ')}.`, {
      provider: 'pixazo',
      field: 'body',
    });
  }
  return mapPixazoStatus(parsed.output, logger, knownType);
}

/**
 * Turns a Pixazo webhook callback into a `Job` (built by core, as for a polled answer). Accepts the
 * parsed body or its JSON text. A body that is not a Pixazo callback is a `ValidationError`; one about
 * a model this package does not know, without `options.type`, a `ResponseValidationError`.
 */
export function parsePixazoWebhook(body: unknown, options: ParseWebhookOptions = {}): Job {
  const clock = options.clock ?? systemClock;
  const result = readPixazoWebhook(body, options.logger, options.type);
  const type = options.type ?? result.type;
  if (!type) {
    throw new ResponseValidationError(
      `pixazo: cannot tell the request type of job ${result.providerJobId.slice(0, 80)}: its model is not one of the Grok endpoints this package knows.`,
      {
        provider: 'pixazo',
        code: 'unknown_model',
        requestId: result.providerJobId.slice(0, 256),
        // Depth-bounded: a callback nested thousands of levels deep must not throw a RangeError here.
        rawText: JSON.stringify(boundedRaw(result.raw)),
      },
    );
  }
  const now = clock.now();
  const createdAt = result.createdAt ?? new Date(now).toISOString();
  return buildJob({ provider: 'pixazo', providerJobId: result.providerJobId, type, createdAt }, result, now);
}
