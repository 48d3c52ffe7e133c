import { vi } from 'vitest';
import type { Job, JobOutput } from '../../src/job/job.ts';
import { usdToTicks } from '../../src/pricing/money.ts';
import type { PriceCatalog } from '../../src/pricing/price-catalog.ts';
import { buildQuote, quoteLine } from '../../src/pricing/quote.ts';
import type { AdapterPlan } from '../../src/provider/adapter-plan.ts';
import type { NamedStatusResult, StartResult } from '../../src/provider/adapter-result.ts';
import type { ProviderCapabilities } from '../../src/provider/capabilities.ts';
import type { ProviderAdapter } from '../../src/provider/provider-adapter.ts';

/** A job as core would build it (for tests of parts that take jobs). */
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

/** A video output as an adapter would read it. */
export const VIDEO_OUTPUT: JobOutput = { url: 'https://cdn.test/out.mp4', mimeType: 'video/mp4' };
/** An image output as an adapter would read it. */
export const IMAGE_OUTPUT: JobOutput = { url: 'https://cdn.test/out.jpg', mimeType: 'image/jpeg' };

/** A start answer: `pending` unless patched. */
export function started(providerJobId: string, patch: Partial<StartResult> = {}): StartResult {
  return { providerJobId, status: 'pending', ...patch } as StartResult;
}

/** A status answer for job `providerJobId`. */
export function answer(providerJobId: string, result: NamedStatusResult): NamedStatusResult {
  return { ...result, providerJobId };
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

/** The fake's plan: $0.02 an image, $0.07 a video second; route `image` / `video`. */
function planOf(request: Parameters<ProviderAdapter['plan']>[0]): AdapterPlan {
  if (request.type === 'text-to-image' || request.type === 'image-edit') {
    const quote = buildQuote('xai', request.type, [quoteLine('image', prices.image!, request.n)]);
    return { route: 'image', quote, warnings: [], limitKey: 'image' };
  }
  const seconds = 'duration' in request ? request.duration : 6;
  const quote = buildQuote('xai', request.type, [
    quoteLine('video-second', prices['video-second']!, seconds),
  ]);
  return { route: 'video', quote, warnings: [], limitKey: 'video' };
}

/**
 * An in-test v2 provider adapter: the contract object the client talks to, with `plan`, `start` and
 * `status` as spies the test scripts. By default `start` answers job `new` pending and `status`
 * answers it done with a video. Not a mock of core's own modules.
 */
export function fakeAdapter(overrides: Partial<ProviderAdapter> = {}) {
  const { plan, start, status, ...rest } = overrides;
  return {
    id: 'xai' as const,
    capabilities: fakeCapabilities,
    prices,
    ...rest,
    plan: vi.fn<ProviderAdapter['plan']>(plan ?? planOf),
    start: vi.fn<ProviderAdapter['start']>(start ?? (async () => started('new'))),
    status: vi.fn<ProviderAdapter['status']>(
      status ?? (async (id) => answer(id, { status: 'done', outputs: [VIDEO_OUTPUT] })),
    ),
  };
}

/** A `status` that walks through the given answers, staying on the last. */
export function statuses(...results: NamedStatusResult[]) {
  let i = 0;
  return vi.fn<ProviderAdapter['status']>(async () => results[Math.min(i++, results.length - 1)]!);
}
