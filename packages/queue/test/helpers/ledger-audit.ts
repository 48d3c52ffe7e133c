import type { EmulatorJob } from '@grok-imagine/emulator';
import type { LedgerEntry } from '@grok-imagine/sdk';

/** What the emulator's job list says about a batch's ledger. */
export interface BatchAudit {
  /** Emulator jobs. */
  jobs: number;
  /** Prompts the emulator created more than one job for: paid twice. */
  duplicates: string[];
  /**
   * Emulator jobs the ledger does not know: not accepted under their id, and no live entry (intent,
   * accepted, uncertain) of the same provider and prompt. Synchronous images (xAI) carry no provider
   * id, so they are matched by prompt; every prompt in these tests is unique.
   */
  unknownToLedger: string[];
  /** Idempotency keys held by more than one live entry. */
  keysTwice: string[];
  /** Ledger entries by state. */
  states: Record<string, number>;
}

function promptOf(request: unknown): string {
  const body = request as { prompt?: unknown; input?: { prompt?: unknown } } | null;
  const prompt = body?.prompt ?? body?.input?.prompt;
  return typeof prompt === 'string' ? prompt : '';
}

/** Compares the emulator's jobs with the ledger's entries (see `BatchAudit`). */
export function auditBatch(emulatorJobs: Iterable<EmulatorJob>, entries: readonly LedgerEntry[]): BatchAudit {
  const ids = new Set<string>();
  const prompts = new Set<string>();
  const keys = new Map<string, number>();
  const states: Record<string, number> = {};
  for (const entry of entries) {
    states[entry.state] = (states[entry.state] ?? 0) + 1;
    if (entry.state === 'refused') continue;
    if (entry.jobId) ids.add(entry.jobId);
    prompts.add(`${entry.provider}|${String(entry.request.prompt)}`);
    if (entry.key) keys.set(entry.key, (keys.get(entry.key) ?? 0) + 1);
  }
  const byPrompt = new Map<string, number>();
  const unknownToLedger: string[] = [];
  let jobs = 0;
  for (const job of emulatorJobs) {
    jobs++;
    const prompt = promptOf(job.request);
    byPrompt.set(prompt, (byPrompt.get(prompt) ?? 0) + 1);
    if (!ids.has(`${job.provider}:${job.id}`) && !prompts.has(`${job.provider}|${prompt}`)) {
      unknownToLedger.push(`${job.provider}:${job.id} "${prompt}"`);
    }
  }
  return {
    jobs,
    duplicates: [...byPrompt].filter(([, count]) => count > 1).map(([prompt]) => prompt),
    unknownToLedger,
    keysTwice: [...keys].filter(([, count]) => count > 1).map(([key]) => key),
    states,
  };
}
