/**
 * A catalogue of product shots as one batch: enqueued on Redis, worked by any number of worker
 * processes on any number of machines, read back as outcomes. The same batch runs without Redis too.
 */
import type { GenerationRequest } from '@grok-imagine/sdk';
import { download } from '@grok-imagine/sdk/node';
import {
  type BatchProgress,
  createBatchQueue,
  RedisUnavailableError,
  runBatch,
  startWorker,
} from '@grok-imagine/queue';

const REDIS = 'redis://127.0.0.1:6379';

/** One request per product; the SKU is the item's idempotency key. */
export function productShots(skus: readonly string[]): { requests: GenerationRequest[]; keys: string[] } {
  const requests = skus.map(
    (sku): GenerationRequest => ({
      type: 'text-to-image',
      prompt: `Studio photo of product ${sku} on white`,
      aspectRatio: '1:1',
    }),
  );
  return { requests, keys: skus.map((sku) => `catalogue-2026/${sku}`) };
}

/** The producer: enqueue (again, safely: known keys add nothing), then save each image as it is done. */
export async function produce(skus: readonly string[]): Promise<BatchProgress> {
  const queue = createBatchQueue({ connection: REDIS });
  try {
    const { requests, keys } = productShots(skus);
    const { batchId, added, skipped } = await queue.enqueue(requests, { batchId: 'catalogue-2026', keys });
    console.log(`${added} items added, ${skipped.length} were already there`);
    for await (const outcome of queue.results(batchId)) {
      if (outcome.state === 'done' && outcome.job)
        await download(outcome.job, { dir: 'out', overwrite: true });
      // Sent, answer lost: the job may exist and be charged. Never sent again on its own.
      else if (outcome.state === 'uncertain') console.warn(outcome.key, outcome.error?.hint);
      else console.warn(outcome.key, outcome.state, outcome.error?.message);
    }
    return await queue.progress(batchId);
  } catch (error) {
    // Redis went away: the batch is safe there and goes on when it is back.
    if (RedisUnavailableError.isRedisUnavailable(error)) console.error('Redis is down; run this again later');
    throw error;
  } finally {
    await queue.close();
  }
}

/** A worker process: run as many as you like. They share xAI's rate limits and job cap through Redis. */
export function work(): () => Promise<void> {
  const worker = startWorker({
    connection: REDIS,
    config: { provider: 'xai' }, // the key comes from XAI_API_KEY
    concurrency: 16,
  });
  process.once('SIGTERM', () => void worker.close());
  return () => worker.close();
}

/** The same batch in this process, without Redis, on the journal file (a re-run sends nothing twice). */
export async function runHere(skus: readonly string[]): Promise<BatchProgress> {
  const { requests, keys } = productShots(skus);
  const run = runBatch(requests, {
    config: { journal: { file: '.grok-imagine/jobs.jsonl' } },
    keys,
    concurrency: 4,
  });
  for await (const outcome of run.results()) console.log(outcome.index, outcome.state);
  return run.done;
}
