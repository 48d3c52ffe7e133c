/**
 * Saving outputs. Result URLs are temporary: download promptly. Files are streamed to a temp file
 * and renamed into place; no API key is ever sent to the media host.
 */
import { createImagine, download } from '@grok-imagine/sdk/node';

/** Two images into a directory, with progress, under the limits set in config. */
export async function saveImages(): Promise<string[]> {
  const imagine = createImagine({
    provider: 'xai',
    download: { stallTimeoutMs: 20_000, maxImageBytes: 50 * 1024 * 1024 },
  });
  const job = await imagine.generate({ type: 'text-to-image', prompt: 'Two koi in a pond', n: 2 });
  return imagine.download(job, {
    dir: './out/koi', // files named <provider>-<provider job id>-<index>.<ext>
    onProgress: ({ index, bytes, totalBytes }) => console.log(`#${index}: ${bytes}/${totalBytes ?? '?'}`),
  });
}

/** One video to an exact path, replacing an earlier file, with a per-call time limit. */
export async function saveVideo(): Promise<string[]> {
  const imagine = createImagine();
  const job = await imagine.generate({ type: 'text-to-video', prompt: 'A kite over dunes', duration: 6 });
  return download(job, { path: './out/kite.mp4', overwrite: true, timeoutMs: 5 * 60_000 });
}
