import { blockedRangeOf } from './blocked-address.ts';
import { parseIpAddress } from './ip-address.ts';

/**
 * The non-public range a URL host name names by itself, without any lookup: an IP literal in a
 * blocked range (`127.0.0.1`, `[::ffff:7f00:1]`, `169.254.169.254`…), or `localhost` and
 * `*.localhost` (loopback by definition, RFC 6761), a trailing dot allowed. `undefined` for a
 * public IP or any other name. Give it `URL.hostname`: URL parsing has already turned odd IPv4
 * forms (`0x7f.1`, `2130706433`) into dotted decimal. Runtime-neutral.
 */
export function privateHostRange(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  const address = parseIpAddress(host);
  return address === undefined ? undefined : blockedRangeOf(address);
}

/**
 * Why a media host is refused, in the words every media transfer uses: `the media host <host>
 * resolves to <address> (<range>)`, or `is <range>` when the host names it itself; then how to
 * allow it.
 */
export function privateHostReason(hostname: string, range: string, address = hostname): string {
  const what = address === hostname ? `is ${range}` : `resolves to ${address} (${range})`;
  return `the media host ${hostname} ${what}; refused. Pass allowPrivateHosts: true to download from private hosts.`;
}
