import type { ResponseHeaders } from './transport.ts';
/** Longest `Retry-After` the SDK trusts; a larger value is capped to this. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Reads `retry-after-ms` or `Retry-After` (seconds or an HTTP date) into milliseconds, capped at
 * `maxMs`. Returns `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  headers: ResponseHeaders,
  nowMs: number,
  maxMs: number = MAX_RETRY_AFTER_MS,
): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return Math.min(value, maxMs);
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : Math.min(seconds * 1000, maxMs);
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - nowMs), maxMs);
}
