import { describe, expect, it } from 'vitest';
import { JobFailedError } from '../errors/job-failed-error.ts';
import type { Job } from '../job/job.ts';
import type { AdapterContractFixture } from './contract-types.ts';
import { expectOutputs, expectWellFormedJob, onlyEntry, rejection, setupContract } from './contract-setup.ts';

/** The happy and failed paths: image done, video pending → done, a failed job keeping its message. */
export function describeLifecycleContract(fixture: AdapterContractFixture): void {
  const { provider } = fixture;

  describe('job life cycle', () => {
    it('imageDone: generate resolves a done job with image outputs, recorded as accepted', async () => {
      const { client } = setupContract(fixture);
      fixture.imageDone.intercept();
      const job = await client.generate(fixture.imageDone.request);
      expect(job.status).toBe('done');
      expect(job.type).toBe(fixture.imageDone.request.type);
      expectWellFormedJob(job, provider);
      expectOutputs(job, 'image/');
      expect(job.cost, 'cost reported or from the catalog').toBeDefined();
      expect(['reported', 'catalog']).toContain(job.cost?.basis);
      const entry = onlyEntry(client);
      expect(entry).toMatchObject({ state: 'accepted', jobId: job.id, provider, type: job.type });
      expect(job.submissionId).toBe(entry.submissionId);
      expect(entry.job?.status).toBe('done');
    });

    it('videoDone: submit returns pending, wait reports progress and ends done with a video', async () => {
      const { client, clock } = setupContract(fixture);
      fixture.videoDone.intercept();
      const submitted = await client.submit(fixture.videoDone.request);
      expect(submitted.status).toBe('pending');
      expectWellFormedJob(submitted, provider);
      expect(onlyEntry(client)).toMatchObject({ state: 'accepted', jobId: submitted.id });
      const seen: Job[] = [];
      const done = await client.wait(submitted.id, { onProgress: (job) => seen.push(job) });
      expect(done.status).toBe('done');
      expect(done.id).toBe(submitted.id);
      expect(done.type).toBe(fixture.videoDone.request.type);
      expect(done.createdAt).toBe(submitted.createdAt);
      expectWellFormedJob(done, provider);
      expectOutputs(done, 'video/');
      expect(seen[0]?.status).toBe('pending');
      expect(seen.at(-1)?.status).toBe('done');
      expect(seen.filter((job) => job.status === 'pending').length).toBeGreaterThanOrEqual(1);
      expect(clock.sleeps.length, 'polled on the injected clock').toBeGreaterThan(0);
      expect(onlyEntry(client).job?.status, 'the ledger follows the job to its end').toBe('done');
    });

    it('videoFailed: generate rejects with JobFailedError keeping the provider message', async () => {
      const { client } = setupContract(fixture);
      fixture.videoFailed.intercept();
      const error = await rejection(client.generate(fixture.videoFailed.request));
      expect(JobFailedError.isInstance(error), `expected JobFailedError, got ${error.name}`).toBe(true);
      const job = (error as JobFailedError).job;
      expect(job?.status).toBe('failed');
      expect(job?.error?.message).toContain(fixture.videoFailed.message);
      expect(error.message).toContain(fixture.videoFailed.message.replace(/[.\s]+$/, ''));
      expect(error.provider).toBe(provider);
      expect(onlyEntry(client)).toMatchObject({ state: 'accepted', jobId: job?.id });
      expect(onlyEntry(client).job?.status).toBe('failed');
    });
  });
}
