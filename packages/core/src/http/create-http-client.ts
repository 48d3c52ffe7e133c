import ky from 'ky';
import pRetry from 'p-retry';
import * as v from 'valibot';
import { type Clock, systemClock } from '../clock/clock.ts';
import { type Logger, silentLogger } from '../clock/logger.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import { createApiError } from '../errors/create-api-error.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { ProviderError } from '../errors/provider-error.ts';
import { RateLimitError } from '../errors/rate-limit-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import { RateLimiter } from '../limiter/rate-limiter.ts';
import type { RateLimitRule } from '../limiter/rate-limit-rule.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import { classifyFetchError } from './classify-fetch-error.ts';
import { redactSecrets, secretsOf } from './redact-secrets.ts';
import type { ErrorParser, HttpClient, HttpRequest, HttpResponse } from './http-types.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.ts';
import type { TransportOptions } from './transport-options.ts';

/** What an adapter tells core when it builds its HTTP client. */
export interface HttpClientOptions extends TransportOptions {
  provider: ProviderId;
  /** The provider's base URL (used when `baseURL` is not set). */
  defaultBaseURL: string;
  /** Auth and fixed headers, computed per request so a key can rotate. Never logged. */
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

class AttemptFailure extends Error {
  constructor(
    readonly error: GrokImagineError,
    readonly retry: boolean,
    /** The wait the response asked for (`Retry-After`), on any status, not only 429. */
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

function backoffMs(attempt: number, min: number, max: number): number {
  return Math.min(max, min * 2 ** (attempt - 1));
}

function joinURL(base: string, path: string, query: HttpRequest<unknown>['query']): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

function parseJSON(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Builds the HTTP client an adapter talks through. Core owns everything that is not mapping:
 * ky (its own retry off), timeouts, redirects refused (an API key must never follow one), the one
 * p-retry layer with `Retry-After`, the rate limiter, JSON validation and the error factory.
 */
export function createHttpClient(options: HttpClientOptions): ProviderHttpClient {
  const clock: Clock = options.clock ?? systemClock;
  const logger: Logger = options.logger ?? silentLogger;
  const baseURL = options.baseURL ?? options.defaultBaseURL;
  const retries = options.retry?.retries ?? 4;
  const minDelay = options.retry?.minDelayMs ?? 500;
  const maxDelay = options.retry?.maxDelayMs ?? 8_000;
  const maxRetryAfter = options.retry?.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const limits = options.limits === false ? [] : (options.limits ?? options.defaultLimits ?? []);
  const limiter = new RateLimiter(limits, clock);
  const provider = options.provider;
  const http = ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: options.timeoutMs ?? 60_000,
    redirect: 'manual',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function attempt<T>(request: HttpRequest<T>, url: string): Promise<HttpResponse<T>> {
    await limiter.acquire(request.limitKey ?? '*', request.signal);
    const auth = options.authHeaders();
    let response: Response;
    try {
      response = await http(url, {
        method: request.method,
        headers: {
          accept: 'application/json',
          ...options.headers,
          ...request.headers,
          ...auth,
        },
        ...(request.json === undefined ? {} : { json: request.json }),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (cause) {
      if (request.signal?.aborted)
        throw new AbortedError(`${provider}: request aborted.`, { provider, cause: request.signal.reason });
      const { error, notSent } = classifyFetchError(cause, provider, url);
      if (request.intent === 'create' && !notSent) {
        throw new AttemptFailure(
          new SubmissionUncertainError(
            `${provider}: the submission was sent but its answer was lost (${error.message}); the job may exist and be charged. Not retried automatically.`,
            { provider, code: 'submission_uncertain', cause: error },
          ),
          false,
        );
      }
      throw new AttemptFailure(error, true);
    }
    const body = await response.text();
    // Some APIs echo the key they rejected; it must not reach an error message or rawText.
    const secrets = secretsOf(auth);
    const text = redactSecrets(body, secrets);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location') ?? '(no Location header)';
      throw new AttemptFailure(
        new ProviderError(
          `${provider}: ${url} answered ${response.status} redirecting to ${location}; redirects are not followed because they drop or leak the API key. Set baseURL to the final address.`,
          { provider, status: response.status, code: 'unexpected_redirect' },
        ),
        false,
      );
    }
    if (response.status >= 400) {
      const retryAfterMs = parseRetryAfter(response.headers, clock.now(), maxRetryAfter);
      const details = options.parseError({
        status: response.status,
        headers: response.headers,
        text,
        json: parseJSON(text),
      });
      const error = createApiError({ ...details, provider, status: response.status, retryAfterMs });
      if (error instanceof RateLimitError && retryAfterMs !== undefined) limiter.pauseFor(retryAfterMs);
      const transient = response.status === 408 || response.status === 429 || response.status >= 500;
      // A 5xx on a create may have been accepted: do not resend; 429 provably was not.
      const retry =
        request.intent === 'create' ? response.status === 429 : request.intent === 'read' && transient;
      throw new AttemptFailure(error, retry && error.retryable !== false, retryAfterMs);
    }
    const json = parseJSON(body);
    if (json === undefined && body.trim() !== '') {
      throw new AttemptFailure(
        new ResponseValidationError(
          `${provider}: expected JSON from ${request.method} ${request.path}, got: ${text.slice(0, 120)}`,
          {
            provider,
            status: response.status,
            rawText: text,
          },
        ),
        false,
      );
    }
    const parsed = v.safeParse(request.schema, json);
    if (!parsed.success) {
      const issues = parsed.issues.map((issue) =>
        redactSecrets(`${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`, secrets),
      );
      throw new AttemptFailure(
        new ResponseValidationError(
          `${provider}: unexpected response from ${request.method} ${request.path}: ${issues.join('; ')}`,
          { provider, status: response.status, rawText: text, issues },
        ),
        false,
      );
    }
    return { status: response.status, headers: response.headers, data: parsed.output, rawText: body };
  }

  async function request<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const url = joinURL(baseURL, request.path, request.query);
    try {
      return await pRetry(() => attempt(request, url), {
        retries,
        minTimeout: 0,
        maxTimeout: 0,
        randomize: false,
        shouldRetry: async ({ error, attemptNumber }) => {
          if (!(error instanceof AttemptFailure) || !error.retry) return false;
          // A 503 with Retry-After is honoured like a 429: the provider said when to come back.
          const delay = error.retryAfterMs ?? backoffMs(attemptNumber, minDelay, maxDelay);
          logger.warn?.(`${provider}: retrying ${request.method} ${request.path}`, {
            attempt: attemptNumber,
            delayMs: delay,
            reason: error.error.name,
          });
          await clock.sleep(delay, request.signal);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof AttemptFailure) throw error.error;
      if (GrokImagineError.isInstance(error)) throw error;
      throw new ProviderError(`${provider}: ${String(error)}`, { provider, cause: error });
    }
  }

  return { request, limiter, baseURL };
}
