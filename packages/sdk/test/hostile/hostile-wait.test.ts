import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cutBody, deepJSON, json, sequence, silence, stallAfterHeaders, text } from './hostile-answers.ts';
import { T2V } from './hostile-cases.ts';
import type { HostileServer } from './hostile-server.ts';
import {
  expectTyped,
  imagineOn,
  JOB,
  settle,
  startWorld,
  TIMEOUT_MS,
  watchUnhandled,
} from './hostile-world.ts';

const DEADLINE_MS = 3_000;
const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];

function done(provider: ProviderId, url: string) {
  if (provider === 'xai') return json(200, { request_id: JOB, status: 'done', video: { url } });
  if (provider === 'pixazo')
    return json(200, { request_id: JOB, status: 'COMPLETED', output: { media_url: [url] } });
  return json(200, { id: JOB, status: 'completed', output: { videoUrl: url } });
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

describe.each(PROVIDERS)('%s: wait() through broken status reads', (provider) => {
  it.each([
    ['a body cut off', cutBody(200, '{"status":"pend')],
    ['invalid JSON', text(200, '{"status": pend')],
    ['headers, then nothing', stallAfterHeaders()],
    ['no answer at all', silence()],
    ['a 503', json(503, { error: 'busy' })],
  ])('%s, twice, then done → done (a transient poll error)', async (_name, broken) => {
    const session = server.session();
    session.script(provider, 'status', sequence(broken, broken, done(provider, session.mediaURL('v.mp4'))));
    const imagine = imagineOn(session, provider, {}, TIMEOUT_MS);
    const job = await imagine.submit(T2V);
    const outcome = await settle(() => imagine.wait(job.id));
    expect(outcome.ok, outcome.ok ? '' : String(outcome.error)).toBe(true);
    expect(outcome.ms).toBeLessThan(DEADLINE_MS);
    expect((outcome.ok && (outcome.value as { status: string }).status) || '').toBe('done');
    expect(session.hits.filter((hit) => hit.endpoint === 'status')).toHaveLength(3);
  });

  it('a cut body on every read: wait ends after 5 survived failures, with the read error', async () => {
    const session = server.session();
    session.script(provider, 'status', cutBody(200, '{"status":"pend'));
    const imagine = imagineOn(session, provider, {}, TIMEOUT_MS);
    const job = await imagine.submit(T2V);
    const error = expectTyped(
      await settle(() => imagine.wait(job.id)),
      'ResponseValidationError',
      DEADLINE_MS,
    );
    expect(error.code).toBe('body_unreadable');
    expect(session.hits.filter((hit) => hit.endpoint === 'status')).toHaveLength(6);
  });

  it('a read that never answers, with a long request timeout: wait timeoutMs still ends it', async () => {
    const session = server.session();
    session.script(provider, 'status', silence());
    const imagine = imagineOn(session, provider);
    const job = await imagine.submit(T2V);
    const error = expectTyped(
      await settle(() => imagine.wait(job.id, { timeoutMs: 300 })),
      'WaitTimeoutError',
      DEADLINE_MS,
    );
    expect(error.code).toBe('wait_timeout');
  });

  it('a read that never answers: the caller abort ends it', async () => {
    const session = server.session();
    session.script(provider, 'status', stallAfterHeaders());
    const imagine = imagineOn(session, provider);
    const job = await imagine.submit(T2V);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    expectTyped(
      await settle(() => imagine.wait(job.id, { signal: controller.signal })),
      'AbortedError',
      DEADLINE_MS,
    );
  });
});

describe('failure text of a failed job', () => {
  it.each([
    ['pixazo', text(200, `{"request_id":"job_1","status":"FAILED","error":${deepJSON(100_000)}}`)],
    ['pixazo', json(200, { request_id: JOB, status: 'FAILED', error: { detail: 'x'.repeat(1_000_000) } })],
    ['pixazo', json(200, { request_id: JOB, status: 'FAILED', error: 'x'.repeat(1_000_000) })],
    [
      'xai',
      json(200, { request_id: JOB, status: 'failed', error: { code: 'x', message: 'x'.repeat(1_000_000) } }),
    ],
    ['vydra', json(200, { id: JOB, status: 'failed', statusMessage: 'x'.repeat(1_000_000) })],
  ] as const)(
    '%s: nested 100,000 levels or a megabyte long → a failed job with a short message',
    async (provider, answer) => {
      const session = server.session();
      session.script(provider, 'status', answer);
      const job = await imagineOn(session, provider).get(`${provider}:${JOB}`);
      expect(job.status).toBe('failed');
      expect(job.error?.message.length).toBeLessThanOrEqual(1_000);
      expect(() => JSON.stringify(job)).not.toThrow();
    },
  );
});
