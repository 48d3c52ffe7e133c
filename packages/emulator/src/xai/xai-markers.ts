import { FieldReader } from '../validation/field-reader.ts';

/**
 * Answers xAI gives that the shared outcome markers (`[fail]`, `[moderate]`, …) do not cover. Put the
 * marker anywhere in the prompt (case-insensitive); several may be combined.
 *
 * | marker                    | what xAI answers                                                        |
 * | ------------------------- | ----------------------------------------------------------------------- |
 * | `[xai:no-video]`          | the done video answer has `video: null`                                 |
 * | `[xai:empty-url]`         | the done video answer has `video.url: ""`                               |
 * | `[xai:no-status]`         | the done video answer has no `status` field (the video and its URL are there) |
 * | `[xai:done-202]`          | the done video answer comes with HTTP 202 instead of 200                |
 * | `[xai:no-code]`           | the video fails with `error: {message}` and no `code`                   |
 * | `[xai:numeric-code]`      | the video fails with a numeric `error.code` (500)                       |
 * | `[xai:moderate-first]`    | images: the first is `respect_moderation: false`, the rest pass         |
 * | `[xai:no-edits-endpoint]` | `POST /videos/edits` answers 404 as an unknown route (nothing created)  |
 */
export type XaiQuirk =
  | 'no-video'
  | 'empty-url'
  | 'no-status'
  | 'done-202'
  | 'no-code'
  | 'numeric-code'
  | 'moderate-first'
  | 'no-edits-endpoint';

/** Every xAI marker, as written in a prompt without the `[xai:` … `]` frame. */
export const XAI_QUIRKS: readonly XaiQuirk[] = [
  'no-video',
  'empty-url',
  'no-status',
  'done-202',
  'no-code',
  'numeric-code',
  'moderate-first',
  'no-edits-endpoint',
];

/** The xAI markers in a prompt. */
export function readXaiQuirks(prompt: unknown): ReadonlySet<XaiQuirk> {
  if (typeof prompt !== 'string') return new Set();
  const lower = prompt.toLowerCase();
  return new Set(XAI_QUIRKS.filter((quirk) => lower.includes(`[xai:${quirk}]`)));
}

/** The xAI markers in a request body's `prompt`. */
export function quirksOfRequest(body: unknown): ReadonlySet<XaiQuirk> {
  return readXaiQuirks(FieldReader.isObject(body) ? body.prompt : undefined);
}

/** True for markers that make the video fail (they describe how a failure reads). */
export function failsVideo(quirks: ReadonlySet<XaiQuirk>): boolean {
  return quirks.has('no-code') || quirks.has('numeric-code');
}
