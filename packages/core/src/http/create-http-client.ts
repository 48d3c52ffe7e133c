import * as v from '../valibot/index.ts';
import { type Clock, systemClock } from '../clock/clock.ts';
import { type Logger, silentLogger } from '../clock/logger.ts';
import { createApiError } from '../errors/create-api-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { ProviderError } from '../errors/provider-error.ts';
import { RateLimitError } from '../errors/rate-limit-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { parseRateLimitHeaders } from '../limiter/rate-limit-headers.ts';
import { type RateLimitPermit, RateLimiter } from '../limiter/rate-limiter.ts';
import type { RateLimitRule } from '../limiter/rate-limit-rule.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import { type AttemptFailure, settleCreateFailure } from './attempt-failure.ts';
import { bodyReadError } from './body-read-error.ts';
import type { ErrorParser, HttpClient, HttpRequest, HttpResponse } from './http-types.ts';
import { fetchTransport } from './fetch-transport.ts';
import { nodeTransport } from './node-transport.ts';
import { DEFAULT_MAX_BODY_BYTES } from './read-body.ts';
import { redactSecrets, secretsOf } from './redact-secrets.ts';
import { requestAborted, sdkErrorOrAborted } from './request-aborted.ts';
import { RequestDeadlines } from './request-deadline.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.ts';
import { AttemptFailureError, withRetries } from './retry-loop.ts';
import { RETRY_POLICIES, retriesStatus } from './retry-policy.ts';
import type { Transport, TransportAnswer } from './transport.ts';
import { transportFailure } from './transport-failure.ts';
import type { TransportOptions } from './transport-options.ts';

/** Default total deadline of one request, headers and body: 60 s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** What an adapter tells core when it builds its HTTP client. */
export interface HttpClientOptions extends TransportOptions {
  provider: ProviderId;
  /** The provider's base URL (used when `baseURL` is not set). */
  defaultBaseURL: string;
  /** Credential headers, computed per request so a key can rotate. Never logged; redacted from bodies. */
  authHeaders: () => Record<string, string>;
  /** Reads the provider's error bodies. */
  parseError: ErrorParser;
  /** The provider's documented request-rate rules, used unless `limits` overrides them. */
  defaultLimits?: readonly RateLimitRule[];
}

/** An `HttpClient` plus its rate limiter (exposed so adapters can reconfigure it). */
export interface ProviderHttpClient extends HttpClient {
  readonly limiter: RateLimiter;
  /** The base URL in use. */
  readonly baseURL: string;
}

// `base` has no trailing slash. Without a query the URL is plain concatenation (fetch parses it
// anyway): building a URL object per call showed in the per-call profile.
function joinURL(base: string, path: string, query: HttpRequest<unknown>['query']): string {
  if (query === undefined || Object.values(query).every((value) => value === undefined)) return base + path;
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const name in headers) lower[name.toLowerCase()] = headers[name] as string;
  return lower;
}

function parseJSON(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '' || text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Builds the HTTP client an adapter talks through. Core owns everything that is not mapping: `fetch`,
 * one total deadline per request that covers the body, a body size cap,
 * redirects refused (an API key must never follow one), the one retry loop whose policy is data
 * (`RETRY_POLICIES`), the rate limiter, JSON validation, the error factory — and, for a create,
 * whether the provider accepted it (`accepted` on every error; `unknown` → `SubmissionUncertainError`).
 */
export function createHttpClient(options: HttpClientOptions): ProviderHttpClient {
  const clock: Clock = options.clock ?? systemClock;
  const logger: Logger = options.logger ?? silentLogger;
  const baseURL = options.baseURL ?? options.defaultBaseURL;
  const retries = options.retry?.retries ?? 4;
  const minDelay = options.retry?.minDelayMs ?? 500;
  const maxDelay = options.retry?.maxDelayMs ?? 8_000;
  const maxRetryAfter = options.retry?.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const limits = options.limits === false ? [] : (options.limits ?? options.defaultLimits ?? []);
  const limiter = new RateLimiter(limits, clock);
  const provider = options.provider;
  // Not ky: ky builds, clones and tees a Request per call, which measured +0.33 ms of CPU per call
  // (×1.74 a bare fetch) on loopback — more than the whole per-call budget. Everything ky would add
  // (retry, timeout, redirects, errors) is core's own below. On Node, without a `fetch` of the
  // user's, Node's own http client: it answers in a fraction of fetch's time (node-transport.ts).
  const userFetch = options.fetch;
  const transport: Transport = userFetch
    ? fetchTransport(() => userFetch)
    : (nodeTransport() ?? fetchTransport(() => globalThis.fetch));
  // Joined to each path by concatenation (see joinURL).
  const trimmedBase = baseURL.replace(/\/+$/, '');
  // The credential headers rarely change: their secrets are worked out again only when they do.
  let lastAuth: Record<string, string> | undefined;
  let lastSecrets: string[] = [];
  const secretsOfAuth = (auth: Record<string, string>): string[] => {
    const same =
      lastAuth !== undefined &&
      Object.keys(auth).length === Object.keys(lastAuth).length &&
      Object.entries(auth).every(([name, value]) => lastAuth?.[name] === value);
    if (!same) {
      lastAuth = auth;
      lastSecrets = secretsOf(auth);
    }
    return lastSecrets;
  };
  const deadlines = new RequestDeadlines(timeoutMs);
  // Header names are lower-cased once here and per request below, so later sources replace earlier
  // ones whatever their case. A plain object, not `Headers`: fetch copies it either way.
  const fixedHeaders = lowerCaseNames({ accept: 'application/json', ...options.headers });

  async function attempt<T>(request: HttpRequest<T>, url: string): Promise<HttpResponse<T>> {
    const policy = RETRY_POLICIES[request.intent];
    const limitKey = request.limitKey ?? '*';
    const fail = (failure: Omit<AttemptFailure, 'sent'>): never => {
      throw new AttemptFailureError({ ...failure, sent: request.attempt?.sent ?? true });
    };
    // The caller's signal fired while the request was out: not retried, and never a refusal.
    const callerAborted = (cause: unknown): never =>
      fail({
        error: requestAborted(provider, cause),
        retry: false,
        refused: false,
      });
    let auth: Record<string, string>;
    let permit: RateLimitPermit;
    try {
      permit = await limiter.acquire(limitKey, request.signal);
      // Aborted before anything left: a refusal by the caller, not an uncertain submission.
      request.signal?.throwIfAborted();
      auth = options.authHeaders();
    } catch (error) {
      // Nothing left the process: a missing key or an abort while waiting for the limiter.
      const sdkError = sdkErrorOrAborted(provider, error);
      throw new AttemptFailureError({ error: sdkError, retry: false, sent: false, refused: true });
    }
    const secrets = secretsOfAuth(auth);
    const deadline = deadlines.start(request.signal);
    try {
      let response: TransportAnswer;
      const sentAt = clock.now();
      try {
        if (request.attempt) request.attempt.sent = true;
        permit.sent();
        const headers: Record<string, string> = { ...fixedHeaders };
        if (request.headers) Object.assign(headers, lowerCaseNames(request.headers));
        Object.assign(headers, lowerCaseNames(auth));
        let body: string | undefined;
        if (request.json !== undefined) {
          body = JSON.stringify(request.json);
          headers['content-type'] ??= 'application/json';
        }
        response = await transport({
          url,
          method: request.method,
          headers,
          body,
          signal: deadline.signal,
          maxBodyBytes: request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        });
      } catch (cause) {
        return fail(
          transportFailure(cause, {
            provider,
            method: request.method,
            url,
            timeoutMs,
            policy,
            caller: request.signal,
            deadlineExpired: deadline.expired(),
          }),
        );
      }
      permit.answered();
      const feedback = parseRateLimitHeaders(response.headers, clock.now());
      if (feedback) limiter.observe(feedback, sentAt);
      const body = await response.readBody();
      if (!body.ok) {
        if (body.reason === 'aborted' && request.signal?.aborted) return callerAborted(request.signal.reason);
        const error = bodyReadError(body, {
          provider,
          method: request.method,
          path: request.path,
          status: response.status,
          timeoutMs,
        });
        return fail({ error, retry: body.reason !== 'too-large' && policy.unreadableBody, refused: false });
      }
      // Some APIs echo the key they rejected; it must not reach an error message or rawText.
      const text = redactSecrets(body.text, secrets);
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location') ?? '(no Location header)';
        return fail({
          error: new ProviderError(
            `${provider}: ${url} answered ${response.status} redirecting to ${redactSecrets(location, secrets)}; redirects are not followed because they drop or leak the API key. Set baseURL to the final address.`,
            { provider, status: response.status, code: 'unexpected_redirect' },
          ),
          retry: false,
          refused: true,
        });
      }
      if (response.status >= 400) {
        const retryAfterMs = parseRetryAfter(response.headers, clock.now(), maxRetryAfter);
        const parsed = parseJSON(text);
        const details = options.parseError({
          status: response.status,
          headers: response.headers,
          text,
          json: parsed.ok ? parsed.value : undefined,
        });
        const error = createApiError({ ...details, provider, status: response.status, retryAfterMs });
        // Only the limit key that was refused waits; the provider's other limits are not spent.
        if (RateLimitError.isInstance(error) && retryAfterMs !== undefined)
          limiter.pause(limitKey, retryAfterMs);
        return fail({
          error,
          retry: retriesStatus(policy, response.status) && error.retryable !== false,
          retryAfterMs,
          // A 4xx is the provider refusing the request; a 408 or 5xx may come after it was taken.
          refused: response.status !== 408 && response.status < 500,
        });
      }
      const parsed = parseJSON(text);
      if (!parsed.ok) {
        return fail({
          error: new ResponseValidationError(
            `${provider}: expected JSON from ${request.method} ${request.path}, got: ${text.slice(0, 120)}`,
            { provider, status: response.status, rawText: text, code: 'body_not_json', retryable: true },
          ),
          retry: policy.unreadableBody,
          refused: false,
        });
      }
      const checked = v.safeParse(request.schema, parsed.value);
      if (!checked.success) {
        const issues = checked.issues.map((issue) =>
          redactSecrets(`${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`, secrets),
        );
        return fail({
          error: new ResponseValidationError(
            `${provider}: unexpected response from ${request.method} ${request.path}: ${issues.join('; ')}`,
            { provider, status: response.status, rawText: text, issues },
          ),
          retry: false,
          refused: false,
        });
      }
      return { status: response.status, headers: response.headers, data: checked.output, rawText: text };
    } finally {
      deadline.clear();
    }
  }

  const retryLoop = { provider, clock, logger, retries, minDelayMs: minDelay, maxDelayMs: maxDelay };

  async function request<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const url = joinURL(trimmedBase, request.path, request.query);
    try {
      return await withRetries(retryLoop, request, () => attempt(request, url));
    } catch (error) {
      const failure: AttemptFailure =
        error instanceof AttemptFailureError
          ? error.failure
          : {
              error: GrokImagineError.isInstance(error)
                ? error
                : new ProviderError(`${provider}: ${String(error)}`, { provider, cause: error }),
              retry: false,
              sent: request.attempt?.sent ?? true,
              refused: false,
            };
      throw request.intent === 'create' ? settleCreateFailure(failure, provider, request) : failure.error;
    }
  }

  return { request, limiter, baseURL };
}
