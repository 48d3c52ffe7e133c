import { ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import t2v from '../__fixtures__/endpoints/grok-imagine-video-text-to-video.json' with { type: 'json' };
import { PIXAZO_ENDPOINTS } from '../endpoints.ts';
import { intercept, providerRequest, startOn, testAdapter, testContext } from '../testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const path = PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path;
const request = providerRequest({ type: 'text-to-video', prompt: t2v.request.prompt });

describe('submit with a webhook', () => {
  it('sends X-Webhook-URL and X-Webhook-Mode terminal by default', async () => {
    const calls = intercept('POST', path, 202, t2v.response);
    const url = 'https://hooks.example.com/pixazo?token=s3cret-token-123456';
    await startOn(testAdapter(), request, { ...testContext(), webhook: { url } });
    expect(calls[0]!.headers['x-webhook-url']).toBe(url);
    expect(calls[0]!.headers['x-webhook-mode']).toBe('terminal');
    expect(calls[0]!.body).toStrictEqual(t2v.request);
  });

  it('sends X-Webhook-Mode sync when asked', async () => {
    const calls = intercept('POST', path, 202, t2v.response);
    await startOn(testAdapter(), request, {
      ...testContext(),
      webhook: { url: 'https://hooks.example.com/p', mode: 'sync' },
    });
    expect(calls[0]!.headers['x-webhook-mode']).toBe('sync');
  });

  it('rejects a plain http URL before sending anything', async () => {
    const scope = nock('https://gateway.pixazo.ai').post(path).reply(202, t2v.response);
    const submit = startOn(testAdapter(), request, {
      ...testContext(),
      webhook: { url: 'http://hooks.example.com/pixazo' },
    });
    await expect(submit).rejects.toThrow(ValidationError);
    await expect(submit).rejects.toMatchObject({
      field: 'webhook.url',
      message: expect.stringContaining('https://'),
    });
    expect(scope.isDone()).toBe(false);
  });
});
