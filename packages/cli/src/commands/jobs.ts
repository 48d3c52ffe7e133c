import type { Command } from 'commander';
import type { JobRecord } from '@grok-imagine/sdk/node';
import { formatCost, formatQuote } from '../output/format-money.ts';
import { describeState } from '../output/progress-view.ts';
import { renderTable } from '../output/render-table.ts';
import { printableJob } from '../output/to-json.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

function row(record: JobRecord): string[] {
  return [
    record.id,
    record.type,
    describeState(record.job),
    formatQuote(record.quote),
    formatCost(record.job.cost),
    record.updatedAt,
  ];
}

/** What `jobs` says when it lists nothing: with `--pending`, other jobs may well exist. */
function emptyListText(journaled: number, journalPath: string): string {
  if (journaled === 0) return `no jobs in ${journalPath}`;
  const jobs = journaled === 1 ? '1 job has' : `${journaled} jobs have`;
  return `no pending jobs (${jobs} ended; \`grok-imagine jobs\` lists them)`;
}

/** `grok-imagine jobs`: every job in the journal, as last seen (no network). */
export function registerJobsCommand(program: Command, context: CommandContext): void {
  program
    .command('jobs')
    .description('list the jobs in the journal (no network)')
    .option('--pending', 'only jobs still pending')
    .action(
      sessionAction<{ pending?: boolean }>(context, async (session, _args, options) => {
        const imagine = await session.imagine();
        const all = await imagine.jobs();
        const records = all.filter((r) => !options.pending || r.job.status === 'pending');
        const json = records.map((record) => ({ ...record, job: printableJob(record.job) }));
        const text = records.length
          ? renderTable(['id', 'type', 'status', 'quoted', 'cost', 'updated'], records.map(row))
          : emptyListText(all.length, session.journalPath);
        session.output.result({ jobs: json }, text);
        return 0;
      }),
    );
}
