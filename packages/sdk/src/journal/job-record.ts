import type { Job, ProviderId, Quote, RequestType } from '@grok-imagine/core';
import type { RoutingRecord } from '../routing/routing-record.ts';

/**
 * A request as journaled: media inputs kept as URLs (or `{ path }`), bytes and data URIs replaced by
 * a placeholder such as `"[bytes: 2048 image/png]"` — a journal never holds media bytes.
 */
export type JournaledRequest = Record<string, unknown> & { type: RequestType };

/**
 * One job in the journal. The store appends these; a later record with the same `id` updates the
 * earlier one field by field (fields it leaves out keep their earlier value).
 */
export interface JobRecord {
  /** The job id, `<provider>:<provider job id>`. */
  id: string;
  /** Provider that runs the job. */
  provider: ProviderId;
  /** Neutral request type. */
  type: RequestType;
  /** The request, without media bytes (first record only). */
  request?: JournaledRequest;
  /** The quote the call was made under (first record only). */
  quote?: Quote;
  /** The job's last known state (without `raw`, to keep records small). */
  job: Job;
  /** Which providers were tried before this one, and why they were skipped. */
  routing?: RoutingRecord;
  /** ISO 8601 time of this record. */
  updatedAt: string;
}
