import * as v from '@grok-imagine/core/valibot';
import type { VydraSubModel } from './routes.ts';

/**
 * Vydra's wire shapes, kept minimal and tolerant: every field is optional and a field of an
 * unexpected type reads as absent, so a change upstream degrades one value instead of failing the
 * whole response. Only what the adapter reads is named; the rest stays in `job.raw`.
 */

/** An optional field that reads as `undefined` when missing, `null` or of another type. */
function optional<T extends v.GenericSchema>(schema: T) {
  return v.fallback(v.optional(v.nullable(schema)), undefined);
}

/** A list of URLs; non-string entries are dropped rather than failing the response. */
const urlList = optional(v.array(v.unknown()));

/** `output` of a job: where Vydra puts the results of a finished job. */
export const VydraOutputSchema = v.looseObject({
  videoUrl: optional(v.string()),
  imageUrl: optional(v.string()),
  resultUrls: urlList,
  duration: optional(v.number()),
});

/**
 * `input` as the submit answer echoes it (documented: `model`, `prompt`). Vydra's documented job list
 * shows no `input`; where a job does carry one, reconcile reads it as evidence.
 */
export const VydraInputSchema = v.looseObject({
  model: optional(v.string()),
  prompt: optional(v.string()),
  image_url: optional(v.string()),
  aspect_ratio: optional(v.string()),
  duration: optional(v.number()),
});

/**
 * A job as Vydra returns it: the submit answer (`jobId`) and `GET /jobs/{id}` (`id`) share it.
 * Sync images carry `imageUrl`/`resultUrls` at the top level; videos carry `output`.
 */
export const VydraJobSchema = v.pipe(
  // valibot reads an array as an object with no known fields, i.e. a pending job: refuse it.
  v.custom<unknown>((body) => !Array.isArray(body), 'must be an object, not an array'),
  v.looseObject({
    id: optional(v.string()),
    jobId: optional(v.string()),
    status: optional(v.string()),
    progress: optional(v.number()),
    statusMessage: optional(v.string()),
    message: optional(v.string()),
    error: optional(v.union([v.string(), v.looseObject({ message: optional(v.string()) })])),
    creditsCharged: optional(v.number()),
    imageUrl: optional(v.string()),
    resultUrls: urlList,
    output: optional(VydraOutputSchema),
    input: optional(VydraInputSchema),
    createdAt: optional(v.string()),
    workflowSlug: optional(v.string()),
  }),
);

/** A Vydra job body after validation. */
export type VydraJob = v.InferOutput<typeof VydraJobSchema>;

/**
 * `GET /jobs?limit&offset&status` → `{ data: [job…] }`. Items are read one by one (an item that is
 * not a job is skipped, not fatal to the page); a `data` that is not an array reads as empty.
 */
export const VydraJobListSchema = v.looseObject({
  data: v.fallback(v.array(v.unknown()), []),
});

/** `DELETE /jobs/{id}` answers a job or a plain acknowledgement; the adapter tells them apart. */
export const VydraCancelSchema = v.unknown();

/** `GET /organization` → the organization and its credit balance (a finite number, or the answer is refused). */
export const VydraOrganizationSchema = v.looseObject({
  creditsRemaining: v.pipe(v.number(), v.finite()),
  plan: optional(v.string()),
});

/** `GET /account/rate-limits` → the plan's limits and current usage. */
export const VydraRateLimitsSchema = v.looseObject({
  plan: optional(v.string()),
  limits: optional(
    v.looseObject({
      rpm: optional(v.number()),
      rph: optional(v.number()),
      rpd: optional(v.number()),
      concurrent: optional(v.number()),
    }),
  ),
});

/** The error body `{ error, code, details }`, or the 402 body `{ error, creditsRequired, creditsRemaining }`. */
export const VydraErrorSchema = v.looseObject({
  error: optional(v.union([v.string(), v.looseObject({ message: optional(v.string()) })])),
  message: optional(v.string()),
  code: optional(v.string()),
  details: optional(v.unknown()),
  creditsRequired: optional(v.number()),
  creditsRemaining: optional(v.number()),
});

/** The submit body for `POST /models/grok-imagine`: the five documented fields, nothing else. */
export interface VydraSubmitBody {
  /** Sub-model; always sent, never left to Vydra's default. */
  model: VydraSubModel;
  prompt: string;
  /** Source image: required for image-to-video, makes text-to-image an edit. */
  image_url?: string;
  /** One of the seven ratios; left out for `auto` (follow the source image). */
  aspect_ratio?: string;
  /** Seconds, 1–15; video only. */
  duration?: number;
}
