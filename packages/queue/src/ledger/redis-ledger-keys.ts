/** The Redis keys of one ledger (all under one prefix). */
export interface RedisLedgerKeys {
  /** List of submission ids in the order their intents were written. */
  order: string;
  /** Hash: idempotency key → submission id. */
  byKey: string;
  /** Hash: submission id → state (`intent`, `accepted`, `refused`, `uncertain`). */
  state: string;
  /** Prefix of the per-submission event lists (`<events>:<submission id>`). */
  events: string;
}

/**
 * The key layout of a ledger under `prefix`. For Redis Cluster give a hash-tagged prefix such as
 * `{grok-imagine}` so one script's keys share a slot.
 */
export function redisLedgerKeys(prefix: string): RedisLedgerKeys {
  const base = `${prefix}:ledger`;
  return { order: `${base}:order`, byKey: `${base}:key`, state: `${base}:state`, events: `${base}:events:` };
}
