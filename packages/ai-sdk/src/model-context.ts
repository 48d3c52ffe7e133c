import type { Clock, Imagine } from '@grok-imagine/sdk';

/** What every model of one `createGrokImagine` provider shares. */
export interface ModelContext {
  /** The sdk client every call goes through (validation, quote, budget, journal, fallback, limits). */
  imagine: Imagine;
  /** `fetch` for media URLs; called with no headers, so no key reaches a media host. */
  mediaFetch: typeof fetch | undefined;
  /** The configured clock (fake in tests), for response timestamps and retry pauses. */
  clock: Clock | undefined;
  /** The xAI model id of the 1.5 video model. */
  xaiVideo15Model: string;
}

/** The AI SDK's `response` block: a timestamp from an ISO time, the model id, no headers. */
export function responseInfo(at: string, modelId: string) {
  return { timestamp: new Date(at), modelId, headers: undefined };
}
