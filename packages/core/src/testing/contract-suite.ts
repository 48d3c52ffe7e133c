import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/create-client.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import type { Job } from '../job/job.ts';
import { REQUEST_TYPES, type RequestType } from '../request/request-types.ts';
import type { AdapterContractFixture } from './contract-types.ts';
import { expectWellFormedAdapter } from './expect-well-formed-adapter.ts';
import { createFakeClock } from './fake-clock.ts';
import { SAMPLE_REQUESTS, sampleRequestFor } from './sample-requests.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function setup(fixture: AdapterContractFixture) {
  const clock = createFakeClock();
  const adapter = fixture.createAdapter({ clock });
  // Jitter pinned to the middle so runs are repeatable.
  const client = createClient(adapter, { clock, random: () => 0.5 });
  return { clock, adapter, client };
}

function expectWellFormedJob(job: Job, provider: string): void {
  expect(job.id.startsWith(`${provider}:`), `job id ${job.id} starts with "${provider}:"`).toBe(true);
  expect(job.id.length).toBeGreaterThan(provider.length + 1);
  expect(job.provider).toBe(provider);
  expect(Array.isArray(job.warnings)).toBe(true);
  expect(Array.isArray(job.outputs)).toBe(true);
  expect(job.createdAt).toMatch(ISO_TIME);
  expect(job.updatedAt).toMatch(ISO_TIME);
  expect(() => JSON.stringify(job)).not.toThrow();
}

function expectOutputs(job: Job, mediaPrefix: 'image/' | 'video/'): void {
  expect(job.outputs.length, 'at least one output').toBeGreaterThan(0);
  for (const output of job.outputs) {
    expect(typeof output.mimeType).toBe('string');
    expect(output.url !== undefined || output.data !== undefined, 'output has url or data').toBe(true);
  }
  expect(job.outputs.some((output) => output.mimeType.startsWith(mediaPrefix))).toBe(true);
}

async function rejection(promise: Promise<unknown>): Promise<GrokImagineError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(GrokImagineError.isInstance(error), `expected an SDK error, got ${String(error)}`).toBe(true);
  return error as GrokImagineError;
}

/** Runs `fn` with `fetch` spied on and asserts it was never called. */
async function withoutNetwork(fn: () => unknown): Promise<void> {
  const spy = vi.spyOn(globalThis, 'fetch');
  try {
    await fn();
    expect(spy, 'no network call').not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
}

/**
 * The shared adapter contract: every adapter package calls this with fixtures built from its own
 * documented payloads (network mocked with nock), so all adapters behave the same through core's
 * client: ids, job shape, outputs, progress, failures, key hygiene, retries, quotes and capabilities.
 */
export function describeAdapterContract(fixture: AdapterContractFixture): void {
  const { provider } = fixture;
  const probe = fixture.createAdapter({ clock: createFakeClock() });
  const supported = Object.keys(probe.capabilities.types) as RequestType[];
  const unsupported = REQUEST_TYPES.filter((type) => !supported.includes(type));

  describe(`${provider} adapter contract`, () => {
    it('has well-formed id, capabilities, poll hint and price catalog', () => {
      expect(probe.id).toBe(provider);
      expectWellFormedAdapter(probe);
    });

    it('imageDone: generate resolves a done job with image outputs', async () => {
      const { client } = setup(fixture);
      fixture.imageDone.intercept();
      const job = await client.generate(fixture.imageDone.request);
      expect(job.status).toBe('done');
      expect(job.type).toBe(fixture.imageDone.request.type);
      expectWellFormedJob(job, provider);
      expectOutputs(job, 'image/');
      expect(job.cost, 'cost reported or from the catalog').toBeDefined();
      expect(['reported', 'catalog']).toContain(job.cost?.basis);
    });

    it('videoDone: submit returns pending, wait reports progress and ends done with a video', async () => {
      const { client, clock } = setup(fixture);
      fixture.videoDone.intercept();
      const submitted = await client.submit(fixture.videoDone.request);
      expect(submitted.status).toBe('pending');
      expectWellFormedJob(submitted, provider);
      const seen: Job[] = [];
      const done = await client.wait(submitted.id, { onProgress: (job) => seen.push(job) });
      expect(done.status).toBe('done');
      expect(done.id).toBe(submitted.id);
      expectWellFormedJob(done, provider);
      expectOutputs(done, 'video/');
      expect(seen[0]?.status).toBe('pending');
      expect(seen.at(-1)?.status).toBe('done');
      expect(clock.sleeps.length, 'polled on the injected clock').toBeGreaterThan(0);
    });

    it('videoFailed: generate rejects with JobFailedError carrying the failed job', async () => {
      const { client } = setup(fixture);
      fixture.videoFailed.intercept();
      const error = await rejection(client.generate(fixture.videoFailed.request));
      expect(error.name).toBe('JobFailedError');
      const job = (error as GrokImagineError & { job?: Job }).job;
      expect(job?.status).toBe('failed');
      expect(job?.error?.message).toContain(fixture.videoFailed.message);
      expect(error.provider).toBe(provider);
    });

    it('unauthorized: AuthenticationError with provider set and the API key nowhere in it', async () => {
      const { client } = setup(fixture);
      fixture.unauthorized.intercept();
      const error = await rejection(client.submit(fixture.unauthorized.request));
      expect(error.name).toBe('AuthenticationError');
      expect(error.provider).toBe(provider);
      expect(error.status).toBe(401);
      expect(error.message).not.toContain(fixture.apiKey);
      expect(JSON.stringify(error)).not.toContain(fixture.apiKey);
      expect(inspect(error, { depth: 10 })).not.toContain(fixture.apiKey);
    });

    it('rateLimitedThenAccepted: a 429 on submit is waited out and retried', async () => {
      const { client, clock } = setup(fixture);
      fixture.rateLimitedThenAccepted.intercept();
      const job = await client.submit(fixture.rateLimitedThenAccepted.request);
      expectWellFormedJob(job, provider);
      expect(clock.sleeps.length, 'waited on the injected clock before retrying').toBeGreaterThan(0);
    });

    for (const type of supported) {
      it(`quote(${type}) prices from the catalog without network`, async () => {
        const { client } = setup(fixture);
        await withoutNetwork(() => {
          const quote = client.quote(sampleRequestFor(type, probe.capabilities));
          expect(quote.provider).toBe(provider);
          expect(quote.type).toBe(type);
          expect(Array.isArray(quote.lines)).toBe(true);
          expect(['documented', 'inferred', 'unknown']).toContain(quote.confidence);
          if (quote.usdTicks !== undefined) expect(Number.isInteger(quote.usdTicks)).toBe(true);
        });
      });
    }

    it.skipIf(unsupported.length === 0)(
      `an unsupported type (${unsupported[0] ?? 'none'}) is UnsupportedError before any network`,
      async () => {
        const { client } = setup(fixture);
        const request = SAMPLE_REQUESTS[unsupported[0]!];
        await withoutNetwork(async () => {
          const error = await rejection(client.submit(request));
          expect(error.name).toBe('UnsupportedError');
          expect(error.provider).toBe(provider);
          expect(() => client.quote(request)).toThrow(/does not support/);
        });
      },
    );
  });
}
