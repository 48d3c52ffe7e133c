import type { Job } from '../job/job.ts';
import type { Quote } from '../pricing/quote.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { RequestType } from '../request/request-types.ts';
import type { LedgerRequest } from './ledger-request.ts';

/**
 * Where a submission stands:
 * - `intent`: written before the create request left; no answer yet (or the process died waiting);
 * - `accepted`: the provider created the job (`jobId`), from its answer or found by reconcile;
 * - `refused`: provably not accepted — nothing was created, nothing charged;
 * - `uncertain`: the request may have reached the provider but its answer was lost: the job may
 *   exist and be charged. Never re-sent automatically.
 */
export type SubmissionState = 'intent' | 'accepted' | 'refused' | 'uncertain';

/** Why a submission was refused or is uncertain: the error, as plain data. */
export interface LedgerError {
  name: string;
  kind: string;
  message: string;
  code?: string | undefined;
  status?: number | undefined;
}

/** One submission and everything known about it, folded from its events. */
export interface LedgerEntry {
  /** Client-generated id of the submission (a UUID). */
  submissionId: string;
  /** Provider the create request went to. */
  provider: ProviderId;
  /** Neutral request type. */
  type: RequestType;
  /** The normalized request, without media bytes. */
  request: LedgerRequest;
  /** The quote the call was made under. */
  quote?: Quote | undefined;
  /** The model or endpoint the plan chose. */
  route?: string | undefined;
  /** The caller's idempotency key: a second submit with the same key never creates a second job. */
  key?: string | undefined;
  /** Shared by the entries of one `submit` call that fell back across providers. */
  callId?: string | undefined;
  state: SubmissionState;
  /** The job id (`<provider>:<provider job id>`) once accepted. */
  jobId?: string | undefined;
  /** The job's last known state (no raw body, no inline bytes). */
  job?: Job | undefined;
  /** Why it was refused or is uncertain. */
  error?: LedgerError | undefined;
  /** Provider jobs that might be this submission's, when reconcile could not tell them apart. */
  candidates?: string[] | undefined;
  /**
   * The submission the user re-sent this one as (`resubmit`): it no longer counts as unresolved,
   * but still counts towards spend (it may have been charged).
   */
  supersededBy?: string | undefined;
  /** ISO 8601 time the intent was written. */
  intentAt: string;
  /** ISO 8601 time of the last event. */
  updatedAt: string;
}

/** What a submission's intent records; written, durably, before the create request is sent. */
export type LedgerIntent = Pick<
  LedgerEntry,
  'submissionId' | 'provider' | 'type' | 'request' | 'quote' | 'route' | 'key' | 'callId'
>;

/**
 * One append to the ledger. Entries are never rewritten in place: each change is a new event, and
 * an entry is the fold of its events (compaction writes one `snapshot` per entry).
 */
export type LedgerEvent =
  | { event: 'intent'; at: string; intent: LedgerIntent }
  | { event: 'accepted'; at: string; submissionId: string; job: Job; via: 'answer' | 'reconcile' | 'user' }
  | { event: 'refused'; at: string; submissionId: string; error: LedgerError }
  | {
      event: 'uncertain';
      at: string;
      submissionId: string;
      error: LedgerError;
      candidates?: string[] | undefined;
    }
  | { event: 'job'; at: string; submissionId: string; job: Job }
  | { event: 'superseded'; at: string; submissionId: string; by: string }
  | { event: 'snapshot'; entry: LedgerEntry };

/**
 * Where a ledger keeps its events. `append` must be durable when it resolves if `durable` is set:
 * the intent is appended durably before a create request leaves the process. `load` is called once,
 * when the ledger opens.
 */
export interface LedgerStore {
  /** Every event written so far, in order. */
  load(): Promise<LedgerEvent[]>;
  /** Appends events in order; with `durable`, resolves only once they would survive a crash. */
  append(events: readonly LedgerEvent[], options: { durable: boolean }): Promise<void>;
  /**
   * The events of the entry with this idempotency key written by any process since `load` (a shared
   * store: Redis). Stores used by one process at a time may leave it out.
   */
  eventsOfKey?(key: string): Promise<LedgerEvent[]>;
  /**
   * The ledger dropped these settled submissions from memory. A store that keeps events only in
   * memory drops theirs too; a durable store keeps them (left out: nothing to do).
   */
  forget?(submissionIds: readonly string[]): void;
  /** Replaces the whole history with these events (compaction). Left out: compaction is not offered. */
  rewrite?(events: readonly LedgerEvent[]): Promise<void>;
  /** Releases files or connections. */
  close?(): Promise<void>;
}
