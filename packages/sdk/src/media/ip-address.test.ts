import { describe, expect, it } from 'vitest';
import { parseIpAddress } from './ip-address.ts';

describe('parseIpAddress', () => {
  it.each([
    ['127.0.0.1', 'ipv4', [127, 0, 0, 1]],
    ['255.255.255.255', 'ipv4', [255, 255, 255, 255]],
    ['::', 'ipv6', new Array(16).fill(0)],
    ['[::1]', 'ipv6', [...new Array(15).fill(0), 1]],
    ['::ffff:127.0.0.1', 'ipv6', [...new Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]],
    ['::ffff:7f00:1', 'ipv6', [...new Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]],
    ['1:2:3:4:5:6:1.2.3.4', 'ipv6', [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 1, 2, 3, 4]],
    ['FE80::1%eth0', 'ipv6', [0xfe, 0x80, ...new Array(13).fill(0), 1]],
    ['1::', 'ipv6', [0, 1, ...new Array(14).fill(0)]],
  ])('reads %s', (text, family, bytes) => {
    expect(parseIpAddress(text)).toEqual({ family, bytes });
  });

  // Each refused exactly as `node:net` `isIP` refuses it.
  it.each([
    'localhost',
    '0x7f.1',
    '2130706433',
    '01.2.3.4',
    '1.2.3',
    '1.2.3.4.',
    '256.1.1.1',
    '1.2.3.4%1',
    '1::2::3',
    '1:2:3:4:5:6:7:8::1::2',
    '1:2:3:4:5:6::7:8',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:1.2.3.4',
    '::ffff:01.2.3.4',
    '00000::1',
    ':1::2',
    '1::2:',
    '1:::2',
    '::%',
    '::%a b',
    '::%a%b',
    '[::1',
    '',
  ])('refuses %j', (text) => {
    expect(parseIpAddress(text)).toBeUndefined();
  });
});
