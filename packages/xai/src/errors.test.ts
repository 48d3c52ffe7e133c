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
  const error = await client.submit(REQUEST).catch((e: unknown) => e);
  scope.done();
  if (!GrokImagineError.isInstance(error)) throw new Error(`expected an SDK error, got ${String(error)}`);
  return error;
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
    const { client, adapter } = createTestKit({ apiKey: undefined, env: {} });
    expect(adapter.quote).toBeTypeOf('function');
    expect(client.quote(REQUEST).usdTicks).toBe(200_000_000);
    const error = await client.submit(REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'missing_api_key', provider: 'xai' });
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
    await tested.refresh('abc', { clock, logger: {} });
    scope.done();
  });
});
