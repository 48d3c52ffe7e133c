import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchOutputBytes } from './fetch-output-bytes.ts';
import { socketError } from '@grok-imagine/core/testing';

const MEDIA = 'https://media.test';
const PNG = Buffer.from('89504e470d0a1a0a00000000', 'hex');

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('fetchOutputBytes', () => {
  it('fetches a URL output with no credentials and returns its bytes and declared type', async () => {
    const headers: Record<string, unknown>[] = [];
    nock(MEDIA)
      .get('/a.png')
      .reply(function () {
        headers.push(this.req.headers);
        return [200, PNG, { 'content-type': 'image/png', 'content-length': String(PNG.length) }];
      });
    const out = await fetchOutputBytes({ url: `${MEDIA}/a.png`, mimeType: 'image/png' }, { provider: 'xai' });
    expect(Buffer.compare(Buffer.from(out.bytes), PNG)).toBe(0);
    expect(out.mimeType).toBe('image/png');
    expect(Object.keys(headers[0]!).filter((name) => /key|auth|token|cookie/i.test(name))).toEqual([]);
  });

  it('decodes inline data without network', async () => {
    const out = await fetchOutputBytes(
      { data: PNG.toString('base64'), mimeType: 'image/png' },
      { provider: 'pixazo' },
    );
    expect(Buffer.compare(Buffer.from(out.bytes), PNG)).toBe(0);
  });

  it('refuses an announced oversize body before reading it, and an unannounced one while reading', async () => {
    nock(MEDIA)
      .get('/big.png')
      .reply(200, Buffer.alloc(100), { 'content-type': 'image/png', 'content-length': '100' });
    await expect(
      fetchOutputBytes({ url: `${MEDIA}/big.png`, mimeType: 'image/png' }, { provider: 'xai', maxBytes: 50 }),
    ).rejects.toMatchObject({
      name: 'ResponseValidationError',
      message: 'Download from media.test holds 100 bytes, more than the 50 allowed (maxBytes).',
    });
    nock(MEDIA)
      .get('/chunked.png')
      .reply(200, () => Buffer.alloc(100), { 'content-type': 'image/png' });
    await expect(
      fetchOutputBytes(
        { url: `${MEDIA}/chunked.png`, mimeType: 'image/png' },
        { provider: 'xai', maxBytes: 50 },
      ),
    ).rejects.toThrow('more than the 50 allowed (maxBytes).');
    await expect(
      fetchOutputBytes(
        { data: Buffer.alloc(60).toString('base64'), mimeType: 'image/png' },
        { provider: 'xai', maxBytes: 50 },
      ),
    ).rejects.toThrow('Inline output holds 60 bytes, more than the 50 allowed (maxBytes).');
  });

  it('retries a reset connection after a pause on the injected clock', async () => {
    nock(MEDIA)
      .get('/a.png')
      .replyWithError(socketError('ECONNRESET', 'socket hang up'))
      .get('/a.png')
      .reply(200, PNG, { 'content-type': 'image/png' });
    const clock = createFakeClock();
    const out = await fetchOutputBytes(
      { url: `${MEDIA}/a.png`, mimeType: 'image/png' },
      { provider: 'xai', clock },
    );
    expect(out.bytes.byteLength).toBe(PNG.length);
    expect(clock.sleeps).toEqual([250]);
  });

  it('does not retry an expired URL or a page of the wrong type', async () => {
    nock(MEDIA).get('/gone.png').reply(404, 'gone');
    await expect(
      fetchOutputBytes({ url: `${MEDIA}/gone.png`, mimeType: 'image/png' }, { provider: 'vydra' }),
    ).rejects.toMatchObject({
      name: 'ProviderError',
      status: 404,
      message: 'Download from media.test failed with HTTP 404 (the URL may have expired).',
    });
    nock(MEDIA).get('/page.png').reply(200, '<html></html>', { 'content-type': 'text/html' });
    await expect(
      fetchOutputBytes({ url: `${MEDIA}/page.png`, mimeType: 'image/png' }, { provider: 'vydra' }),
    ).rejects.toThrow('Download from media.test answered text/html, not image media (image/png).');
  });

  it('refuses blocked outputs and non-http URLs before any request', async () => {
    await expect(
      fetchOutputBytes({ url: `${MEDIA}/a.png`, mimeType: 'image/png', blocked: true }, { provider: 'xai' }),
    ).rejects.toMatchObject({ name: 'ValidationError', field: 'output.blocked' });
    await expect(
      fetchOutputBytes({ url: 'file:///etc/passwd', mimeType: 'image/png' }, { provider: 'xai' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Output URL "file:///etc/passwd" is not an http(s) URL; refusing to fetch it.',
    });
  });
});
