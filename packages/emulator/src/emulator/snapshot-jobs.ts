import type { EmulatorState } from '../server/emulator-state.ts';
import type { ProviderModule } from '../server/provider-module.ts';
import { phaseOf } from '../state/job-record.ts';
import type { ProviderName } from '../state/provider-name.ts';
import type { EmulatorJob } from './emulator.ts';

/** Every job as a snapshot at the current clock time, keyed by job id. */
export function snapshotJobs(
  state: EmulatorState,
  modules: Readonly<Record<ProviderName, ProviderModule>>,
): ReadonlyMap<string, EmulatorJob> {
  const now = state.clock.now();
  const out = new Map<string, EmulatorJob>();
  for (const job of state.jobs.all()) {
    out.set(job.id, {
      provider: job.provider,
      id: job.id,
      kind: job.kind,
      endpoint: job.endpoint,
      model: job.model,
      status: modules[job.provider].statusLabel(job, now),
      phase: phaseOf(job, now),
      request: job.request,
      outcome: job.outcome,
      createdAt: job.createdAt,
      readyAt: job.readyAt,
      expiresAt: job.expiresAt,
      cost: job.cost,
      refunded: job.refunded,
      mediaUrls: job.media.map((file) => file.url),
    });
  }
  return out;
}
