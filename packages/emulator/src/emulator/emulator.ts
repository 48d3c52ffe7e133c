import type { FaultRule, FaultScript } from '../faults/fault-types.ts';
import type { MediaRequestRecord } from '../media/media-server.ts';
import type { RecordedRequest } from '../server/request-log.ts';
import type { JobPhase } from '../state/job-record.ts';
import type { Outcome } from '../state/outcome.ts';
import type { ProviderName } from '../state/provider-name.ts';
import type { WebhookDelivery } from '../webhooks/webhook-dispatcher.ts';
import type { EmulatorKeys } from './emulator-options.ts';

/** A snapshot of one job, taken when `emulator.jobs` is read. */
export interface EmulatorJob {
  provider: ProviderName;
  id: string;
  kind: 'image' | 'video';
  /** The route or model that created it. */
  endpoint: string;
  model: string;
  /** The status in the provider's own words, now. */
  status: string;
  /** The neutral phase, now. */
  phase: JobPhase;
  /** The parsed request body. */
  request: unknown;
  /** What the prompt's marker asked for (`ok` without one). */
  outcome: Outcome;
  createdAt: number;
  /** When it reaches (or reached) its terminal status. */
  readyAt: number;
  /** When its media expire. */
  expiresAt: number;
  /** What was charged, in the provider's unit (ticks for xAI and Pixazo, credits for Vydra). */
  cost: number;
  /** True when the charge was given back. */
  refunded: boolean;
  /** URLs of its output files on the media server. */
  mediaUrls: string[];
}

/** A running emulator. */
export interface Emulator {
  /** Base URL for an xAI client: `http://127.0.0.1:P/xai/v1`. */
  readonly xaiBaseURL: string;
  /** Origin-like base for a Pixazo client: append `/<model>/v1/<request>` or `/v2/requests/status/{id}`. */
  readonly pixazoBaseURL: string;
  /** Base URL for a Vydra client: `http://127.0.0.1:P/vydra/api/v1`. */
  readonly vydraBaseURL: string;
  /** Origin of the media server (its own port, so a different origin from the APIs). */
  readonly mediaURL: string;
  /** The first accepted key of each provider. */
  readonly keys: EmulatorKeys;
  /** Every API request received, in order (credentials redacted). */
  readonly requests: readonly RecordedRequest[];
  /** Every media request received, with whether it carried an API key. */
  readonly mediaRequests: readonly MediaRequestRecord[];
  /** Every webhook POST made. */
  readonly webhookDeliveries: readonly WebhookDelivery[];
  /** Every job by id, as a fresh snapshot on each read. */
  readonly jobs: ReadonlyMap<string, EmulatorJob>;
  /** The seed in use (the given one, or the random one picked). */
  readonly seed: number;
  /** Replaces the active faults (an empty array turns them off). */
  setFaults(faults: readonly FaultRule[] | FaultScript): void;
  /** Sets a key's balance: USD ticks for xAI, USD for Pixazo, credits for Vydra. */
  setBalance(provider: ProviderName, key: string, amount: number): void;
  /** A key's balance, in the same units as {@link Emulator.setBalance}. */
  getBalance(provider: ProviderName, key: string): number;
  /** Looks for status changes now and waits for every webhook delivery in flight. */
  settle(): Promise<void>;
  /** Stops both servers and the ticker. */
  close(): Promise<void>;
}
