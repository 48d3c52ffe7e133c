/**
 * Writes an H.264 RBSP bit by bit: fixed-width fields `u(n)`, Exp-Golomb codes `ue(v)`/`se(v)` and
 * whole bytes (I_PCM samples). Most significant bit first, as the standard reads them.
 */
export class BitWriter {
  #bytes = new Uint8Array(256);
  #length = 0;
  /** Bits already placed in the byte at `#length` (0–7). */
  #bitCount = 0;
  #current = 0;

  /** Appends the low `count` bits of `value` (`count` ≤ 32). */
  bits(count: number, value: number): this {
    for (let i = count - 1; i >= 0; i--) this.#bit(Math.floor(value / 2 ** i) & 1);
    return this;
  }

  /** Appends one flag bit. */
  flag(on: boolean): this {
    this.#bit(on ? 1 : 0);
    return this;
  }

  /** Appends an unsigned Exp-Golomb code: `value + 1` in binary, after as many zeros as it has bits minus one. */
  ue(value: number): this {
    const codeNum = value + 1;
    const width = Math.floor(Math.log2(codeNum)) + 1;
    return this.bits(width - 1, 0).bits(width, codeNum);
  }

  /** Appends a signed Exp-Golomb code: 0, 1, −1, 2, −2 … map to 0, 1, 2, 3, 4 … */
  se(value: number): this {
    return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  /** True when the next bit starts a new byte. */
  get aligned(): boolean {
    return this.#bitCount === 0;
  }

  /** Pads with zero bits up to the next byte boundary (`pcm_alignment_zero_bit`). */
  alignWithZeros(): this {
    while (!this.aligned) this.#bit(0);
    return this;
  }

  /** Appends whole bytes; the writer must be byte-aligned. */
  bytes(data: Uint8Array): this {
    if (!this.aligned) this.alignWithZeros();
    this.#reserve(data.length);
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
    return this;
  }

  /** Ends the RBSP with `rbsp_trailing_bits` (a one, then zeros to the byte boundary) and returns it. */
  finishRbsp(): Uint8Array {
    this.#bit(1);
    this.alignWithZeros();
    return this.#bytes.slice(0, this.#length);
  }

  #bit(bit: number): void {
    this.#current = (this.#current << 1) | bit;
    this.#bitCount++;
    if (this.#bitCount === 8) {
      this.#reserve(1);
      this.#bytes[this.#length++] = this.#current;
      this.#current = 0;
      this.#bitCount = 0;
    }
  }

  #reserve(extra: number): void {
    if (this.#length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + extra));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
