import { vi } from 'vitest';
import type { Job } from '../../src/job/job.ts';
import type { PriceCatalog } from '../../src/pricing/price-catalog.ts';
import { usdToTicks } from '../../src/pricing/money.ts';
import { buildQuote, quoteLine } from '../../src/pricing/quote.ts';
import type { ProviderCapabilities } from '../../src/provider/capabilities.ts';
import type { ProviderAdapter } from '../../src/provider/provider-adapter.ts';

/** A job as an adapter would map it. */
export function makeJob(id: string, patch: Partial<Job> = {}): Job {
  return {
    id: `xai:${id}`,
    provider: 'xai',
    type: 'text-to-video',
    status: 'pending',
    outputs: [],
    warnings: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

export const fakeCapabilities: ProviderCapabilities = {
  types: {
    'text-to-image': {
      fields: { n: { kind: 'range', min: 1, max: 4 }, resolution: { kind: 'ignored', reason: 'fixed size' } },
    },
    'image-edit': { fields: { images: { kind: 'count', min: 1, max: 3 } } },
    'text-to-video': { fields: { duration: { kind: 'range', min: 1, max: 15, unit: 's' } } },
    'video-extend': { fields: {} },
  },
  cancel: false,
  webhooks: false,
  inlineMedia: true,
};

const prices: PriceCatalog = {
  image: {
    description: 'Image',
    unit: 'image',
    usdTicks: usdToTicks('0.02'),
    source: 'test',
    asOf: '2026-01-01',
    confidence: 'documented',
  },
  'video-second': {
    description: 'Video per second',
    unit: 'second',
    usdTicks: usdToTicks('0.07'),
    source: 'test',
    asOf: '2026-01-01',
    confidence: 'inferred',
  },
};

/**
 * An in-test provider adapter: the contract object the client talks to, with `submit`/`refresh`
 * as spies the test scripts. Not a mock of core's own modules.
 */
export function fakeAdapter(overrides: Partial<ProviderAdapter> = {}) {
  const { submit, refresh, quote, ...rest } = overrides;
  return {
    id: 'xai' as const,
    capabilities: fakeCapabilities,
    prices,
    ...rest,
    submit: vi.fn<ProviderAdapter['submit']>(
      submit ?? (async (request) => makeJob('new', { type: request.type })),
    ),
    refresh: vi.fn<ProviderAdapter['refresh']>(refresh ?? (async (id) => makeJob(id, { status: 'done' }))),
    quote: vi.fn<ProviderAdapter['quote']>(
      quote ??
        ((request) => {
          if (request.type === 'text-to-image' || request.type === 'image-edit')
            return buildQuote('xai', request.type, [quoteLine('image', prices.image!, request.n)]);
          const seconds = 'duration' in request ? request.duration : 6;
          return buildQuote('xai', request.type, [
            quoteLine('video-second', prices['video-second']!, seconds),
          ]);
        }),
    ),
  };
}
