import { ValidationError } from '@grok-imagine/core';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compare } from './compare.ts';

const requests: string[] = [];
const onNoMatch = (req: { method?: string; path?: string }) => requests.push(`${req.method} ${req.path}`);
beforeAll(() => {
  nock.disableNetConnect();
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  requests.length = 0;
});
afterAll(() => {
  nock.emitter.removeListener('no match', onNoMatch);
  nock.enableNetConnect();
});

const noKeys = { env: {} };

describe('compare', () => {
  it('quotes every provider offline, priced rows first and unknown USD after them', async () => {
    const rows = await compare({ type: 'text-to-image', prompt: 'a kite' }, { config: noKeys });
    expect(rows.map((row) => [row.provider, row.supported, row.usd, row.credits, row.confidence])).toEqual([
      ['xai', true, 0.02, undefined, 'documented'],
      ['pixazo', true, undefined, undefined, 'unknown'],
      ['vydra', true, undefined, 8, 'documented'],
    ]);
    expect(rows[0]!.sources).toEqual([
      'provider-docs/vydra-grok-imagine.txt § Sub-models & Credit Costs; DESIGN.md § Provider facts beyond the documents',
    ]);
    expect(rows[0]!.quote?.lines[0]).toMatchObject({ entryId: 'image', quantity: 1 });
    expect(requests).toEqual([]);
  });

  it('prices Vydra in dollars once usdPerCredit is configured, and sorts cheapest first', async () => {
    const rows = await compare(
      { type: 'text-to-image', prompt: 'a kite' },
      { providers: ['xai', 'vydra'], config: { ...noKeys, providers: { vydra: { usdPerCredit: '0.001' } } } },
    );
    expect(rows.map((row) => [row.provider, row.usd, row.usdTicks])).toEqual([
      ['vydra', 0.008, 80_000_000],
      ['xai', 0.02, 200_000_000],
    ]);
  });

  it('says why a provider cannot take the request, naming field, value and what is allowed', async () => {
    const rows = await compare({ type: 'text-to-video', prompt: 'a fox', duration: 12 }, { config: noKeys });
    expect(rows.map((row) => [row.provider, row.supported, row.reason])).toEqual([
      ['xai', true, undefined],
      ['vydra', true, undefined],
      ['pixazo', false, 'duration 12 is not supported by pixazo for text-to-video; allowed: 3–10 s.'],
    ]);
    expect(rows[2]).toMatchObject({ confidence: 'unknown', sources: [] });
    expect(rows[2]!.quote).toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('reports fields a provider would ignore as warnings on its row', async () => {
    const rows = await compare(
      { type: 'text-to-video', prompt: 'a fox', resolution: '480p' },
      { config: noKeys },
    );
    const vydra = rows.find((row) => row.provider === 'vydra')!;
    expect(vydra.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', field: 'resolution', provider: 'vydra' }),
    ]);
    const strict = await compare(
      { type: 'text-to-video', prompt: 'a fox', resolution: '480p' },
      { providers: ['vydra'], config: { ...noKeys, strict: true } },
    );
    expect(strict[0]).toMatchObject({ supported: false, reason: expect.stringContaining('strict mode') });
  });

  it("shows on Pixazo's row when a value relies on a range its document does not state (grok-imagine-api-641)", async () => {
    const pixazoRow = async (request: Parameters<typeof compare>[0]) =>
      (await compare(request, { providers: ['pixazo'], config: noKeys }))[0]!;
    const wide = await pixazoRow({ type: 'text-to-image', prompt: 'a kite', aspectRatio: '2:1', n: 2 });
    expect(wide).toMatchObject({
      supported: true,
      quote: { lines: [{ entryId: 'grok-imagine-api-641/image' }] },
    });
    expect(wide.warnings).toEqual([
      {
        type: 'other',
        field: 'n',
        provider: 'pixazo',
        message:
          'n 2 on grok-imagine-api-641 is assumed, not documented: the document gives num_images no range ("supports batch generation"); the Pro endpoint\'s 1–4 is assumed.',
      },
      {
        type: 'other',
        field: 'aspectRatio',
        provider: 'pixazo',
        message:
          'aspectRatio "2:1" on grok-imagine-api-641 is assumed, not documented: the document names only "common values" 1:1, 16:9, 9:16, 4:3, 3:2; the Pro endpoint\'s other ratios are assumed.',
      },
    ]);
    // A documented value, or the Pro endpoint (which documents both ranges), raises nothing.
    expect(
      (await pixazoRow({ type: 'text-to-image', prompt: 'a kite', aspectRatio: '16:9' })).warnings,
    ).toEqual([]);
    const pro = await pixazoRow({
      type: 'text-to-image',
      prompt: 'a kite',
      aspectRatio: '2:1',
      n: 2,
      quality: 'quality',
    });
    expect(pro.warnings).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('keeps an unsupported request type as a row with the reason', async () => {
    const rows = await compare(
      { type: 'video-extend', prompt: 'on', video: 'https://cdn.example/v.mp4' },
      { config: noKeys },
    );
    const unsupported = rows.filter((row) => !row.supported);
    expect(unsupported.length).toBeGreaterThan(0);
    for (const row of unsupported)
      expect(row.reason).toContain(`${row.provider} does not support video-extend`);
    expect(rows.slice(0, rows.length - unsupported.length).every((row) => row.supported)).toBe(true);
  });

  it('rejects an unknown provider and a malformed request outright', async () => {
    await expect(
      compare({ type: 'text-to-image', prompt: 'x' }, { providers: ['dalle' as never] }),
    ).rejects.toThrow('compare: unknown provider "dalle"; known providers: xai, pixazo, vydra.');
    await expect(compare({ type: 'text-to-image', prompt: '' })).rejects.toBeInstanceOf(ValidationError);
  });
});
