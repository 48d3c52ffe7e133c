import type { MediaStore } from '../media/media-store.ts';
import type { BalanceLedger } from '../state/balances.ts';
import type { EmulatorClock } from '../state/clock.ts';
import type { JobStore } from '../state/job-store.ts';
import type { ProviderName } from '../state/provider-name.ts';
import type { Random } from '../state/random.ts';
import type { EmulatorTimings } from '../state/timings.ts';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';
import type { RateLimiter, RateLimitRule } from './rate-limiter.ts';

/** The base URLs a client points at. */
export interface EmulatorUrls {
  /** e.g. `http://127.0.0.1:P/xai/v1`. */
  xaiBaseURL: string;
  /** An origin-like prefix: clients append `/<model>/v1/<model>-request` and `/v2/requests/status/{id}`. */
  pixazoBaseURL: string;
  /** e.g. `http://127.0.0.1:P/vydra/api/v1`. */
  vydraBaseURL: string;
  /** The media server: a different origin (its own port). */
  mediaURL: string;
}

/** The shared, mutable world every provider handler works on. */
export interface EmulatorState {
  readonly clock: EmulatorClock;
  readonly timings: EmulatorTimings;
  /** Seeded stream for ids, tokens and tints. */
  readonly ids: Random;
  /** Seeded stream for timing jitter. */
  readonly jitter: Random;
  readonly jobs: JobStore;
  readonly balances: BalanceLedger;
  readonly media: MediaStore;
  readonly webhooks: WebhookDispatcher;
  readonly limiter: RateLimiter;
  readonly rateLimits: Readonly<Record<ProviderName, RateLimitRule | undefined>>;
  /** Accepted keys per provider. */
  readonly keys: Readonly<Record<ProviderName, readonly string[]>>;
  readonly urls: EmulatorUrls;
  readonly allowHttpWebhooks: boolean;
  /** Told, synchronously, of every job the moment it is created (before its answer is written). */
  readonly onJobCreated?: ((job: CreatedJob) => void) | undefined;
}

/** What `onJobCreated` is told about a new job. */
export interface CreatedJob {
  provider: ProviderName;
  id: string;
  kind: 'image' | 'video';
  /** The parsed request body. */
  request: unknown;
}
