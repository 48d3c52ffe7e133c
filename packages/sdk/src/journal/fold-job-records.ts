import type { JobRecord } from './job-record.ts';

/**
 * Folds appended records into one per job id, in first-seen order. A later record overrides the
 * fields it sets and keeps the rest (so the request and quote of the first record survive updates).
 */
export function foldJobRecords(records: Iterable<JobRecord>): JobRecord[] {
  const byId = new Map<string, JobRecord>();
  for (const record of records) {
    const previous = byId.get(record.id);
    if (!previous) {
      byId.set(record.id, record);
      continue;
    }
    const merged: JobRecord = { ...previous };
    for (const [key, value] of Object.entries(record)) {
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    }
    byId.set(record.id, merged);
  }
  return [...byId.values()];
}
