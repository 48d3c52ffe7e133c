import type { JobRecord } from '../state/job-record.ts';
import { FieldReader } from '../validation/field-reader.ts';

/**
 * Answers Pixazo may give that the shared outcome markers (`[fail]`, `[moderate]`, …) do not cover.
 * Put the marker anywhere in the prompt (case-insensitive); they combine with the shared ones.
 *
 * | marker                | what Pixazo answers                                                      |
 * | --------------------- | ------------------------------------------------------------------------ |
 * | `[pixazo:no-output]`  | the job ends `COMPLETED` with `output: null` (nothing to keep; charged)  |
 * | `[pixazo:no-error]`   | a `FAILED` answer (with `[fail]` or `[moderate]`) carries `error: null`  |
 */
export type PixazoQuirk = 'no-output' | 'no-error';

/** Every Pixazo marker, as written in a prompt without the `[pixazo:` … `]` frame. */
export const PIXAZO_QUIRKS: readonly PixazoQuirk[] = ['no-output', 'no-error'];

/** The Pixazo markers of a job's request prompt. */
export function pixazoQuirksOf(job: JobRecord): ReadonlySet<PixazoQuirk> {
  const prompt = FieldReader.isObject(job.request) ? job.request.prompt : undefined;
  if (typeof prompt !== 'string') return new Set();
  const lower = prompt.toLowerCase();
  return new Set(PIXAZO_QUIRKS.filter((quirk) => lower.includes(`[pixazo:${quirk}]`)));
}
