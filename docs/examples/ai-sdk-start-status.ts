/**
 * Start a video in one process and collect it in another: the operation is plain JSON (the sdk's
 * provider-encoded job id), so it can sit in a database or a queue message in between.
 */
import { createGrokImagine } from '@grok-imagine/ai-sdk/node';
import { experimental_getVideoStatus as getVideoStatus, experimental_startVideo as startVideo } from 'ai';

/** Starts the job and returns the operation to store. Nothing waits here. */
export async function start(): Promise<string> {
  const gi = createGrokImagine(); // Node entry: reads grok-imagine.config.json too
  const { operation, warnings } = await startVideo({
    model: gi.video('grok-imagine-video-1.5'), // 1080p-capable; 1080p unless you ask otherwise
    prompt: 'A paper boat drifting down a rain gutter, macro lens',
    duration: 8,
    aspectRatio: '16:9',
  });
  for (const warning of warnings) console.warn(warning);
  return JSON.stringify(operation); // { "jobId": "xai:…", "type": "text-to-video" }
}

/** Later, anywhere: one status read. Returns the video URL once it is done. */
export async function collect(stored: string): Promise<string | undefined> {
  const gi = createGrokImagine(); // configured for another provider? the job id still routes home
  const status = await getVideoStatus(gi.video('grok-imagine-video'), { operation: JSON.parse(stored) });
  if (status.status === 'error') throw new Error(status.error);
  if (status.status === 'pending') return undefined;
  const [video] = status.videos;
  return video?.type === 'url' ? video.url : undefined; // temporary: download it promptly
}
