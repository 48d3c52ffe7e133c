import { createClient, ValidationError } from '@grok-imagine/core';
import { withoutNetwork } from '@grok-imagine/core/testing';
import { describe, expect, it } from 'vitest';
import { createXaiAdapter } from './adapter.ts';

// No key, no network: planning and quoting must work offline.
const quoter = createClient(createXaiAdapter({ env: {} }));
const VIDEO = 'https://media.example.com/v.mp4';

describe('plan: the route, the limit family and the quote, decided once', () => {
  it('plans without network and gives client.quote the same quote', async () => {
    await withoutNetwork(() => {
      const prepared = quoter.prepare({ type: 'text-to-video', prompt: 'x', duration: 6 });
      expect(prepared.plan).toMatchObject({ route: 'grok-imagine-video', limitKey: 'video', warnings: [] });
      expect(quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 6 })).toEqual(prepared.plan.quote);
      expect(
        quoter.prepare({ type: 'image-edit', prompt: 'x', image: 'https://e.com/a.jpg' }).plan,
      ).toMatchObject({
        route: 'grok-imagine-image',
        limitKey: 'image',
      });
    });
  });
});

describe('xAI quotes (exact ticks, 1 tick = 1e-10 USD)', () => {
  it('prices images per output image by model', () => {
    expect(quoter.quote({ type: 'text-to-image', prompt: 'x', n: 3 })).toMatchObject({
      provider: 'xai',
      usdTicks: 600_000_000,
      usd: 0.06,
      confidence: 'documented',
    });
    expect(quoter.quote({ type: 'text-to-image', prompt: 'x', quality: 'quality' })).toMatchObject({
      usd: 0.07,
      confidence: 'inferred',
    });
    const qualityModel = createClient(
      createXaiAdapter({ env: {}, models: { imageQuality: 'grok-imagine-image-quality' } }),
    );
    expect(qualityModel.quote({ type: 'text-to-image', prompt: 'x', quality: 'quality' }).usd).toBe(0.05);
  });

  it('prices an unknown image model by its tier and says so', () => {
    const quote = quoter.quote({
      type: 'text-to-image',
      prompt: 'x',
      providerOptions: { xai: { model: 'grok-imagine-image-2' } },
    });
    expect(quote.lines[0]?.entryId).toBe('image');
    expect(quote.notes).toContain('Model grok-imagine-image-2 is not in the catalog; priced as image.');
  });

  it('charges image edits for the input images too', () => {
    const quote = quoter.quote({
      type: 'image-edit',
      prompt: 'x',
      images: ['https://e.com/a.jpg', 'https://e.com/b.jpg'],
      aspectRatio: '1:1',
    });
    expect(quote.lines.map((l) => [l.entryId, l.quantity, l.usdTicks])).toEqual([
      ['image', 1, 200_000_000],
      ['image-edit-input', 2, 400_000_000],
    ]);
    expect(quote).toMatchObject({ usdTicks: 600_000_000, confidence: 'inferred' });
    expect(quote.notes).toContain('xAI bills image edits for the input images as well as the outputs.');
  });

  it('prices video per second by resolution and model', () => {
    expect(
      quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 6, resolution: '480p' }),
    ).toMatchObject({
      usdTicks: 3_000_000_000,
      confidence: 'documented',
    });
    expect(quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 6 })).toMatchObject({
      usdTicks: 4_200_000_000,
      usd: 0.42,
      confidence: 'inferred',
    });
    const v15 = { providerOptions: { xai: { model: 'grok-imagine-video-1.5' } } };
    expect(
      quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 10, resolution: '1080p', ...v15 }).usd,
    ).toBe(2.5);
    expect(
      quoter.quote({ type: 'image-to-video', prompt: 'x', image: 'https://e.com/a.jpg', ...v15 }).usd,
    ).toBe(0.84);
    expect(
      quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 3, resolution: '480p', ...v15 }).usd,
    ).toBe(0.24);
  });

  it('quotes 1080p at the 1.5 model rate, the model 1080p runs on', () => {
    const quote = quoter.quote({ type: 'text-to-video', prompt: 'x', duration: 6, resolution: '1080p' });
    expect(quote.lines[0]).toMatchObject({ entryId: 'video-1.5-1080p', quantity: 6 });
    expect(quote.usd).toBe(1.5);
  });

  it('refuses to plan 1080p on an explicitly chosen model that cannot render it', () => {
    expect(() =>
      quoter.quote({
        type: 'text-to-video',
        prompt: 'x',
        resolution: '1080p',
        providerOptions: { xai: { model: 'grok-imagine-video' } },
      }),
    ).toThrow(ValidationError);
  });

  it('prices a video edit at the 8.7 s maximum input length, and says so', () => {
    const quote = quoter.quote({ type: 'video-edit', prompt: 'x', video: VIDEO });
    expect(quote.usdTicks).toBe(6_090_000_000);
    expect(quote.lines[0]).toMatchObject({ entryId: 'video-720p', quantity: 8.7 });
    expect(quote.notes.join(' ')).toContain('8.7 s maximum source length');
  });

  it('prices an extension by its duration', () => {
    const quote = quoter.quote({ type: 'video-extend', prompt: 'x', video: VIDEO, duration: 4 });
    expect(quote.usdTicks).toBe(2_800_000_000);
    expect(quote.notes[0]).toContain('720p');
  });

  it('applies price overrides from config', () => {
    const adapter = createXaiAdapter({
      env: {},
      prices: { 'video-720p': { usd: '0.06' } },
      today: '2026-12-01',
    });
    expect(adapter.prices['video-720p']).toMatchObject({
      usdTicks: 600_000_000,
      confidence: 'documented',
      source: 'config',
      asOf: '2026-12-01',
    });
    expect(createClient(adapter).quote({ type: 'text-to-video', prompt: 'x', duration: 5 }).usdTicks).toBe(
      3_000_000_000,
    );
  });
});
