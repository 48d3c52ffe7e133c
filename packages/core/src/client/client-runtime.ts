import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../clock/logger.ts';
import type { Job } from '../job/job.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { HeldJobWatch } from './acquire-job-slot.ts';
import type { ClientOptions } from './client-types.ts';
import type { JobSlots } from './job-slots.ts';

/** What the parts of one client share: built once by `createClient`. */
export interface ClientRuntime {
  adapter: ProviderAdapter;
  ledger: Ledger;
  slots: JobSlots;
  clock: Clock;
  logger: Logger;
  random: () => number;
  options: ClientOptions;
  /** Records a job state the client has seen: ledger, slots. */
  observe(job: Job): Promise<Job>;
  /** Keeps the jobs holding slots polled while a submitter waits for one. */
  watchHeld(): HeldJobWatch;
}
