import * as v from '@grok-imagine/core/valibot';

// Wire schemas stay minimal and loose: an extra field xAI adds tomorrow must never break a user.

/**
 * `usage.cost_in_usd_ticks` as xAI sends it; a numeric string is accepted too. A figure of another
 * type reads as absent (the catalog cost counts): a broken cost must not make a finished job's
 * answer unreadable, and with it the video that was paid for.
 */
const TicksSchema = v.fallback(
  v.optional(v.nullable(v.union([v.number(), v.pipe(v.string(), v.decimal())]))),
  undefined,
);

/** An error `code`: usually a string such as `internal_error`, sometimes a number. */
const ErrorCodeSchema = v.optional(v.nullable(v.union([v.string(), v.number()])));

/** `usage` block of image and video responses (cost in 1e-10 USD ticks). */
export const XaiUsageSchema = v.optional(v.nullable(v.looseObject({ cost_in_usd_ticks: TicksSchema })));

/** One image of an image response: a temporary URL or base64 data, and whether moderation let it through. */
export const XaiImageDatumSchema = v.looseObject({
  url: v.optional(v.nullable(v.string())),
  b64_json: v.optional(v.nullable(v.string())),
  respect_moderation: v.optional(v.nullable(v.boolean())),
});

/** Body of `POST /images/generations` and `POST /images/edits` (both answer synchronously). */
export const XaiImageResponseSchema = v.looseObject({
  data: v.array(XaiImageDatumSchema),
  model: v.optional(v.nullable(v.string())),
  usage: XaiUsageSchema,
});

/** Body of the video `POST`s: the id to poll. */
export const XaiVideoStartResponseSchema = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1)),
});

/** The `error` of a failed video: an object with `code` and `message`, or (seen) a bare message. */
const XaiJobErrorSchema = v.optional(
  v.nullable(
    v.union([
      v.looseObject({ code: ErrorCodeSchema, message: v.optional(v.nullable(v.string())) }),
      v.string(),
    ]),
  ),
);

/**
 * Body of `GET /videos/{request_id}`. Every field is optional and the body itself may be absent:
 * xAI answers 202 with an empty or partial body while the job is pending, and some answers carry the
 * video without a `status`.
 */
export const XaiVideoStatusResponseSchema = v.optional(
  v.nullable(
    v.pipe(
      // valibot reads an array as an object with no known fields, i.e. a pending job: refuse it.
      v.custom<unknown>((body) => !Array.isArray(body), 'must be an object, not an array'),
      v.looseObject({
        request_id: v.optional(v.nullable(v.string())),
        status: v.optional(v.nullable(v.string())),
        video: v.optional(
          v.nullable(
            v.looseObject({
              url: v.optional(v.nullable(v.string())),
              duration: v.optional(v.nullable(v.number())),
              respect_moderation: v.optional(v.nullable(v.boolean())),
            }),
          ),
        ),
        model: v.optional(v.nullable(v.string())),
        progress: v.optional(v.nullable(v.number())),
        usage: XaiUsageSchema,
        error: XaiJobErrorSchema,
      }),
    ),
  ),
);

/** xAI's flat error body: `{"code": "...", "error": "..."}`. */
export const XaiFlatErrorSchema = v.looseObject({
  code: ErrorCodeSchema,
  error: v.string(),
});

/** xAI's nested error body: `{"error": {"message", "type", "param", "code"}}`. */
export const XaiNestedErrorSchema = v.looseObject({
  error: v.looseObject({
    message: v.optional(v.nullable(v.string())),
    type: v.optional(v.nullable(v.string())),
    param: v.optional(v.nullable(v.string())),
    code: ErrorCodeSchema,
  }),
});

/** A parsed image response. */
export type XaiImageResponse = v.InferOutput<typeof XaiImageResponseSchema>;
/** A parsed video submission response. */
export type XaiVideoStartResponse = v.InferOutput<typeof XaiVideoStartResponseSchema>;
/** A parsed video status response (`undefined` for an empty 202). */
export type XaiVideoStatusResponse = v.InferOutput<typeof XaiVideoStatusResponseSchema>;
/** A parsed `usage` block. */
export type XaiUsage = v.InferOutput<typeof XaiUsageSchema>;
