import { type GenerationRequest, normalizeRequest, ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { PIXAZO_ENDPOINT_IDS } from './endpoints.ts';
import { PIXAZO_PRICE_CITATIONS, PIXAZO_PRICE_SOURCE, PIXAZO_PRICES } from './pricing.ts';
import { testAdapter } from './testing/pixazo-test-kit.ts';

const quote = (input: GenerationRequest, adapter = testAdapter()) =>
  adapter.plan(normalizeRequest(input).request).quote;
const img = 'https://a.example/i.png';

describe('the Pixazo price catalog', () => {
  it('prices text-to-video per second from the documents: 6 s at 720p is exactly $0.42', () => {
    const q = quote({ type: 'text-to-video', prompt: 'p' });
    expect(q).toMatchObject({
      provider: 'pixazo',
      usdTicks: 4_200_000_000,
      usd: 0.42,
      confidence: 'documented',
    });
    expect(q.lines[0]).toMatchObject({ entryId: 'grok-imagine-video-text-to-video/720p', quantity: 6 });
    expect(q.lines[0]!.entry.source).toBe(
      `${PIXAZO_PRICE_SOURCE} (pixazo-grok-imagine-video.txt, "Grok Imagine Video v1 Text to Video API Pricing": 720p / per second $0.07)`,
    );
  });

  it.each([
    [{ type: 'text-to-video', prompt: 'p', resolution: '480p', duration: 10 }, 5_000_000_000],
    [{ type: 'image-to-video', prompt: 'p', image: img, resolution: '480p', duration: 3 }, 1_500_000_000],
    [{ type: 'image-to-video', prompt: 'p', image: img, duration: 10 }, 7_000_000_000],
    [{ type: 'reference-to-video', prompt: '@Image1', references: [img], duration: 15 }, 10_500_000_000],
    [{ type: 'reference-to-video', prompt: '@Image1', references: [img], resolution: '480p' }, 3_000_000_000],
  ] as [GenerationRequest, number][])('%j costs %i ticks', (request, ticks) => {
    expect(quote(request).usdTicks).toBe(ticks);
  });

  it('prices video-edit at 8.7 s, and resolution auto at 720p, saying so', () => {
    const auto = quote({ type: 'video-edit', prompt: 'p', video: 'https://a.example/v.mp4' });
    expect(auto.usdTicks).toBe(6_960_000_000); // 8.7 s × $0.08
    expect(auto.lines[0]).toMatchObject({ entryId: 'grok-imagine-video-edit-video/720p', quantity: 8.7 });
    expect(auto.notes.join(' ')).toMatch(/auto is priced at 720p/);
    expect(auto.notes.join(' ')).toMatch(/8\.7 s/);
    const low = quote({
      type: 'video-edit',
      prompt: 'p',
      video: 'https://a.example/v.mp4',
      resolution: '480p',
    });
    expect(low.usdTicks).toBe(5_220_000_000); // 8.7 s × $0.06
  });

  it('1080p and images have no documented price: no usd, confidence unknown, a note', () => {
    const video1080 = quote({ type: 'text-to-video', prompt: 'p', resolution: '1080p' });
    expect(video1080.usd).toBeUndefined();
    expect(video1080.usdTicks).toBeUndefined();
    expect(video1080.confidence).toBe('unknown');
    expect(video1080.notes).toContain(
      "Pixazo publishes no price for grok-imagine-video/1080p; set prices['grok-imagine-video/1080p'] in the Pixazo config to quote it.",
    );
    const image = quote({ type: 'text-to-image', prompt: 'p', n: 2 });
    expect(image).toMatchObject({ confidence: 'unknown' });
    expect(image.usd).toBeUndefined();
    expect(image.lines[0]).toMatchObject({ entryId: 'grok-imagine-api-641/image', quantity: 2 });
  });

  it('config prices override any entry and then quote exactly', () => {
    const adapter = testAdapter({
      prices: { 'grok-imagine-pro-text-to-image-quality/2k': { usd: '0.07' } },
      today: '2026-11-22',
    });
    const q = quote(
      { type: 'text-to-image', prompt: 'p', quality: 'quality', resolution: '2k', n: 3 },
      adapter,
    );
    expect(q).toMatchObject({ usdTicks: 2_100_000_000, confidence: 'documented' });
    expect(adapter.prices['grok-imagine-pro-text-to-image-quality/2k']).toMatchObject({
      source: 'config',
      asOf: '2026-11-22',
    });
  });

  it('an override for an unknown entry is a ValidationError', () => {
    expect(() => testAdapter({ prices: { 'video-720p': { usd: '0.07' } } })).toThrow(ValidationError);
  });

  it('has an entry for every endpoint', () => {
    for (const id of PIXAZO_ENDPOINT_IDS)
      expect(Object.keys(PIXAZO_PRICES).some((entry) => entry.startsWith(`${id}/`))).toBe(true);
  });

  it('planning a request Pixazo cannot run throws like routing', () => {
    expect(() => quote({ type: 'image-edit', prompt: 'p', image: img })).toThrow(ValidationError);
  });

  it('every documented entry cites its section; no entry is documented without one', () => {
    for (const [id, entry] of Object.entries(PIXAZO_PRICES)) {
      const cited = id in PIXAZO_PRICE_CITATIONS;
      expect(cited, `${id} is documented exactly when it has a citation`).toBe(
        entry.confidence === 'documented',
      );
      if (cited) expect(entry.source).toContain(PIXAZO_PRICE_CITATIONS[id]!.section);
    }
  });
});
