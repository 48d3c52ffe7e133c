/** NAL unit types the emulator writes. */
export const NAL_TYPE = { slice: 1, idrSlice: 5, sps: 7, pps: 8 } as const;

/**
 * Wraps an RBSP into a NAL unit: the one-byte header, then the payload with emulation-prevention
 * bytes, so no `00 00 0x` (x ≤ 3) inside can be mistaken for a start code. I_PCM samples make such
 * runs common.
 */
export function nalUnit(type: number, refIdc: number, rbsp: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + rbsp.length + Math.ceil(rbsp.length / 2));
  out[0] = ((refIdc & 3) << 5) | (type & 0x1f);
  let length = 1;
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out[length++] = 3;
      zeros = 0;
    }
    out[length++] = byte;
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return out.slice(0, length);
}
