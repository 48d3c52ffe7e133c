import type { MediaFile } from '../media/media-store.ts';
import type { Outcome } from './outcome.ts';
import type { ProviderName } from './provider-name.ts';

/**
 * Where a job stands, in neutral terms. Each provider renders it in its own vocabulary
 * (xAI `pending/done/failed/expired`, Pixazo `QUEUED/PROCESSING/COMPLETED/FAILED/ERROR`, Vydra
 * `pending/processing/completed/failed/cancelled`).
 */
export type JobPhase = 'queued' | 'processing' | 'done' | 'failed' | 'error' | 'expired' | 'cancelled';

/** Where a Pixazo-style webhook goes and when it fires. */
export interface WebhookTarget {
  /** The callback URL. */
  url: string;
  /** `terminal` posts once at the end; `sync` posts every status change. */
  mode: 'terminal' | 'sync';
}

/**
 * One job as the emulator keeps it. Its status is never stored: it is computed from the clock on
 * every look, so tests can move an injected clock instead of sleeping.
 */
export interface JobRecord {
  readonly provider: ProviderName;
  readonly id: string;
  /** The API key that created it; other keys cannot see it. */
  readonly key: string;
  readonly kind: 'image' | 'video';
  /** The route or model that created it, e.g. `/videos/generations` or a Pixazo model id. */
  readonly endpoint: string;
  readonly model: string;
  /** The parsed request body as received. */
  readonly request: unknown;
  readonly outcome: Outcome;
  readonly createdAt: number;
  /** End of the queued phase. */
  readonly startedAt: number;
  /** When the job reaches its terminal status. */
  readonly readyAt: number;
  /** When a finished job (and its media) expires. */
  readonly expiresAt: number;
  readonly media: readonly MediaFile[];
  /** What was charged, in the provider's unit (USD ticks for xAI and Pixazo, credits for Vydra). */
  readonly cost: number;
  /** Video length in seconds, when a video. */
  readonly seconds?: number;
  readonly webhook?: WebhookTarget;
  /** Set by a cancel (Vydra). */
  cancelledAt?: number;
  /** True once a charge was given back (failure, cancel). */
  refunded: boolean;
  /** The provider status last seen by the observer; used to fire webhooks once per change. */
  lastStatus?: string;
}

/** The phase of a job at time `now`. */
export function phaseOf(job: JobRecord, now: number): JobPhase {
  if (job.cancelledAt !== undefined && job.cancelledAt <= now) return 'cancelled';
  if (now < job.startedAt) return 'queued';
  if (now < job.readyAt) return 'processing';
  switch (job.outcome) {
    case 'fail':
    case 'policy':
      return 'failed';
    case 'error':
      return 'error';
    case 'expire':
      return 'expired';
    case 'ok':
    case 'moderate':
      return now >= job.expiresAt ? 'expired' : 'done';
  }
}

/** Whole-percent progress at time `now`: 0 while queued, rising while processing, 100 at the end. */
export function progressOf(job: JobRecord, now: number): number {
  if (now < job.startedAt) return 0;
  if (now >= job.readyAt) return 100;
  const span = Math.max(1, job.readyAt - job.startedAt);
  return Math.min(99, Math.floor(((now - job.startedAt) / span) * 100));
}

/** True for a phase that will not change again. */
export function isTerminalPhase(phase: JobPhase): boolean {
  return phase !== 'queued' && phase !== 'processing';
}
