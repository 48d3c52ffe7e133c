/**
 * Saving outputs. Result URLs are temporary: download promptly. Files are streamed to a temp file
 * and renamed into place; no API key is ever sent to the media host.
 */
import { createImagine, download } from '@grok-imagine/sdk/node';

/** Two images into a directory, with progress. */
export async function saveImages(): Promise<string[]> {
  const imagine = createImagine({ provider: 'xai' });
  const job = await imagine.generate({ type: 'text-to-image', prompt: 'Two koi in a pond', n: 2 });
  return download(job, {
    dir: './out/koi', // files named <provider>-<provider job id>-<index>.<ext>
    onProgress: ({ index, bytes, totalBytes }) => console.log(`#${index}: ${bytes}/${totalBytes ?? '?'}`),
  });
}

/** One video to an exact path, replacing an earlier file. */
export async function saveVideo(): Promise<string[]> {
  const imagine = createImagine();
  const job = await imagine.generate({ type: 'text-to-video', prompt: 'A kite over dunes', duration: 6 });
  return download(job, { path: './out/kite.mp4', overwrite: true });
}
