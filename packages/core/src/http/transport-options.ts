import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { RateLimitRule } from '../limiter/rate-limit-rule.ts';

/** Retry policy of the one retry layer. */
export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** First backoff delay (default 500 ms); doubles per retry. */
  minDelayMs?: number;
  /** Largest backoff delay (default 8,000 ms). */
  maxDelayMs?: number;
  /** Largest `Retry-After` honoured (default 60,000 ms). */
  maxRetryAfterMs?: number;
}

/** HTTP options every adapter accepts in its config. */
export interface TransportOptions {
  /** Override the provider's base URL (e.g. to point at the emulator). */
  baseURL?: string;
  /**
   * A `fetch` for API calls. Without it, on Node, core uses Node's own `http`/`https` client with a
   * keep-alive pool (node-transport.ts) unless a proxy is set up for `fetch`; elsewhere the global
   * `fetch`, looked up per call.
   */
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 60,000). */
  timeoutMs?: number;
  /** Retry policy for reads and provably-unaccepted submissions. */
  retry?: RetryOptions;
  /** Request-rate rules; replaces the adapter's documented defaults. `false` turns limiting off. */
  limits?: readonly RateLimitRule[] | false;
  /** Clock for backoff and rate limiting; inject a fake in tests. */
  clock?: Clock;
  /** Where to log requests, retries and unknown statuses. */
  logger?: Logger;
  /** Extra headers on every API request (never on media downloads). */
  headers?: Record<string, string>;
}
