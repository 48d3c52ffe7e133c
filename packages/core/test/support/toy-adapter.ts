import * as v from 'valibot';
import type { Clock } from '../../src/clock/clock.ts';
import { silentLogger } from '../../src/clock/logger.ts';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import { usdToTicks } from '../../src/pricing/money.ts';
import type { PriceCatalog } from '../../src/pricing/price-catalog.ts';
import { buildQuote, quoteLine } from '../../src/pricing/quote.ts';
import type { NamedStatusResult } from '../../src/provider/adapter-result.ts';
import type { ProviderAdapter } from '../../src/provider/provider-adapter.ts';

/** Origin of the toy provider the contract-suite test mocks with nock. */
export const TOY_ORIGIN = 'https://toy.example.com';

const Created = v.object({ id: v.string() });
const ImageBody = v.object({ id: v.string(), images: v.array(v.object({ url: v.string() })) });
const StatusBody = v.object({
  id: v.string(),
  status: v.string(),
  progress: v.optional(v.number()),
  video_url: v.optional(v.string()),
  error: v.optional(v.string()),
});

const prices: PriceCatalog = {
  image: {
    description: 'Image',
    unit: 'image',
    usdTicks: usdToTicks('0.02'),
    source: 'toy',
    asOf: '2026-01-01',
    confidence: 'documented',
  },
  second: {
    description: 'Video second',
    unit: 'second',
    usdTicks: usdToTicks('0.05'),
    source: 'toy',
    asOf: '2026-01-01',
    confidence: 'inferred',
  },
};

function mapStatus(body: v.InferOutput<typeof StatusBody>): NamedStatusResult {
  const named = { providerJobId: body.id, raw: body };
  switch (body.status) {
    case 'queued':
      return { ...named, status: 'pending', phase: 'queued' };
    case 'running':
      return { ...named, status: 'pending', phase: 'processing', progress: body.progress };
    case 'done':
      return {
        ...named,
        status: 'done',
        outputs: body.video_url ? [{ url: body.video_url, mimeType: 'video/mp4' }] : [],
      };
    case 'failed':
      return {
        ...named,
        status: 'failed',
        error: { code: 'failed', message: body.error ?? 'failed', retryable: false },
      };
    default:
      // An unknown status stays pending: the wait goes on.
      return { ...named, status: 'pending' };
  }
}

/**
 * A minimal v2 adapter for a made-up provider wire format, built the way real adapters are (mapping
 * only, over core's HTTP client). It exists to run the shared contract suite inside core.
 */
export function createToyAdapter(options: { clock: Clock; apiKey: string }): ProviderAdapter {
  const http = createHttpClient({
    provider: 'xai',
    defaultBaseURL: `${TOY_ORIGIN}/v1`,
    authHeaders: () => ({ authorization: `Bearer ${options.apiKey}` }),
    parseError: ({ json, text }) => {
      const body = json as { error?: string; code?: string } | undefined;
      return { message: body?.error ?? text, code: body?.code };
    },
    clock: options.clock,
    logger: silentLogger,
  });

  return {
    id: 'xai',
    capabilities: {
      types: {
        'text-to-image': { fields: { n: { kind: 'range', min: 1, max: 4 } } },
        'text-to-video': { fields: { duration: { kind: 'range', min: 1, max: 15, unit: 's' } } },
      },
      cancel: false,
      webhooks: false,
      inlineMedia: true,
      maxConcurrentJobs: 4,
    },
    prices,
    pollHint: { initialIntervalMs: 1000, maxIntervalMs: 4000 },
    plan(request) {
      if (request.type === 'text-to-image') {
        const quote = buildQuote('xai', request.type, [quoteLine('image', prices.image!, request.n)]);
        return { route: 'toy-image', quote, warnings: [], limitKey: 'image' };
      }
      const seconds = 'duration' in request ? request.duration : 6;
      const quote = buildQuote('xai', request.type, [quoteLine('second', prices.second!, seconds)]);
      return { route: 'toy-video', quote, warnings: [], limitKey: 'video' };
    },
    async start(request, plan, ctx) {
      const common = {
        intent: 'create',
        attempt: ctx.attempt,
        signal: ctx.signal,
        limitKey: plan.limitKey,
      } as const;
      if (request.type === 'text-to-image') {
        const { data } = await http.request({
          ...common,
          method: 'POST',
          path: '/images',
          json: { prompt: request.prompt, n: request.n },
          schema: ImageBody,
        });
        const outputs = data.images.map((image) => ({ url: image.url, mimeType: 'image/jpeg' }));
        return { providerJobId: data.id, status: 'done', outputs };
      }
      const duration = 'duration' in request ? request.duration : 6;
      const { data } = await http.request({
        ...common,
        method: 'POST',
        path: '/videos',
        json: { prompt: request.prompt, duration },
        schema: Created,
      });
      return { providerJobId: data.id, status: 'pending' };
    },
    async status(id, ctx) {
      const { data } = await http.request({
        method: 'GET',
        path: `/videos/${id}`,
        schema: StatusBody,
        intent: 'read',
        signal: ctx.signal,
      });
      return mapStatus(data);
    },
  };
}
