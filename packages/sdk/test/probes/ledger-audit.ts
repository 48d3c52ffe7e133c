import type { EmulatorJob } from '@grok-imagine/emulator';
import type { LedgerEntry } from '@grok-imagine/sdk';

/** What the emulator's own job list says about the ledger. */
export interface LedgerAudit {
  /** Emulator jobs. */
  jobs: number;
  /** Prompts the emulator created more than one job for: paid twice. */
  paidTwice: string[];
  /** Emulator jobs the ledger knows neither as accepted (by id) nor as uncertain (by prompt). */
  unknownToLedger: string[];
  /** Jobs the ledger holds as accepted by two submissions. */
  claimedTwice: string[];
  /** Ledger entries by state. */
  states: Record<string, number>;
}

function promptOf(request: unknown): string {
  const body = request as { prompt?: unknown; input?: { prompt?: unknown } } | null;
  const prompt = body?.prompt ?? body?.input?.prompt;
  return typeof prompt === 'string' ? prompt : '';
}

/**
 * Compares the emulator's job list with the ledger: every emulator job must be known to the ledger
 * (accepted with its id, or an unresolved entry of the same provider and prompt), no prompt may have
 * two emulator jobs, and no job may be accepted by two submissions.
 */
export function auditLedger(
  emulatorJobs: Iterable<EmulatorJob>,
  entries: readonly LedgerEntry[],
): LedgerAudit {
  const accepted = new Map<string, number>();
  const unresolved = new Set<string>();
  // xAI answers an image request with the images only, no job id: the SDK names such jobs itself
  // (`xai:image-…`), so they are matched to the emulator's job by provider and prompt.
  const unnamed = new Set<string>();
  const states: Record<string, number> = {};
  for (const entry of entries) {
    states[entry.state] = (states[entry.state] ?? 0) + 1;
    if (entry.jobId) accepted.set(entry.jobId, (accepted.get(entry.jobId) ?? 0) + 1);
    if (entry.state === 'intent' || entry.state === 'uncertain')
      unresolved.add(`${entry.provider}|${String(entry.request.prompt)}`);
    if (entry.jobId?.startsWith('xai:image-'))
      unnamed.add(`${entry.provider}|${String(entry.request.prompt)}`);
  }
  const perPrompt = new Map<string, number>();
  const unknownToLedger: string[] = [];
  let jobs = 0;
  for (const job of emulatorJobs) {
    jobs++;
    const prompt = promptOf(job.request);
    perPrompt.set(prompt, (perPrompt.get(prompt) ?? 0) + 1);
    const byPrompt = `${job.provider}|${prompt}`;
    const known =
      accepted.has(`${job.provider}:${job.id}`) || unresolved.has(byPrompt) || unnamed.has(byPrompt);
    if (!known) unknownToLedger.push(`${job.provider}:${job.id} "${prompt}"`);
  }
  return {
    jobs,
    paidTwice: [...perPrompt].filter(([, count]) => count > 1).map(([prompt]) => prompt),
    unknownToLedger,
    claimedTwice: [...accepted].filter(([, count]) => count > 1).map(([id]) => id),
    states,
  };
}
