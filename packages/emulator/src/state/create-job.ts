import type { MediaSpec } from '../media/media-store.ts';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { JobRecord, WebhookTarget } from './job-record.ts';
import type { Outcome } from './outcome.ts';
import type { ProviderName } from './provider-name.ts';
import { planTimeline } from './timings.ts';

/** What a provider handler decides about a new job. */
export interface NewJob {
  provider: ProviderName;
  id: string;
  key: string;
  kind: 'image' | 'video';
  endpoint: string;
  model: string;
  request: unknown;
  outcome: Outcome;
  /** Processing time; 0 for a synchronous answer (the job is finished at once). */
  durationMs: number;
  /** The files a successful job produces (the tint is filled in here). */
  media: ReadonlyArray<Omit<MediaSpec, 'tint'>>;
  cost: number;
  seconds?: number;
  webhook?: WebhookTarget;
}

/** True for outcomes that end with output files. */
function producesMedia(outcome: Outcome): boolean {
  return outcome === 'ok' || outcome === 'moderate' || outcome === 'expire';
}

/** Creates a job with its timeline and media files, stores it and returns it. */
export function createJob(state: EmulatorState, input: NewJob): JobRecord {
  const now = state.clock.now();
  const { startedAt, readyAt } =
    input.durationMs > 0
      ? planTimeline(input.durationMs, now, state.jitter)
      : { startedAt: now, readyAt: now };
  const expiresAt = readyAt + state.timings.expireAfterMs;
  const mediaExpiry = input.outcome === 'expire' ? readyAt : expiresAt;
  const tint = Math.floor(state.ids.next() * 360);
  const media = producesMedia(input.outcome)
    ? input.media.map((spec, index) =>
        state.media.create({ ...spec, tint: tint + index * 47 }, readyAt, mediaExpiry),
      )
    : [];
  const job: JobRecord = {
    provider: input.provider,
    id: input.id,
    key: input.key,
    kind: input.kind,
    endpoint: input.endpoint,
    model: input.model,
    request: input.request,
    outcome: input.outcome,
    createdAt: now,
    startedAt,
    readyAt,
    expiresAt,
    media,
    cost: input.cost,
    refunded: false,
    ...(input.seconds === undefined ? {} : { seconds: input.seconds }),
    ...(input.webhook === undefined ? {} : { webhook: input.webhook }),
  };
  state.jobs.add(job);
  state.onJobCreated?.({ provider: job.provider, id: job.id, kind: job.kind, request: job.request });
  return job;
}

/** Gives a job's charge back once (failure, system error, cancel). */
export function refundJob(state: EmulatorState, job: JobRecord): void {
  if (job.refunded || job.cost === 0) return;
  job.refunded = true;
  state.balances.refund(job.provider, job.key, job.cost);
}
