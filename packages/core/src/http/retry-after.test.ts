import { describe, expect, it } from 'vitest';
import { classifyFetchError } from './classify-fetch-error.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.ts';

const now = Date.parse('2026-01-01T00:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

describe('parseRetryAfter', () => {
  it('reads seconds, HTTP dates and retry-after-ms, capped', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(headers({ 'retry-after': '0' }), now)).toBe(0);
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '120', 'retry-after': '9' }), now)).toBe(120);
    expect(parseRetryAfter(headers({ 'retry-after': '99999' }), now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(headers({ 'retry-after': '10' }), now, 1000)).toBe(1000);
  });

  it('ignores absent, negative and unreadable values', () => {
    expect(parseRetryAfter(headers({}), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': '-3' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after-ms': 'x', 'retry-after': '1' }), now)).toBe(1000);
  });
});

describe('classifyFetchError', () => {
  it('marks refused and DNS failures (even nested in causes) as not sent', () => {
    const nested = new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    const result = classifyFetchError(nested, 'pixazo', 'https://x/y');
    expect(result.notSent).toBe(true);
    expect(result.error.name).toBe('ConnectionError');
    expect(result.error.message).toBe('pixazo: could not complete request to https://x/y (ENOTFOUND).');
    expect(classifyFetchError({ code: 'ECONNRESET' }, 'xai', 'u').notSent).toBe(false);
    expect(classifyFetchError(new Error('weird'), 'xai', 'u').error.message).toContain('(weird)');
    expect(classifyFetchError('boom', 'xai', 'u').error.message).toContain('(boom)');
  });

  it("marks a port fetch refuses to connect to ('bad port') as not sent", async () => {
    // Port 9 (discard) is on the Fetch standard's port blocklist: fetch fails without connecting.
    const refused = await fetch('http://127.0.0.1:9/v1').catch((error: unknown) => error);
    expect(classifyFetchError(refused, 'xai', 'http://127.0.0.1:9/v1').notSent).toBe(true);
    expect(
      classifyFetchError(new TypeError('fetch failed', { cause: new Error('other') }), 'xai', 'u').notSent,
    ).toBe(false);
  });

  it('turns a TimeoutError into RequestTimeoutError, sent', () => {
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    const result = classifyFetchError(timeout, 'vydra', 'https://v');
    expect(result.error.name).toBe('RequestTimeoutError');
    expect(result.notSent).toBe(false);
  });
});
