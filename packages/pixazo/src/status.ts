import type { Logger, NamedStatusResult, RequestType } from '@grok-imagine/core';
import type { PixazoStatusResponse } from './api.ts';
import { endpointOfRequestId } from './endpoints.ts';
import { errorText, mapOutputs, pixazoTime } from './map-response.ts';

/** Pixazo's documented job statuses. */
export const PIXAZO_STATUSES = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'ERROR'] as const;

/** A documented Pixazo job status. */
export type PixazoStatus = (typeof PIXAZO_STATUSES)[number];

/** A mapped status answer that always names its job (Pixazo bodies carry `request_id`). */
export type PixazoStatusResult = NamedStatusResult & { providerJobId: string };

function isPixazoStatus(value: string): value is PixazoStatus {
  return (PIXAZO_STATUSES as readonly string[]).includes(value);
}

/**
 * The request type the answer shows: the endpoint named by `model_id`, else by the `request_id`
 * prefix (`<model>_…`). `undefined` for a model this package does not know.
 */
export function shownType(body: PixazoStatusResponse): RequestType | undefined {
  return (endpointOfRequestId(body.model_id) ?? endpointOfRequestId(body.request_id))?.type;
}

/**
 * Maps a status body (or webhook callback, or the 202 submit answer) to core's small union, in one
 * exhaustive switch: QUEUED / PROCESSING → pending with that phase; COMPLETED → done with the outputs
 * (core turns a done answer without media into a `no_output` failure); FAILED → failed, charge
 * unknown; ERROR → failed, `charged: false` (Pixazo: "System error — not charged") and retryable.
 * An unknown status stays pending and is logged, never thrown. `type` and `createdAt` are set only
 * when the answer shows them; `knownType` (from core) only picks output MIME types.
 */
export function mapPixazoStatus(
  body: PixazoStatusResponse,
  logger: Logger,
  knownType?: RequestType,
): PixazoStatusResult {
  const type = shownType(body);
  const common = {
    providerJobId: body.request_id,
    ...(type ? { type } : {}),
    ...(pixazoTime(body.created_at) ? { createdAt: pixazoTime(body.created_at) } : {}),
    raw: body,
  };
  const status = body.status.toUpperCase();
  if (!isPixazoStatus(status)) {
    logger.warn?.('pixazo: unknown job status; the job stays pending', {
      requestId: body.request_id,
      status: body.status,
    });
    return { ...common, status: 'pending' };
  }
  const message = errorText(body.error);
  switch (status) {
    case 'QUEUED':
      return { ...common, status: 'pending', phase: 'queued' };
    case 'PROCESSING':
      return { ...common, status: 'pending', phase: 'processing' };
    case 'COMPLETED':
      return { ...common, status: 'done', outputs: mapOutputs(body.output, knownType ?? type) };
    case 'FAILED':
      return {
        ...common,
        status: 'failed',
        error: { code: 'failed', message: message ?? 'Pixazo reported the job FAILED.', retryable: false },
      };
    case 'ERROR':
      return {
        ...common,
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
