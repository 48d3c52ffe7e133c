import type { FileHandle } from 'node:fs/promises';
import type { GrokImagineError } from '@grok-imagine/core';
import type { TransferDeadline } from './transfer-deadline.ts';

/** How a body is written and when writing stops. */
export interface BodyWrite {
  deadline: TransferDeadline;
  /** Most bytes accepted. */
  maxBytes: number;
  /** The announced length, passed on to `onBytes`. */
  total: number | undefined;
  /** The error for a body over `maxBytes`. */
  tooLarge: () => GrokImagineError;
  /** The error for a body the network broke off. */
  broken: (cause: unknown) => GrokImagineError;
  onBytes?: ((bytes: number, totalBytes: number | undefined) => void) | undefined;
}

/**
 * Copies a response body into an open file chunk by chunk (the stream waits while the disk
 * writes, so memory stays at one chunk). Each chunk restarts the stall timer; a body past
 * `maxBytes` stops at once, read no further. A read that fails because the deadline fired
 * rethrows the deadline's typed error (timeout or abort) rather than the socket's.
 */
export async function writeBody(
  handle: FileHandle,
  body: AsyncIterable<Buffer>,
  write: BodyWrite,
): Promise<number> {
  let bytes = 0;
  const iterator = body[Symbol.asyncIterator]();
  try {
    for (;;) {
      let chunk: IteratorResult<Buffer>;
      try {
        chunk = await iterator.next();
      } catch (cause) {
        throw write.deadline.failure ?? write.broken(cause);
      }
      if (chunk.done) return bytes;
      bytes += chunk.value.byteLength;
      if (bytes > write.maxBytes) throw write.tooLarge();
      write.deadline.touch();
      if (write.deadline.failure) throw write.deadline.failure;
      await handle.write(chunk.value);
      write.onBytes?.(bytes, write.total);
    }
  } finally {
    // Stops the stream at once when the loop ended early (cap, timeout, disk error).
    await iterator.return?.();
  }
}
