/** Removes emulation-prevention bytes (the 03 in `00 00 03`) from a NAL unit's payload. */
export function unescapeRbsp(payload: Uint8Array): Uint8Array {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of payload) {
    if (zeros >= 2 && byte === 3) {
      zeros = 0;
      continue;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

/** Reads an RBSP bit by bit: `u(n)`, `ue(v)`, `se(v)`. */
export class BitReader {
  #at = 0;
  readonly #data: Uint8Array;

  constructor(data: Uint8Array) {
    this.#data = data;
  }

  /** Reads `count` bits as an unsigned number. */
  u(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const byte = this.#data[this.#at >> 3];
      if (byte === undefined) throw new RangeError('read past the end of the RBSP');
      value = value * 2 + ((byte >> (7 - (this.#at & 7))) & 1);
      this.#at++;
    }
    return value;
  }

  /** Reads an unsigned Exp-Golomb code. */
  ue(): number {
    let zeros = 0;
    while (this.u(1) === 0) zeros++;
    return 2 ** zeros - 1 + this.u(zeros);
  }

  /** Reads a signed Exp-Golomb code. */
  se(): number {
    const code = this.ue();
    if (code === 0) return 0;
    return code % 2 === 1 ? (code + 1) / 2 : -code / 2;
  }

  /** Skips to the next byte boundary (`pcm_alignment_zero_bit`), checking the skipped bits are zero. */
  align(): void {
    while (this.#at % 8 !== 0) if (this.u(1) !== 0) throw new RangeError('non-zero alignment bit');
  }

  /** Reads `count` whole bytes; the reader must be aligned. */
  bytes(count: number): Uint8Array {
    const start = this.#at >> 3;
    this.#at += count * 8;
    return this.#data.slice(start, start + count);
  }

  /** Bits left to read. */
  get remaining(): number {
    return this.#data.length * 8 - this.#at;
  }
}

/** What a test checks in a sequence parameter set. */
export interface SpsFields {
  profileIdc: number;
  constraintFlags: number;
  levelIdc: number;
  log2MaxFrameNum: number;
  pocType: number;
  maxNumRefFrames: number;
  /** Display size: the macroblock grid minus the cropping. */
  width: number;
  height: number;
  /** Frame rate from the VUI timing info, when present. */
  fps?: number;
}

function skipVuiToTiming(reader: BitReader): void {
  if (reader.u(1) && reader.u(8) === 255) reader.u(32); // aspect ratio (with extended SAR)
  if (reader.u(1)) reader.u(1); // overscan
  if (reader.u(1)) {
    reader.u(4); // video_format, full range
    if (reader.u(1)) reader.u(24); // colour description
  }
  if (reader.u(1)) {
    reader.ue();
    reader.ue(); // chroma sample locations
  }
}

/** Decodes the fields of a Baseline SPS NAL unit (header byte included) that a player needs first. */
export function readSps(nal: Uint8Array): SpsFields {
  const reader = new BitReader(unescapeRbsp(nal.subarray(1)));
  const profileIdc = reader.u(8);
  const constraintFlags = reader.u(8);
  const levelIdc = reader.u(8);
  reader.ue(); // seq_parameter_set_id; Baseline has no chroma_format_idc
  const log2MaxFrameNum = reader.ue() + 4;
  const pocType = reader.ue();
  if (pocType === 0) reader.ue();
  if (pocType === 1) throw new RangeError('pic_order_cnt_type 1 is not expected here');
  const maxNumRefFrames = reader.ue();
  reader.u(1); // gaps allowed
  const widthInMbs = reader.ue() + 1;
  const heightInMapUnits = reader.ue() + 1;
  const frameMbsOnly = reader.u(1);
  if (!frameMbsOnly) reader.u(1);
  reader.u(1); // direct_8x8_inference_flag
  const crop = reader.u(1) ? [reader.ue(), reader.ue(), reader.ue(), reader.ue()] : [0, 0, 0, 0];
  const heightInMbs = heightInMapUnits * (2 - frameMbsOnly);
  // 4:2:0 crop units: 2 pixels across, 2 × (2 − frame_mbs_only_flag) down.
  const width = widthInMbs * 16 - 2 * (crop[0]! + crop[1]!);
  const height = heightInMbs * 16 - 2 * (2 - frameMbsOnly) * (crop[2]! + crop[3]!);
  const fields: SpsFields = {
    profileIdc,
    constraintFlags,
    levelIdc,
    log2MaxFrameNum,
    pocType,
    maxNumRefFrames,
    width,
    height,
  };
  if (reader.u(1)) {
    skipVuiToTiming(reader);
    if (reader.u(1)) {
      const unitsInTick = reader.u(32);
      fields.fps = reader.u(32) / (2 * unitsInTick);
    }
  }
  return fields;
}

/** The first fields of a slice header: where it starts, its type and the picture parameter set. */
export function readSliceStart(nal: Uint8Array): { firstMb: number; sliceType: number; ppsId: number } {
  const reader = new BitReader(unescapeRbsp(nal.subarray(1)));
  return { firstMb: reader.ue(), sliceType: reader.ue(), ppsId: reader.ue() };
}
