import type { Command } from 'commander';
import type { LedgerEntry } from '@grok-imagine/sdk/node';
import { formatCost, formatQuote } from '../output/format-money.ts';
import { describeState } from '../output/progress-view.ts';
import { renderTable } from '../output/render-table.ts';
import { printableJob } from '../output/to-json.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** What the journal knows of a submission, in one word or two. */
function stateOf(entry: LedgerEntry): string {
  if (entry.supersededBy) return `resubmitted (${entry.supersededBy})`;
  if (entry.state === 'accepted' && entry.job) return describeState(entry.job);
  if (entry.state === 'intent') return 'sent, no answer';
  return entry.state;
}

function row(entry: LedgerEntry): string[] {
  return [
    entry.jobId ?? `submission ${entry.submissionId}`,
    entry.type,
    stateOf(entry),
    formatQuote(entry.quote),
    formatCost(entry.job?.cost),
    entry.updatedAt,
  ];
}

/** True for what still needs attention: a job running, or a submission without a known outcome. */
function isPending(entry: LedgerEntry): boolean {
  if (entry.supersededBy) return false;
  if (entry.state === 'intent' || entry.state === 'uncertain') return true;
  return entry.state === 'accepted' && entry.job?.status === 'pending';
}

/** What `jobs` says when it lists nothing: with `--pending`, other entries may well exist. */
function emptyListText(journaled: number, journalPath: string): string {
  if (journaled === 0) return `no jobs in ${journalPath}`;
  const jobs = journaled === 1 ? '1 job has' : `${journaled} jobs have`;
  return `no pending jobs (${jobs} ended; \`grok-imagine jobs\` lists them)`;
}

/** `grok-imagine jobs`: every submission in the journal, as last seen (no network). */
export function registerJobsCommand(program: Command, context: CommandContext): void {
  program
    .command('jobs')
    .description('list the submissions in the journal and their jobs (no network)')
    .option('--pending', 'only jobs still running and submissions without a known outcome')
    .action(
      sessionAction<{ pending?: boolean }>(context, async (session, _args, options) => {
        const imagine = await session.imagine();
        const all = await imagine.jobs();
        const entries = all.filter((entry) => !options.pending || isPending(entry));
        const json = entries.map((entry) => (entry.job ? { ...entry, job: printableJob(entry.job) } : entry));
        const text = entries.length
          ? renderTable(['job', 'type', 'status', 'quoted', 'cost', 'updated'], entries.map(row))
          : emptyListText(all.length, session.journalPath);
        session.output.result({ jobs: json }, text);
        return 0;
      }),
    );
}
