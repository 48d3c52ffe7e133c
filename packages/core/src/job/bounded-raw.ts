/** Deepest nesting of a provider body kept on `job.raw`; the providers' documented bodies are 3–4 levels deep. */
export const MAX_RAW_DEPTH = 16;

const CUT = '[nested too deep]';

/**
 * A copy of a provider body safe to keep on `job.raw`: anything nested deeper than
 * {@link MAX_RAW_DEPTH} is replaced by a marker. A hostile answer nested thousands of levels deep is
 * parsed without trouble but makes `JSON.stringify` (logs, journals, a user's own code) throw a
 * `RangeError`; the copy never does. The recursion stops at the limit, so it cannot overflow itself.
 * `buildJob` applies it to every job's `raw`, so no adapter has to remember it.
 */
export function boundedRaw(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_RAW_DEPTH) return CUT;
  if (Array.isArray(value)) return value.map((item) => boundedRaw(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = boundedRaw(inner, depth + 1);
  return copy;
}
