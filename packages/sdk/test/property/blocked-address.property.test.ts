import { BlockList, isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKED_RANGES, blockedRange } from '../../src/media/blocked-address.ts';
import { parseIpAddress } from '../../src/media/ip-address.ts';
import { SEED } from './property-checks.ts';

// The reference: Node's own parser and matcher over the same table (what `download` used before
// the check had to run outside Node too).
const LISTS = BLOCKED_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { name: range.name, list };
});

// The zone is left out of the match: it says nothing about the range, and BlockList misreads some
// zoned forms with a dotted tail (`fe80::1.2.3.4%1` is not link-local to it).
function nodeRange(address: string): string | undefined {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const unzoned = address.split('%')[0]!;
  return LISTS.find(({ list }) => list.check(unzoned, version === 4 ? 'ipv4' : 'ipv6'))?.name;
}

const hex = (n: number) => n.toString(16);
const byte = fc.integer({ min: 0, max: 255 });
const word = fc.integer({ min: 0, max: 0xffff });

// Addresses inside or just beside each range, not only the (mostly public) uniform ones.
const nearRange = fc
  .tuple(fc.constantFrom(...BLOCKED_RANGES), fc.array(byte, { minLength: 16, maxLength: 16 }), fc.boolean())
  .map(([range, noise, flip]) => {
    const bytes = parseIpAddress(range.network)!.bytes.slice();
    for (let bit = range.prefix; bit < bytes.length * 8; bit++) {
      if (noise[bit % 16]! & (1 << (bit % 8))) bytes[bit >> 3]! ^= 0x80 >> (bit % 8);
    }
    // Flip the last bit of the prefix: the first address outside the range.
    if (flip && range.prefix > 0) bytes[(range.prefix - 1) >> 3]! ^= 0x80 >> ((range.prefix - 1) % 8);
    if (range.family === 'ipv4') return bytes.join('.');
    const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
    return words.map(hex).join(':');
  });

const mapped = fc.oneof(
  fc.ipV4().map((v4) => `::ffff:${v4}`),
  fc.tuple(word, word).map(([a, b]) => `::ffff:${hex(a)}:${hex(b)}`),
  fc.tuple(word, word).map(([a, b]) => `0:0:0:0:0:ffff:${hex(a)}:${hex(b)}`),
  fc.ipV4().map((v4) => `::${v4}`),
);

// IPv6-shaped text of every length, with or without `::`, a dotted tail and a (maybe empty) zone.
const shaped = fc
  .record({
    groups: fc.array(word.map(hex), { minLength: 0, maxLength: 9 }),
    gap: fc.option(fc.nat(9)),
    tail: fc.option(fc.ipV4()),
    zone: fc.option(fc.constantFrom('', 'eth0', '1')),
  })
  .map(({ groups, gap, tail, zone }) => {
    const words = tail === null ? groups : [...groups, tail];
    const at = gap === null ? -1 : Math.min(gap, words.length);
    const text = at < 0 ? words.join(':') : `${words.slice(0, at).join(':')}::${words.slice(at).join(':')}`;
    return zone === null ? text : `${text}%${zone}`;
  });

// Text that is almost an address: what the parser must refuse exactly where Node refuses.
const garbled = fc
  .array(fc.constantFrom(...'0123456789abcdefABCDEF:.%z'.split('')), { maxLength: 45 })
  .map((chars) => chars.join(''));

describe('blockedRange agrees with node:net BlockList on the same table', () => {
  it('for any IPv4, IPv6, mapped, near-range, IPv6-shaped or garbled address', () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV4Extended(), fc.ipV6(), nearRange, mapped, shaped, garbled);
    fc.assert(
      fc.property(address, (text) => {
        expect(blockedRange(text), text).toBe(nodeRange(text));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('reads an address as Node does, byte for byte', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV6(), mapped, nearRange), (text) => {
        const list = new BlockList();
        const parsed = parseIpAddress(text)!;
        list.addAddress(text, parsed.family);
        const exact = parsed.family === 'ipv4' ? parsed.bytes.join('.') : canonical(parsed.bytes);
        expect(list.check(exact, parsed.family), text).toBe(true);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});

function canonical(bytes: number[]): string {
  return Array.from({ length: 8 }, (_, i) => hex((bytes[2 * i]! << 8) | bytes[2 * i + 1]!)).join(':');
}
