import type {
  Clock,
  LedgerStore,
  Logger,
  PollOptions,
  PriceOverrides,
  ProviderId,
  RateLimitRule,
  RetryOptions,
  UploadMedia,
} from '@grok-imagine/core';
import type { XaiModels } from '@grok-imagine/xai';
import type { DownloadSettings } from './download-settings.ts';

/** Settings for one provider. Every field is optional; the adapter's documented defaults fill the rest. */
export interface ProviderSettings {
  /** API key; otherwise read from `XAI_API_KEY` / `PIXAZO_API_KEY` / `VYDRA_API_KEY` when a call needs it. */
  apiKey?: string;
  /** Override the provider's base URL (e.g. to point at the emulator). */
  baseURL?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Retry policy of core's one retry layer for this provider. */
  retry?: RetryOptions;
  /** Request-rate rules replacing the adapter's defaults; `false` turns limiting off. */
  limits?: readonly RateLimitRule[] | false;
  /** Extra headers on every API request to this provider (never sent to media hosts). */
  headers?: Record<string, string>;
  /** Price overrides by catalog entry id, e.g. `{ 'video-720p': { usd: '0.07' } }`. */
  prices?: PriceOverrides;
  /**
   * Most pending jobs at once on this provider (wins over the top-level `maxConcurrentJobs`). Raise
   * it when your account allows more than the documented limit (xAI 15, Vydra per plan); `false`
   * turns the limit off.
   */
  maxConcurrentJobs?: number | false;
}

/** xAI settings: the common ones plus the model ids to send. */
export interface XaiSettings extends ProviderSettings {
  /** Model ids to send instead of the defaults (`image`, `imageQuality`, `video`, `video1080p`). */
  models?: Partial<XaiModels>;
}

/** Pixazo settings: the common ones plus an upload hook for media it cannot take inline. */
export interface PixazoSettings extends ProviderSettings {
  /** Turns bytes / data URIs into a public URL Pixazo can fetch. */
  uploadMedia?: UploadMedia;
}

/** Vydra settings: the common ones plus the dollar value of one credit and an upload hook. */
export interface VydraSettings extends ProviderSettings {
  /** USD per Vydra credit (your plan's rate; `'0.01'` is read exactly); without it Vydra quotes have no USD figure. */
  usdPerCredit?: number | string;
  /** Turns bytes / data URIs into a public URL Vydra can fetch. */
  uploadMedia?: UploadMedia;
}

/** Per-provider settings sections. */
export interface ProvidersConfig {
  /** xAI direct (api.x.ai). */
  xai?: XaiSettings;
  /** Pixazo gateway (gateway.pixazo.ai). */
  pixazo?: PixazoSettings;
  /** Vydra (www.vydra.ai), billed in credits. */
  vydra?: VydraSettings;
}

/** Spending limits checked before each submission, against the quote. Amounts in USD. */
export interface BudgetConfig {
  /** Refuse a call whose quote exceeds this many dollars (`'0.50'` is read exactly). */
  maxUsdPerCall?: number | string;
  /** Refuse a call when spend so far plus its quote would exceed this many dollars. */
  maxUsdTotal?: number | string;
  /** Submit even when the quote has no USD figure (e.g. Vydra without `usdPerCredit`). Default `false`. */
  allowUnknown?: boolean;
}

/**
 * Configuration of `createImagine` and `compare`.
 *
 * Precedence, highest first: this object > environment (`GROK_IMAGINE_PROVIDER`, `XAI_API_KEY`,
 * `PIXAZO_API_KEY`, `VYDRA_API_KEY`) > config file (Node entry only: `GROK_IMAGINE_CONFIG` or
 * `./grok-imagine.config.json`) > defaults (provider `xai`).
 */
export interface GrokImagineConfig {
  /** Provider that runs submissions (default `xai`). */
  provider?: ProviderId;
  /** Shorthand for `providers[provider].apiKey`. */
  apiKey?: string;
  /** Shorthand for `providers[provider].baseURL`. */
  baseURL?: string;
  /** Turn "field ignored by this provider" warnings into `UnsupportedError`s. */
  strict?: boolean;
  /**
   * Providers tried, in order, after `provider` when a submission was provably not accepted.
   * When `provider` is set nowhere, this list is the whole order.
   */
  fallback?: ProviderId[];
  /** Spending limits; a call over them is refused before anything is sent. */
  budget?: BudgetConfig;
  /** Per-provider settings. */
  providers?: ProvidersConfig;
  /**
   * Where the paid-job ledger (the journal) keeps its events: every submission's intent, written
   * before the create request leaves, then its outcome and job states. Default: in memory.
   */
  store?: LedgerStore;
  /**
   * Journal file (Node entry only): the ledger in a JSON-lines file; intents are `fsync`ed before
   * the create request is sent, so no paid job is lost or paid twice after a crash.
   */
  journal?: { file: string };
  /**
   * Settled ledger entries (jobs that ended, refused or re-sent submissions) kept in memory for
   * `jobs()`, `entry()` and reads of finished jobs; the oldest beyond this are dropped from memory (a
   * journal file keeps them). Unresolved and pending submissions are always kept. Default 1,000.
   */
  maxSettledEntries?: number;
  /**
   * Most pending jobs per provider at once; further submits wait for one to end. Default: each
   * provider's documented limit (xAI 15, Vydra per plan); `false` turns the limit off.
   */
  maxConcurrentJobs?: number | false;
  /** Clock for polling, backoff and timeouts; inject a fake in tests. */
  clock?: Clock;
  /**
   * `fetch` for API calls. Without it, Node uses its own `http`/`https` client with a keep-alive pool
   * (much faster than `fetch`) unless a proxy is set up for `fetch` (`HTTPS_PROXY`, a global undici
   * dispatcher), and other runtimes the global `fetch`.
   */
  fetch?: typeof fetch;
  /** Structured log sink; never receives keys. */
  logger?: Logger;
  /** Poll cadence of `wait`. */
  poll?: PollOptions;
  /** Default overall `wait` timeout in ms. */
  waitTimeoutMs?: number;
  /** Limits of media downloads (`imagine.download` in the Node entry): stall and total timeouts, size caps, private hosts. */
  download?: DownloadSettings;
  /** Environment variables to read instead of `process.env`. */
  env?: Record<string, string | undefined>;
}
