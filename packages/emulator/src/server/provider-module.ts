import type { IncomingHttpHeaders } from 'node:http';
import type { JobRecord } from '../state/job-record.ts';
import type { ProviderName } from '../state/provider-name.ts';
import type { ApiRequest, ApiResponse } from './http-types.ts';
import type { RateLimitState } from './rate-limiter.ts';
import type { EmulatorState } from './emulator-state.ts';

/** The outcome of checking a request's credential. */
export type AuthResult =
  | { ok: true; key: string }
  | { ok: false; state: 'missing' | 'invalid'; response: ApiResponse };

/** What a route handler gets besides the request. */
export interface CallContext {
  /** The accepted API key. */
  key: string;
  /** Capture groups of the route pattern. */
  params: string[];
  state: EmulatorState;
  /** The caller's rate-limit window after this request. */
  rate: RateLimitState;
}

/** One endpoint of a provider. */
export interface Route {
  method: string;
  /** Matched against the path after the provider prefix. */
  pattern: RegExp;
  handle(req: ApiRequest, call: CallContext): ApiResponse;
}

/** The error bodies a provider answers when the emulator itself (not a handler) refuses a request. */
export interface ProviderErrors {
  notFound(path: string): ApiResponse;
  methodNotAllowed(method: string): ApiResponse;
  invalidJson(): ApiResponse;
  rateLimited(
    rate: Pick<RateLimitState, 'limit' | 'remaining' | 'resetAt' | 'retryAfterSeconds'>,
  ): ApiResponse;
  /** 500 or 503 from a fault; 503 carries `Retry-After`. */
  serverError(status: 500 | 503, retryAfterSeconds: number): ApiResponse;
}

/** Everything the server needs to speak one provider's API. */
export interface ProviderModule {
  provider: ProviderName;
  /** The path prefix of the provider's base URL on the API server, e.g. `/xai/v1`. */
  prefix: string;
  authenticate(headers: IncomingHttpHeaders, state: EmulatorState): AuthResult;
  routes: readonly Route[];
  errors: ProviderErrors;
  /** The job's status in the provider's own vocabulary, now. */
  statusLabel(job: JobRecord, now: number): string;
  /** Called once per observed status change (webhooks, refunds). */
  onStatusChange?(job: JobRecord, status: string, state: EmulatorState): void;
  /** Adds headers to every authenticated answer (Vydra's `X-RateLimit-*`). */
  decorate?(response: ApiResponse, rate: RateLimitState): ApiResponse;
}
