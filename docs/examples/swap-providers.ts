/**
 * The same code on every provider: only the configuration changes. Run it three times with
 * GROK_IMAGINE_PROVIDER=xai, =pixazo and =vydra, or pass `provider` explicitly as below.
 */
import { createImagine, type Job, type ProviderId } from '@grok-imagine/sdk/node';

/** One image and one 6-second video on the given provider (or the configured one). */
export async function imageAndVideo(provider?: ProviderId): Promise<Job[]> {
  const imagine = createImagine(provider ? { provider } : {});
  const image = await imagine.generate({ type: 'text-to-image', prompt: 'A red fox in fresh snow' });
  const video = await imagine.generate({
    type: 'text-to-video',
    prompt: 'The fox trots across the snow, slow tracking shot',
    duration: 6,
  });
  return [image, video];
}

/**
 * Job ids carry their provider (`vydra:job_123`), so `get`, `wait` and `cancel` reach the provider
 * that made the job whatever the configuration says now.
 */
export async function finishLater(videoJobId: string): Promise<Job> {
  const imagine = createImagine({ provider: 'xai' }); // configured for xAI…
  return imagine.wait(videoJobId, { timeoutMs: 10 * 60_000 }); // …still polls Vydra for 'vydra:…'
}
