import * as v from 'valibot';

// Wire schemas stay minimal and loose: an extra field xAI adds tomorrow must never break a user.

/** `usage.cost_in_usd_ticks` as xAI sends it; a numeric string is accepted too. */
const TicksSchema = v.optional(v.nullable(v.union([v.number(), v.pipe(v.string(), v.decimal())])));

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

/**
 * Body of `GET /videos/{request_id}`. Every field is optional and the body itself may be absent:
 * xAI answers 202 with an empty or partial body while the job is pending.
 */
export const XaiVideoStatusResponseSchema = v.optional(
  v.nullable(
    v.looseObject({
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
      error: v.optional(
        v.nullable(
          v.looseObject({
            code: v.optional(v.nullable(v.string())),
            message: v.optional(v.nullable(v.string())),
          }),
        ),
      ),
    }),
  ),
);

/** xAI's flat error body: `{"code": "...", "error": "..."}`. */
export const XaiFlatErrorSchema = v.looseObject({
  code: v.optional(v.nullable(v.string())),
  error: v.string(),
});

/** xAI's nested error body: `{"error": {"message", "type", "param", "code"}}`. */
export const XaiNestedErrorSchema = v.looseObject({
  error: v.looseObject({
    message: v.optional(v.nullable(v.string())),
    type: v.optional(v.nullable(v.string())),
    param: v.optional(v.nullable(v.string())),
    code: v.optional(v.nullable(v.string())),
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

/** An image reference in an edit body. */
export interface XaiImageRef {
  /** Public URL or `data:` URI. */
  url: string;
  type: 'image_url';
}

/** JSON body of `POST /images/generations`. */
export interface XaiImageGenerationBody {
  model: string;
  prompt: string;
  n: number;
  aspect_ratio: string;
  resolution: string;
  response_format: 'url' | 'b64_json';
}

/** JSON body of `POST /images/edits`: `image` for one source, `images` for several. */
export interface XaiImageEditBody {
  model: string;
  prompt: string;
  image?: XaiImageRef;
  images?: XaiImageRef[];
  n: number;
  resolution: string;
  aspect_ratio?: string;
  response_format: 'url' | 'b64_json';
}

/** JSON body of `POST /videos/generations` (text-, image- and reference-to-video). */
export interface XaiVideoGenerationBody {
  model: string;
  prompt: string;
  duration: number;
  aspect_ratio?: string;
  resolution: string;
  image?: { url: string };
  reference_images?: { url: string }[];
}

/** JSON body of `POST /videos/edits`. */
export interface XaiVideoEditBody {
  model: string;
  prompt: string;
  video: { url: string };
}

/** JSON body of `POST /videos/extensions`. */
export interface XaiVideoExtensionBody {
  model: string;
  prompt: string;
  video: { url: string };
  duration: number;
}
