/** An ISO-BMFF box: 32-bit size, four-character type, then the body. */
export function box(type: string, ...parts: Uint8Array[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/** A "full" box: version 0 and 24 bits of flags before the body. */
export function fullBox(type: string, flags: number, ...parts: Uint8Array[]): Buffer {
  return box(type, u32(flags & 0xffffff), ...parts);
}

/** Big-endian 32-bit unsigned integers. */
export function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => {
    out.writeUInt32BE(value >>> 0, i * 4);
  });
  return out;
}

/** Big-endian 16-bit unsigned integers. */
export function u16(...values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 2);
  values.forEach((value, i) => {
    out.writeUInt16BE(value & 0xffff, i * 2);
  });
  return out;
}

/** The unity transformation matrix of `mvhd` and `tkhd` (16.16 and 2.30 fixed point). */
export const IDENTITY_MATRIX: readonly number[] = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000];
