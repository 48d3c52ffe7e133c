/** How fast an average moves towards each new observation. */
const WEIGHT = 0.3;
/** Narrowest and widest learned spread. */
const MIN_SPREAD = 0.15;
const MAX_SPREAD = 0.6;

interface Learned {
  /** Observed ÷ expected duration, averaged. */
  ratio: number;
  /** Relative deviation from that average, averaged. */
  deviation: number;
  samples: number;
}

/**
 * Learns how a provider's real job durations compare with its hint, per kind (image, video): each
 * job seen to end corrects the next estimates. An estimate without samples is the hint's.
 */
export class DurationLearner {
  private readonly kinds = new Map<string, Learned>();

  /** Records a job of `kind` expected to take `expectedMs` that took `observedMs`. */
  record(kind: string, expectedMs: number, observedMs: number): void {
    if (!(expectedMs > 0) || !(observedMs > 0)) return;
    const ratio = observedMs / expectedMs;
    const known = this.kinds.get(kind);
    if (!known) {
      this.kinds.set(kind, { ratio, deviation: 0, samples: 1 });
      return;
    }
    const deviation = Math.abs(ratio - known.ratio) / known.ratio;
    known.ratio += WEIGHT * (ratio - known.ratio);
    known.deviation += WEIGHT * (deviation - known.deviation);
    known.samples++;
  }

  /** The estimate for a job of `kind` the hint puts at `expectedMs` ± `spread`. */
  estimate(kind: string, expectedMs: number, spread: number): { expectedMs: number; spread: number } {
    const known = this.kinds.get(kind);
    if (!known) return { expectedMs, spread };
    // One sample says little about the spread: keep the hint's until a few agree.
    const learnedSpread = Math.min(MAX_SPREAD, Math.max(MIN_SPREAD, 2.5 * known.deviation));
    return {
      expectedMs: expectedMs * known.ratio,
      spread: known.samples < 3 ? Math.max(spread, learnedSpread) : learnedSpread,
    };
  }
}
