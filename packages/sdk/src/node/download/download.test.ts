import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ResponseValidationError, ValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { describe, expect, it } from 'vitest';
import { doneJob, serve, useMediaWorld } from '../../../test/helpers/media-server.ts';
import { download } from './download.ts';

const VIDEO_BYTES = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
const MP4 = { 'content-type': 'video/mp4' };

const world = useMediaWorld('sdk-download-');

// The test server is on loopback, which downloads refuse unless told otherwise.
const options = () => ({ dir: world.dir, clock: createFakeClock(), allowPrivateHosts: true });

describe('download', () => {
  it('streams each output to <provider>-<id>-<index>.<ext> with no credentials on the request', async () => {
    world.server.route('/v.mp4', serve(VIDEO_BYTES, MP4));
    const progress: number[] = [];
    const paths = await download(doneJob([{ url: `${world.server.origin}/v.mp4`, mimeType: 'video/mp4' }]), {
      ...options(),
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(paths).toEqual([join(world.dir, 'xai-req_1_2-0.mp4')]);
    expect(Buffer.compare(await readFile(paths[0]!), VIDEO_BYTES)).toBe(0);
    expect(progress.at(-1)).toBe(VIDEO_BYTES.length);
    expect(world.server.requests).toHaveLength(1);
    expect(Object.keys(world.server.requests[0]!.headers).sort()).toEqual([
      'accept',
      'connection',
      'host',
      'user-agent',
    ]);
    expect(world.server.requests[0]!.headers.accept).toBe('video/*, application/octet-stream;q=0.5');
  });

  it('retries a reset connection and a short body, each into a fresh temp file', async () => {
    let calls = 0;
    world.server.route('/v.mp4', (request, response) => {
      calls++;
      if (calls === 1) request.socket.destroy();
      else if (calls === 2) {
        response.writeHead(200, { ...MP4, 'content-length': '5000' });
        response.write(VIDEO_BYTES.subarray(0, 100));
        response.socket?.destroy();
      } else serve(VIDEO_BYTES, MP4)(request, response);
    });
    const clock = createFakeClock();
    const [path] = await download(doneJob([{ url: `${world.server.origin}/v.mp4`, mimeType: 'video/mp4' }]), {
      ...options(),
      clock,
    });
    expect(Buffer.compare(await readFile(path!), VIDEO_BYTES)).toBe(0);
    expect(clock.sleeps).toEqual([250, 500]);
    expect(await readdir(world.dir)).toEqual(['xai-req_1_2-0.mp4']);
  });

  it('gives up after the retries with the transfer error, naming the job and output', async () => {
    world.server.route('/v.mp4', (request) => request.socket.destroy());
    const attempt = download(doneJob([{ url: `${world.server.origin}/v.mp4`, mimeType: 'video/mp4' }]), {
      ...options(),
      retries: 1,
    });
    await expect(attempt).rejects.toMatchObject({
      name: 'ConnectionError',
      code: 'ECONNRESET',
      requestId: 'xai:req_1_2',
      message: `Job xai:req_1_2 output 0: the download from 127.0.0.1:${world.server.port} broke off (ECONNRESET).`,
    });
    expect(world.server.requests).toHaveLength(2);
    expect(await readdir(world.dir)).toEqual([]);
  });

  it('does not retry an expired URL', async () => {
    await expect(
      download(doneJob([{ url: `${world.server.origin}/gone.mp4`, mimeType: 'video/mp4' }]), options()),
    ).rejects.toMatchObject({
      name: 'ProviderError',
      status: 404,
      message: `Job xai:req_1_2 output 0: the download from 127.0.0.1:${world.server.port} failed with HTTP 404 (the URL may have expired).`,
    });
    expect(world.server.requests).toHaveLength(1);
  });

  it('refuses to overwrite an existing file unless asked, before fetching anything', async () => {
    world.server.route('/v.mp4', serve(VIDEO_BYTES, MP4));
    const target = join(world.dir, 'xai-req_1_2-0.mp4');
    await writeFile(target, 'old');
    const finished = doneJob([{ url: `${world.server.origin}/v.mp4`, mimeType: 'video/mp4' }]);
    const refusal = download(finished, options());
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(refusal).rejects.toThrow(`${target} already exists; pass overwrite: true to replace it.`);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(world.server.requests).toHaveLength(0);
    await download(finished, { ...options(), overwrite: true });
    expect(Buffer.compare(await readFile(target), VIDEO_BYTES)).toBe(0);
  });

  it('writes to an exact path for one output, and checks its arguments', async () => {
    const png = Buffer.from('hello').toString('base64');
    const path = join(world.dir, 'sub', 'cover.png');
    const image = (outputs: Parameters<typeof doneJob>[0], extra = {}) =>
      doneJob(outputs, { type: 'text-to-image', ...extra });
    await expect(
      download(image([{ data: png, mimeType: 'image/png' }]), { path: join(world.dir, 'cover.png') }),
    ).resolves.toEqual([join(world.dir, 'cover.png')]);
    const two = image([
      { data: png, mimeType: 'image/png' },
      { data: png, mimeType: 'image/png' },
    ]);
    await expect(download(two, { path })).rejects.toThrow('has 2 outputs; give dir instead of path');
    await expect(download(two, {})).rejects.toThrow('download needs exactly one of dir or path.');
    await expect(download(image([], { status: 'pending' }), { dir: world.dir })).rejects.toThrow(
      'Job xai:req_1_2 is pending; only a done job has outputs to download.',
    );
  });

  it.each([
    ['retries', -1],
    ['retries', Number.NaN],
    ['stallTimeoutMs', 0],
    ['timeoutMs', Number.POSITIVE_INFINITY],
    ['maxVideoBytes', -5],
  ])('refuses %s: %s before any request', async (field, value) => {
    const attempt = download(doneJob([{ url: `${world.server.origin}/v.mp4`, mimeType: 'video/mp4' }]), {
      ...options(),
      [field]: value,
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field });
    expect(world.server.requests).toHaveLength(0);
  });
});

describe('download of inline outputs', () => {
  const png = Buffer.from('89504e470d0a1a0a0000', 'hex');
  const image = (outputs: Parameters<typeof doneJob>[0]) =>
    doneJob(outputs, { id: 'vydra:abc', provider: 'vydra', type: 'text-to-image' });

  it('decodes data outputs and data: URLs without network and skips blocked ones', async () => {
    const paths = await download(
      image([
        { data: png.toString('base64'), mimeType: 'image/png' },
        { url: `${world.server.origin}/blocked.jpg`, mimeType: 'image/jpeg', blocked: true },
        { url: `data:image/webp;base64,${png.toString('base64')}`, mimeType: 'image/webp' },
      ]),
      { dir: world.dir },
    );
    expect(paths).toEqual([join(world.dir, 'vydra-abc-0.png'), join(world.dir, 'vydra-abc-2.webp')]);
    expect(Buffer.compare(await readFile(paths[0]!), png)).toBe(0);
    expect(Buffer.compare(await readFile(paths[1]!), png)).toBe(0);
    expect(world.server.requests).toHaveLength(0);
  });

  it('refuses a data: URL that is not media of the job kind, or over the cap', async () => {
    const html = `data:text/html;base64,${Buffer.from('<script>x</script>').toString('base64')}`;
    const refusal = download(image([{ url: html, mimeType: 'image/png' }]), { dir: world.dir });
    await expect(refusal).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(refusal).rejects.toThrow(
      'Job vydra:abc output 0: the output is a data: URL of text/html, not image media.',
    );
    await expect(
      download(image([{ data: Buffer.alloc(100).toString('base64'), mimeType: 'image/png' }]), {
        dir: world.dir,
        maxImageBytes: 99,
      }),
    ).rejects.toMatchObject({ name: 'ResponseValidationError', code: 'media_too_large' });
    expect(await readdir(world.dir)).toEqual([]);
  });
});
