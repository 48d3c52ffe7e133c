import type { ProviderName } from '../state/provider-name.ts';

/**
 * The faults the emulator can inject:
 * - `status-429` — the provider's 429 body with `Retry-After` (and Vydra's `X-RateLimit-*`); no job created.
 * - `status-500` — the provider's 500 body; no job created.
 * - `status-503` — a 503 with `Retry-After`; no job created.
 * - `reset-before-response` — the connection is destroyed before anything is done: no job created.
 * - `reset-after-accept` — the request is handled (a job is created and charged), then the
 *   connection is destroyed: the response is lost.
 * - `slow` — the answer comes after `delayMs` (real time).
 * - `truncated-json` — the request is handled, and half of the JSON body is sent.
 * - `html-403` — the HTML bot-challenge page Pixazo's status endpoint shows non-browser clients.
 */
export type FaultKind =
  | 'status-429'
  | 'status-500'
  | 'status-503'
  | 'reset-before-response'
  | 'reset-after-accept'
  | 'slow'
  | 'truncated-json'
  | 'html-403';

/** Every fault kind. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'status-429',
  'status-500',
  'status-503',
  'reset-before-response',
  'reset-after-accept',
  'slow',
  'truncated-json',
  'html-403',
];

/** Where a fault applies: one provider's API or the media server. */
export type FaultTarget = ProviderName | 'media';

/** Which requests a rule or script applies to; every field left out matches everything. */
export interface FaultFilter {
  provider?: FaultTarget;
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Matched against the request path (with the provider prefix, without the query): a string matches as a substring. */
  path?: string | RegExp;
}

/** One injected fault and its parameters. */
export interface FaultStep {
  kind: FaultKind;
  /** For `slow`: how long to wait before answering. Default 2000. */
  delayMs?: number;
  /** For `status-429` / `status-503`: the `Retry-After` value. Default 1. */
  retryAfterSeconds?: number;
}

/** A fault rule: each matching request gets the fault, `times` times at most, with `probability`. */
export interface FaultRule extends FaultFilter, FaultStep {
  /** How many requests get the fault; unlimited when left out. */
  times?: number;
  /** Chance in [0, 1] that a matching request gets the fault, drawn from the seed. Default 1. */
  probability?: number;
}

/**
 * A scripted sequence: the n-th matching request gets `steps[n]` (`'ok'` lets it through);
 * after the last step every request passes.
 */
export interface FaultScript extends FaultFilter {
  steps: ReadonlyArray<FaultKind | FaultStep | 'ok'>;
}
