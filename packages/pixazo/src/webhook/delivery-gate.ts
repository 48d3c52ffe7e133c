import type { WebhookSeenStore } from './seen-store.ts';

/** Pixazo statuses after which a job never changes. */
const TERMINAL_STATUSES = new Set(['COMPLETED', 'FAILED', 'ERROR']);

/**
 * What to do with a delivery: hand it on (`new`), or answer 200 and drop it — a repeat of a
 * delivery already handled (`duplicate`), or any status after the job's terminal one
 * (`after_terminal`: a late or replayed `PROCESSING` must not undo a `COMPLETED`).
 */
export type DeliveryVerdict = 'new' | 'duplicate' | 'after_terminal';

/** Decides each delivery of a job in arrival order. */
export type DeliveryGate = (jobId: string, status: string) => Promise<DeliveryVerdict>;

/**
 * Builds the gate over a seen store. Keys are `<job id>:<STATUS>` per delivery and
 * `<job id>:terminal` once a job ended, so memory is bounded by the store (the default one keeps
 * the newest 10,000 keys) and a shared store (Redis…) extends both checks across instances.
 * Deliveries of one job are decided one at a time, so two racing deliveries (even with an
 * asynchronous store) cannot both pass, nor a `PROCESSING` slip past a `COMPLETED` being recorded.
 */
export function createDeliveryGate(seen: WebhookSeenStore): DeliveryGate {
  // One chain per job id being decided right now; removed when it settles.
  const chains = new Map<string, Promise<unknown>>();

  async function decide(jobId: string, status: string): Promise<DeliveryVerdict> {
    if (await seen.has(`${jobId}:${status}`)) return 'duplicate';
    if (await seen.has(`${jobId}:terminal`)) return 'after_terminal';
    await seen.add(`${jobId}:${status}`);
    if (TERMINAL_STATUSES.has(status)) await seen.add(`${jobId}:terminal`);
    return 'new';
  }

  return async (jobId, status) => {
    const previous = chains.get(jobId) ?? Promise.resolve();
    const run = previous.then(() => decide(jobId, status));
    const tail = run.catch(() => undefined);
    chains.set(jobId, tail);
    try {
      return await run;
    } finally {
      if (chains.get(jobId) === tail) chains.delete(jobId);
    }
  };
}
