import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Clock, GrokImagineError, type JobOutput } from '@grok-imagine/core';
import { maxBytesFor, type ResolvedDownloadSettings } from './download-limits.ts';
import { fetchToFile } from './fetch-to-file.ts';
import { inlineBytes, isInlineOutput } from './inline-output.ts';
import type { MediaKind } from './media-content-type.ts';
import type { TransferSubject } from './transfer-errors.ts';
import { placeFile } from './place-file.ts';
import type { HostPolicy } from './resolve-media-host.ts';

/** Everything needed to save one output. */
export interface SaveOutput {
  subject: TransferSubject;
  output: JobOutput;
  kind: MediaKind;
  finalPath: string;
  overwrite: boolean;
  /** Retries after a broken transfer. */
  retries: number;
  settings: ResolvedDownloadSettings;
  policy: HostPolicy;
  clock: Clock;
  signal?: AbortSignal | undefined;
  onBytes?: (bytes: number, totalBytes: number | undefined) => void;
}

// Beside the target, so the final rename never crosses filesystems.
function tempPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${randomUUID().slice(0, 8)}.part`);
}

async function writeBytes(tempPath: string, bytes: Buffer): Promise<void> {
  const handle = await open(tempPath, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isRetryable(error: unknown): boolean {
  return GrokImagineError.isInstance(error) && error.retryable && error.name !== 'AbortedError';
}

/**
 * Saves one output: inline data is decoded without network; a URL is streamed. Either way the
 * bytes go to a fresh temp file that is moved into place only when complete, and the temp file is
 * removed on any failure. A broken transfer is retried with a new temp file, up to `retries` times
 * and within the download's total time limit, with a short growing pause between tries.
 */
export async function saveOutput(save: SaveOutput): Promise<string> {
  const maxBytes = maxBytesFor(save.settings, save.kind);
  const deadlineAt = save.clock.now() + save.settings.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const tempPath = tempPathFor(save.finalPath);
    try {
      if (isInlineOutput(save.output)) {
        const bytes = inlineBytes(save.subject, save.output, save.kind, maxBytes);
        await writeBytes(tempPath, bytes);
        save.onBytes?.(bytes.byteLength, bytes.byteLength);
      } else {
        await fetchToFile({
          subject: save.subject,
          url: save.output.url ?? '',
          tempPath,
          kind: save.kind,
          mimeType: save.output.mimeType,
          maxBytes,
          stallTimeoutMs: save.settings.stallTimeoutMs,
          timeoutMs: save.settings.timeoutMs,
          deadlineAt,
          clock: save.clock,
          policy: save.policy,
          signal: save.signal,
          onBytes: save.onBytes,
        });
      }
      await placeFile(tempPath, save.finalPath, save.overwrite);
      return save.finalPath;
    } catch (error) {
      await rm(tempPath, { force: true });
      const timeLeft = deadlineAt - save.clock.now();
      if (!isRetryable(error) || attempt >= save.retries || timeLeft <= 0) throw error;
      await save.clock.sleep(Math.min(250 * 2 ** attempt, timeLeft), save.signal);
    }
  }
}
