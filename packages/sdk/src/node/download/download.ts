import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Clock, isImageRequestType, type Job, systemClock, ValidationError } from '@grok-imagine/core';
import type { DownloadSettings } from '../../config/download-settings.ts';
import { resolveDownloadSettings } from './download-limits.ts';
import { isInlineOutput } from './inline-output.ts';
import { parseMediaUrl } from './media-url.ts';
import { outputFileName } from './output-file-name.ts';
import { exists, targetExistsError } from './place-file.ts';
import { type HostResolver, hostPolicy } from './resolve-media-host.ts';
import { saveOutput } from './save-output.ts';

/** Progress of one output's download. */
export interface DownloadProgress {
  /** Index of the output in `job.outputs`. */
  index: number;
  /** The file being written. */
  path: string;
  /** Bytes written so far. */
  bytes: number;
  /** Bytes expected, from `Content-Length`, when announced. */
  totalBytes?: number | undefined;
}

/** Options of `download`: give exactly one of `dir` or `path`; the limits default as `DownloadSettings` says. */
export interface DownloadOptions extends DownloadSettings {
  /** Directory to write into, as `<provider>-<provider job id>-<index>.<ext>`; created if missing. */
  dir?: string;
  /** Exact file path, for a job with one downloadable output. */
  path?: string;
  /** Replace existing files (default: refuse with a `ValidationError` naming the path). */
  overwrite?: boolean;
  /** Called as bytes arrive. */
  onProgress?: (progress: DownloadProgress) => void;
  /**
   * Resolves media host names to every address (default: `node:dns` `lookup`). Each address is
   * checked against `allowPrivateHosts` and the connection goes to a checked one only.
   */
  resolveHost?: HostResolver;
  /** Retries of a broken transfer (reset connection, short body, 5xx), each into a fresh temp file. Default 3. */
  retries?: number;
  signal?: AbortSignal;
  /** Clock for the pauses between retries and the total time limit; inject a fake in tests. */
  clock?: Clock;
}

/**
 * Saves a finished job's outputs to disk and resolves with the paths written, in output order.
 * Each file is streamed to a temp file beside it and renamed into place only when complete and
 * checked; inline outputs are decoded without network; blocked outputs are skipped. Media URLs
 * must be http(s) on public hosts (unless `allowPrivateHosts`), redirects are followed by hand
 * (at most 5, each host checked again), the body must be media of the job's kind within the size
 * cap, and a transfer that stalls or runs out of time is a `RequestTimeoutError` naming the job
 * and output. No API key, cookie or other credential is ever sent to a media host.
 */
export async function download(job: Job, options: DownloadOptions): Promise<string[]> {
  if ((options.dir === undefined) === (options.path === undefined)) {
    throw new ValidationError('download needs exactly one of dir or path.', {
      field: 'dir',
      value: undefined,
    });
  }
  if (job.status !== 'done') {
    throw new ValidationError(`Job ${job.id} is ${job.status}; only a done job has outputs to download.`, {
      field: 'job.status',
      value: job.status,
      allowed: ['done'],
    });
  }
  const items = job.outputs
    .map((output, index) => ({ output, index }))
    .filter(({ output }) => !output.blocked && (output.url !== undefined || output.data !== undefined));
  if (options.path !== undefined && items.length > 1) {
    throw new ValidationError(`Job ${job.id} has ${items.length} outputs; give dir instead of path.`, {
      field: 'path',
      value: options.path,
    });
  }
  const settings = resolveDownloadSettings(options);
  const policy = hostPolicy(settings.allowPrivateHosts, options.resolveHost);
  const kind = isImageRequestType(job.type) ? 'image' : 'video';
  if (options.dir !== undefined) await mkdir(options.dir, { recursive: true });
  const targets = items.map(({ output, index }) =>
    options.path !== undefined
      ? resolve(options.path)
      : resolve(join(options.dir!, outputFileName(job, index, output.mimeType))),
  );
  const overwrite = options.overwrite ?? false;
  const retries = options.retries ?? 3;
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw new ValidationError(
      `download retries must be a whole number from 0 to 10; got ${String(retries)}.`,
      {
        field: 'retries',
        value: retries,
        allowed: '0–10',
      },
    );
  }
  // A URL no download may follow fails the whole call before any output is written.
  for (const { output, index } of items) {
    if (!isInlineOutput(output))
      parseMediaUrl({ provider: job.provider, jobId: job.id, index }, output.url ?? '');
  }
  // Refuse before transferring anything, so a refusal never leaves half the outputs written.
  if (!overwrite) {
    for (const target of targets) if (await exists(target)) throw targetExistsError(target);
  }
  const written: string[] = [];
  for (const [position, { output, index }] of items.entries()) {
    const path = targets[position]!;
    written.push(
      await saveOutput({
        subject: { provider: job.provider, jobId: job.id, index },
        output,
        kind,
        finalPath: path,
        overwrite,
        retries,
        settings,
        policy,
        clock: options.clock ?? systemClock,
        signal: options.signal,
        onBytes: (bytes, totalBytes) => options.onProgress?.({ index, path, bytes, totalBytes }),
      }),
    );
  }
  return written;
}
