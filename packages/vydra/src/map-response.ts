import {
  boundedRaw,
  type JobOutput,
  type Logger,
  type NamedStatusResult,
  type RequestType,
  ResponseValidationError,
  type StartResult,
} from '@grok-imagine/core';
import type { VydraJob } from './api.ts';
import { reportedCost, type VydraPricing } from './pricing.ts';
import { vydraRouteOf } from './routes.ts';
import { mapVydraStatus } from './status.ts';

/** What `mapVydraJob` needs besides the body. */
export interface MapJobOptions {
  logger: Logger;
  pricing: VydraPricing;
  /** The neutral type core knows the job by, if any: only used to pick a MIME type the URL does not show. */
  knownType?: RequestType | undefined;
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

/** The neutral type the body itself shows (the submit answer echoes `input.model`), else `undefined`. */
export function typeShownBy(body: VydraJob): RequestType | undefined {
  const model = body.input?.model;
  if (model === 'text-to-image') return body.input?.image_url ? 'image-edit' : 'text-to-image';
  if (model === 'text-to-video' || model === 'image-to-video') return model;
  return undefined;
}

function isVideo(body: VydraJob, knownType: RequestType | undefined): boolean {
  const route = vydraRouteOf(knownType ?? typeShownBy(body) ?? '');
  if (route) return route.media === 'video';
  return Boolean(body.output?.videoUrl) || !(body.imageUrl || body.output?.imageUrl);
}

/** Every documented place a result URL may sit, deduplicated, in a stable order. */
export function vydraOutputs(body: VydraJob, video: boolean): JobOutput[] {
  const urls = [
    body.output?.videoUrl,
    ...strings(body.output?.resultUrls),
    body.output?.imageUrl,
    body.imageUrl,
    ...strings(body.resultUrls),
  ].filter((url): url is string => typeof url === 'string' && url !== '');
  const duration = body.output?.duration;
  return [...new Set(urls)].map((url) => {
    const output: JobOutput = { url, mimeType: mimeTypeOf(url, video) };
    if (video && typeof duration === 'number' && Number.isFinite(duration) && duration > 0)
      output.durationSeconds = duration;
    return output;
  });
}

function failureText(body: VydraJob): string | undefined {
  const error = typeof body.error === 'string' ? body.error : (body.error?.message ?? undefined);
  const text = body.statusMessage ?? error ?? undefined;
  return text === undefined ? undefined : text.slice(0, 500);
}

function isoTime(value: string | null | undefined): string | undefined {
  const parsed = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : undefined;
}

/**
 * Maps a Vydra job body (submit answer, `GET /jobs/{id}`, a jobs-list item) onto the small status
 * union core builds jobs from. A synchronous image arrives `completed` and is already `done`.
 * `type` and `createdAt` are set only when the body shows them; the cost is `creditsCharged` as
 * reported (core checks it), left out for a refunded failure.
 */
export function mapVydraJob(body: VydraJob, options: MapJobOptions): NamedStatusResult {
  const outputs = vydraOutputs(body, isVideo(body, options.knownType));
  const wireStatus =
    body.status?.toLowerCase() ??
    (options.httpStatus === 202 || outputs.length === 0 ? 'pending' : 'completed');
  const mapped = mapVydraStatus(wireStatus, failureText(body), options.logger);
  const credits = body.creditsCharged;
  const cost =
    typeof credits === 'number' && !(mapped.status === 'failed' && mapped.error.charged === false)
      ? reportedCost(credits, options.pricing)
      : undefined;
  let result: NamedStatusResult;
  if (mapped.status === 'pending') {
    result = { status: 'pending' };
    if (mapped.phase) result.phase = mapped.phase;
    const progress = body.progress;
    if (typeof progress === 'number' && Number.isFinite(progress))
      result.progress = Math.min(100, Math.max(0, progress));
    // Vydra charges when it accepts the job: the figure is known while it runs.
    if (cost) result.cost = cost;
  } else if (mapped.status === 'done') {
    result = { status: 'done', outputs };
    if (cost) result.cost = cost;
  } else {
    result = { status: 'failed', error: mapped.error };
    if (cost) result.cost = cost;
  }
  // An empty `jobId` names nothing; `id` is what `GET /jobs/{id}` and list items use.
  const providerJobId = body.jobId || body.id || undefined;
  if (providerJobId !== undefined) result.providerJobId = providerJobId;
  const type = typeShownBy(body);
  if (type) result.type = type;
  const createdAt = isoTime(body.createdAt);
  if (createdAt) result.createdAt = createdAt;
  result.raw = boundedRaw(body);
  return result;
}

/** Maps the answer to a create request; an answer naming no job id cannot be used (core: uncertain). */
export function mapVydraStart(body: VydraJob, options: MapJobOptions): StartResult {
  const result = mapVydraJob(body, options);
  const { providerJobId } = result;
  if (providerJobId === undefined || providerJobId === '') {
    // The body is not echoed into the message: it may be huge, nested, or carry what it should not.
    throw new ResponseValidationError(
      'vydra: the answer to POST /models/grok-imagine names no job id (jobId or id).',
      {
        provider: 'vydra',
        rawText: '',
        issues: ['jobId: missing'],
      },
    );
  }
  return { ...result, providerJobId };
}
