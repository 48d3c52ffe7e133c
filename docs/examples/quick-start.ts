/**
 * Quick start: one video, generated and saved to disk.
 * The provider comes from GROK_IMAGINE_PROVIDER (default `xai`), the key from its env var.
 */
import { createImagine } from '@grok-imagine/sdk/node';

/** Generates a 6-second video and downloads it into `./out`; resolves with the file paths. */
export async function quickStart(): Promise<string[]> {
  const imagine = createImagine();
  const request = { type: 'text-to-video', prompt: 'A lighthouse on a cliff at dusk', duration: 6 } as const;
  console.log('quoted:', imagine.quote(request).usd); // price before the call, no network
  const job = await imagine.generate(request); // submit + wait; throws unless the job ends done
  console.log(job.id, job.cost); // 'xai:<request id>', { usd, usdTicks, basis: 'reported' }
  return imagine.download(job, { dir: './out' }); // streamed to disk; no key goes to the media host
}
