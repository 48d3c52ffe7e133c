import { isIP } from 'node:net';
import { blockedRange } from './blocked-address.ts';

/**
 * True when a base URL points at this machine (`localhost`, `127.0.0.0/8`, `::1`): an emulator or
 * local proxy, whose media URLs are loopback too. A malformed URL is not loopback.
 */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  let hostname: string;
  try {
    hostname = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return false;
  }
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  return isIP(hostname) !== 0 && blockedRange(hostname) === 'loopback';
}
