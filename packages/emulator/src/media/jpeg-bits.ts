/** A Huffman code: the bits and their count. */
export interface HuffmanCode {
  code: number;
  length: number;
}

/** Builds canonical Huffman codes from a JPEG DHT description (counts per length 1–16, symbols). */
export function canonicalCodes(
  counts: readonly number[],
  symbols: readonly number[],
): Map<number, HuffmanCode> {
  const codes = new Map<number, HuffmanCode>();
  let code = 0;
  let index = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < (counts[length - 1] ?? 0); i++)
      codes.set(symbols[index++]!, { code: code++, length });
    code <<= 1;
  }
  return codes;
}

/** Writes entropy-coded JPEG data MSB first, stuffing a zero byte after every 0xFF. */
export class JpegBitWriter {
  readonly #bytes: number[] = [];
  #buffer = 0;
  #count = 0;

  /** Appends the low `length` bits of `value`. */
  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.#buffer = (this.#buffer << 1) | ((value >>> i) & 1);
      if (++this.#count === 8) this.#flushByte();
    }
  }

  /** Pads the last byte with 1 bits, as the standard asks, and returns the data. */
  finish(): Buffer {
    while (this.#count !== 0) this.write(1, 1);
    return Buffer.from(this.#bytes);
  }

  #flushByte(): void {
    this.#bytes.push(this.#buffer);
    if (this.#buffer === 0xff) this.#bytes.push(0x00);
    this.#buffer = 0;
    this.#count = 0;
  }
}
