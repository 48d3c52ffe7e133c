import * as v from '@grok-imagine/core/valibot';

/** `output` of a status body: result URLs (or base64 data URIs in sync mode) and their MIME type. */
export const StatusOutputSchema = v.looseObject({
  media_url: v.nullish(v.array(v.string())),
  media_type: v.nullish(v.string()),
});

/**
 * The body of `GET /v2/requests/status/{request_id}` — and of a webhook callback, which has the
 * same shape. `error` is documented as `string | null`; anything else is tolerated and stringified.
 */
export const StatusResponseSchema = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1)),
  status: v.string(),
  model_id: v.nullish(v.string()),
  error: v.nullish(v.unknown()),
  output: v.nullish(StatusOutputSchema),
  created_at: v.nullish(v.string()),
  updated_at: v.nullish(v.string()),
  completed_at: v.nullish(v.string()),
});

/** A status body (or webhook callback body). */
export type PixazoStatusResponse = v.InferOutput<typeof StatusResponseSchema>;

/**
 * The 202 answer to a submit: `{ request_id, status: "QUEUED", polling_url }`, read like a status
 * body so an immediate `FAILED` / `ERROR` with its `error` maps the same way. `polling_url` is
 * ignored: it names the real host, not a configured `baseURL`.
 */
export const SubmitResponseSchema = v.looseObject({
  ...StatusResponseSchema.entries,
  polling_url: v.nullish(v.string()),
});

/** A submit answer. */
export type PixazoSubmitResponse = v.InferOutput<typeof SubmitResponseSchema>;

/** An error body before a job exists: `{ error, message }`; Azure's gateway may send `{ statusCode, message }`. */
export const ErrorBodySchema = v.looseObject({
  error: v.optional(v.unknown()),
  message: v.optional(v.unknown()),
  request_id: v.optional(v.unknown()),
});
