import { describe, expect, it } from 'vitest';
import { BitWriter } from './bit-writer.ts';
import { nalUnit } from './nal-unit.ts';

const bitString = (bytes: Uint8Array): string =>
  [...bytes].map((byte) => byte.toString(2).padStart(8, '0')).join('');

describe('BitWriter', () => {
  it('writes Exp-Golomb codes as the standard tabulates them', () => {
    const rbsp = new BitWriter().ue(0).ue(1).ue(2).ue(3).ue(7).se(1).se(-1).se(2).finishRbsp();
    const codes = ['1', '010', '011', '00100', '0001000', '010', '011', '00100'];
    expect(bitString(rbsp)).toBe([...codes, '1', '0'].join('')); // then the stop bit and one pad bit
  });

  it('writes fixed-width fields, including 32-bit ones, most significant bit first', () => {
    const rbsp = new BitWriter().bits(3, 5).bits(32, 0xdeadbeef).flag(true).finishRbsp();
    expect(bitString(rbsp)).toBe(`101${(0xdeadbeef).toString(2)}1` + '1' + '000');
  });

  it('pads with zeros before whole bytes', () => {
    const rbsp = new BitWriter().ue(25).alignWithZeros().bytes(Uint8Array.of(0xab)).finishRbsp();
    expect([...rbsp]).toEqual([0b00001101, 0b00000000, 0xab, 0x80]);
  });
});

describe('nalUnit', () => {
  it('writes the header and inserts an emulation-prevention byte after every two zeros before 0–3', () => {
    const nal = nalUnit(5, 3, Uint8Array.of(0, 0, 0, 0, 0, 1, 0, 0, 4, 0, 0, 3, 0x80));
    expect([...nal]).toEqual([0x65, 0, 0, 3, 0, 0, 3, 0, 1, 0, 0, 4, 0, 0, 3, 3, 0x80]);
  });
});
