import { type GenericFormatter, MultiBar, type SingleBar } from 'cli-progress';
import type { Job } from '@grok-imagine/sdk/node';
import type { CliStream } from '../cli-io.ts';
import { describeState, type ProgressView } from './progress-view.ts';

interface BarPayload {
  id: string;
  state: string;
  price: string;
}

const MAX_BAR = 24;
const MIN_BAR = 8;
const MAX_ID = 40;
const MIN_ID = 12;

/** `pixazo:grok-imagine-video-…-1205ca81c558`: long provider ids keep their start and end. */
function shortenId(id: string, max: number): string {
  if (id.length <= max) return id;
  const keep = max - 1;
  return `${id.slice(0, Math.ceil(keep / 2))}…${id.slice(id.length - Math.floor(keep / 2))}`;
}

// Lines must fit the terminal: cli-progress cuts longer ones, which would hide percent and price.
function formatter(stream: CliStream): GenericFormatter {
  return (_options, params, payload: BarPayload) => {
    const width = (stream as { columns?: number }).columns ?? 80;
    const percent = `${Math.round(params.progress * 100)}%`.padStart(4);
    const elapsed = `${Math.round((Date.now() - params.startTime) / 1000)}s`.padStart(4);
    const price = payload.price ? `  quoted ${payload.price}` : '';
    const state = payload.state.padEnd(10);
    const rest = 2 + state.length + 1 + percent.length + 2 + elapsed.length + price.length;
    // Every line gets the same id column, so the bars of several jobs line up.
    const idWidth = Math.max(MIN_ID, Math.min(MAX_ID, width - 1 - rest));
    const id = shortenId(payload.id, idWidth).padEnd(idWidth);
    const size = Math.min(MAX_BAR, width - 1 - rest - id.length - 1);
    const filled = Math.round(params.progress * Math.max(size, 0));
    const bar = size >= MIN_BAR ? `${'█'.repeat(filled)}${'░'.repeat(size - filled)} ` : '';
    return `${id}  ${state} ${bar}${percent}  ${elapsed}${price}`;
  };
}

/** A live display on a terminal (cli-progress): one bar per job with phase, percent, elapsed time and quote. */
export function createTtyProgress(stream: CliStream): ProgressView {
  const bars = new Map<string, { bar: SingleBar; payload: BarPayload }>();
  let multibar: MultiBar | undefined;
  const value = (job: Job) => (job.status === 'done' ? 100 : Math.max(0, Math.min(100, job.progress ?? 0)));
  return {
    update(job, price) {
      // The bar is created lazily so a command that ends before any job runs leaves the screen alone.
      multibar ??= new MultiBar({
        stream,
        format: formatter(stream),
        hideCursor: true,
        clearOnComplete: false,
        // The CLI handles Ctrl-C itself (it must print how to resume); cli-progress must not.
        gracefulExit: false,
        fps: 5,
      });
      const existing = bars.get(job.id);
      if (!existing) {
        const payload: BarPayload = { id: job.id, state: describeState(job), price: price ?? '' };
        bars.set(job.id, { bar: multibar.create(100, value(job), payload), payload });
        return;
      }
      existing.payload.state = describeState(job);
      if (price !== undefined) existing.payload.price = price;
      existing.bar.update(value(job), existing.payload);
    },
    stop() {
      multibar?.stop();
      multibar = undefined;
      bars.clear();
    },
  };
}
