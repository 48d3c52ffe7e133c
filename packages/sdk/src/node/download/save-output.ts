import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Clock, GrokImagineError, type JobOutput, type ProviderId } from '@grok-imagine/core';
import { fetchToFile } from './fetch-to-file.ts';
import { placeFile } from './place-file.ts';

/** Everything needed to save one output. */
export interface SaveOutput {
  output: JobOutput;
  provider: ProviderId;
  finalPath: string;
  overwrite: boolean;
  /** Retries after a broken transfer. */
  retries: number;
  fetch: typeof fetch;
  clock: Clock;
  signal?: AbortSignal | undefined;
  onBytes?: (bytes: number, totalBytes: number | undefined) => void;
}

// Beside the target, so the final rename never crosses filesystems.
function tempPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${randomUUID().slice(0, 8)}.part`);
}

async function writeData(tempPath: string, data: string): Promise<number> {
  const bytes = Buffer.from(data, 'base64');
  const handle = await open(tempPath, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return bytes.byteLength;
}

function isRetryable(error: unknown): boolean {
  return GrokImagineError.isInstance(error) && error.retryable && error.name !== 'AbortedError';
}

/**
 * Saves one output: inline `data` is decoded without network; a URL is streamed. Either way the
 * bytes go to a fresh temp file that is moved into place only when complete. A broken transfer is
 * retried with a new temp file, up to `retries` times, with a short growing pause between tries.
 */
export async function saveOutput(save: SaveOutput): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const tempPath = tempPathFor(save.finalPath);
    try {
      if (save.output.data !== undefined) {
        const bytes = await writeData(tempPath, save.output.data);
        save.onBytes?.(bytes, bytes);
      } else {
        await fetchToFile({
          url: save.output.url!,
          tempPath,
          mimeType: save.output.mimeType,
          provider: save.provider,
          fetch: save.fetch,
          signal: save.signal,
          onBytes: save.onBytes,
        });
      }
      await placeFile(tempPath, save.finalPath, save.overwrite);
      return save.finalPath;
    } catch (error) {
      await rm(tempPath, { force: true });
      if (!isRetryable(error) || attempt >= save.retries) throw error;
      await save.clock.sleep(250 * 2 ** attempt, save.signal);
    }
  }
}
