import type { LedgerEntry, LedgerEvent } from './ledger-types.ts';

/**
 * Applies one event to the entry it concerns and returns the new entry (a fresh object; the old one
 * is left as it was). An event for an unknown submission, other than an intent or snapshot, is
 * ignored: a torn history must not invent entries.
 */
export function foldLedgerEvent(
  previous: LedgerEntry | undefined,
  event: LedgerEvent,
): LedgerEntry | undefined {
  switch (event.event) {
    case 'snapshot':
      return event.entry;
    case 'intent':
      // Written once per submission; a repeat (a replayed line) changes nothing.
      return previous ?? { ...event.intent, state: 'intent', intentAt: event.at, updatedAt: event.at };
    case 'accepted':
      if (!previous) return undefined;
      return {
        ...previous,
        state: 'accepted',
        jobId: event.job.id,
        job: event.job,
        error: undefined,
        candidates: undefined,
        updatedAt: event.at,
      };
    case 'refused':
      if (!previous || previous.state === 'accepted') return previous;
      return { ...previous, state: 'refused', error: event.error, updatedAt: event.at };
    case 'uncertain':
      if (!previous || previous.state === 'accepted') return previous;
      return {
        ...previous,
        state: 'uncertain',
        error: event.error,
        candidates: event.candidates,
        updatedAt: event.at,
      };
    case 'job':
      if (previous?.state !== 'accepted') return previous;
      return { ...previous, job: event.job, updatedAt: event.at };
    case 'superseded':
      if (!previous) return undefined;
      return { ...previous, supersededBy: event.by, updatedAt: event.at };
  }
}

/** The submission id an event concerns. */
export function submissionIdOf(event: LedgerEvent): string {
  switch (event.event) {
    case 'snapshot':
      return event.entry.submissionId;
    case 'intent':
      return event.intent.submissionId;
    default:
      return event.submissionId;
  }
}
