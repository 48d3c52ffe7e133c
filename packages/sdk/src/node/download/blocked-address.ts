import { BlockList, isIP } from 'node:net';

interface Range {
  /** What the range is, as said in an error. */
  name: string;
  network: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

// Addresses a media URL from a provider has no business pointing at: this machine, the local
// network, cloud metadata endpoints (169.254.169.254, fd00:ec2::254), and addresses that mean "any".
const RANGES: readonly Range[] = [
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

// One list per range, so the refusal can say which range matched.
const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { name: range.name, list };
});

/**
 * The name of the non-public range an IP address falls in (`loopback`, `private`, `link-local`,
 * `unspecified`, …), or `undefined` for a public address. IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) count as the IPv4 address they carry. A string that is not an IP address
 * is refused as `not an IP address`.
 */
export function blockedRange(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 0) return 'not an IP address';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find(({ list }) => list.check(bare, family))?.name;
}
