import { SingleBar } from 'cli-progress';
import type { BatchProgress } from '@grok-imagine/queue';
import type { CliIo } from '../cli-io.ts';

/** A progress display over a whole batch. */
export interface BatchProgressView {
  update(progress: BatchProgress): void;
  stop(): void;
}

/** `12/40 ended · done 10 · failed 1 · expired 0 · uncertain 1 · running 3 · $0.84` */
export function describeBatchProgress(progress: BatchProgress): string {
  const ended = progress.total - progress.queued - progress.submitted;
  return (
    `${ended}/${progress.total} ended · done ${progress.done} · failed ${progress.failed} · expired ${progress.expired}` +
    ` · uncertain ${progress.uncertain} · running ${progress.submitted} · $${progress.spentUsd.toFixed(2)}`
  );
}

/**
 * One bar over the batch on a terminal; on a pipe, a plain line whenever the counts change (at most
 * once a second); nothing with `--json`.
 */
export function createBatchProgress(io: CliIo, json: boolean, batchId: string): BatchProgressView {
  if (json) return { update() {}, stop() {} };
  if (!io.isTTY) {
    let last = '';
    let lastAt = 0;
    return {
      update(progress) {
        const line = describeBatchProgress(progress);
        const finished = progress.queued + progress.submitted === 0;
        if (line === last || (!finished && Date.now() - lastAt < 1_000)) return;
        last = line;
        lastAt = Date.now();
        io.stderr.write(`batch ${batchId}: ${line}\n`);
      },
      stop() {},
    };
  }
  let bar: SingleBar | undefined;
  return {
    update(progress) {
      const ended = progress.total - progress.queued - progress.submitted;
      if (!bar) {
        bar = new SingleBar({
          stream: io.stderr,
          format: `batch ${batchId} {bar} {summary}`,
          barsize: 20,
          hideCursor: true,
          gracefulExit: false,
          fps: 5,
        });
        bar.start(progress.total, ended, { summary: describeBatchProgress(progress) });
        return;
      }
      bar.update(ended, { summary: describeBatchProgress(progress) });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
