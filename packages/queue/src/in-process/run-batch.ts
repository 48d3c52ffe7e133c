import { type GenerationRequest, ticksToUsd } from '@grok-imagine/core';
import { createImagine, type Imagine, type NodeGrokImagineConfig } from '@grok-imagine/sdk/node';
import type { BatchItem, BatchItemOutcome, BatchProgress } from '../batch/batch-types.ts';
import { checkBatchId, checkBatchInput } from '../batch/check-batch-input.ts';
import { jobTicks } from '../batch/item-outcome.ts';
import { OutcomeFeed } from './outcome-feed.ts';
import { runItem } from './run-item.ts';

/** Options of `runBatch`. */
export interface RunBatchOptions {
  /** The sdk client to use; default: `createImagine(config)` (Node entry: journal file, config file). */
  imagine?: Imagine;
  /** Configuration for the client `runBatch` creates when `imagine` is not given. */
  config?: NodeGrokImagineConfig;
  /** Names the batch (default: a new UUID); default keys are `<batchId>/<index>`. */
  batchId?: string;
  /**
   * One idempotency key per request. With a persistent ledger (a journal file), running the same
   * batch again sends nothing twice: finished items come back from the ledger, running ones are waited on.
   */
  keys?: readonly string[];
  /** Items in flight at once (default 8); the client's rate limits and job cap still apply. */
  concurrency?: number;
  /** Give up waiting for one job after this long (it goes on at the provider; the item ends `failed`). */
  waitTimeoutMs?: number;
  /** Stops the run (items in flight go on at the provider; `done` rejects). */
  signal?: AbortSignal;
}

/** A batch running in this process. */
export interface BatchRun {
  readonly batchId: string;
  /** Counts by state and spend, now. */
  progress(): BatchProgress;
  /** Each item's outcome as it ends, from the first on every call, until every item has ended. */
  results(): AsyncIterable<BatchItemOutcome>;
  /** Stops unsubmitted items and cancels running jobs where the provider can. */
  cancel(): void;
  /** Resolves with the final progress once every item has ended. */
  readonly done: Promise<BatchProgress>;
}

/**
 * Runs a batch in this process, without Redis: the same items, keys, outcomes and progress as a
 * Redis batch, through one sdk client (its memory or file ledger, rate limits and job cap).
 */
export function runBatch(requests: readonly GenerationRequest[], options: RunBatchOptions = {}): BatchRun {
  const batchId = checkBatchId(options.batchId ?? globalThis.crypto.randomUUID());
  checkBatchInput(requests, options.keys);
  const imagine = options.imagine ?? createImagine(options.config);
  const keys = options.keys ?? requests.map((_, index) => `${batchId}/${index}`);
  const items: BatchItem[] = requests.map((request, index) => ({
    batchId,
    key: keys[index]!,
    index,
    request,
  }));
  const counts: BatchProgress = {
    total: items.length,
    queued: items.length,
    submitted: 0,
    done: 0,
    failed: 0,
    expired: 0,
    uncertain: 0,
    spentUsd: 0,
  };
  const ticks = new Map<string, number>();
  const feed = new OutcomeFeed();
  const cancelListeners = new Set<() => void>();
  let cancelled = false;
  let spentTicks = 0;

  const count = (key: string, value: number | undefined) => {
    spentTicks += (value ?? 0) - (ticks.get(key) ?? 0);
    ticks.set(key, value ?? 0);
    counts.spentUsd = ticksToUsd(spentTicks);
  };
  const context = {
    imagine,
    cancelled: () => cancelled,
    onCancel(listener: () => void) {
      cancelListeners.add(listener);
      return () => cancelListeners.delete(listener);
    },
    signal: options.signal,
    waitTimeoutMs: options.waitTimeoutMs,
    submitted(item: BatchItem, job: Parameters<typeof jobTicks>[0]) {
      counts.queued--;
      counts.submitted++;
      count(item.key, jobTicks(job, undefined));
    },
  };
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const item = items[next++]!;
      const outcome = await runItem(context, item);
      const wasSubmitted = ticks.has(item.key);
      if (wasSubmitted) counts.submitted--;
      else counts.queued--;
      counts[outcome.state]++;
      // An uncertain item may have been charged: it counts at its quote, as the ledger counts it.
      const quoted = outcome.state === 'uncertain' ? imagine.quote(item.request).usdTicks : 0;
      count(item.key, outcome.job ? jobTicks(outcome.job, undefined) : quoted);
      feed.push(outcome);
    }
  }
  const lanes = Math.max(1, Math.min(options.concurrency ?? 8, items.length));
  const done = Promise.all(Array.from({ length: lanes }, lane)).then(() => ({ ...counts }));
  void done.finally(() => feed.close()).catch(() => {});
  return {
    batchId,
    progress: () => ({ ...counts }),
    results: () => feed.read(),
    cancel() {
      cancelled = true;
      for (const listener of cancelListeners) listener();
    },
    done,
  };
}
