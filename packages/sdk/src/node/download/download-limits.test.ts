import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortedError, RequestTimeoutError, ResponseValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doneJob, type MediaServer, serve, startMediaServer } from '../../../test/helpers/media-server.ts';
import { download } from './download.ts';

const MP4 = { 'content-type': 'video/mp4' };
const CHUNK = Buffer.alloc(1024, 7);

let server: MediaServer;
let dir: string;
const timers: ReturnType<typeof setInterval>[] = [];
beforeAll(async () => {
  server = await startMediaServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-download-limits-'));
  server.requests.length = 0;
});
afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  await rm(dir, { recursive: true, force: true });
});

const video = (path: string, mimeType = 'video/mp4') =>
  doneJob([{ url: `${server.origin}${path}`, mimeType }]);
const image = (path: string, mimeType = 'image/png') =>
  doneJob([{ url: `${server.origin}${path}`, mimeType }], { type: 'text-to-image' });
const local = (extra = {}) => ({ dir, allowPrivateHosts: true, clock: createFakeClock(), ...extra });

/** Sends chunk after chunk every few ms until the client goes away; bytes sent are counted. */
function endless(headers: Record<string, string>, sent: { bytes: number }) {
  return (_request: unknown, response: import('node:http').ServerResponse) => {
    response.writeHead(200, headers);
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer);
      sent.bytes += CHUNK.length;
      response.write(CHUNK);
    }, 2);
    timers.push(timer);
  };
}

describe('download Content-Type', () => {
  it.each([
    ['text/html; charset=utf-8', 'video/mp4'],
    ['image/png', 'video/mp4'],
    ['application/json', 'video/mp4'],
    ['application/octet-stream', 'application/octet-stream'],
  ])('refuses %s for a video output of %s, leaving nothing behind', async (type, mimeType) => {
    server.route('/x', serve('<html>expired</html>', { 'content-type': type }));
    const attempt = download(video('/x', mimeType), local());
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'unexpected_content_type',
      message: `Job xai:req_1_2 output 0: 127.0.0.1:${server.port} answered ${type}, not video media (${mimeType}).`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes octet-stream for an output whose media type is known, and image/* for an image job', async () => {
    server.route('/v', serve('mp4', { 'content-type': 'application/octet-stream' }));
    server.route('/i', serve('png', { 'content-type': 'image/png' }));
    await expect(download(video('/v'), local())).resolves.toHaveLength(1);
    await expect(download(image('/i'), local())).resolves.toHaveLength(1);
    expect(server.requests[1]!.headers.accept).toBe('image/*, application/octet-stream;q=0.5');
  });
});

describe('download size caps', () => {
  it('refuses an announced length over the cap before reading the body', async () => {
    server.route('/big', serve(Buffer.alloc(5000), MP4));
    const attempt = download(video('/big'), local({ maxVideoBytes: 4999 }));
    await expect(attempt).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code: 'media_too_large',
      retryable: false,
      message: `Job xai:req_1_2 output 0: 127.0.0.1:${server.port} announced 5000 bytes, over the 4999-byte limit.`,
    });
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops an endless body without a length at the cap and reads no further', async () => {
    const sent = { bytes: 0 };
    server.route('/endless', endless({ 'content-type': 'image/png' }, sent));
    const attempt = download(image('/endless'), local({ maxImageBytes: 20 * 1024 }));
    await expect(attempt).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code: 'media_too_large',
      message: `Job xai:req_1_2 output 0: 127.0.0.1:${server.port} sent more than the 20480-byte limit.`,
    });
    const atRefusal = sent.bytes;
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The connection is gone: the server cannot push more than what was in flight.
    expect(sent.bytes - atRefusal).toBeLessThanOrEqual(2 * CHUNK.length);
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('download timeouts', () => {
  it('ends a body that stalls with a RequestTimeoutError naming the job and output', async () => {
    server.route('/stall', (_request, response) => {
      response.writeHead(200, { ...MP4, 'content-length': '10000' });
      response.write(CHUNK);
    });
    const attempt = download(video('/stall'), local({ stallTimeoutMs: 40, retries: 0 }));
    await expect(attempt).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(attempt).rejects.toMatchObject({
      code: 'download_stalled',
      requestId: 'xai:req_1_2',
      message: `Job xai:req_1_2 output 0: the download from 127.0.0.1:${server.port} stalled (no byte for 40 ms).`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('ends a server that never sends headers, and retries a stall', async () => {
    server.route('/silent', () => undefined);
    const clock = createFakeClock();
    const attempt = download(video('/silent'), local({ stallTimeoutMs: 30, retries: 1, clock }));
    await expect(attempt).rejects.toMatchObject({ name: 'RequestTimeoutError', code: 'download_stalled' });
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it('ends a body that keeps trickling once the total time limit passes on the injected clock', async () => {
    const sent = { bytes: 0 };
    server.route('/trickle', endless(MP4, sent));
    const clock = createFakeClock();
    const attempt = download(video('/trickle'), {
      ...local({ clock, timeoutMs: 600_000 }),
      // Each chunk "takes" a minute: the tenth one crosses the 10-minute limit.
      onProgress: () => clock.advance(60_000),
    });
    await expect(attempt).rejects.toMatchObject({
      name: 'RequestTimeoutError',
      code: 'download_timeout',
      message: `Job xai:req_1_2 output 0: the download from 127.0.0.1:${server.port} took longer than 600000 ms; raise timeoutMs to allow more.`,
    });
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops at once when the caller aborts mid-body', async () => {
    const sent = { bytes: 0 };
    server.route('/abort', endless(MP4, sent));
    const controller = new AbortController();
    const attempt = download(video('/abort'), {
      ...local(),
      signal: controller.signal,
      onProgress: ({ bytes }) => {
        if (bytes >= 4 * CHUNK.length) controller.abort();
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps a body that arrives within its limits', async () => {
    server.route('/ok', serve(CHUNK, MP4));
    const [path] = await download(video('/ok'), local({ stallTimeoutMs: 1000, timeoutMs: 1000 }));
    expect((await readFile(path!)).length).toBe(CHUNK.length);
  });
});
