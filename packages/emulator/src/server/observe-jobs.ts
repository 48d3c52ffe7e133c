import type { ProviderName } from '../state/provider-name.ts';
import type { EmulatorState } from './emulator-state.ts';
import type { ProviderModule } from './provider-module.ts';

/**
 * Looks at every job's status now and tells its provider module about each change (webhooks,
 * refunds). Runs before every request and from a small ticker, so status stays lazily computed.
 */
export function observeJobs(
  state: EmulatorState,
  modules: Readonly<Record<ProviderName, ProviderModule>>,
): void {
  const now = state.clock.now();
  for (const job of state.jobs.all()) {
    const module = modules[job.provider];
    const status = module.statusLabel(job, now);
    if (status === job.lastStatus) continue;
    job.lastStatus = status;
    module.onStatusChange?.(job, status, state);
  }
}
