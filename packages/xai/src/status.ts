import type { Logger } from '@grok-imagine/core';
import type { XaiVideoStatusResponse } from './api.ts';

/** The statuses xAI documents for `GET /videos/{request_id}`. */
export const XAI_STATUSES = ['pending', 'done', 'expired', 'failed'] as const;

/** A documented xAI video status. */
export type XaiStatus = (typeof XAI_STATUSES)[number];

function isXaiStatus(value: string): value is XaiStatus {
  return (XAI_STATUSES as readonly string[]).includes(value);
}

/**
 * Reads the xAI status of a status answer. A `status` field decides; without one, an answer that
 * carries a video URL is `done` (xAI sends some that way) and anything else — an empty 202, a bare
 * progress figure — is `pending`. An unknown status stays `pending` and is logged, so a new xAI
 * status never crashes a wait.
 */
export function readXaiStatus(body: XaiVideoStatusResponse, logger?: Logger): XaiStatus {
  const status = body?.status;
  if (status === undefined || status === null) return body?.video?.url ? 'done' : 'pending';
  if (isXaiStatus(status)) return status;
  logger?.warn?.('xai: unknown video status; treating the job as pending', { status });
  return 'pending';
}
