import { encodeJobId, ticksToUsd } from '@grok-imagine/core';
import type { Job, JobCost, JobOutput, JobWarning, Logger, RequestType } from '@grok-imagine/core';
import type { XaiImageResponse, XaiUsage, XaiVideoStartResponse, XaiVideoStatusResponse } from './api.ts';
import { isRetryableXaiFailure } from './errors.ts';
import { xaiImageMimeType } from './image-mime-type.ts';
import { mapXaiStatus } from './status.ts';

/** What every mapping needs besides the body. */
export interface MapContext {
  /** Neutral request type of the job. */
  type: RequestType;
  /** Current time, ms since the epoch. */
  now: number;
}

/** The reported cost from xAI's `usage.cost_in_usd_ticks` (1 tick = 1e-10 USD), if present. */
export function mapXaiCost(usage: XaiUsage): JobCost | undefined {
  const raw = usage?.cost_in_usd_ticks;
  if (raw === undefined || raw === null) return undefined;
  const usdTicks = Number(raw);
  if (!Number.isFinite(usdTicks) || usdTicks < 0) return undefined;
  return { usdTicks, usd: ticksToUsd(usdTicks), basis: 'reported' };
}

function baseJob(id: string, context: MapContext, raw: unknown): Job {
  const at = new Date(context.now).toISOString();
  return {
    id,
    provider: 'xai',
    type: context.type,
    status: 'pending',
    outputs: [],
    warnings: [],
    createdAt: at,
    updatedAt: at,
    raw,
  };
}

function moderated(message: string): JobWarning {
  return { type: 'moderated', provider: 'xai', message };
}

// base64 images can be megabytes; the job keeps them once, in outputs, not again in `raw`.
function withoutImageData(body: XaiImageResponse): unknown {
  const data = body.data.map((d) =>
    d.b64_json ? { ...d, b64_json: `(${d.b64_json.length} base64 characters; see outputs)` } : d,
  );
  return { ...body, data };
}

/**
 * Maps a synchronous image response to a job already `done`. An image with `respect_moderation:
 * false` becomes a blocked output (no media) plus a `moderated` warning. Without a reported cost
 * the job has none here; core's client fills it from the quote, marked `catalog`.
 */
export function mapImageResponse(
  body: XaiImageResponse,
  context: MapContext & { providerJobId: string },
): Job {
  const job = baseJob(encodeJobId('xai', context.providerJobId), context, withoutImageData(body));
  job.status = 'done';
  job.progress = 100;
  body.data.forEach((image, index) => {
    const mimeType = xaiImageMimeType(image);
    if (image.respect_moderation === false) {
      job.outputs.push({ mimeType, blocked: true });
      job.warnings.push(moderated(`xAI moderation withheld image ${index + 1} of ${body.data.length}.`));
      return;
    }
    const output: JobOutput = { mimeType };
    if (image.url) output.url = image.url;
    if (image.b64_json) output.data = image.b64_json;
    job.outputs.push(output);
  });
  const cost = mapXaiCost(body.usage);
  if (cost) job.cost = cost;
  return job;
}

/** Maps the answer of a video `POST` (`{request_id}`) to a pending job `xai:<request_id>`. */
export function mapVideoSubmitted(body: XaiVideoStartResponse, context: MapContext): Job {
  return baseJob(encodeJobId('xai', body.request_id), context, body);
}

/** xAI's progress as a percentage; a 0–1 fraction is scaled. */
function percent(progress: number): number {
  const value = progress > 0 && progress < 1 ? progress * 100 : progress;
  return Math.min(100, Math.max(0, value));
}

/**
 * Maps `GET /videos/{id}`. HTTP 202 (empty or partial body) is pending whatever the body says;
 * `done` gives the video with its duration (blocked when moderated), `failed` keeps xAI's code and
 * message, `expired` says so; an unknown status stays pending and is logged.
 */
export function mapVideoStatus(
  httpStatus: number,
  body: XaiVideoStatusResponse,
  context: MapContext & { providerJobId: string; logger?: Logger | undefined },
): Job {
  const job = baseJob(encodeJobId('xai', context.providerJobId), context, body);
  job.status = httpStatus === 202 ? 'pending' : mapXaiStatus(body?.status, context.logger);
  if (typeof body?.progress === 'number') job.progress = percent(body.progress);
  const cost = mapXaiCost(body?.usage);
  if (cost) job.cost = cost;
  switch (job.status) {
    case 'pending':
      if ((job.progress ?? 0) > 0) job.phase = 'processing';
      break;
    case 'done': {
      job.progress = 100;
      const video = body?.video;
      if (!video) break;
      const output: JobOutput = { mimeType: 'video/mp4' };
      if (typeof video.duration === 'number') output.durationSeconds = video.duration;
      if (video.respect_moderation === false) {
        output.blocked = true;
        job.warnings.push(moderated('xAI moderation withheld the video.'));
      } else if (video.url) output.url = video.url;
      job.outputs.push(output);
      break;
    }
    case 'failed': {
      const code = body?.error?.code ?? 'failed';
      const message = body?.error?.message ?? 'xAI reported the video generation failed without a message.';
      job.error = { code, message, retryable: isRetryableXaiFailure(body?.error?.code) };
      break;
    }
    case 'expired':
      job.error = {
        code: 'expired',
        message: 'xAI expired the request before the video was delivered; submit it again.',
        retryable: true,
      };
      break;
  }
  return job;
}
