import type { StartResult } from './adapter-result.ts';

/** What core knows of an uncertain submission when it asks an adapter to find its job. */
export interface ReconcileQuery {
  /** The normalized request as the ledger holds it (media inputs as URLs or placeholders). */
  request: Readonly<Record<string, unknown>> & { type: string; prompt?: unknown };
  /** The model or endpoint the plan chose. */
  route?: string | undefined;
  /** When the intent was written (ms since the epoch): the job cannot be older. */
  submittedAt: number;
  /** True for a provider job id another ledger entry already owns: never a match. */
  isOwned(providerJobId: string): boolean;
}

/**
 * What reconcile found:
 * - `found`: exactly one unowned job matches by evidence (type/model, prompt, and what else the
 *   provider shows), created after the intent;
 * - `ambiguous`: several match; their ids go into the `SubmissionUncertainError`;
 * - `none`: nothing matches, or nothing could be proven (no evidence is no match).
 */
export type ReconcileResult =
  | { outcome: 'found'; job: StartResult }
  | { outcome: 'ambiguous'; candidates: string[] }
  | { outcome: 'none' };
