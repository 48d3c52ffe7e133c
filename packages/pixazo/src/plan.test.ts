import { createClient } from '@grok-imagine/core';
import { createFakeClock, withoutNetwork } from '@grok-imagine/core/testing';
import { describe, expect, it } from 'vitest';
import { providerRequest, testAdapter } from './testing/pixazo-test-kit.ts';

const img = 'https://a.example/i.png';

describe('plan', () => {
  it('names the endpoint once, with its quote, warnings and rate-limit family, without network', async () => {
    let plan: ReturnType<ReturnType<typeof testAdapter>['plan']> | undefined;
    await withoutNetwork(() => {
      plan = testAdapter().plan(providerRequest({ type: 'text-to-video', prompt: 'p', resolution: '480p' }));
    });
    expect(plan).toMatchObject({
      route: 'grok-imagine-video-text-to-video',
      warnings: [],
      limitKey: 'video',
      quote: { provider: 'pixazo', type: 'text-to-video', usdTicks: 3_000_000_000, confidence: 'documented' },
    });
    expect(plan?.quote.lines.map((line) => line.entryId)).toEqual(['grok-imagine-video-text-to-video/480p']);
  });

  it('images are the image family; 1080p routes to grok-imagine-video', () => {
    const adapter = testAdapter();
    expect(adapter.plan(providerRequest({ type: 'text-to-image', prompt: 'p' }))).toMatchObject({
      route: 'grok-imagine-api-641',
      limitKey: 'image',
    });
    expect(
      adapter.plan(providerRequest({ type: 'text-to-video', prompt: 'p', resolution: '1080p' })).route,
    ).toBe('grok-imagine-video');
  });

  it('an image-edit with quality left out runs in the quality tier through core (a warning says so)', () => {
    const client = createClient(testAdapter(), { clock: createFakeClock() });
    const prepared = client.prepare({ type: 'image-edit', prompt: 'p', image: img });
    expect(prepared.request).toMatchObject({ quality: 'quality' });
    expect(prepared.plan.route).toBe('grok-imagine-pro-edit-quality');
    expect(prepared.warnings).toEqual([
      expect.objectContaining({ type: 'other', field: 'quality', provider: 'pixazo' }),
    ]);
  });

  it('an explicit quality standard on image-edit is refused, naming the tier Pixazo has', () => {
    const client = createClient(testAdapter(), { clock: createFakeClock() });
    expect(() =>
      client.prepare({ type: 'image-edit', prompt: 'p', image: img, quality: 'standard' }),
    ).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'quality', allowed: ['quality'] }));
  });

  it('warns when a request relies on a value Pixazo does not document (641: ratio 2:1), not for a documented one', () => {
    const adapter = testAdapter();
    expect(
      adapter.plan(providerRequest({ type: 'text-to-image', prompt: 'p', aspectRatio: '2:1' })).warnings,
    ).toEqual([
      {
        type: 'other',
        field: 'aspectRatio',
        provider: 'pixazo',
        message:
          'aspectRatio "2:1" on grok-imagine-api-641 is assumed, not documented: the document names only "common values" 1:1, 16:9, 9:16, 4:3, 3:2; the Pro endpoint\'s other ratios are assumed.',
      },
    ]);
    expect(
      adapter.plan(providerRequest({ type: 'text-to-image', prompt: 'p', aspectRatio: '3:2' })).warnings,
    ).toEqual([]);
    const pro = { type: 'text-to-image', prompt: 'p', aspectRatio: '2:1', quality: 'quality' } as const;
    expect(adapter.plan(providerRequest(pro)).warnings).toEqual([]);
  });

  it('warns when a 641 request asks for more than one image: the document gives num_images no range', () => {
    const adapter = testAdapter();
    expect(adapter.plan(providerRequest({ type: 'text-to-image', prompt: 'p', n: 3 })).warnings).toEqual([
      {
        type: 'other',
        field: 'n',
        provider: 'pixazo',
        message:
          'n 3 on grok-imagine-api-641 is assumed, not documented: the document gives num_images no range ("supports batch generation"); the Pro endpoint\'s 1–4 is assumed.',
      },
    ]);
    expect(adapter.plan(providerRequest({ type: 'text-to-image', prompt: 'p', n: 1 })).warnings).toEqual([]);
  });
});
