/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  family: 'ipv4' | 'ipv6';
  bytes: number[];
}

// Dotted decimal only, no leading zeros: the form `node:net` `isIP` accepts and that URL parsing
// (`http://0x7f.1/`, `http://2130706433/`) and DNS answers produce.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const GROUP = /^[0-9a-f]{1,4}$/i;
// A zone names an interface (`%eth0`, `%3`): the characters `node:net` accepts there.
const ZONE = /^[0-9a-z.:-]+$/i;

function ipv4Bytes(text: string): number[] | undefined {
  return IPV4.test(text) ? text.split('.').map(Number) : undefined;
}

function groupsOf(text: string): number[] | undefined {
  if (text === '') return [];
  const groups = text.split(':');
  if (!groups.every((group) => GROUP.test(group))) return undefined;
  return groups.map((group) => Number.parseInt(group, 16));
}

// The 16-bit words of an IPv6 address: hex groups, at most one `::`, an optional dotted IPv4 tail
// (`::ffff:127.0.0.1`) and an optional zone (`fe80::1%eth0`), which says nothing about the range.
function ipv6Words(text: string): number[] | undefined {
  const zone = text.indexOf('%');
  if (zone !== -1 && !ZONE.test(text.slice(zone + 1))) return undefined;
  let head = zone === -1 ? text : text.slice(0, zone);
  const tail: number[] = [];
  if (head.includes('.')) {
    const lastColon = head.lastIndexOf(':');
    const v4 = lastColon === -1 ? undefined : ipv4Bytes(head.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = head.endsWith('::', lastColon + 1) ? head.slice(0, lastColon + 1) : head.slice(0, lastColon);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const left = groupsOf(halves[0]!);
  const right = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (left === undefined || right === undefined) return undefined;
  const given = left.length + right.length + tail.length;
  // `::` stands for at least one zero word; without it, all eight words are written out.
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined;
  return [...left, ...new Array<number>(8 - given).fill(0), ...right, ...tail];
}

/**
 * Parses an IP address as written by DNS answers and URL host names: IPv4 dotted decimal, or IPv6
 * in any RFC 4291 text form (compressed, with a dotted IPv4 tail, with a `%zone`), optionally in
 * brackets. Anything else (a host name, `0x7f.1`, `01.2.3.4`) is `undefined`. Runtime-neutral.
 */
export function parseIpAddress(text: string): IpAddress | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = ipv4Bytes(bare);
  if (v4 !== undefined) return { family: 'ipv4', bytes: v4 };
  if (!bare.includes(':')) return undefined;
  const words = ipv6Words(bare);
  return words && { family: 'ipv6', bytes: words.flatMap((word) => [word >> 8, word & 0xff]) };
}
