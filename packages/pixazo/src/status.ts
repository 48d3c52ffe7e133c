import {
  type Clock,
  encodeJobId,
  type Job,
  type JobWarning,
  type Logger,
  type RequestType,
  ResponseValidationError,
} from '@grok-imagine/core';
import type { PixazoStatusResponse } from './api.ts';
import { errorText, inferRequestType, mapOutputs, pixazoTime } from './map-response.ts';

/** Pixazo's documented job statuses. */
export const PIXAZO_STATUSES = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'ERROR'] as const;

/** A documented Pixazo job status. */
export type PixazoStatus = (typeof PIXAZO_STATUSES)[number];

/** What mapping a status body needs besides the body. */
export interface StatusContext {
  /** The neutral type, when the caller knows it; else inferred from `model_id` / the `request_id` prefix. */
  type?: RequestType | undefined;
  clock: Clock;
  logger: Logger;
  /** Warnings to carry on the job (from submit). */
  warnings?: readonly JobWarning[];
}

function isPixazoStatus(value: string): value is PixazoStatus {
  return (PIXAZO_STATUSES as readonly string[]).includes(value);
}

/**
 * Maps a status body (or webhook callback, or the 202 submit answer) onto the neutral job, in one
 * exhaustive switch: QUEUED / PROCESSING → pending with that phase; COMPLETED → done with the
 * outputs; FAILED → failed; ERROR → failed, `charged: false` (Pixazo: "System error — not
 * charged") and retryable. An unknown status keeps the job pending and is logged, never thrown.
 */
export function parsePixazoStatus(body: PixazoStatusResponse, context: StatusContext): Job {
  const type = inferRequestType(body, context.type);
  if (!type) {
    throw new ResponseValidationError(
      `pixazo: cannot tell the request type of job ${body.request_id}: model ${body.model_id ?? '(none)'} is not one of the Grok endpoints this package knows.`,
      {
        provider: 'pixazo',
        code: 'unknown_model',
        requestId: body.request_id,
        rawText: JSON.stringify(body),
      },
    );
  }
  const now = new Date(context.clock.now()).toISOString();
  const job: Job = {
    id: encodeJobId('pixazo', body.request_id),
    provider: 'pixazo',
    type,
    status: 'pending',
    outputs: [],
    warnings: [...(context.warnings ?? [])],
    createdAt: pixazoTime(body.created_at) ?? now,
    updatedAt: pixazoTime(body.updated_at) ?? now,
    raw: body,
  };
  const status = body.status.toUpperCase();
  if (!isPixazoStatus(status)) {
    context.logger.warn?.('pixazo: unknown job status; the job stays pending', {
      requestId: body.request_id,
      status: body.status,
    });
    return job;
  }
  const message = errorText(body.error);
  switch (status) {
    case 'QUEUED':
      return { ...job, phase: 'queued' };
    case 'PROCESSING':
      return { ...job, phase: 'processing' };
    case 'COMPLETED': {
      const outputs = mapOutputs(body.output, type);
      if (outputs.length === 0)
        context.logger.warn?.('pixazo: job COMPLETED without media_url', { requestId: body.request_id });
      return { ...job, status: 'done', outputs };
    }
    case 'FAILED':
      return {
        ...job,
        status: 'failed',
        error: { code: 'failed', message: message ?? 'Pixazo reported the job FAILED.', retryable: false },
      };
    case 'ERROR':
      return {
        ...job,
        status: 'failed',
        error: {
          code: 'system_error',
          message: message ?? 'Pixazo reported a system ERROR.',
          retryable: true,
          charged: false,
        },
      };
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
