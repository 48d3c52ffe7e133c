import * as v from 'valibot';
import type { Clock } from '../../src/clock/clock.ts';
import { silentLogger } from '../../src/clock/logger.ts';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import { encodeJobId } from '../../src/job/job-id.ts';
import type { Job } from '../../src/job/job.ts';
import { usdToTicks } from '../../src/pricing/money.ts';
import type { PriceCatalog } from '../../src/pricing/price-catalog.ts';
import { buildQuote, quoteLine } from '../../src/pricing/quote.ts';
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

/**
 * A minimal adapter for a made-up provider wire format, built the way real adapters are (mapping
 * only, over core's HTTP client). It exists to run the shared contract suite inside core.
 */
export function createToyAdapter(options: { clock: Clock; apiKey: string }): ProviderAdapter {
  const { clock } = options;
  const http = createHttpClient({
    provider: 'xai',
    defaultBaseURL: `${TOY_ORIGIN}/v1`,
    authHeaders: () => ({ authorization: `Bearer ${options.apiKey}` }),
    parseError: ({ json, text }) => {
      const body = json as { error?: string; code?: string } | undefined;
      return { message: body?.error ?? text, code: body?.code };
    },
    clock,
    logger: silentLogger,
  });
  const now = () => new Date(clock.now()).toISOString();
  const base = (id: string, type: Job['type']): Job => ({
    id: encodeJobId('xai', id),
    provider: 'xai',
    type,
    status: 'pending',
    outputs: [],
    warnings: [],
    createdAt: now(),
    updatedAt: now(),
  });

  function mapStatus(body: v.InferOutput<typeof StatusBody>, type: Job['type']): Job {
    const job = base(body.id, type);
    switch (body.status) {
      case 'queued':
        return { ...job, phase: 'queued' };
      case 'running':
        return {
          ...job,
          phase: 'processing',
          ...(body.progress === undefined ? {} : { progress: body.progress }),
        };
      case 'done':
        return { ...job, status: 'done', outputs: [{ url: body.video_url!, mimeType: 'video/mp4' }] };
      case 'failed':
        return {
          ...job,
          status: 'failed',
          error: { code: 'failed', message: body.error ?? 'failed', retryable: false },
        };
      default:
        return job;
    }
  }

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
    async submit(request, ctx) {
      if (request.type === 'text-to-image') {
        const { data } = await http.request({
          method: 'POST',
          path: '/images',
          json: { prompt: request.prompt, n: request.n },
          schema: ImageBody,
          intent: 'create',
          signal: ctx.signal,
        });
        const outputs = data.images.map((image) => ({ url: image.url, mimeType: 'image/jpeg' }));
        return { ...base(data.id, 'text-to-image'), status: 'done', outputs };
      }
      const duration = 'duration' in request ? request.duration : 6;
      const { data } = await http.request({
        method: 'POST',
        path: '/videos',
        json: { prompt: request.prompt, duration },
        schema: Created,
        intent: 'create',
        signal: ctx.signal,
      });
      return base(data.id, request.type);
    },
    async refresh(id, ctx) {
      const { data } = await http.request({
        method: 'GET',
        path: `/videos/${id}`,
        schema: StatusBody,
        intent: 'read',
        signal: ctx.signal,
      });
      return mapStatus(data, ctx.type ?? 'text-to-video');
    },
    quote(request) {
      if (request.type === 'text-to-image')
        return buildQuote('xai', request.type, [quoteLine('image', prices.image!, request.n)]);
      const seconds = 'duration' in request ? request.duration : 6;
      return buildQuote('xai', request.type, [quoteLine('second', prices.second!, seconds)]);
    },
  };
}
