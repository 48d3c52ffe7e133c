import type * as v from '../valibot/index.ts';
import type { ResponseHeaders } from './transport.ts';
import type { ApiErrorDetails } from '../errors/create-api-error.ts';
import type { CreateAttempt } from '../provider/provider-adapter.ts';

/**
 * Why a request is made; it decides the retry policy (`RETRY_POLICIES`).
 * - `read`: status reads and other idempotent calls; retried on 408/429/5xx/network errors.
 * - `create`: the POST that creates a paid job; retried only when the provider provably did not
 *   accept it (429, connection refused); every error carries `accepted`, and anything after the
 *   bytes may have arrived is a `SubmissionUncertainError`.
 * - `cancel`: retried on 429 and network errors, never after another answer.
 */
export type RequestIntent = 'read' | 'create' | 'cancel';

/** One API call. */
export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path appended to the base URL, e.g. `/videos/abc`. */
  path: string;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | undefined>;
  /** JSON body. */
  json?: unknown;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Schema the (2xx) body must match; an empty body is passed to it as `undefined`. */
  schema: v.GenericSchema<unknown, T>;
  intent: RequestIntent;
  /** For a `create`: the attempt core handed the adapter (`StartContext.attempt`); marked sent before the bytes go. */
  attempt?: CreateAttempt | undefined;
  /** Largest body accepted, in bytes (default 8 MiB); a bigger one is a `ResponseValidationError`. */
  maxBodyBytes?: number | undefined;
  /** Rate-limit family, e.g. `image` or `video`; `*` rules always apply. */
  limitKey?: string;
  signal?: AbortSignal | undefined;
}

/** A successful, validated response. */
export interface HttpResponse<T> {
  status: number;
  headers: ResponseHeaders;
  /** The body after schema validation. */
  data: T;
  /** The body as text. */
  rawText: string;
}

/** A failed response as the adapter's error parser sees it. */
export interface ErrorResponse {
  status: number;
  headers: ResponseHeaders;
  /** The body as text (may be HTML). */
  text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  json: unknown;
}

/** Reads a provider's error body; core adds provider, status and `Retry-After`. */
export type ErrorParser = (
  response: ErrorResponse,
) => Omit<ApiErrorDetails, 'provider' | 'status' | 'retryAfterMs'>;

/** The API client an adapter uses: core owns timeouts, retries, rate limits and error classes. */
export interface HttpClient {
  request<T>(request: HttpRequest<T>): Promise<HttpResponse<T>>;
}
