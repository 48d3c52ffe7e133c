import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Job, ResponseValidationError, ValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { download } from './download.ts';

const MEDIA = 'https://media.test';
const VIDEO_BYTES = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));

function job(outputs: Job['outputs'], extra: Partial<Job> = {}): Job {
  return {
    id: 'xai:req/1 2',
    provider: 'xai',
    type: 'text-to-video',
    status: 'done',
    outputs,
    warnings: [],
    createdAt: 't',
    updatedAt: 't',
    ...extra,
  };
}

let dir: string;
beforeAll(() => nock.disableNetConnect());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-download-'));
});
afterEach(async () => {
  nock.cleanAll();
  await rm(dir, { recursive: true, force: true });
});
afterAll(() => nock.enableNetConnect());

const options = () => ({ dir, clock: createFakeClock() });

describe('download', () => {
  it('streams each output to <provider>-<id>-<index>.<ext> with no credentials on the request', async () => {
    const headers: Record<string, unknown>[] = [];
    nock(MEDIA)
      .get('/v.mp4')
      .reply(function () {
        headers.push(this.req.headers);
        return [
          200,
          VIDEO_BYTES,
          { 'content-type': 'video/mp4', 'content-length': String(VIDEO_BYTES.length) },
        ];
      });
    const progress: number[] = [];
    const paths = await download(job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]), {
      ...options(),
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(paths).toEqual([join(dir, 'xai-req_1_2-0.mp4')]);
    expect(Buffer.compare(await readFile(paths[0]!), VIDEO_BYTES)).toBe(0);
    expect(progress.at(-1)).toBe(VIDEO_BYTES.length);
    expect(headers[0]).not.toHaveProperty('authorization');
    expect(headers[0]).not.toHaveProperty('ocp-apim-subscription-key');
    expect(Object.keys(headers[0]!).filter((name) => /key|auth|token/i.test(name))).toEqual([]);
  });

  it('retries a reset connection and a short body, each into a fresh temp file', async () => {
    nock(MEDIA)
      .get('/v.mp4')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get('/v.mp4')
      .reply(200, VIDEO_BYTES.subarray(0, 100), { 'content-type': 'video/mp4', 'content-length': '5000' })
      .get('/v.mp4')
      .reply(200, VIDEO_BYTES, { 'content-type': 'video/mp4', 'content-length': '5000' });
    const clock = createFakeClock();
    const [path] = await download(job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]), { dir, clock });
    expect(Buffer.compare(await readFile(path!), VIDEO_BYTES)).toBe(0);
    expect(clock.sleeps).toEqual([250, 500]);
    expect(await readdir(dir)).toEqual(['xai-req_1_2-0.mp4']);
  });

  it('gives up after the retries with the transfer error', async () => {
    nock(MEDIA).get('/v.mp4').times(2).replyWithError({ code: 'ECONNRESET', message: 'reset' });
    await expect(
      download(job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]), { ...options(), retries: 1 }),
    ).rejects.toMatchObject({ name: 'ConnectionError', code: 'ECONNRESET' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a body of the wrong media family and leaves nothing behind', async () => {
    nock(MEDIA).get('/v.mp4').reply(200, '<html>expired</html>', { 'content-type': 'text/html' });
    const attempt = download(job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]), options());
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toThrow(
      'Download from media.test answered text/html, not video media (video/mp4).',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not retry an expired URL', async () => {
    nock(MEDIA).get('/v.mp4').reply(404, 'gone');
    await expect(
      download(job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]), options()),
    ).rejects.toMatchObject({
      name: 'ProviderError',
      status: 404,
      message: 'Download from media.test failed with HTTP 404 (the URL may have expired).',
    });
  });

  it('refuses to overwrite an existing file unless asked, before fetching anything', async () => {
    const target = join(dir, 'xai-req_1_2-0.mp4');
    await writeFile(target, 'old');
    const finished = job([{ url: `${MEDIA}/v.mp4`, mimeType: 'video/mp4' }]);
    const refusal = download(finished, options());
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(refusal).rejects.toThrow(`${target} already exists; pass overwrite: true to replace it.`);
    expect(await readFile(target, 'utf8')).toBe('old');
    nock(MEDIA).get('/v.mp4').reply(200, VIDEO_BYTES, { 'content-type': 'video/mp4' });
    await download(finished, { ...options(), overwrite: true });
    expect(Buffer.compare(await readFile(target), VIDEO_BYTES)).toBe(0);
  });

  it('decodes data outputs without network and skips blocked ones', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000', 'hex');
    const paths = await download(
      job(
        [
          { data: png.toString('base64'), mimeType: 'image/png' },
          { url: `${MEDIA}/blocked.jpg`, mimeType: 'image/jpeg', blocked: true },
          { data: png.toString('base64'), mimeType: 'image/webp' },
        ],
        { id: 'vydra:abc', provider: 'vydra', type: 'text-to-image' },
      ),
      options(),
    );
    expect(paths).toEqual([join(dir, 'vydra-abc-0.png'), join(dir, 'vydra-abc-2.webp')]);
    expect(Buffer.compare(await readFile(paths[0]!), png)).toBe(0);
  });

  it('writes to an exact path for one output, and checks its arguments', async () => {
    const png = Buffer.from('hello').toString('base64');
    const path = join(dir, 'sub', 'cover.png');
    await expect(
      download(job([{ data: png, mimeType: 'image/png' }]), { path: join(dir, 'cover.png') }),
    ).resolves.toEqual([join(dir, 'cover.png')]);
    const two = job([
      { data: png, mimeType: 'image/png' },
      { data: png, mimeType: 'image/png' },
    ]);
    await expect(download(two, { path })).rejects.toThrow('has 2 outputs; give dir instead of path');
    await expect(download(two, {})).rejects.toThrow('download needs exactly one of dir or path.');
    await expect(download(job([], { status: 'pending' }), { dir })).rejects.toThrow(
      'Job xai:req/1 2 is pending; only a done job has outputs to download.',
    );
  });
});
