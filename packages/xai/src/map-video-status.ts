import type { JobError, JobOutput, Logger, NamedStatusResult } from '@grok-imagine/core';
import type { XaiVideoStatusResponse } from './api.ts';
import { classifyXaiErrorCode, isRetryableXaiFailure, xaiErrorCode } from './errors.ts';
import { xaiReportedCost } from './reported-cost.ts';
import { readXaiStatus } from './status.ts';

type Body = NonNullable<XaiVideoStatusResponse>;

/** xAI's progress as a percentage; a 0–1 fraction is scaled. */
function percent(progress: number): number {
  const value = progress > 0 && progress < 1 ? progress * 100 : progress;
  return Math.min(100, Math.max(0, value));
}

/** The video of a done answer: none when `video` is null or its URL empty; blocked when moderated. */
function videoOutputs(video: Body['video']): JobOutput[] {
  if (!video) return [];
  const output: JobOutput = { mimeType: 'video/mp4' };
  if (typeof video.duration === 'number') output.durationSeconds = video.duration;
  if (video.respect_moderation === false) return [{ ...output, blocked: true }];
  if (!video.url) return [];
  return [{ ...output, url: video.url }];
}

function failure(body: Body): JobError {
  const error = typeof body.error === 'string' ? { message: body.error } : body.error;
  const code = xaiErrorCode(error && 'code' in error ? error.code : undefined);
  const jobError: JobError = {
    code: code ?? 'failed',
    message: error?.message || 'xAI reported the video generation failed without a message.',
    retryable: isRetryableXaiFailure(code),
  };
  if (classifyXaiErrorCode(code) === 'content-policy') jobError.kind = 'content_policy';
  // A reported cost is the provider's own word on whether the failure was billed.
  const ticks = xaiReportedCost(body.usage)?.usdTicks;
  if (ticks !== undefined) jobError.charged = ticks > 0;
  return jobError;
}

/**
 * Maps one `GET /videos/{id}` answer, whatever its HTTP status (a 202 with a readable body is read;
 * an empty one is pending): `done` with the video (none when xAI sent no URL — core then fails the
 * job `no_output`; blocked when moderated), `failed` with xAI's code and message, `expired`, or
 * `pending` with progress. The reported cost is passed on raw for core to check.
 */
export function mapVideoStatus(body: XaiVideoStatusResponse, logger?: Logger): NamedStatusResult {
  if (body === undefined || body === null) return { status: 'pending' };
  const named = body.request_id ? { providerJobId: body.request_id } : {};
  const cost = xaiReportedCost(body.usage);
  const costed = cost ? { cost } : {};
  const status = readXaiStatus(body, logger);
  switch (status) {
    case 'pending': {
      if (typeof body.progress !== 'number') return { status, ...named, raw: body };
      const progress = percent(body.progress);
      return {
        status,
        progress,
        ...(progress > 0 ? { phase: 'processing' as const } : {}),
        ...named,
        raw: body,
      };
    }
    case 'done':
      return { status, outputs: videoOutputs(body.video), ...costed, ...named, raw: body };
    case 'failed':
      return { status, error: failure(body), ...costed, ...named, raw: body };
    case 'expired':
      return {
        status,
        error: {
          code: 'expired',
          message: 'xAI expired the request before the video was delivered; submit it again.',
          retryable: true,
        },
        ...named,
        raw: body,
      };
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
