/** The Redis keys of one batch, under the package prefix. */
export interface BatchKeys {
  /** Hash of counters: total, queued, submitted, done, failed, expired, uncertain, spentTicks, cancelled. */
  meta: string;
  /** Hash: item key → state. */
  state: string;
  /** List of item keys in enqueue order. */
  order: string;
  /** Hash: item key → outcome JSON, once it ended. */
  outcome: string;
  /** Hash: item key → USD ticks it counts towards `spentUsd`. */
  ticks: string;
  /** Stream of outcomes in the order items ended (what `results` reads). */
  results: string;
}

/** Hash of every enqueued item key → its batch id: enqueuing a key twice adds nothing. */
export function itemRegistryKey(prefix: string): string {
  return `${prefix}:items`;
}

/** Hash of running provider jobs (`<provider>:<id>`) → `{ batchId, key }`: how a webhook finds its item. */
export function jobItemsKey(prefix: string): string {
  return `${prefix}:job-items`;
}

/** The keys of batch `batchId`. */
export function batchKeys(prefix: string, batchId: string): BatchKeys {
  const base = `${prefix}:batch:${batchId}`;
  return {
    meta: `${base}:meta`,
    state: `${base}:state`,
    order: `${base}:order`,
    outcome: `${base}:outcome`,
    ticks: `${base}:ticks`,
    results: `${base}:results`,
  };
}

/**
 * The BullMQ job id of an item: its key, with `%` and `:` escaped (BullMQ refuses `:` in ids) and a
 * prefix so a numeric key is not taken for a number.
 */
export function queueJobId(key: string): string {
  return `item-${key.replace(/%/g, '%25').replace(/:/g, '%3A')}`;
}
