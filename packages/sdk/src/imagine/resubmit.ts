import {
  type GenerationRequest,
  type Ledger,
  type LedgerEntry,
  SubmissionUncertainError,
  ValidationError,
} from '@grok-imagine/core';
import type { RoutedJob } from '../routing/routing-record.ts';
import type { ResubmitOptions } from './imagine-types.ts';

// Placeholders `ledgerRequest` writes in place of media bytes: such a request cannot be sent as is.
const PLACEHOLDER = /^\[(bytes|data URI|media)\b/;

function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return PLACEHOLDER.test(value);
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  return false;
}

function unresolvedEntry(ledger: Ledger, submissionId: string): LedgerEntry {
  const entry = ledger.entry(submissionId);
  if (!entry) {
    throw new ValidationError(`No submission ${submissionId} in the journal.`, {
      field: 'submissionId',
      value: submissionId,
      allowed: 'the id of an uncertain submission (see resume() or `grok-imagine jobs`)',
    });
  }
  if ((entry.state !== 'intent' && entry.state !== 'uncertain') || entry.supersededBy) {
    const state = entry.supersededBy ? `already resubmitted as ${entry.supersededBy}` : entry.state;
    throw new ValidationError(
      `Submission ${submissionId} is ${state}; only an uncertain submission can be resubmitted.`,
      { field: 'submissionId', value: submissionId, allowed: 'an uncertain submission' },
    );
  }
  return entry;
}

/**
 * The explicit, user-named re-send of an uncertain submission: the journaled request (or the one
 * given, for requests whose media were bytes) is submitted again as a new ledger entry, and the old
 * entry is marked superseded so `resume` stops reporting it. It still counts towards spend: it may
 * have been charged.
 */
export async function resubmit(
  ledger: Ledger,
  submit: (request: GenerationRequest, options: ResubmitOptions) => Promise<RoutedJob>,
  submissionId: string,
  options: ResubmitOptions = {},
): Promise<RoutedJob> {
  await ledger.ready();
  const entry = unresolvedEntry(ledger, submissionId);
  const { request: given, ...submitOptions } = options;
  if (given && given.type !== entry.type) {
    throw new ValidationError(
      `The request given is a ${given.type}; submission ${submissionId} was a ${entry.type}.`,
      {
        field: 'request.type',
        value: given.type,
        allowed: [entry.type],
      },
    );
  }
  const request = given ?? (entry.request as unknown as GenerationRequest);
  if (!given && Object.values(entry.request).some(holdsPlaceholder)) {
    throw new ValidationError(
      `Submission ${submissionId}'s media inputs were bytes, which the journal does not keep; pass the request again: resubmit(id, { request }).`,
      { field: 'request', value: '[journaled request with media placeholders]', allowed: 'options.request' },
    );
  }
  let job: RoutedJob;
  try {
    job = await submit(request, submitOptions);
  } catch (error) {
    // A new submission that is itself uncertain still replaces the old one in what resume reports.
    const newer = SubmissionUncertainError.isInstance(error) ? error.submissionId : undefined;
    if (newer) await ledger.recordSuperseded(submissionId, newer);
    throw error;
  }
  if (job.submissionId) await ledger.recordSuperseded(submissionId, job.submissionId);
  return job;
}
