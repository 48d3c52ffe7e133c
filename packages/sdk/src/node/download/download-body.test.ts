import { readdir, readFile } from 'node:fs/promises';
import { createFakeClock } from '@grok-imagine/core/testing';
import { describe, expect, it } from 'vitest';
import { doneJob, useMediaWorld } from '../../../test/helpers/media-server.ts';
import { download } from './download.ts';

// Several read buffers' worth, with bytes that differ from one position to the next, so a buffer
// reused too early or pieces put out of order would show in the file.
const BODY = Buffer.from(
  Array.from({ length: 3 * 1024 * 1024 + 123 }, (_, i) => (i * 31 + (i >>> 13)) & 255),
);
const MP4 = { 'content-type': 'video/mp4' };

const world = useMediaWorld('sdk-download-body-');

const video = (path: string) => doneJob([{ url: `${world.server.origin}${path}`, mimeType: 'video/mp4' }]);
const local = () => ({ dir: world.dir, allowPrivateHosts: true, clock: createFakeClock() });

// Writes the body in uneven pieces, as a real server's writes land in the socket.
function writeInPieces(response: import('node:http').ServerResponse, body: Buffer, end = true): void {
  let at = 0;
  for (let size = 1; at < body.length; size = (size * 7 + 1000) % 90_000) {
    response.write(body.subarray(at, at + size));
    at += size;
  }
  if (end) response.end();
}

describe('download body framing', () => {
  it('writes a large body with Content-Length byte for byte', async () => {
    world.server.route('/v.mp4', (_request, response) => {
      response.writeHead(200, { ...MP4, 'content-length': String(BODY.length) });
      writeInPieces(response, BODY);
    });
    const progress: number[] = [];
    const [path] = await download(video('/v.mp4'), { ...local(), onProgress: (p) => progress.push(p.bytes) });
    expect((await readFile(path!)).equals(BODY)).toBe(true);
    expect(progress.at(-1)).toBe(BODY.length);
  });

  it('decodes a chunked body (no Content-Length)', async () => {
    world.server.route('/v.mp4', (_request, response) => {
      response.writeHead(200, MP4);
      writeInPieces(response, BODY);
    });
    const [path] = await download(video('/v.mp4'), local());
    expect((await readFile(path!)).equals(BODY)).toBe(true);
  });

  it('reads a body without length or coding until the server closes', async () => {
    world.server.route('/v.mp4', (_request, response) => {
      response.useChunkedEncodingByDefault = false;
      response.shouldKeepAlive = false;
      response.writeHead(200, MP4);
      writeInPieces(response, BODY);
    });
    const [path] = await download(video('/v.mp4'), local());
    expect((await readFile(path!)).equals(BODY)).toBe(true);
  });

  it('skips an informational answer before the real one', async () => {
    world.server.route('/v.mp4', (_request, response) => {
      response.writeEarlyHints({ link: '</style.css>; rel=preload' });
      response.writeHead(200, { ...MP4, 'content-length': '4' });
      response.end('abcd');
    });
    const [path] = await download(video('/v.mp4'), local());
    expect(await readFile(path!, 'latin1')).toBe('abcd');
  });

  it('treats a chunked body cut off before its last chunk as a broken transfer', async () => {
    world.server.route('/v.mp4', (_request, response) => {
      response.writeHead(200, MP4);
      response.write(BODY.subarray(0, 1000));
      setImmediate(() => response.socket?.destroy());
    });
    await expect(download(video('/v.mp4'), { ...local(), retries: 0 })).rejects.toMatchObject({
      name: 'ConnectionError',
      code: 'ECONNRESET',
      retryable: true,
    });
    expect(await readdir(world.dir)).toEqual([]);
  });
});
