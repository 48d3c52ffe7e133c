import { describe, expect, it } from 'vitest';
import * as core from '../src/index.ts';
import * as node from '../src/node/index.ts';
import * as testing from '../src/testing/index.ts';
import { createFakeClock } from '../src/testing/fake-clock.ts';
import { fakeAdapter } from './support/fake-adapter.ts';

describe('public API', () => {
  it('the main entry exports the client, poll loop, media, errors, pricing and request pieces', () => {
    for (const name of [
      'createClient',
      'waitForJob',
      'resolveMedia',
      'toDataUri',
      'createHttpClient',
      'createApiError',
      'GrokImagineError',
      'ValidationError',
      'normalizeRequest',
      'checkCapabilities',
      'buildQuote',
      'formatUsd',
      'parseJobId',
      'REQUEST_DEFAULTS',
      'RateLimiter',
      'systemClock',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
    // File reading lives in the Node entry only.
    expect(core).not.toHaveProperty('readMediaFile');
  });

  it('the node and testing entries export their additions', () => {
    expect(Object.keys(node).sort()).toEqual(['FileLedgerStore', 'createNodeClient', 'readMediaFile']);
    expect(Object.keys(testing).sort()).toEqual([
      'SAMPLE_REQUESTS',
      'bodyCutAfter',
      'createFakeClock',
      'describeAdapterContract',
      'expectWellFormedAdapter',
      'sampleRequestFor',
      'socketError',
      'withoutNetwork',
    ]);
  });

  it('createNodeClient reads { path } inputs from disk', async () => {
    const adapter = fakeAdapter();
    const client = node.createNodeClient(adapter, { clock: createFakeClock() });
    await expect(
      client.submit({ type: 'image-edit', prompt: 'p', image: { path: 'does-not-exist.png' } }),
    ).rejects.toThrow(
      /image: could not read file "does-not-exist.png": Cannot read "does-not-exist.png" \(ENOENT\)/,
    );
  });
});
