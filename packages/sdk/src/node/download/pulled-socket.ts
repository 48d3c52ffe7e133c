import { isIP, type LookupFunction, connect as netConnect, type Socket } from 'node:net';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';

// Bytes one socket read may deliver; also the size of each staging buffer.
const READ_BUFFER_BYTES = 64 * 1024;
// Staging buffers filled before the socket is paused: the network keeps going while the disk writes.
const MAX_STAGED = 4;

/** Where a pulled socket connects. */
export interface SocketTarget {
  /** An http(s) URL; its host is connected through `lookup` only. */
  url: URL;
  /** Answers the socket's DNS question (the addresses checked beforehand). */
  lookup: LookupFunction;
  /** Destroys the socket when it fires; a pending `read` rejects with its reason. */
  signal: AbortSignal;
}

interface Staged {
  buffer: Buffer;
  length: number;
}

/**
 * A TCP or TLS connection read by pulling, with no allocation per read. Node reads the socket into
 * one fixed buffer (`onread`), and each read is copied into a small set of staging buffers that
 * are reused for the whole transfer. Why: a `Buffer` per read (what `node:http` makes, twice, as
 * the socket's chunk and the parser's copy of the body) is garbage V8 frees only after 32 MiB of
 * it piles up, which alone was most of a download's peak memory.
 *
 * Backpressure: the socket is paused once `MAX_STAGED` buffers wait to be read, and resumed by the
 * next `read`, so a slow disk holds at most a few hundred KiB however fast the network is. A view
 * returned by `read` stays valid until the next `read` call.
 */
export class PulledSocket {
  readonly #socket: Socket;
  readonly #signal: AbortSignal;
  readonly #ready: Staged[] = [];
  readonly #free: Buffer[] = [];
  #lent: Buffer | undefined;
  #ended = false;
  #error: unknown;
  #wake: (() => void) | undefined;

  constructor(target: SocketTarget) {
    const host = target.url.hostname.replace(/^\[|\]$/g, '');
    const tls = target.url.protocol === 'https:';
    const port = Number(target.url.port) || (tls ? 443 : 80);
    const onread = { buffer: Buffer.allocUnsafeSlow(READ_BUFFER_BYTES), callback: this.#stage };
    const options = { host, port, lookup: target.lookup, onread };
    // `tls.connect` takes `onread` as `net.connect` does (documented; absent from its types).
    this.#socket = tls ? tlsConnect({ ...options, ...sni(host) } as ConnectionOptions) : netConnect(options);
    this.#socket.on('end', () => this.#finish(undefined));
    this.#socket.on('error', (error) => this.#finish(error));
    this.#socket.on('close', () => this.#finish(new SocketClosedError()));
    this.#signal = target.signal;
    if (target.signal.aborted) this.#onAbort();
    else target.signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Queues bytes to send (the request); they go out once connected. */
  write(text: string): void {
    this.#socket.write(text, 'latin1');
  }

  /** The next bytes received, or `undefined` at the end of the stream; rejects when it broke. */
  async read(): Promise<Buffer | undefined> {
    // The caller is done with the previous view: its buffer can take new bytes.
    if (this.#lent) this.#free.push(this.#lent);
    this.#lent = undefined;
    // A paused socket reads again now that a buffer is free (a no-op when it is reading).
    if (!this.#ended && this.#error === undefined) this.#socket.resume();
    for (;;) {
      const staged = this.#ready.shift();
      if (staged) {
        this.#lent = staged.buffer;
        return staged.buffer.subarray(0, staged.length);
      }
      if (this.#error !== undefined) throw this.#error;
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  /** Closes the connection at once (idempotent). */
  destroy(): void {
    this.#socket.destroy();
    this.#signal.removeEventListener('abort', this.#onAbort);
  }

  // Called by Node for every read, possibly several times in a row (TLS); returning false pauses the socket.
  #stage = (length: number, chunk: Buffer): boolean => {
    const last = this.#ready.at(-1);
    if (last && last.length + length <= last.buffer.length) {
      chunk.copy(last.buffer, last.length, 0, length);
      last.length += length;
    } else {
      const buffer = this.#free.pop() ?? Buffer.allocUnsafeSlow(READ_BUFFER_BYTES);
      chunk.copy(buffer, 0, 0, length);
      this.#ready.push({ buffer, length });
    }
    this.#notify();
    return this.#ready.length < MAX_STAGED;
  };

  #finish(error: unknown): void {
    if (this.#ended || this.#error !== undefined) return;
    if (error === undefined) this.#ended = true;
    else this.#error = error;
    this.#signal.removeEventListener('abort', this.#onAbort);
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #onAbort = (): void => {
    this.#socket.destroy(
      this.#signal.reason instanceof Error ? this.#signal.reason : new SocketClosedError(),
    );
  };
}

/** The connection closed before the response ended (`ECONNRESET`, as `node:http` names it). */
export class SocketClosedError extends Error {
  readonly code = 'ECONNRESET';
  constructor(detail = 'before the response ended') {
    super(`The connection closed ${detail}.`);
  }
}

// Server Name Indication for a host name; an IP literal is sent without one (TLS forbids it).
function sni(host: string): { servername?: string } {
  return isIP(host) === 0 ? { servername: host } : {};
}
