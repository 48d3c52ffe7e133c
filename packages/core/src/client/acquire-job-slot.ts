import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import { AbortedError } from '../errors/aborted-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import type { Job } from '../job/job.ts';
import { pollDelay, resolvePollOptions } from '../poll/poll-schedule.ts';
import { isTransientPollError } from '../poll/transient-error.ts';
import type { PollHint } from '../provider/provider-adapter.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { PollOptions } from './client-types.ts';
import type { JobSlots } from './job-slots.ts';

/** Options of `acquireJobSlot`. */
export interface AcquireJobSlotOptions {
  /** The client's slot counter. */
  slots: JobSlots;
  /** Sleeps between re-reads of held jobs. */
  clock: Clock;
  /** Jitter source for the re-read cadence. */
  random: () => number;
  /** The client's poll cadence, used for re-reads. */
  poll?: PollOptions | undefined;
  /** The provider's preferred cadence. */
  hint?: PollHint | undefined;
  /** Aborts the wait with `AbortedError`. */
  signal?: AbortSignal | undefined;
  /** Told once when a submission has to wait. */
  logger: Logger;
  /** For messages. */
  provider: ProviderId;
  /** Reads a held job once (the client's `get`), which frees its slot when it has ended. */
  refresh: (jobId: string) => Promise<Job>;
}

/**
 * Reserves a concurrent-job slot, waiting while all are in use. While it waits it re-reads the jobs
 * holding slots on the poll cadence, so a slot frees even when nobody else is waiting on those jobs;
 * while the slots are only held by submissions in flight it waits for one of them to settle.
 * A held job the provider no longer knows (404) gives its slot up; a non-transient read error ends
 * the wait with that error.
 */
export async function acquireJobSlot(options: AcquireJobSlotOptions): Promise<void> {
  const { slots, clock, signal } = options;
  const schedule = resolvePollOptions(options.poll, options.hint);
  for (let attempt = 0; !slots.tryReserve(); attempt++) {
    if (attempt === 0) {
      options.logger.info?.(`${options.provider}: ${slots.max} jobs running; waiting for one to end`, {
        jobs: slots.heldIds(),
      });
    }
    try {
      // With no job to re-read (every slot is a submission still in flight), wait for one to settle.
      if (slots.heldIds().length === 0) await slots.nextChange(signal);
      else await clock.sleep(pollDelay(attempt, schedule, options.random), signal);
    } catch (error) {
      if (!signal?.aborted) throw error;
      throw new AbortedError(`${options.provider}: submission aborted while waiting for a job slot.`, {
        provider: options.provider,
        cause: signal.reason,
      });
    }
    for (const id of slots.heldIds()) {
      if (slots.max === undefined || slots.inUse < slots.max) break;
      try {
        await options.refresh(id);
      } catch (error) {
        if (NotFoundError.isInstance(error)) slots.release(id);
        else if (!isTransientPollError(error)) throw error;
      }
    }
  }
}
