import type { RequestType } from '../request/request-types.ts';

/**
 * How long a provider's jobs usually take, as data: the poll schedule starts from these estimates
 * and learns from the jobs it sees end. Estimates, not promises: `spread` says how far real
 * durations stray from them.
 */
export interface ExpectedDurationHint {
  /** An image job: a fixed part plus a part per image asked for (`n`). */
  image?: { baseMs: number; perImageMs: number };
  /**
   * A video job: a fixed part plus a part per second of output, times a factor for the resolution
   * (missing resolutions count 1).
   */
  video?: {
    baseMs: number;
    perSecondMs: number;
    resolutionFactor?: Partial<Record<'480p' | '720p' | '1080p', number>>;
  };
  /** Relative spread of real durations around the estimate (0.3 = ±30 %). */
  spread: number;
}

/** The fields of a request that drive how long its job takes. */
export interface DurationFacts {
  type: RequestType;
  n?: unknown;
  duration?: unknown;
  resolution?: unknown;
}

/** Seconds of output assumed when a request does not say (an edit keeps its input's length). */
const DEFAULT_VIDEO_SECONDS = 6;

function isImageType(type: RequestType): boolean {
  return type === 'text-to-image' || type === 'image-edit';
}

/**
 * The expected duration of a job in ms from the request's type, `n`, `duration` and `resolution`,
 * or `undefined` when the hint has nothing for its kind.
 */
export function expectedDurationMs(hint: ExpectedDurationHint, facts: DurationFacts): number | undefined {
  if (isImageType(facts.type)) {
    if (!hint.image) return undefined;
    const n = typeof facts.n === 'number' && facts.n > 0 ? facts.n : 1;
    return hint.image.baseMs + hint.image.perImageMs * n;
  }
  if (!hint.video) return undefined;
  const seconds =
    typeof facts.duration === 'number' && facts.duration > 0 ? facts.duration : DEFAULT_VIDEO_SECONDS;
  const resolution = facts.resolution as '480p' | '720p' | '1080p' | undefined;
  const factor = (resolution && hint.video.resolutionFactor?.[resolution]) ?? 1;
  return (hint.video.baseMs + hint.video.perSecondMs * seconds) * factor;
}

/** The kind a learned correction applies to: images and videos of a provider learn apart. */
export function durationKind(type: RequestType): 'image' | 'video' {
  return isImageType(type) ? 'image' : 'video';
}
