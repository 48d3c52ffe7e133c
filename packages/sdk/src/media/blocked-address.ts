import { type IpAddress, parseIpAddress } from './ip-address.ts';

/** A range of addresses a media URL is refused for. */
export interface BlockedRange {
  /** What the range is, as said in an error. */
  name: string;
  network: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/**
 * Addresses a media URL from a provider has no business pointing at: this machine, the local
 * network, cloud metadata endpoints (169.254.169.254, fd00:ec2::254), and addresses that mean "any".
 * The one table both `download` (every resolved address) and `fetchOutputBytes` (IP literals) check.
 */
export const BLOCKED_RANGES: readonly BlockedRange[] = [
  { name: 'unspecified', network: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'private', network: '10.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'shared (carrier-grade NAT)', network: '100.64.0.0', prefix: 10, family: 'ipv4' },
  { name: 'loopback', network: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'link-local', network: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { name: 'private', network: '172.16.0.0', prefix: 12, family: 'ipv4' },
  { name: 'private', network: '192.168.0.0', prefix: 16, family: 'ipv4' },
  { name: 'multicast', network: '224.0.0.0', prefix: 4, family: 'ipv4' },
  { name: 'reserved', network: '240.0.0.0', prefix: 4, family: 'ipv4' },
  { name: 'unspecified', network: '::', prefix: 128, family: 'ipv6' },
  { name: 'loopback', network: '::1', prefix: 128, family: 'ipv6' },
  { name: 'unique-local (private)', network: 'fc00::', prefix: 7, family: 'ipv6' },
  { name: 'link-local', network: 'fe80::', prefix: 10, family: 'ipv6' },
  { name: 'multicast', network: 'ff00::', prefix: 8, family: 'ipv6' },
];

const NETWORKS = BLOCKED_RANGES.map((range) => ({ ...range, bytes: parseIpAddress(range.network)!.bytes }));

function inNetwork(bytes: readonly number[], network: readonly number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const mask = (0xff << (8 - Math.min(8, prefix - bit))) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (network[bit / 8]! & mask)) return false;
  }
  return true;
}

// `::ffff:a.b.c.d` reaches the IPv4 address it carries.
function unmapped(address: IpAddress): IpAddress {
  const { bytes } = address;
  const mapped =
    address.family === 'ipv6' &&
    bytes.slice(0, 10).every((byte) => byte === 0) &&
    bytes[10] === 0xff &&
    bytes[11] === 0xff;
  return mapped ? { family: 'ipv4', bytes: bytes.slice(12) } : address;
}

/**
 * The name of the non-public range an IP address falls in (`loopback`, `private`, `link-local`,
 * `unspecified`, …), or `undefined` for a public address. IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) count as the IPv4 address they carry. A string that is not an IP address
 * is refused as `not an IP address`. Runtime-neutral: no `node:net`.
 */
export function blockedRange(address: string): string | undefined {
  const parsed = parseIpAddress(address);
  return parsed === undefined ? 'not an IP address' : blockedRangeOf(parsed);
}

/** `blockedRange` of an address already parsed. */
export function blockedRangeOf(address: IpAddress): string | undefined {
  const { family, bytes } = unmapped(address);
  return NETWORKS.find((range) => range.family === family && inNetwork(bytes, range.bytes, range.prefix))
    ?.name;
}
