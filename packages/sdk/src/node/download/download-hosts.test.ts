import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doneJob, type MediaServer, serve, startMediaServer } from '../../../test/helpers/media-server.ts';
import { download } from './download.ts';
import type { HostResolver } from './resolve-media-host.ts';

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
  dir = await mkdtemp(join(tmpdir(), 'sdk-download-hosts-'));
  server.requests.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A resolver answering from a table and recording each question. */
function resolverOf(table: Record<string, string[]>): HostResolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`no ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}

const video = (url: string) => doneJob([{ url, mimeType: 'video/mp4' }]);

describe('download host checks', () => {
  it('connects to the address its own lookup checked, keeping the URL host name', async () => {
    const resolveHost = resolverOf({ 'media.test': ['127.0.0.1'] });
    const [path] = await download(video(`http://media.test:${server.port}/v.mp4`), {
      dir,
      resolveHost,
      allowPrivateHosts: true,
    });
    expect(Buffer.compare(await readFile(path!), BYTES)).toBe(0);
    // One lookup, and the socket went where it said: the system resolver knows no media.test.
    expect(resolveHost.asked).toEqual(['media.test']);
    expect(server.requests.map((r) => r.headers.host)).toEqual([`media.test:${server.port}`]);
  });

  it.each([
    [['127.0.0.1'], '127.0.0.1 (loopback)'],
    [['10.0.0.5'], '10.0.0.5 (private)'],
    [['192.168.1.20'], '192.168.1.20 (private)'],
    [['172.20.0.1'], '172.20.0.1 (private)'],
    [['169.254.169.254'], '169.254.169.254 (link-local)'],
    [['fd00:ec2::254'], 'fd00:ec2::254 (unique-local (private))'],
    [['fe80::1'], 'fe80::1 (link-local)'],
    [['0.0.0.0'], '0.0.0.0 (unspecified)'],
    [['203.0.113.7', '10.0.0.5'], '10.0.0.5 (private)'],
  ])('refuses a host resolving to %j by default, before connecting', async (addresses, said) => {
    const resolveHost = resolverOf({ 'media.test': addresses });
    const attempt = download(video(`http://media.test:${server.port}/v.mp4`), { dir, resolveHost });
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'private_media_host',
      retryable: false,
      message: `Job xai:req_1_2 output 0: the media host media.test resolves to ${said}; refused. Pass allowPrivateHosts: true to download from private hosts.`,
    });
    expect(server.requests).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['http://169.254.169.254/latest/meta-data', 'http://[::1]:9/v.mp4', 'http://0x7f.1/v.mp4'])(
    'refuses the IP literal in %s without a lookup',
    async (url) => {
      const resolveHost = resolverOf({});
      await expect(download(video(url), { dir, resolveHost })).rejects.toMatchObject({
        code: 'private_media_host',
      });
      expect(resolveHost.asked).toEqual([]);
    },
  );

  it('says a host that does not resolve is a retryable ConnectionError', async () => {
    const clock = createFakeClock();
    const attempt = download(video('https://nowhere.test/v.mp4'), {
      dir,
      clock,
      resolveHost: resolverOf({}),
      retries: 1,
    });
    await expect(attempt).rejects.toMatchObject({
      name: 'ConnectionError',
      code: 'ENOTFOUND',
      retryable: true,
    });
    expect(clock.sleeps).toEqual([250]);
  });
});

describe('download media URLs', () => {
  it.each([
    ['file:///etc/passwd', 'the media URL uses file:; only https: and http: are downloaded.'],
    ['javascript:alert(1)', 'the media URL uses javascript:; only https: and http: are downloaded.'],
    ['ftp://media.test/v.mp4', 'the media URL uses ftp:; only https: and http: are downloaded.'],
    ['/relative/v.mp4', 'the media URL "/relative/v.mp4" is not an absolute URL.'],
    ['http://', 'the media URL "http://" is not an absolute URL.'],
    ['https://user:pw@media.test/v.mp4', 'the media URL for media.test carries credentials; refused.'],
  ])('refuses %s as a ResponseValidationError, never a TypeError', async (url, reason) => {
    const attempt = download(video(url), { dir, allowPrivateHosts: true });
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_media_url',
      message: `Job xai:req_1_2 output 0: ${reason}`,
    });
  });

  it('refuses a bad URL in any output before downloading the others', async () => {
    const job = doneJob([
      { url: `${server.origin}/v.mp4`, mimeType: 'video/mp4' },
      { url: 'file:///etc/passwd', mimeType: 'video/mp4' },
    ]);
    await expect(download(job, { dir, allowPrivateHosts: true })).rejects.toThrow(
      'output 1: the media URL uses file:',
    );
    expect(server.requests).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });
});
