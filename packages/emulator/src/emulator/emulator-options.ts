import type { FaultRule, FaultScript } from '../faults/fault-types.ts';
import type { RateLimitRule } from '../server/rate-limiter.ts';
import type { EmulatorClock } from '../state/clock.ts';
import type { ProviderName } from '../state/provider-name.ts';
import type { EmulatorTimings } from '../state/timings.ts';
import type { CreatedJob } from '../server/emulator-state.ts';

/** One API key per provider. */
export interface EmulatorKeys {
  xai: string;
  pixazo: string;
  vydra: string;
}

/** The keys the emulator accepts unless `options.keys` says otherwise. */
export const DEFAULT_EMULATOR_KEYS: Readonly<EmulatorKeys> = Object.freeze({
  xai: 'emulator-xai-key',
  pixazo: 'emulator-pixazo-key',
  vydra: 'emulator-vydra-key',
});

/**
 * Default rate limits: xAI's documented 60 requests per minute per key, Vydra's Creator plan
 * (60 per minute), and 120 per minute for Pixazo, whose limits are not published.
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<ProviderName, RateLimitRule>> = Object.freeze({
  xai: { limit: 60, windowMs: 60_000 },
  pixazo: { limit: 120, windowMs: 60_000 },
  vydra: { limit: 60, windowMs: 60_000 },
});

/** How to start an emulator. Every field is optional. */
export interface EmulatorOptions {
  /** Port of the API server (all three providers); a free port when left out. */
  port?: number;
  /** Port of the media server (a separate origin); a free port when left out. */
  mediaPort?: number;
  /** Seed for ids, timing jitter and random faults; the same seed gives the same answers. Random by default. */
  seed?: number;
  /** Time multiplier: 1 takes about 1 s per image job and 3 s per video job; 10 is ten times faster. */
  speed?: number;
  /** Explicit timings (win over `speed`). */
  timings?: Partial<EmulatorTimings>;
  /** The clock job status is computed from; inject one to move time in tests. */
  clock?: EmulatorClock;
  /** Accepted keys per provider (one or several); defaults to {@link DEFAULT_EMULATOR_KEYS}. */
  keys?: Partial<Record<ProviderName, string | readonly string[]>>;
  /** Starting balance of every key: USD ticks for xAI, USD for Pixazo, credits for Vydra. Generous by default. */
  balances?: Partial<Record<ProviderName, number>>;
  /** Per-key rate limits; `false` turns a provider's limit off. Defaults: {@link DEFAULT_RATE_LIMITS}. */
  rateLimits?: Partial<Record<ProviderName, RateLimitRule | false>>;
  /** Accept `http://` webhook URLs on loopback hosts (tests). Default false: HTTPS only. */
  allowHttpWebhooks?: boolean;
  /**
   * Called synchronously the moment a job is created and charged, before its answer is written —
   * the instant a crash test aims a kill at (the provider took the job, the client has no answer yet).
   */
  onJobCreated?: (job: CreatedJob) => void;
  /** Deliver every webhook twice, as a network retry would. Default false. */
  webhookDuplicates?: boolean;
  /** Faults active from the start. */
  faults?: readonly FaultRule[] | FaultScript;
  /** Answer every Vydra request with a 308 redirect to this base URL (to test redirect handling). */
  redirectVydraTo?: string;
  /** How often (real ms) status changes are looked for to fire webhooks. Default 50. */
  tickMs?: number;
}
