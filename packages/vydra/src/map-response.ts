import {
  type Clock,
  encodeJobId,
  type Job,
  type JobOutput,
  type JobWarning,
  type Logger,
  type RequestType,
  ResponseValidationError,
} from '@grok-imagine/core';
import type { VydraJob } from './api.ts';
import { reportedCost, type VydraPricing } from './pricing.ts';
import { mapVydraStatus } from './status.ts';

/** What `mapVydraJob` needs besides the body. */
export interface MapJobOptions {
  clock: Clock;
  logger: Logger;
  pricing: VydraPricing;
  /** The neutral type, when known (from the request or core's context). */
  type?: RequestType | undefined;
  /** The id asked for, used when the body names none. */
  fallbackId?: string | undefined;
  /** HTTP status of the answer: a 202 without a `status` is a pending job. */
  httpStatus?: number | undefined;
}

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

function mimeTypeOf(url: string, video: boolean): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (extension && MIME_BY_EXTENSION[extension]) || (video ? 'video/mp4' : 'image/jpeg');
}

function strings(list: readonly unknown[] | null | undefined): string[] {
  return (list ?? []).filter((item): item is string => typeof item === 'string' && item !== '');
}

/** The neutral type: the caller's, else what the body says (`input`, output kind), else Vydra's default. */
function typeOf(body: VydraJob, known: RequestType | undefined): RequestType {
  if (known) return known;
  const model = body.input?.model;
  if (model === 'text-to-image') return body.input?.image_url ? 'image-edit' : 'text-to-image';
  if (model === 'image-to-video' || model === 'text-to-video') return model;
  if (body.output?.videoUrl) return 'text-to-video';
  if (body.imageUrl || body.output?.imageUrl) return 'text-to-image';
  return 'text-to-video';
}

/** Every documented place a result URL may sit, deduplicated, in a stable order. */
export function vydraOutputs(body: VydraJob, type: RequestType): JobOutput[] {
  const video = type.endsWith('-video') || type.startsWith('video-');
  const urls = [
    body.output?.videoUrl,
    ...strings(body.output?.resultUrls),
    body.output?.imageUrl,
    body.imageUrl,
    ...strings(body.resultUrls),
  ].filter((url): url is string => typeof url === 'string' && url !== '');
  return [...new Set(urls)].map((url) => {
    const output: JobOutput = { url, mimeType: mimeTypeOf(url, video) };
    if (video && typeof body.output?.duration === 'number') output.durationSeconds = body.output.duration;
    return output;
  });
}

function failureText(body: VydraJob): string | undefined {
  const error = typeof body.error === 'string' ? body.error : (body.error?.message ?? undefined);
  return body.statusMessage ?? error ?? undefined;
}

function isoOrNow(value: string | null | undefined, clock: Clock): string {
  const parsed = value ? Date.parse(value) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? clock.now() : parsed).toISOString();
}

/**
 * Maps a Vydra job body (submit answer, `GET /jobs/{id}`, a jobs-list item or a webhook) onto the
 * neutral job. A synchronous image arrives `completed` and becomes a job already `done`.
 */
export function mapVydraJob(body: VydraJob, options: MapJobOptions): Job {
  const providerJobId = body.jobId ?? body.id ?? options.fallbackId;
  if (!providerJobId) {
    throw new ResponseValidationError('vydra: the answer names no job id (jobId or id).', {
      provider: 'vydra',
      rawText: JSON.stringify(body),
      issues: ['jobId: missing'],
    });
  }
  const type = typeOf(body, options.type);
  const outputs = vydraOutputs(body, type);
  const wireStatus =
    body.status?.toLowerCase() ??
    (options.httpStatus === 202 || outputs.length === 0 ? 'pending' : 'completed');
  const mapped = mapVydraStatus(wireStatus, failureText(body), options.logger);
  const warnings: JobWarning[] = [];
  const job: Job = {
    id: encodeJobId('vydra', providerJobId),
    provider: 'vydra',
    type,
    status: mapped.status,
    outputs: mapped.status === 'done' ? outputs : [],
    warnings,
    createdAt: isoOrNow(body.createdAt, options.clock),
    updatedAt: new Date(options.clock.now()).toISOString(),
    raw: body,
  };
  if (mapped.phase) job.phase = mapped.phase;
  if (typeof body.progress === 'number') job.progress = Math.min(100, Math.max(0, body.progress));
  if (mapped.error) job.error = mapped.error;
  // A failed job is refunded (error.charged false): its `creditsCharged` is not what it cost.
  if (typeof body.creditsCharged === 'number' && mapped.error?.charged !== false)
    job.cost = reportedCost(body.creditsCharged, options.pricing);
  if (mapped.status === 'done' && outputs.length === 0)
    warnings.push({
      type: 'other',
      provider: 'vydra',
      message: 'Vydra reported the job completed without a result URL.',
    });
  return job;
}
