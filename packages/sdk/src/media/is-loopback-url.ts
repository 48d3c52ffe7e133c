import { privateHostRange } from './private-host.ts';

/**
 * True when a base URL points at this machine (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`):
 * an emulator or local proxy, whose media URLs are loopback too. A malformed URL is not loopback.
 * Runtime-neutral.
 */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (url === undefined || !URL.canParse(url)) return false;
  return privateHostRange(new URL(url).hostname) === 'loopback';
}
