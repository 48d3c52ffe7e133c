import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../clock/logger.ts';
import type { LedgerEvent, LedgerStore } from '../ledger/ledger-types.ts';

// Every line starts with this, so a line torn by a crash and glued to the next append can be split.
const LINE_PREFIX = '{"grokImagineLedger":1,';

/** Options of `FileLedgerStore`. */
export interface FileLedgerStoreOptions {
  /** Told about lines that could not be read (a torn last line after a crash). */
  logger?: Logger | undefined;
}

interface Pending {
  bytes: Buffer;
  durable: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function encode(event: LedgerEvent): string {
  return `${LINE_PREFIX}${JSON.stringify(event).slice(1)}\n`;
}

function decode(line: string): LedgerEvent | undefined {
  for (const start of [0, line.lastIndexOf(LINE_PREFIX)]) {
    if (start < 0) continue;
    try {
      const { grokImagineLedger: _version, ...event } = JSON.parse(line.slice(start)) as LedgerEvent & {
        grokImagineLedger: number;
      };
      if (typeof (event as { event?: unknown }).event === 'string') return event as LedgerEvent;
    } catch {
      // A torn line: try the event glued after it, else skip it.
    }
  }
  return undefined;
}

/**
 * A ledger in a JSON-lines file, append-only. Appends made while a write is in progress are
 * group-committed: one `write` (O_APPEND, so processes sharing the file never interleave lines) and
 * one `fsync` for the batch. A durable append — every intent — resolves only after its `fsync`, so
 * a crash right after cannot lose it. The file is opened per batch and closed after it, so no
 * descriptor outlives a write (nothing to close) and a failed open does not poison later appends.
 * `load` reads the file once and skips a torn line left by a crash.
 */
export class FileLedgerStore implements LedgerStore {
  /** The ledger file's path. */
  readonly path: string;
  readonly #logger: Logger | undefined;
  #dirReady = false;
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;

  constructor(path: string, options: FileLedgerStoreOptions = {}) {
    this.path = path;
    this.#logger = options.logger;
  }

  async load(): Promise<LedgerEvent[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const events: LedgerEvent[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const event = decode(line);
      if (event) events.push(event);
      else this.#logger?.warn?.('ledger line skipped: not a complete event', { file: this.path });
    }
    return events;
  }

  append(events: readonly LedgerEvent[], options: { durable: boolean }): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const bytes = Buffer.from(events.map(encode).join(''), 'utf8');
    return new Promise((resolve, reject) => {
      this.#queue.push({ bytes, durable: options.durable, resolve, reject });
      this.#flushing ??= this.#flush().finally(() => {
        this.#flushing = undefined;
      });
    });
  }

  async #writeBatch(batch: readonly Pending[]): Promise<void> {
    if (!this.#dirReady) {
      await mkdir(dirname(this.path), { recursive: true });
      this.#dirReady = true;
    }
    const handle = await open(this.path, 'a', 0o600);
    try {
      // One write call for the batch: O_APPEND places it at the end of the file as a whole.
      const bytes = Buffer.concat(batch.map((pending) => pending.bytes));
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        written += bytesWritten;
      }
      if (batch.some((pending) => pending.durable)) await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      try {
        await this.#writeBatch(batch);
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
  }

  /** Writes `events` to a new file and renames it over the ledger: the history becomes just these. */
  async rewrite(events: readonly LedgerEvent[]): Promise<void> {
    await this.close();
    const temporary = `${this.path}.compact-${process.pid}`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(events.map(encode).join(''), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
  }

  /** Waits for the appends in flight. */
  async close(): Promise<void> {
    await this.#flushing;
  }
}
