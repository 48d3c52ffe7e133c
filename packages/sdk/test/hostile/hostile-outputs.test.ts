import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json } from './hostile-answers.ts';
import { T2V } from './hostile-cases.ts';
import type { HostileServer, HostileSession } from './hostile-server.ts';
import { expectTyped, imagineOn, JOB, settle, startWorld, watchUnhandled } from './hostile-world.ts';

const DEADLINE_MS = 2_000;
const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];

/** Output URLs no provider documents, and why each is refused. */
const HOSTILE_URLS: [string, string][] = [
  ['file:///etc/passwd', 'scheme "file:"'],
  ['javascript:alert(document.cookie)', 'scheme "javascript:"'],
  ['data:text/html,<script>alert(1)</script>', 'scheme "data:"'],
  ['ftp://cdn.example/v.mp4', 'scheme "ftp:"'],
  ['/outputs/v.mp4', 'not an absolute URL'],
  ['v.mp4', 'not an absolute URL'],
  ['http://[::1', 'not an absolute URL'],
  ['https://admin:s3cret-pass@cdn.example/v.mp4', 'carries credentials'],
];

/** A done status answer listing `urls` as the job's outputs. */
function doneAnswer(provider: ProviderId, urls: string[]) {
  if (provider === 'xai')
    // xAI names one video per job: the first URL.
    return json(200, { request_id: JOB, status: 'done', video: { url: urls[0], duration: 6 } });
  if (provider === 'pixazo')
    return json(200, {
      request_id: JOB,
      status: 'COMPLETED',
      output: { media_url: urls, media_type: 'video/mp4' },
    });
  return json(200, {
    id: JOB,
    status: 'completed',
    output: { videoUrl: urls[0], resultUrls: urls.slice(1) },
  });
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

const media = (session: HostileSession) => session.hits.filter((hit) => hit.endpoint === 'media');

describe.each(PROVIDERS)('%s: a done answer whose only output is hostile', (provider) => {
  it.each(HOSTILE_URLS)('%s → the job is failed (invalid_output) at status time', async (url, why) => {
    const session = server.session();
    session.script(provider, 'status', doneAnswer(provider, [url]));
    const imagine = imagineOn(session, provider);
    const job = await imagine.get(`${provider}:${JOB}`);
    expect(job.status).toBe('failed');
    expect(job.outputs).toEqual([]);
    expect(job.error).toMatchObject({ code: 'invalid_output', retryable: false });
    expect(job.error?.message).toContain(why);
    expect(JSON.stringify(job.error)).not.toContain('s3cret');
    expect(media(session)).toEqual([]);
  });

  it('generate ends in JobFailedError, not a done job that fails at download', async () => {
    const session = server.session();
    session.script(provider, 'status', doneAnswer(provider, ['file:///etc/passwd']));
    const imagine = imagineOn(session, provider);
    const error = expectTyped(await settle(() => imagine.generate(T2V)), 'JobFailedError', DEADLINE_MS);
    expect((error as unknown as { job: { error: { code: string } } }).job.error.code).toBe('invalid_output');
    const [entry] = await imagine.jobs();
    expect(entry?.job?.status).toBe('failed');
  });
});

describe.each(['pixazo', 'vydra'] as const)('%s: a good output next to hostile ones', (provider) => {
  it('is done with the good one, warns about the rest, and downloads only the good one', async () => {
    const session = server.session();
    const good = session.mediaURL('v.mp4');
    session.script(provider, 'status', doneAnswer(provider, [good, 'javascript:alert(1)', '/v.mp4']));
    const imagine = imagineOn(session, provider);
    const job = await imagine.get(`${provider}:${JOB}`);
    expect(job.status).toBe('done');
    expect(job.outputs.map((output) => output.url)).toEqual([good]);
    expect(job.warnings.find((warning) => warning.type === 'output_rejected')?.message).toMatch(
      /^2 of 3 outputs/,
    );
    expect(media(session)).toEqual([]);
  });
});

describe('pixazo: data: URIs, documented in sync mode only as base64', () => {
  it('a base64 data URI is inline data, kept', async () => {
    const session = server.session();
    session.script('pixazo', 'status', doneAnswer('pixazo', ['data:video/mp4;base64,AAAAGGZ0eXBpc29t']));
    const job = await imagineOn(session, 'pixazo').get(`pixazo:${JOB}`);
    expect(job.status).toBe('done');
    expect(job.outputs).toEqual([{ data: 'AAAAGGZ0eXBpc29t', mimeType: 'video/mp4' }]);
  });

  it('a base64 data URI whose payload is not base64 is refused', async () => {
    const session = server.session();
    session.script(
      'pixazo',
      'status',
      doneAnswer('pixazo', ['data:video/mp4;base64,<script>alert(1)</script>']),
    );
    const job = await imagineOn(session, 'pixazo').get(`pixazo:${JOB}`);
    expect(job.error).toMatchObject({ code: 'invalid_output' });
    expect(job.error?.message).toContain('not base64');
  });
});

describe('xai: image outputs in the create answer', () => {
  it.each(HOSTILE_URLS)('%s → the image job is failed at once', async (url, why) => {
    const session = server.session();
    session.script(
      'xai',
      'create',
      json(200, { data: [{ url }], usage: { cost_in_usd_ticks: 200_000_000 } }),
    );
    const imagine = imagineOn(session, 'xai');
    const job = await imagine.submit({ type: 'text-to-image', prompt: 'a hostile image' });
    expect(job.status).toBe('failed');
    expect(job.error?.message).toContain(why);
    const error = expectTyped(
      await settle(() => imagine.generate({ type: 'text-to-image', prompt: 'a hostile image' })),
      'JobFailedError',
      DEADLINE_MS,
    );
    expect(error.message).not.toContain('s3cret');
  });
});

describe('xai: inline image data that is not base64', () => {
  it('→ the image job is failed (invalid_output)', async () => {
    const session = server.session();
    session.script('xai', 'create', json(200, { data: [{ b64_json: '<script>alert(1)</script>' }] }));
    const job = await imagineOn(session, 'xai').submit({ type: 'text-to-image', prompt: 'inline junk' });
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({
      code: 'invalid_output',
      message: expect.stringContaining('not base64'),
    });
  });
});
