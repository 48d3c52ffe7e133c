import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doneJob, type MediaServer, serve, startMediaServer } from '../../../test/helpers/media-server.ts';
import { blockedRange } from '../../media/blocked-address.ts';
import { download } from './download.ts';
import { fetchToFile, type Transfer } from './fetch-to-file.ts';

const BYTES = Buffer.from('fake mp4 bytes');
const MP4 = { 'content-type': 'video/mp4' };

let server: MediaServer;
let dir: string;
beforeAll(async () => {
  server = await startMediaServer();
  server.route('/v.mp4', serve(BYTES, MP4));
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-download-redirects-'));
  server.requests.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function redirect(location: string, status = 302) {
  return serve('', { location }, status);
}

const video = (url: string) => doneJob([{ url, mimeType: 'video/mp4' }]);
const local = () => ({ dir, allowPrivateHosts: true, clock: createFakeClock() });

describe('download redirects', () => {
  it('follows up to 5 redirects, relative ones included, with no credentials on any hop', async () => {
    server.route('/r1', redirect('/r2', 301));
    server.route('/r2', redirect(`${server.origin}/r3`, 302));
    server.route('/r3', redirect('r4', 303));
    server.route('/r4', redirect('/r5', 307));
    server.route('/r5', redirect('/v.mp4', 308));
    const [path] = await download(video(`${server.origin}/r1`), local());
    expect(Buffer.compare(await readFile(path!), BYTES)).toBe(0);
    expect(server.requests.map((r) => r.path)).toEqual(['/r1', '/r2', '/r3', '/r4', '/r5', '/v.mp4']);
    for (const { headers } of server.requests) {
      expect(Object.keys(headers).sort()).toEqual(['accept', 'connection', 'host', 'user-agent']);
    }
  });

  it('gives up after 5 redirects', async () => {
    server.route('/loop', redirect('/loop'));
    const attempt = download(video(`${server.origin}/loop`), local());
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'too_many_redirects',
      message: `Job xai:req_1_2 output 0: more than 5 redirects, the last from 127.0.0.1:${server.port}.`,
    });
    expect(server.requests).toHaveLength(6);
  });

  it.each([
    ['file:///etc/passwd', 'invalid_media_url'],
    ['javascript:alert(1)', 'invalid_media_url'],
    [`http://user:secret@127.0.0.1:1/v.mp4`, 'invalid_media_url'],
  ])('refuses a redirect to %s', async (location, code) => {
    server.route('/bad', redirect(location));
    await expect(download(video(`${server.origin}/bad`), local())).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code,
    });
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('checks the host of every hop again: a redirect to a metadata address is refused', async () => {
    server.route('/to-metadata', redirect('http://metadata.test/latest/meta-data'));
    const asked: string[] = [];
    const transfer: Transfer = {
      subject: { provider: 'pixazo', jobId: 'pixazo:job-1', index: 0 },
      url: `http://cdn.test:${server.port}/to-metadata`,
      tempPath: join(dir, 'out.part'),
      kind: 'video',
      mimeType: 'video/mp4',
      maxBytes: 1000,
      stallTimeoutMs: 5000,
      timeoutMs: 60_000,
      deadlineAt: Date.now() + 60_000,
      clock: createFakeClock(Date.now()),
      policy: {
        resolve: async (hostname) => {
          asked.push(hostname);
          return [{ address: hostname === 'cdn.test' ? '127.0.0.1' : '169.254.169.254', family: 4 }];
        },
        // The test server stands in for a public CDN; everything else keeps the default policy.
        refuse: (address) => (address === '127.0.0.1' ? undefined : blockedRange(address)),
      },
    };
    await expect(fetchToFile(transfer)).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code: 'private_media_host',
      message:
        'Job pixazo:job-1 output 0: the media host metadata.test resolves to 169.254.169.254 (link-local); refused. Pass allowPrivateHosts: true to download from private hosts.',
    });
    expect(asked).toEqual(['cdn.test', 'metadata.test']);
    expect(server.requests.map((r) => r.path)).toEqual(['/to-metadata']);
    expect(await readdir(dir)).toEqual([]);
  });
});
