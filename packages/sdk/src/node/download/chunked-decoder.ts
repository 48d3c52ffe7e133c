import { MalformedResponseError } from './response-head.ts';

// Longest chunk-size or trailer line accepted (extensions included).
const MAX_LINE = 4096;
// At most 13 hex digits: every size stays an exact integer.
const SIZE_LINE = /^([0-9a-fA-F]{1,13})[ \t]*(?:;.*)?$/;

type State = 'size' | 'data' | 'data-end' | 'trailer' | 'done';

/**
 * Decodes a `Transfer-Encoding: chunked` body as it arrives, without copying: `push` returns the
 * data parts of the bytes given, as views into them. Lines may be split across pushes; a
 * malformed size or a missing CRLF is a `MalformedResponseError`.
 */
export class ChunkedDecoder {
  #state: State = 'size';
  #line = '';
  #left = 0;

  /** True once the last (empty) chunk and its trailer have been read. */
  get done(): boolean {
    return this.#state === 'done';
  }

  /** The body bytes in `bytes`, in order; bytes after the end of the body are ignored. */
  push(bytes: Buffer): Buffer[] {
    const parts: Buffer[] = [];
    let at = 0;
    while (at < bytes.length && this.#state !== 'done') {
      if (this.#state === 'data') {
        const end = Math.min(bytes.length, at + this.#left);
        parts.push(bytes.subarray(at, end));
        this.#left -= end - at;
        at = end;
        if (this.#left === 0) this.#state = 'data-end';
        continue;
      }
      const lineFeed = bytes.indexOf(0x0a, at);
      const end = lineFeed === -1 ? bytes.length : lineFeed;
      this.#line += bytes.toString('latin1', at, end);
      if (this.#line.length > MAX_LINE) throw new MalformedResponseError('chunked body line too long');
      if (lineFeed === -1) break;
      at = lineFeed + 1;
      const line = this.#line;
      this.#line = '';
      if (!line.endsWith('\r')) throw new MalformedResponseError('chunked body line without CRLF');
      this.#onLine(line.slice(0, -1));
    }
    return parts;
  }

  #onLine(line: string): void {
    if (this.#state === 'data-end') {
      if (line !== '') throw new MalformedResponseError('chunk data longer than its size');
      this.#state = 'size';
    } else if (this.#state === 'size') {
      const size = SIZE_LINE.exec(line);
      if (!size) throw new MalformedResponseError(`bad chunk size ${JSON.stringify(line.slice(0, 40))}`);
      this.#left = Number.parseInt(size[1]!, 16);
      this.#state = this.#left === 0 ? 'trailer' : 'data';
    } else if (line === '') {
      // Trailer fields are read and dropped; the empty line ends the body.
      this.#state = 'done';
    }
  }
}
