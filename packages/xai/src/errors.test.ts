import './__fixtures__/nock-setup.ts';
import { inspect } from 'node:util';
import {
  AuthenticationError,
  ContentPolicyError,
  GrokImagineError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import docResponse from './__fixtures__/doc-image-generation.response.json' with { type: 'json' };
import flat from './__fixtures__/error-flat.json' with { type: 'json' };
import nested from './__fixtures__/error-nested.json' with { type: 'json' };
import { createTestKit, TEST_KEY, xaiApi, xaiPost } from './__fixtures__/xai-test-kit.ts';
import { createXaiAdapter } from './adapter.ts';

const REQUEST = { type: 'text-to-image', prompt: 'A lighthouse' } as const;

async function submitAnswered(status: number, body: string | object, headers: Record<string, string> = {}) {
  const { client } = createTestKit();
  const scope = xaiPost()
    .post('/v1/images/generations')
    .reply(status, typeof body === 'string' ? body : JSON.stringify(body), headers);
  const thrown = await client.submit(REQUEST).catch((e: unknown) => e);
  scope.done();
  if (!GrokImagineError.isInstance(thrown)) throw new Error(`expected an SDK error, got ${String(thrown)}`);
  // A 4xx is a refusal (accepted "no"); after a 5xx the job may exist, so core wraps the API error in
  // a SubmissionUncertainError (accepted "unknown"). The mapping under test is the API error.
  if (status < 500) {
    expect(thrown.accepted).toBe('no');
    return thrown;
  }
  expect(thrown).toBeInstanceOf(SubmissionUncertainError);
  expect(thrown.accepted).toBe('unknown');
  if (!GrokImagineError.isInstance(thrown.cause)) throw new Error('expected the API error as the cause');
  return thrown.cause;
}

describe('xAI error bodies → core error classes, xAI’s message kept', () => {
  const codes = [
    ['unauthorized', 401, AuthenticationError],
    ['rate_limit_exceeded', 429, RateLimitError],
    ['invalid_prompt', 400, ValidationError],
    ['invalid_parameters', 400, ValidationError],
    ['invalid_image_url', 400, ValidationError],
    ['invalid_video_url', 400, ValidationError],
    ['content_policy_violation', 400, ContentPolicyError],
    ['internal_error', 500, ProviderError],
  ] as const;

  for (const [code, status, ErrorClass] of codes) {
    it(`${code} (flat body, HTTP ${status}) → ${ErrorClass.name}`, async () => {
      const error = await submitAnswered(status, { code, error: `xAI says: ${code} happened.` });
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toMatchObject({ provider: 'xai', status, code });
      expect(error.message).toBe(`xai ${status} ${code}: xAI says: ${code} happened.`);
    });
  }

  it('reads the code over the status: content_policy_violation on 422 is still a ContentPolicyError', async () => {
    const error = await submitAnswered(422, { code: 'content_policy_violation', error: 'Blocked.' });
    expect(error).toBeInstanceOf(ContentPolicyError);
  });

  it('reads a numeric code as text (xAI sometimes sends numbers); the status then decides the class', async () => {
    const error = await submitAnswered(400, { code: 3, error: 'Invalid argument.' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: '3', accepted: 'no' });
    expect(error.message).toBe('xai 400 3: Invalid argument.');
    const nestedNumeric = await submitAnswered(429, { error: { message: 'Slow down.', code: 429 } });
    expect(nestedNumeric).toBeInstanceOf(RateLimitError);
    expect(nestedNumeric.code).toBe('429');
  });

  it('reads the document-style flat body', async () => {
    const error = await submitAnswered(400, flat);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('xai 400 invalid_prompt: The prompt must not be empty.');
  });

  it('reads the nested body, naming the field from `param`', async () => {
    const error = await submitAnswered(422, nested);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'invalid_parameters', field: 'duration' });
    expect(error.message).toBe('xai 422 invalid_parameters: duration must be between 1 and 15');
  });

  it('honours Retry-After on a 429', async () => {
    const error = await submitAnswered(
      429,
      { code: 'rate_limit_exceeded', error: 'Slow down.' },
      { 'retry-after': '7' },
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7_000);
  });

  const statuses = [
    [400, ValidationError],
    [401, AuthenticationError],
    [403, PermissionError],
    [404, NotFoundError],
    [405, UnsupportedError],
    [415, UnsupportedError],
    [422, ValidationError],
    [429, RateLimitError],
    [500, ProviderError],
    [503, ProviderError],
  ] as const;

  for (const [status, ErrorClass] of statuses) {
    it(`HTTP ${status} with an undocumented code → ${ErrorClass.name}`, async () => {
      const error = await submitAnswered(status, {
        code: 'Some human text',
        error: `Status ${status} text.`,
      });
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error.message).toContain(`Status ${status} text.`);
    });
  }

  it('keeps a non-JSON body as the message (an HTML 502 from a proxy)', async () => {
    const error = await submitAnswered(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('xai 502: <html><body><h1>502 Bad Gateway</h1></body></html>');
  });

  it('says so for an empty error body', async () => {
    const error = await submitAnswered(404, '');
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('xai 404: HTTP 404 with an empty body.');
  });
});

describe('the API key', () => {
  it('comes from XAI_API_KEY in the injected env when apiKey is not given', async () => {
    const { client } = createTestKit({ apiKey: undefined, env: { XAI_API_KEY: 'from-env-key' } });
    const scope = xaiPost('from-env-key').post('/v1/images/generations').reply(200, docResponse);
    await client.submit(REQUEST);
    scope.done();
  });

  it('missing → AuthenticationError on the first call (not at construction), saying how to set it', async () => {
    const { client } = createTestKit({ apiKey: undefined, env: {} });
    expect(client.quote(REQUEST).usdTicks).toBe(200_000_000);
    const error = await client.submit(REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'missing_api_key', provider: 'xai', accepted: 'no' });
    expect((error as Error).message).toBe(
      'xai: no API key. Set the XAI_API_KEY environment variable or pass apiKey in the xai config (get a key at https://console.x.ai/).',
    );
    await expect(client.get('xai:abc')).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('never leaks into an error, even when xAI echoes it back', async () => {
    const error = await submitAnswered(401, {
      code: 'unauthorized',
      error: `Incorrect API key provided: ${TEST_KEY}.`,
    });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('xai 401 unauthorized: Incorrect API key provided: [redacted].');
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    expect(inspect(error, { depth: 10 })).not.toContain(TEST_KEY);
  });

  it('is sent on status reads too, and never in the adapter’s inspectable surface', async () => {
    const adapter = createXaiAdapter({ apiKey: TEST_KEY });
    expect(inspect(adapter, { depth: 10 })).not.toContain(TEST_KEY);
    expect(JSON.stringify(adapter)).not.toContain(TEST_KEY);
    const { adapter: tested, clock } = createTestKit();
    const scope = xaiApi().get('/v1/videos/abc').reply(202);
    await tested.status('abc', { clock, logger: {} });
    scope.done();
  });
});
