import { checkReportedCost } from '../pricing/check-reported-cost.ts';
import { costFromQuote } from '../pricing/cost-from-quote.ts';
import { ticksToUsd } from '../pricing/money.ts';
import type { Quote } from '../pricing/quote.ts';
import type { ReportedCost, StatusResult } from '../provider/adapter-result.ts';
import type { ProviderId } from '../provider/provider-id.ts';
import type { RequestType } from '../request/request-types.ts';
import { boundedRaw } from './bounded-raw.ts';
import { encodeJobId } from './job-id.ts';
import { outputProblem } from './output-problem.ts';
import type { Job, JobCost, JobError, JobOutput, JobWarning } from './job.ts';

/** What core knows of a job beyond one status answer: from the submission or the ledger. */
export interface JobFacts {
  provider: ProviderId;
  /** The provider's own id of the job. */
  providerJobId: string;
  /** The neutral request type it was submitted as. */
  type: RequestType;
  /** ISO 8601 time the job was created, as far as the SDK knows. */
  createdAt: string;
  /** Warnings raised when it was submitted (capability check, plan). */
  warnings?: readonly JobWarning[] | undefined;
  /** The quote it was submitted under: the catalog cost, and the bound for reported costs. */
  quote?: Quote | undefined;
  /** The ledger's id of the submission. */
  submissionId?: string | undefined;
}

function sameWarning(a: JobWarning, b: JobWarning): boolean {
  return a.type === b.type && a.field === b.field && a.message === b.message;
}

function mergeWarnings(...lists: ReadonlyArray<readonly JobWarning[] | undefined>): JobWarning[] {
  const merged: JobWarning[] = [];
  for (const list of lists)
    for (const warning of list ?? [])
      if (!merged.some((seen) => sameWarning(seen, warning))) merged.push(warning);
  return merged;
}

/** Longest failure message a job keeps, in characters. */
export const MAX_JOB_ERROR_MESSAGE = 1_000;

function clipMessage(message: string): string {
  return message.length > MAX_JOB_ERROR_MESSAGE ? `${message.slice(0, MAX_JOB_ERROR_MESSAGE - 1)}…` : message;
}

const usable = (output: JobOutput): boolean =>
  output.blocked !== true && (Boolean(output.url) || Boolean(output.data));

/** The first reasons outputs were rejected, for one message (a hostile answer may list thousands). */
function reasonsOf(rejected: ReadonlyArray<{ index: number; problem: string }>): string {
  const shown = rejected.slice(0, 3).map(({ index, problem }) => `output ${index + 1}: ${problem}`);
  return rejected.length > 3 ? `${shown.join('; ')}; and ${rejected.length - 3} more` : shown.join('; ');
}

/**
 * "Done" means there is something to keep: a done answer whose every output was withheld by
 * moderation is a failed job (`content_policy`); one whose outputs are all unusable — a `file:`,
 * `javascript:`, `data:` or relative URL, credentials in the URL (`outputProblem`) — is a failed job
 * (`invalid_output`), decided now rather than when a download trips over it; one with no output at
 * all is a failed job (`no_output`). Some withheld or unusable: done with the rest, and a warning.
 */
function settleOutputs(result: Extract<StatusResult, { status: 'done' }>, provider: ProviderId) {
  const kept: JobOutput[] = [];
  const rejected: { index: number; problem: string }[] = [];
  for (const [index, output] of result.outputs.entries()) {
    if (!usable(output)) continue;
    const problem = outputProblem(output);
    if (problem) rejected.push({ index, problem });
    else kept.push(output);
  }
  const blocked = result.outputs.filter((output) => output.blocked === true).length;
  if (kept.length > 0) {
    const warnings: JobWarning[] = [];
    if (blocked > 0)
      warnings.push({
        type: 'moderated',
        provider,
        message: `${blocked} of ${result.outputs.length} outputs were withheld by moderation.`,
      });
    if (rejected.length > 0)
      warnings.push({
        type: 'output_rejected',
        provider,
        message: `${rejected.length} of ${result.outputs.length} outputs were dropped: ${reasonsOf(rejected)}.`,
      });
    return { outputs: kept, warnings };
  }
  if (rejected.length > 0) {
    const error: JobError = {
      code: 'invalid_output',
      message: `The provider reported the job done, but no output can be used: ${reasonsOf(rejected)}.`,
      retryable: false,
    };
    return { error };
  }
  const error: JobError =
    blocked > 0
      ? {
          code: 'content_policy',
          kind: 'content_policy',
          message: `Every output (${blocked}) was withheld by the provider's moderation.`,
          retryable: false,
        }
      : {
          code: 'no_output',
          message: 'The provider reported the job done but returned no output.',
          retryable: false,
        };
  return { error };
}

function reportedJobCost(cost: ReportedCost): JobCost {
  const job: JobCost = { basis: 'reported' };
  if (cost.usdTicks !== undefined) {
    job.usdTicks = cost.usdTicks;
    job.usd = ticksToUsd(cost.usdTicks);
  }
  if (cost.credits !== undefined) job.credits = cost.credits;
  return job;
}

function costOf(
  facts: JobFacts,
  reported: ReportedCost | undefined,
  error: JobError | undefined,
  warnings: JobWarning[],
): JobCost | undefined {
  if (error?.charged === false) return undefined;
  if (reported && (reported.usdTicks !== undefined || reported.credits !== undefined)) {
    const check = checkReportedCost(reported, facts.quote);
    if (check.trusted) return reportedJobCost(check.cost);
    warnings.push({
      type: 'cost_report_rejected',
      provider: facts.provider,
      message: `Reported cost not counted (${check.reason}); the catalog cost is used instead.`,
    });
  }
  const catalog = facts.quote ? costFromQuote(facts.quote) : undefined;
  if (catalog && error && error.charged === undefined) catalog.charged = 'unknown';
  return catalog;
}

/**
 * Builds the neutral `Job` from an adapter's reading of one answer and what core knows of the job.
 * Core, not the adapter, decides the id prefix, timestamps, warnings, the "done means output" rule
 * and whether a reported cost counts.
 */
export function buildJob(facts: JobFacts, result: StatusResult, now: number): Job {
  const warnings = mergeWarnings(facts.warnings, result.warnings);
  const job: Job = {
    id: encodeJobId(facts.provider, facts.providerJobId),
    provider: facts.provider,
    type: facts.type,
    status: result.status,
    outputs: [],
    warnings,
    createdAt: facts.createdAt,
    updatedAt: new Date(now).toISOString(),
  };
  if (facts.submissionId) job.submissionId = facts.submissionId;
  let error: JobError | undefined;
  let reported: ReportedCost | undefined;
  switch (result.status) {
    case 'pending':
      if (result.phase) job.phase = result.phase;
      if (result.progress !== undefined) job.progress = result.progress;
      reported = result.cost;
      break;
    case 'done': {
      const settled = settleOutputs(result, facts.provider);
      reported = result.cost;
      if (settled.error) {
        job.status = 'failed';
        error = settled.error;
      } else {
        job.outputs = settled.outputs;
        job.warnings = mergeWarnings(warnings, settled.warnings);
      }
      break;
    }
    case 'failed':
      error = result.error;
      reported = result.cost;
      break;
    case 'expired':
      error = result.error ?? {
        code: 'expired',
        message: 'The job expired at the provider.',
        retryable: true,
      };
      break;
  }
  // A provider's failure text can be megabytes long; the job (journaled, logged) keeps the start.
  if (error) job.error = { ...error, message: clipMessage(error.message) };
  const cost = costOf(facts, reported, error, job.warnings);
  if (cost) job.cost = cost;
  // A hostile body nested thousands of levels deep must not make the job unserialisable.
  if (result.raw !== undefined) job.raw = boundedRaw(result.raw);
  return job;
}
