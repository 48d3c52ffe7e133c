import type { CliStream } from '../cli-io.ts';
import { describeState, type ProgressView } from './progress-view.ts';

interface Tracked {
  startedAt: number;
  price: string | undefined;
  last: string;
}

/** Elapsed seconds with one decimal, e.g. `3.2s`. */
export function formatElapsed(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * One line per change of state or progress, for logs and pipes:
 * `xai:abc  processing  40%  3.2s  quoted $0.42`.
 */
export function createPlainProgress(stream: CliStream, now: () => number = Date.now): ProgressView {
  const tracked = new Map<string, Tracked>();
  return {
    update(job, price) {
      let entry = tracked.get(job.id);
      if (!entry) {
        entry = { startedAt: now(), price, last: '' };
        tracked.set(job.id, entry);
      }
      if (price !== undefined) entry.price = price;
      const progress = job.progress === undefined ? undefined : `${Math.round(job.progress)}%`;
      // Only a change of state or progress is news; elapsed time alone is not worth a line.
      const key = [describeState(job), progress ?? ''].join('|');
      if (key === entry.last) return;
      entry.last = key;
      const cells = [job.id, describeState(job), progress, formatElapsed(now() - entry.startedAt)];
      if (entry.price) cells.push(`quoted ${entry.price}`);
      stream.write(`${cells.filter((cell) => cell !== undefined).join('  ')}\n`);
    },
    stop() {},
  };
}
