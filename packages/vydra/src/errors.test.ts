import { InsufficientCreditsError, ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, KEY, setup, T2V, vydra } from './__fixtures__/harness.ts';
import errors from './__fixtures__/errors.json' with { type: 'json' };
import noCredits from './__fixtures__/insufficient-credits-402.json' with { type: 'json' };
import noCode from './__fixtures__/validation-no-code-400.json' with { type: 'json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const CLASS_BY_CODE: Record<keyof typeof errors, string> = {
  MISSING_AUTH: 'AuthenticationError',
  INVALID_FORMAT: 'AuthenticationError',
  KEY_NOT_FOUND: 'AuthenticationError',
  KEY_REVOKED: 'AuthenticationError',
  KEY_EXPIRED: 'AuthenticationError',
  INVALID_INPUT: 'ValidationError',
  INVALID_URL: 'ValidationError',
  INSUFFICIENT_CREDITS: 'InsufficientCreditsError',
  INSUFFICIENT_SCOPE: 'PermissionError',
  MODEL_NOT_FOUND: 'NotFoundError',
  JOB_NOT_FOUND: 'NotFoundError',
  RATE_LIMIT_EXCEEDED: 'RateLimitError',
};

/** Submits once (no retries) against a canned error answer and returns what was thrown. */
async function submitAgainst(status: number, body: unknown, headers: Record<string, string> = {}) {
  const { start } = setup({ retry: { retries: 0 } });
  vydra()
    .post(`${API}/models/grok-imagine`)
    .reply(status, body as nock.Body, headers);
  return start(T2V).then(
    () => expect.fail('expected the submit to fail'),
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}

describe('every documented error code', () => {
  const codes = Object.keys(errors) as (keyof typeof errors)[];
  it.each(codes)('%s → its class, with Vydra message and code kept', async (code) => {
    const { status, body } = errors[code];
    const error = await submitAgainst(status, body);
    expect(error.name).toBe(CLASS_BY_CODE[code]);
    expect(error).toMatchObject({ provider: 'vydra', status, code });
    expect(error.message).toContain(`vydra ${status} ${code}: ${body.error}`);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('INVALID_INPUT names the field from details', async () => {
    const error = await submitAgainst(400, errors.INVALID_INPUT.body);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as unknown as ValidationError).field).toBe('duration');
    expect(error.message).toBe(
      'vydra 400 INVALID_INPUT: Missing or invalid request parameters ({"field":"duration"})',
    );
  });

  it('RATE_LIMIT_EXCEEDED carries Retry-After', async () => {
    const error = await submitAgainst(429, errors.RATE_LIMIT_EXCEEDED.body, { 'Retry-After': '30' });
    expect(error).toMatchObject({ name: 'RateLimitError', retryAfterMs: 30_000, retryable: true });
  });
});

describe('bodies without a code', () => {
  it('the 402 body → InsufficientCreditsError carrying creditsRequired and creditsRemaining', async () => {
    const error = await submitAgainst(402, noCredits);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({ creditsRequired: 15, creditsRemaining: 5, code: undefined });
    expect(error.message).toBe('vydra 402: Insufficient credits');
  });

  it('a bare 400 message → ValidationError with Vydra text', async () => {
    const error = await submitAgainst(400, noCode);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('vydra 400: Missing required field: prompt (string)');
  });

  it('an unknown code falls back to the status', async () => {
    const error = await submitAgainst(404, { error: 'Gone fishing', code: 'SOMETHING_NEW' });
    expect(error).toMatchObject({ name: 'NotFoundError', code: 'SOMETHING_NEW' });
  });

  it('a non-JSON 5xx page → described, never echoed; a create answered 502 is uncertain', async () => {
    const error = await submitAgainst(502, '<html>Bad gateway</html>', {
      'content-type': 'text/html; charset=utf-8',
    });
    expect(error).toMatchObject({ name: 'SubmissionUncertainError', accepted: 'unknown' });
    const cause = error.cause as Error;
    expect(cause).toMatchObject({ name: 'ProviderError', status: 502 });
    expect(cause.message).toBe(
      "vydra 502: HTTP 502 with a body that is not Vydra's error JSON (text/html, 24 characters)",
    );
    expect(error.message).not.toContain('<html>');
  });

  it('a code named like an Object property is just an unknown code', async () => {
    const error = await submitAgainst(400, { error: 'odd', code: '__proto__' });
    expect(error).toMatchObject({ name: 'ValidationError', code: '__proto__' });
  });

  it('an empty error body still says what happened', async () => {
    const { adapter, ctx } = setup({ retry: { retries: 0 } });
    vydra().get(`${API}/jobs/job_1`).reply(503, '');
    const error = (await adapter.status('job_1', ctx).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('vydra 503: HTTP 503 with no body');
  });
});

describe('errors on status reads', () => {
  it('JOB_NOT_FOUND on GET /jobs/{id} → NotFoundError, not retried', async () => {
    const { adapter, ctx } = setup();
    vydra().get(`${API}/jobs/nope`).reply(404, errors.JOB_NOT_FOUND.body);
    await expect(adapter.status('nope', ctx)).rejects.toMatchObject({
      name: 'NotFoundError',
      code: 'JOB_NOT_FOUND',
    });
  });
});
