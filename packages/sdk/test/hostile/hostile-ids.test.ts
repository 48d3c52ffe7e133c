import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json } from './hostile-answers.ts';
import { T2V } from './hostile-cases.ts';
import type { HostileServer } from './hostile-server.ts';
import { expectTyped, imagineOn, JOB, settle, startWorld, watchUnhandled } from './hostile-world.ts';

const DEADLINE_MS = 2_000;
const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];

/** Ids no URL path may take, and ids no provider gives. */
const HOSTILE_IDS: [string, string][] = [
  ['..', '..'],
  ['a path', '../../admin'],
  ['a slash', 'a/b'],
  ['a backslash', 'a\\b'],
  ['a NUL', 'job\u0000x'],
  ['a line break', 'job\r\nX-Injected: 1'],
  ['10 KB', 'j'.repeat(10_000)],
  ['unicode', 'ジョブ_1'],
  ['percent-encoded dots', '%2e%2e'],
  ['spaces', 'job 1'],
  ['a query', 'job_1?x=1'],
];

/** The answer to a create that names `id` as the new job. */
function createAnswer(provider: ProviderId, id: unknown) {
  if (provider === 'xai') return json(200, { request_id: id });
  if (provider === 'pixazo') return json(202, { request_id: id, status: 'QUEUED' });
  return json(202, { jobId: id, status: 'pending' });
}

/** A status answer about the job `id`. */
function statusAnswer(provider: ProviderId, id: unknown) {
  if (provider === 'xai') return json(200, { request_id: id, status: 'pending' });
  if (provider === 'pixazo') return json(200, { request_id: id, status: 'PROCESSING' });
  return json(200, { id, status: 'running' });
}

let server: HostileServer;
const unhandled = watchUnhandled();
beforeAll(async () => {
  server = await startWorld();
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(unhandled.seen).toEqual([]);
});
afterAll(async () => {
  unhandled.stop();
  await server?.close();
});

describe.each(PROVIDERS)('%s: a create answer naming a hostile job id', (provider) => {
  it.each(HOSTILE_IDS)(
    '%s → uncertain (the job may exist), the id never goes into a URL',
    async (_name, id) => {
      const session = server.session();
      session.script(provider, 'create', createAnswer(provider, id));
      const imagine = imagineOn(session, provider);
      const error = expectTyped(
        await settle(() => imagine.submit(T2V)),
        'SubmissionUncertainError',
        DEADLINE_MS,
      );
      expect(error.accepted).toBe('unknown');
      expect((error.cause as Error).name).toBe('ResponseValidationError');
      expect(session.hits.map((hit) => hit.endpoint)).not.toContain('status');
      // The message says why, without carrying a 10 KB id along.
      expect(error.message.length).toBeLessThan(600);
      const [entry] = await imagine.jobs();
      expect(entry?.state).toBe('uncertain');
    },
  );
});

describe.each(PROVIDERS)('%s: a status answer about another job', (provider) => {
  it.each([
    ['another id', 'job_2'],
    ['a hostile id', '../job_1'],
    ['a 10 KB id', 'j'.repeat(10_000)],
  ])('%s → ResponseValidationError job_id_mismatch; nothing recorded', async (_name, other) => {
    const session = server.session();
    session.script(provider, 'status', statusAnswer(provider, other));
    const imagine = imagineOn(session, provider);
    const error = expectTyped(
      await settle(() => imagine.get(`${provider}:${JOB}`)),
      'ResponseValidationError',
      DEADLINE_MS,
    );
    expect(error.code).toBe('job_id_mismatch');
    expect(error.message.length).toBeLessThan(300);
  });

  it('a submitted job whose status names another job: wait ends in the same error, the ledger keeps the job pending', async () => {
    const session = server.session();
    session.script(provider, 'status', statusAnswer(provider, 'job_2'));
    const imagine = imagineOn(session, provider);
    const job = await imagine.submit(T2V);
    expectTyped(await settle(() => imagine.wait(job.id)), 'ResponseValidationError', DEADLINE_MS);
    expect((await imagine.entry(job.id))?.job?.status).toBe('pending');
  });
});

describe('vydra: a cancel answer about another job', () => {
  it('→ ResponseValidationError job_id_mismatch', async () => {
    const session = server.session();
    session.script('vydra', 'cancel', json(200, { id: 'job_2', status: 'cancelled' }));
    const imagine = imagineOn(session, 'vydra');
    const error = expectTyped(
      await settle(() => imagine.cancel(`vydra:${JOB}`)),
      'ResponseValidationError',
      DEADLINE_MS,
    );
    expect(error.code).toBe('job_id_mismatch');
  });
});

describe('vydra: a job list offering a hostile id as the lost job', () => {
  it.each(HOSTILE_IDS)('%s → stays uncertain; the id is never read', async (_name, id) => {
    const session = server.session();
    session.script('vydra', 'create', json(500, { error: 'boom' }));
    session.script(
      'vydra',
      'list',
      json(200, {
        data: [
          {
            id,
            status: 'running',
            createdAt: new Date().toISOString(),
            input: { model: 'text-to-video', prompt: T2V.prompt, duration: 6 },
          },
        ],
      }),
    );
    const imagine = imagineOn(session, 'vydra');
    expectTyped(await settle(() => imagine.submit(T2V)), 'SubmissionUncertainError', DEADLINE_MS);
    expect(session.hits.map((hit) => hit.endpoint)).toEqual(['create', 'list']);
  });
});

describe.each(PROVIDERS)('%s: a hostile job id given by the caller', (provider) => {
  it.each(HOSTILE_IDS)('%s → ValidationError naming id; nothing sent', async (_name, id) => {
    const session = server.session();
    const imagine = imagineOn(session, provider);
    for (const call of [() => imagine.get(`${provider}:${id}`), () => imagine.wait(`${provider}:${id}`)]) {
      const error = expectTyped(await settle(call), 'ValidationError', DEADLINE_MS);
      expect((error as { field?: string }).field).toBe('id');
    }
    expect(session.hits).toEqual([]);
  });
});
