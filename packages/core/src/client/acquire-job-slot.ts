import type { Logger } from '../clock/logger.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { JobSlots } from './job-slots.ts';

/** Keeps the jobs holding slots polled while a submitter waits. */
export interface HeldJobWatch {
  /** Polls every held job not polled yet (call after each change of the slots). */
  sync(): void;
  /** This submitter no longer waits. */
  stop(): void;
}

/** Options of `acquireJobSlot`. */
export interface AcquireJobSlotOptions {
  /** The client's slot counter. */
  slots: JobSlots;
  /** Aborts the wait with `AbortedError`. */
  signal?: AbortSignal | undefined;
  /** Told once when a submission has to wait. */
  logger: Logger;
  /** For messages. */
  provider: ProviderId;
  /** Starts keeping held jobs polled (one loop per job, shared with `wait()` calls). */
  watchHeld: () => HeldJobWatch;
}

/**
 * Reserves a concurrent-job slot, waiting while all are in use. The waiting submitter reads nothing
 * itself: it sleeps until a slot changes (a reservation given back, a job held, a job seen ending),
 * while the client keeps one poll loop per held job so a slot frees even when nobody else waits on
 * that job. A held job the provider no longer knows (404) gives its slot up; a read error that ends
 * a held job's loop ends this wait with that error.
 */
export async function acquireJobSlot(options: AcquireJobSlotOptions): Promise<void> {
  const { slots, signal } = options;
  if (slots.tryReserve()) return;
  options.logger.info?.(`${options.provider}: ${slots.max} jobs running; waiting for one to end`, {
    jobs: slots.heldIds(),
  });
  const watch = options.watchHeld();
  try {
    do {
      watch.sync();
      await slots.nextChange(signal);
    } while (!slots.tryReserve());
  } catch (error) {
    if (!signal?.aborted) throw error;
    throw new AbortedError(`${options.provider}: submission aborted while waiting for a job slot.`, {
      provider: options.provider,
      cause: signal.reason,
    });
  } finally {
    watch.stop();
  }
}
