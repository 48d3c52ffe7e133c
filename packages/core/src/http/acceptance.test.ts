import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error.ts';
import { AuthenticationError } from '../errors/authentication-error.ts';
import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { create, expectRefused, expectUncertain } from '../../test/support/create-attempt.ts';
import { KEY, ORIGIN } from '../../test/support/http-fixture.ts';
import { socketError } from '../testing/socket-error.ts';

const PATH = '/v1/videos/generations';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.cleanAll();
});

describe('acceptance of a create: refusals are "no"', () => {
  it.each([
    [400, { error: 'prompt too long' }, 'ValidationError'],
    [401, { error: 'bad key' }, 'AuthenticationError'],
    [402, { error: 'no credits' }, 'InsufficientCreditsError'],
    [403, { error: 'forbidden' }, 'PermissionError'],
    [403, '<html><body>Access denied</body></html>', 'PermissionError'],
    [404, { error: 'no such model' }, 'NotFoundError'],
    [405, { error: 'method not allowed' }, 'UnsupportedError'],
    [415, { error: 'unsupported media type' }, 'UnsupportedError'],
    [422, { error: 'unprocessable' }, 'ValidationError'],
  ])('%i %j → %s, accepted "no", sent once', async (status, body, name) => {
    nock(ORIGIN).post(PATH).reply(status, body);
    const { error, attempt, clock } = await create();
    expectRefused(error, name);
    expect(error.status).toBe(status);
    expect(attempt.sent).toBe(true);
    expect(clock.sleeps).toEqual([]);
  });

  it('429 on every attempt → RateLimitError after the retries, accepted "no"', async () => {
    nock(ORIGIN).post(PATH).times(3).reply(429, { error: 'slow down' }, { 'retry-after': '1' });
    const { error, clock } = await create({ retry: { retries: 2 } });
    expectRefused(error, 'RateLimitError');
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('a 3xx redirect → ProviderError unexpected_redirect, accepted "no", not followed', async () => {
    nock(ORIGIN).post(PATH).reply(307, '', { location: 'https://elsewhere.example.com/v1/videos' });
    const { error } = await create();
    expectRefused(error, 'ProviderError');
    expect(error.code).toBe('unexpected_redirect');
  });

  it('ECONNREFUSED on every attempt → ConnectionError, accepted "no" (retried: it never arrived)', async () => {
    nock(ORIGIN).post(PATH).times(2).replyWithError(socketError('ECONNREFUSED', 'connect ECONNREFUSED'));
    const { error, clock } = await create({ retry: { retries: 1, minDelayMs: 10 } });
    expectRefused(error, 'ConnectionError');
    expect(clock.sleeps).toEqual([10]);
  });

  it('a refused TLS certificate → ConnectionError, accepted "no", not retried (the handshake failed first)', async () => {
    const scope = nock(ORIGIN)
      .post(PATH)
      .replyWithError(
        socketError('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
      );
    const { error, clock } = await create({ retry: { retries: 2, minDelayMs: 10 } });
    expectRefused(error, 'ConnectionError');
    expect(error).toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', retryable: false });
    expect(error.message).toBe(
      `xai: the TLS certificate of ${ORIGIN}/v1/videos/generations was refused (UNABLE_TO_VERIFY_LEAF_SIGNATURE); not retried.`,
    );
    expect(clock.sleeps).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('a missing key (authHeaders throws) → that error, accepted "no", nothing sent', async () => {
    const missing = new AuthenticationError('No xAI API key: set XAI_API_KEY.', { provider: 'xai' });
    const { error, attempt } = await create({
      authHeaders: () => {
        throw missing;
      },
    });
    expect(error).toBe(missing);
    expect(error.accepted).toBe('no');
    expect(attempt.sent).toBe(false);
  });

  it('an abort while waiting to retry a 429 → AbortedError, accepted "no" (nothing more was sent)', async () => {
    nock(ORIGIN).post(PATH).reply(429, { error: 'slow down' }, { 'retry-after': '1' });
    const controller = new AbortController();
    const clock = {
      now: () => 0,
      sleep: async () => {
        controller.abort();
        throw new AbortedError('Aborted.', { provider: 'xai' });
      },
    };
    const { error } = await create({ clock }, { signal: controller.signal });
    expectRefused(error, 'AbortedError');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('an abort before sending → AbortedError, accepted "no", nothing sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error, attempt } = await create({}, { signal: controller.signal });
    expectRefused(error, 'AbortedError');
    expect(attempt.sent).toBe(false);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('acceptance of a create: anything after sending is "unknown"', () => {
  it.each([
    [408, 'ProviderError'],
    [500, 'ProviderError'],
    [502, 'ProviderError'],
    [503, 'ProviderError'],
    [504, 'ProviderError'],
  ])('%i → SubmissionUncertainError (cause %s), not sent again', async (status, causeName) => {
    nock(ORIGIN).post(PATH).reply(status, { error: 'upstream' }).post(PATH).reply(200, { id: 'never' });
    const { error, attempt, clock } = await create();
    expectUncertain(error, causeName);
    expect(error.status).toBe(status);
    expect(attempt.sent).toBe(true);
    expect(nock.pendingMocks()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a reset after sending → SubmissionUncertainError (cause ConnectionError)', async () => {
    nock(ORIGIN).post(PATH).replyWithError(socketError('ECONNRESET', 'socket hang up'));
    const { error } = await create();
    expectUncertain(error, 'ConnectionError');
  });

  it('a 2xx that is not JSON → SubmissionUncertainError (cause ResponseValidationError)', async () => {
    nock(ORIGIN).post(PATH).reply(200, '<html>ok</html>');
    const { error } = await create();
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as GrokImagineError).code).toBe('body_not_json');
  });

  it('a 2xx the schema rejects → SubmissionUncertainError (cause ResponseValidationError)', async () => {
    nock(ORIGIN).post(PATH).reply(200, { id: 42 });
    const { error } = await create();
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as { issues: string[] }).issues).toEqual([
      'id: Invalid type: Expected string but received 42',
    ]);
  });

  it('an oversized 2xx body → SubmissionUncertainError (cause ResponseValidationError body_too_large)', async () => {
    nock(ORIGIN)
      .post(PATH)
      .reply(200, { id: 'x'.repeat(100) });
    const { error } = await create({}, { maxBodyBytes: 64 });
    expectUncertain(error, 'ResponseValidationError');
    expect((error.cause as GrokImagineError).code).toBe('body_too_large');
  });
});

it('the key never reaches an acceptance error', async () => {
  nock(ORIGIN)
    .post(PATH)
    .reply(500, { error: `upstream saw ${KEY}` });
  const { error } = await create();
  expect(JSON.stringify(error)).not.toContain(KEY);
  expect(String((error.cause as Error).message)).not.toContain(KEY);
});
