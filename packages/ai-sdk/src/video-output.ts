import type { Experimental_VideoModelV4VideoData } from '@ai-sdk/provider';
import { assertJobDone, type Job } from '@grok-imagine/sdk';

/**
 * A done job's videos for the AI SDK: a URL where the provider gave one (the AI SDK downloads it,
 * with no API key: it never has one), inline base64 as it came. Blocked outputs are left out.
 */
export function videosOf(job: Job): Experimental_VideoModelV4VideoData[] {
  return job.outputs
    .filter((output) => !output.blocked)
    .flatMap((output): Experimental_VideoModelV4VideoData[] => {
      if (output.url !== undefined) return [{ type: 'url', url: output.url, mediaType: output.mimeType }];
      if (output.data !== undefined)
        return [{ type: 'base64', data: output.data, mediaType: output.mimeType }];
      return [];
    });
}

/** Why a job did not end `done`, in the sdk's words (those of `JobFailedError` / `JobExpiredError`). */
export function failureMessage(job: Job): string {
  try {
    assertJobDone(job);
    return `Job ${job.id} is ${job.status}.`;
  } catch (error) {
    return (error as Error).message;
  }
}
