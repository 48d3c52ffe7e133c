import { readFileSync } from 'node:fs';
import {
  AuthenticationError,
  BotChallengeError,
  InsufficientCreditsError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import modelNotFound from './__fixtures__/error-400-model-not-found.json' with { type: 'json' };
import insufficient from './__fixtures__/error-402-insufficient-balance.json' with { type: 'json' };
import t2v from './__fixtures__/endpoints/grok-imagine-video-text-to-video.json' with { type: 'json' };
import { PIXAZO_ENDPOINTS } from './endpoints.ts';
import { intercept, providerRequest, TEST_KEY, testAdapter, testContext } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const path = PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path;
const request = providerRequest({ type: 'text-to-video', prompt: 'waves' });
const challengePage = readFileSync(
  new URL('./__fixtures__/error-403-challenge.html', import.meta.url),
  'utf8',
);

async function submitError(status: number, body: unknown): Promise<Error> {
  intercept('POST', path, status, body);
  const error = await testAdapter({ retry: { retries: 0 } })
    .submit(request, testContext())
    .catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  expect((error as Error).message).not.toContain(TEST_KEY);
  return error as Error;
}

describe('submit errors keep Pixazo’s error and message', () => {
  it('402 Insufficient Balance → InsufficientCreditsError', async () => {
    const error = await submitError(402, insufficient);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({
      status: 402,
      code: 'Insufficient Balance',
      message: 'pixazo 402 Insufficient Balance: Your wallet does not have enough balance.',
    });
  });

  it('400 Model not found → NotFoundError', async () => {
    const error = await submitError(400, modelNotFound);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      "pixazo 400 Model not found: Model 'grok-imagine-video-text-to-video' not found or is disabled",
    );
  });

  it('other 400 → ValidationError', async () => {
    const error = await submitError(400, { error: 'Bad Request', message: 'duration must be an integer' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('pixazo 400 Bad Request: duration must be an integer');
  });

  it('keeps ordinary header values in messages and redacts only the echoed key', async () => {
    const error = await submitError(415, {
      error: 'Unsupported Media Type',
      message: `Content-Type must be application/json with Cache-Control no-cache (key ${TEST_KEY})`,
    });
    expect(error.message).toBe(
      'pixazo 415 Unsupported Media Type: Content-Type must be application/json with Cache-Control no-cache (key [redacted])',
    );
  });

  it('401 → AuthenticationError (also the gateway’s { statusCode, message } body)', async () => {
    const error = await submitError(401, {
      statusCode: 401,
      message: 'Access denied due to invalid subscription key.',
    });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('pixazo 401: Access denied due to invalid subscription key.');
  });

  it('403 with a JSON body → PermissionError', async () => {
    const error = await submitError(403, { error: 'Forbidden', message: 'Model not enabled for this key' });
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).not.toBeInstanceOf(BotChallengeError);
  });

  it('404 → NotFoundError', async () => {
    expect(await submitError(404, { error: 'Not Found', message: 'No such route' })).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('429 → RateLimitError with Retry-After', async () => {
    intercept(
      'POST',
      path,
      429,
      { error: 'Too Many Requests', message: 'Slow down' },
      { 'retry-after': '3' },
    );
    const error = await testAdapter({ retry: { retries: 0 } })
      .submit(request, testContext())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3000, message: 'pixazo 429 Too Many Requests: Slow down' });
  });

  it('500 → ProviderError, and the paid submit is not sent again', async () => {
    intercept('POST', path, 500, { error: 'Internal Server Error', message: 'upstream failed' });
    const second = intercept('POST', path, 202, t2v.response);
    const error = await testAdapter()
      .submit(request, testContext())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toBe('pixazo 500 Internal Server Error: upstream failed');
    expect(second).toHaveLength(0);
  });
});

describe('the bot challenge in front of the status endpoint', () => {
  it('a 403 HTML page → BotChallengeError pointing at webhooks, not retried', async () => {
    const calls = intercept('GET', '/v2/requests/status/grok-imagine-video_1', 403, challengePage);
    const error = await testAdapter()
      .refresh('grok-imagine-video_1', testContext())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotChallengeError);
    expect(error).toMatchObject({ status: 403, code: 'bot_challenge', retryable: false });
    expect((error as Error).message).toMatch(/bot challenge/);
    expect((error as Error).message).toMatch(/webhook: \{ url \}/);
    expect((error as Error).message).toMatch(/createWebhookHandler/);
    expect(calls).toHaveLength(1);
  });

  it('a JSON 403 on the status endpoint stays a PermissionError', async () => {
    intercept('GET', '/v2/requests/status/grok-imagine-video_1', 403, { error: 'Forbidden', message: 'no' });
    const error = await testAdapter()
      .refresh('grok-imagine-video_1', testContext())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
  });
});

describe('the API key', () => {
  it('missing: AuthenticationError naming PIXAZO_API_KEY on the first call, not at construction', async () => {
    const scope = nock('https://gateway.pixazo.ai').post(path).reply(202, t2v.response);
    const adapter = testAdapter({ apiKey: undefined, env: {} });
    const error = await adapter.submit(request, testContext()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      code: 'missing_api_key',
      message: expect.stringContaining('PIXAZO_API_KEY'),
    });
    expect(scope.isDone()).toBe(false);
  });

  it('read from env at request time', async () => {
    const env: Record<string, string | undefined> = {};
    const adapter = testAdapter({ apiKey: undefined, env });
    env.PIXAZO_API_KEY = 'key-from-env';
    const calls = intercept('POST', path, 202, t2v.response);
    await adapter.submit(request, testContext());
    expect(calls[0]!.headers['ocp-apim-subscription-key']).toBe('key-from-env');
  });
});
