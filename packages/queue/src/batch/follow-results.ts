import type { Redis } from 'ioredis';
import { closeRedisClient } from '../redis/redis-connection.ts';
import type { BatchStore } from './batch-store.ts';
import type { BatchItemOutcome, BatchProgress } from './batch-types.ts';

// How long one blocking read waits before progress is checked again.
const BLOCK_MS = 1_000;

/**
 * Reads a batch's outcome stream from the start: yields each outcome, and while items are still
 * queued or submitted (and `follow` is on), waits for more on a connection of its own (a blocking
 * read holds it). Ends when every item has ended and the stream is read to its end.
 */
export async function* followResults(
  client: Redis,
  store: BatchStore,
  batchId: string,
  progress: () => Promise<BatchProgress>,
  options: { follow?: boolean; signal?: AbortSignal },
): AsyncGenerator<BatchItemOutcome> {
  const follow = options.follow ?? true;
  const reader = follow ? client.duplicate() : client;
  reader.on('error', () => {});
  let after = '0';
  try {
    await progress();
    for (;;) {
      if (options.signal?.aborted) return;
      const batch = await store.readOutcomes(reader, batchId, after, 0);
      for (const { id, outcome } of batch) {
        after = id;
        yield outcome;
      }
      if (batch.length > 0) continue;
      const now = await progress();
      if (!follow || now.queued + now.submitted === 0) {
        // One last read: outcomes written between the empty read and the progress check.
        const rest = await store.readOutcomes(reader, batchId, after, 0);
        for (const { outcome } of rest) yield outcome;
        if (rest.length === 0) return;
        after = rest.at(-1)!.id;
        continue;
      }
      const waited = await store.readOutcomes(reader, batchId, after, BLOCK_MS);
      for (const { id, outcome } of waited) {
        after = id;
        yield outcome;
      }
    }
  } finally {
    if (reader !== client) await closeRedisClient(reader);
  }
}
