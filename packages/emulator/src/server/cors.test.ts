import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VYDRA_EXAMPLES, XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';

let t: TestEmulator;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

const EXPOSED =
  'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Location, cf-mitigated';

function preflight(url: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers });
}

const CORS_HEADERS = {
  origin: 'access-control-allow-origin',
  methods: 'access-control-allow-methods',
  headers: 'access-control-allow-headers',
  'max-age': 'access-control-max-age',
  'expose-headers': 'access-control-expose-headers',
  'private-network': 'access-control-allow-private-network',
};

function corsOf(response: Response): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(CORS_HEADERS).map(([name, header]) => [name, response.headers.get(header)]),
  );
}

describe('CORS preflight', () => {
  it('answers an API preflight from a loopback dev server with 204, echoing origin and headers', async () => {
    const response = await preflight(`${t.emulator.pixazoBaseURL}/v2/requests/status/abc`, {
      Origin: 'http://localhost:5173',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers':
        'ocp-apim-subscription-key, content-type, x-webhook-url, x-webhook-mode',
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(corsOf(response)).toEqual({
      origin: 'http://localhost:5173',
      methods: 'GET, POST, DELETE, OPTIONS',
      headers: 'ocp-apim-subscription-key, content-type, x-webhook-url, x-webhook-mode',
      'max-age': '600',
      'expose-headers': EXPOSED,
      'private-network': null,
    });
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('is not an API call: no credential needed, no rate limit, no request record', async () => {
    await send(`${t.emulator.vydraBaseURL}/organization`, authed('vydra'));
    const response = await preflight(`${t.emulator.xaiBaseURL}/videos/generations`, {
      Origin: 'http://127.0.0.1:4173',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization,content-type,cache-control',
    });
    expect(response.status).toBe(204);
    expect(corsOf(response)).toMatchObject({
      origin: 'http://127.0.0.1:4173',
      headers: 'authorization, content-type, cache-control',
    });
    expect(t.emulator.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('answers a media preflight with the read-only methods and lists the SDK headers when none are named', async () => {
    const response = await preflight(`${t.emulator.mediaURL}/media/0123.mp4`, {
      Origin: 'http://localhost:3000',
    });
    expect(response.status).toBe(204);
    expect(corsOf(response)).toMatchObject({
      origin: 'http://localhost:3000',
      methods: 'GET, HEAD, OPTIONS',
      headers:
        'authorization, content-type, ocp-apim-subscription-key, cache-control, x-webhook-url, x-webhook-mode',
    });
    expect(t.emulator.mediaRequests).toEqual([]);
  });

  it('gives other origins `*`, drops header names that are not tokens, and allows private-network access', async () => {
    const response = await preflight(`${t.emulator.xaiBaseURL}/nowhere`, {
      Origin: 'https://app.example.com',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization, bad header, x-ok',
      'Access-Control-Request-Private-Network': 'true',
    });
    expect(response.status).toBe(204);
    expect(corsOf(response)).toMatchObject({
      origin: '*',
      headers: 'authorization, x-ok',
      'private-network': 'true',
    });
  });
});

describe('CORS on answers', () => {
  it('lets a page read API answers, errors included, and the rate-limit headers', async () => {
    const origin = { Origin: 'http://localhost:5173' };
    const ok = await fetch(
      `${t.emulator.vydraBaseURL}/models/grok-imagine`,
      authed('vydra', VYDRA_EXAMPLES.image, origin),
    );
    expect(ok.status).toBe(200);
    expect(corsOf(ok)).toMatchObject({ origin: 'http://localhost:5173', 'expose-headers': EXPOSED });
    expect(ok.headers.get('x-ratelimit-remaining')).not.toBeNull();
    const denied = await fetch(`${t.emulator.xaiBaseURL}/images/generations`, {
      method: 'POST',
      headers: origin,
      body: JSON.stringify(XAI_EXAMPLES.imageGeneration),
    });
    expect(denied.status).toBe(401);
    expect(corsOf(denied).origin).toBe('http://localhost:5173');
  });

  it('lets a page read media files; requests without an Origin get `*`', async () => {
    const answer = await send(
      `${t.emulator.xaiBaseURL}/images/generations`,
      authed('xai', XAI_EXAMPLES.imageGeneration),
    );
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const imageUrl = (answer.json as { data: Array<{ url: string }> }).data[0]!.url;
    const media = await fetch(imageUrl, { headers: { Origin: 'http://[::1]:8080' } });
    expect(media.status).toBe(200);
    expect(corsOf(media)).toMatchObject({ origin: 'http://[::1]:8080', 'expose-headers': EXPOSED });
  });
});
