import { costFromQuote, type Job } from '@grok-imagine/core';
import type { JobRecord } from '../journal/job-record.ts';

/**
 * A job read in a later process has lost the catalog cost the submitting client kept in memory;
 * the journal still holds the quote, so the cost comes back from it. A failed job the provider did
 * not charge gets none.
 */
export function withJournaledCost(job: Job, record: JobRecord | undefined): Job {
  if (job.cost || !record?.quote) return job;
  if (job.status === 'failed' && job.error?.charged === false) return job;
  const cost = costFromQuote(record.quote);
  return cost ? { ...job, cost } : job;
}
