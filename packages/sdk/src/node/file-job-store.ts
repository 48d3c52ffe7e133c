import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '@grok-imagine/core';
import { foldJobRecords } from '../journal/fold-job-records.ts';
import type { JobRecord } from '../journal/job-record.ts';
import type { JobStore } from '../journal/job-store.ts';

// Every line starts with this, so a line torn by a crash and glued to the next append can be split.
const LINE_PREFIX = '{"grokImagineJournal":1,';

/** Options of `FileJobStore`. */
export interface FileJobStoreOptions {
  /** Told about lines that could not be read (a torn last line after a crash). */
  logger?: Logger;
}

function encode(record: JobRecord): Buffer {
  return Buffer.from(`${LINE_PREFIX}${JSON.stringify(record).slice(1)}\n`, 'utf8');
}

function decode(line: string): JobRecord | undefined {
  for (const start of [0, line.lastIndexOf(LINE_PREFIX)]) {
    if (start < 0) continue;
    try {
      const { grokImagineJournal: _version, ...record } = JSON.parse(line.slice(start)) as JobRecord & {
        grokImagineJournal: number;
      };
      if (typeof record.id === 'string' && record.job) return record;
    } catch {
      // A torn line: try the record glued after it, else skip it.
    }
  }
  return undefined;
}

/**
 * A journal in a JSON-lines file, append-only. Each record is one line written with a single
 * `write` on a file opened with `O_APPEND`, then `fsync`ed before `append` resolves: durable, and
 * two processes appending to the same file never interleave lines. Reading folds lines by id (later
 * fields win) and skips a torn line left by a crash.
 */
export class FileJobStore implements JobStore {
  /** The journal file's path. */
  readonly path: string;
  readonly #logger: Logger | undefined;
  #dirReady = false;

  constructor(path: string, options: FileJobStoreOptions = {}) {
    this.path = path;
    this.#logger = options.logger;
  }

  /** Appends one record as one line and waits until it is on disk. */
  async append(record: JobRecord): Promise<void> {
    if (!this.#dirReady) {
      await mkdir(dirname(this.path), { recursive: true });
      this.#dirReady = true;
    }
    const bytes = encode(record);
    const handle = await open(this.path, 'a', 0o600);
    try {
      // One write call for the whole line: O_APPEND places it atomically at the end of the file.
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        written += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** One merged record per job, first-seen order; an absent file is an empty journal. */
  async list(): Promise<JobRecord[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: JobRecord[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const record = decode(line);
      if (record) records.push(record);
      else this.#logger?.warn?.('journal line skipped: not a complete record', { file: this.path });
    }
    return foldJobRecords(records);
  }
}
