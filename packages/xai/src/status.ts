import type { JobStatus, Logger } from '@grok-imagine/core';

/** The statuses xAI documents for `GET /videos/{request_id}`. */
export const XAI_STATUSES = ['pending', 'done', 'expired', 'failed'] as const;

/** A documented xAI video status. */
export type XaiStatus = (typeof XAI_STATUSES)[number];

function isXaiStatus(value: string): value is XaiStatus {
  return (XAI_STATUSES as readonly string[]).includes(value);
}

/**
 * Maps an xAI status onto the neutral job status. A missing status (an empty 202) is pending; an
 * unknown one keeps the job pending and is logged, so a new xAI status never crashes a wait.
 */
export function mapXaiStatus(status: string | null | undefined, logger?: Logger): JobStatus {
  if (status === undefined || status === null) return 'pending';
  if (!isXaiStatus(status)) {
    logger?.warn?.('xai: unknown video status; treating the job as pending', { status });
    return 'pending';
  }
  switch (status) {
    case 'pending':
      return 'pending';
    case 'done':
      return 'done';
    case 'expired':
      return 'expired';
    case 'failed':
      return 'failed';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
