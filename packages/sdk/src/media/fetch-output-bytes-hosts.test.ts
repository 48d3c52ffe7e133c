import { ResponseValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchOutputBytes } from './fetch-output-bytes.ts';

const MEDIA = 'https://media.test';
const PNG = Buffer.from('89504e470d0a1a0a00000000', 'hex');
const IMAGE = { 'content-type': 'image/png' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** The global fetch (nock's), counted: a refusal must come before any call. */
function countedFetch() {
  return vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
}

const png = (url: string) => ({ url, mimeType: 'image/png' });
const refusal = (host: string, said: string) =>
  `Output from xai: the media host ${host} is ${said}; refused. Pass allowPrivateHosts: true to download from private hosts.`;

describe('fetchOutputBytes refuses private hosts', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/iam', '169.254.169.254', 'link-local'],
    ['http://localhost:6379/', 'localhost', 'loopback'],
    ['http://LOCALHOST./a.png', 'localhost.', 'loopback'],
    ['http://media.localhost/a.png', 'media.localhost', 'loopback'],
    ['http://127.0.0.1:8080/a.png', '127.0.0.1', 'loopback'],
    ['http://0x7f.1/a.png', '127.0.0.1', 'loopback'],
    ['http://2130706433/a.png', '127.0.0.1', 'loopback'],
    ['http://0177.0.0.1/a.png', '127.0.0.1', 'loopback'],
    ['http://10.0.0.5/a.png', '10.0.0.5', 'private'],
    ['http://172.16.0.1/a.png', '172.16.0.1', 'private'],
    ['http://192.168.1.20/a.png', '192.168.1.20', 'private'],
    ['http://100.64.0.1/a.png', '100.64.0.1', 'shared (carrier-grade NAT)'],
    ['http://0.0.0.0/a.png', '0.0.0.0', 'unspecified'],
    ['http://224.0.0.1/a.png', '224.0.0.1', 'multicast'],
    ['http://[::1]/a.png', '::1', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/a.png', '::1', 'loopback'],
    ['http://[::]/a.png', '::', 'unspecified'],
    ['http://[fe80::1]/a.png', 'fe80::1', 'link-local'],
    ['http://[fd00:ec2::254]/latest/meta-data', 'fd00:ec2::254', 'unique-local (private)'],
    ['http://[ff02::1]/a.png', 'ff02::1', 'multicast'],
    ['http://[::ffff:127.0.0.1]/a.png', '::ffff:7f00:1', 'loopback'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'link-local'],
  ])('refuses %s before any request', async (url, host, said) => {
    const fetch = countedFetch();
    const clock = createFakeClock();
    const attempt = fetchOutputBytes(png(url), { provider: 'xai', fetch, clock });
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'private_media_host',
      retryable: false,
      provider: 'xai',
      message: refusal(host, said),
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(clock.sleeps).toEqual([]);
  });

  it('refuses with the global fetch too, the interceptor for the host never reached', async () => {
    const metadata = nock('http://169.254.169.254').get('/latest/meta-data').reply(200, 'role', IMAGE);
    await expect(
      fetchOutputBytes(png('http://169.254.169.254/latest/meta-data'), { provider: 'xai' }),
    ).rejects.toMatchObject({ code: 'private_media_host' });
    expect(metadata.isDone()).toBe(false);
  });

  it.each(['http://93.184.216.34/a.png', 'https://localhost.example.test/a.png', 'https://media.test/a.png'])(
    'still fetches the public URL %s',
    async (url) => {
      const { origin, pathname } = new URL(url);
      const scope = nock(origin).get(pathname).reply(200, PNG, IMAGE);
      const out = await fetchOutputBytes(png(url), { provider: 'xai' });
      expect(Buffer.compare(Buffer.from(out.bytes), PNG)).toBe(0);
      expect(scope.isDone()).toBe(true);
    },
  );

  it('with allowPrivateHosts: true, fetches from loopback', async () => {
    const scope = nock('http://127.0.0.1:6379').get('/a.png').reply(200, PNG, IMAGE);
    const out = await fetchOutputBytes(png('http://127.0.0.1:6379/a.png'), {
      provider: 'xai',
      allowPrivateHosts: true,
    });
    expect(out.bytes.byteLength).toBe(PNG.length);
    expect(scope.isDone()).toBe(true);
  });
});

describe('fetchOutputBytes redirects', () => {
  it('follows redirects by hand, relative ones and across hosts', async () => {
    const media = nock(MEDIA)
      .get('/a.png')
      .reply(301, '', { location: '/b.png' })
      .get('/b.png')
      .reply(307, '', { location: 'https://cdn.test/c.png' });
    const cdn = nock('https://cdn.test').get('/c.png').reply(200, PNG, IMAGE);
    const out = await fetchOutputBytes(png(`${MEDIA}/a.png`), { provider: 'xai' });
    expect(out.bytes.byteLength).toBe(PNG.length);
    expect(media.isDone() && cdn.isDone()).toBe(true);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254', 'link-local'],
    ['http://localhost:6379/', 'localhost', 'loopback'],
    ['http://[::ffff:7f00:1]:8080/a.png', '::ffff:7f00:1', 'loopback'],
  ])('refuses a redirect to %s before requesting it', async (location, host, said) => {
    const media = nock(MEDIA).get('/a.png').reply(302, '', { location });
    const target = new URL(location);
    const inner = nock(target.origin).get(target.pathname).reply(200, PNG, IMAGE);
    await expect(fetchOutputBytes(png(`${MEDIA}/a.png`), { provider: 'xai' })).rejects.toMatchObject({
      name: 'ResponseValidationError',
      code: 'private_media_host',
      message: refusal(host, said),
    });
    expect(media.isDone()).toBe(true);
    expect(inner.isDone()).toBe(false);
  });

  it('with allowPrivateHosts: true, follows a redirect to loopback', async () => {
    nock(MEDIA).get('/a.png').reply(302, '', { location: 'http://127.0.0.1:6379/a.png' });
    const local = nock('http://127.0.0.1:6379').get('/a.png').reply(200, PNG, IMAGE);
    const out = await fetchOutputBytes(png(`${MEDIA}/a.png`), { provider: 'xai', allowPrivateHosts: true });
    expect(out.bytes.byteLength).toBe(PNG.length);
    expect(local.isDone()).toBe(true);
  });

  it('gives up after 5 redirects, and refuses a redirect without a usable Location', async () => {
    const loop = nock(MEDIA).get('/loop.png').times(6).reply(302, '', { location: '/loop.png' });
    await expect(fetchOutputBytes(png(`${MEDIA}/loop.png`), { provider: 'xai' })).rejects.toMatchObject({
      code: 'too_many_redirects',
      message: 'Output from xai: more than 5 redirects, the last from media.test.',
    });
    expect(loop.isDone()).toBe(true);
    nock(MEDIA).get('/none.png').reply(302, '');
    await expect(fetchOutputBytes(png(`${MEDIA}/none.png`), { provider: 'xai' })).rejects.toMatchObject({
      code: 'bad_redirect',
      message: 'Output from xai: media.test answered 302 without a Location header.',
    });
    nock(MEDIA).get('/file.png').reply(302, '', { location: 'file:///etc/passwd' });
    await expect(fetchOutputBytes(png(`${MEDIA}/file.png`), { provider: 'xai' })).rejects.toMatchObject({
      code: 'bad_redirect',
      message:
        'Output from xai: media.test redirected to a URL that is not http(s) without credentials; refused.',
    });
  });

  it('refuses a redirect the runtime hides (a browser opaque redirect): its target cannot be checked', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, body: null, headers: new Headers() };
    const fetch = vi.fn(async () => opaque as unknown as Response);
    await expect(fetchOutputBytes(png(`${MEDIA}/a.png`), { provider: 'xai', fetch })).rejects.toMatchObject({
      code: 'bad_redirect',
      retryable: false,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([`${MEDIA}/a.png`, expect.objectContaining({ redirect: 'manual' })]);
  });
});
