import { InvalidArgumentError } from '@ai-sdk/provider';
import * as v from 'valibot';

/** The key of this package's options in the AI SDK's `providerOptions` and of its `providerMetadata`. */
export const PROVIDER_KEY = 'grok-imagine';

// Values (tiers, resolutions, formats) are checked once, by the sdk's request schema, which names
// the field and what is allowed; here only the shape is checked, so no vocabulary is repeated.
const word = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));

const WebhookSchema = v.strictObject(
  {
    url: v.pipe(v.string('must be a string'), v.url('must be a URL')),
    mode: v.optional(v.picklist(['terminal', 'sync'], "must be 'terminal' or 'sync'")),
  },
  'must be an object { url, mode? }',
);

const common = {
  /** Turn every warning of this call (ours and the provider's ignored fields) into an error, before anything is sent. */
  strict: v.optional(v.boolean('must be true or false')),
  /** Ask the provider to call this URL when the job ends (Pixazo, Vydra). */
  webhook: v.optional(WebhookSchema),
  /** Options for one provider, passed to the sdk as `providerOptions`, e.g. `{ pixazo: { endpoint } }`. */
  providerOptions: v.optional(
    v.record(v.string(), v.record(v.string(), v.unknown(), 'must be an object'), 'must be an object'),
  ),
};

/** Schema of `providerOptions['grok-imagine']` for image models; unknown keys are refused. */
export const GrokImagineImageOptionsSchema = v.strictObject(
  {
    ...common,
    /** `standard` or `quality`; the model id picks it otherwise (`grok-imagine-image-pro` → `quality`). */
    quality: v.optional(word),
    /** `1k` or `2k`; wins over what `size` maps to. */
    resolution: v.optional(word),
    /** `jpeg`, `png` or `webp`, where the provider takes it. */
    format: v.optional(word),
    /** `url` (default) or `data` (bytes inline in the provider's answer). */
    delivery: v.optional(word),
    /** Largest image fetched into memory, in bytes (default 64 MiB). */
    maxImageBytes: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1, 'must be at least 1'),
      ),
    ),
  },
  'must be an object',
);

/** Schema of `providerOptions['grok-imagine']` for video models; unknown keys are refused. */
export const GrokImagineVideoOptionsSchema = v.strictObject(
  {
    ...common,
    /** `480p`, `720p` or `1080p`; wins over what the AI SDK's `resolution` maps to. */
    resolution: v.optional(word),
  },
  'must be an object',
);

/** What `providerOptions['grok-imagine']` may hold for an image model. */
export type GrokImagineImageOptions = v.InferOutput<typeof GrokImagineImageOptionsSchema>;

/** What `providerOptions['grok-imagine']` may hold for a video model. */
export type GrokImagineVideoOptions = v.InferOutput<typeof GrokImagineVideoOptionsSchema>;

/**
 * Reads `providerOptions['grok-imagine']` with one of the schemas; a bad value is an AI SDK
 * `InvalidArgumentError` naming the option path, before anything is sent.
 */
export function readProviderOptions<S extends v.GenericSchema>(
  schema: S,
  providerOptions: Record<string, unknown> | undefined,
): v.InferOutput<S> {
  const raw = providerOptions?.[PROVIDER_KEY] ?? {};
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const argument = `providerOptions.${PROVIDER_KEY}${path ? `.${path}` : ''}`;
  // An unknown key is reported at its own path by the strict object; a typo must not pass silently.
  const unknownKey = issue.type === 'strict_object' && path !== null && issue.input !== undefined;
  const problem =
    unknownKey && issue.expected === 'never' ? `is not a ${PROVIDER_KEY} option` : issue.message;
  throw new InvalidArgumentError({ argument, message: `${argument} ${problem}.` });
}
