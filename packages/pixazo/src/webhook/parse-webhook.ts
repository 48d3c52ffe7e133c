import {
  type Clock,
  type Job,
  type Logger,
  type RequestType,
  silentLogger,
  systemClock,
  ValidationError,
} from '@grok-imagine/core';
import * as v from 'valibot';
import { StatusResponseSchema } from '../api.ts';
import { parsePixazoStatus } from '../status.ts';

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
 * Turns a Pixazo webhook callback — the same shape as the status response — into a job. Accepts
 * the parsed body or its JSON text. A body that is not a Pixazo callback is a `ValidationError`.
 */
export function parsePixazoWebhook(body: unknown, options: ParseWebhookOptions = {}): Job {
  const parsed = v.safeParse(StatusResponseSchema, typeof body === 'string' ? parseText(body) : body);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`);
    throw new ValidationError(`Not a Pixazo webhook callback: ${issues.join('; ')}.`, {
      provider: 'pixazo',
      field: 'body',
    });
  }
  return parsePixazoStatus(parsed.output, {
    type: options.type,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger,
  });
}
