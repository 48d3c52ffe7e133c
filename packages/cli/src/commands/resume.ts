import { relative } from 'node:path';
import type { Command } from 'commander';
import type { Job, Quote } from '@grok-imagine/core';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import { PaidJobError } from '../errors/paid-job-error.ts';
import { describeJob } from '../output/describe-job.ts';
import { formatQuote } from '../output/format-money.ts';
import { printableJob } from '../output/to-json.ts';
import type { Imagine, Session } from '../session.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { isAbort } from './job-outcome.ts';

/**
 * `grok-imagine resume`: waits for every journaled job still pending (left by Ctrl-C or a crash)
 * and downloads the outputs of those that end done. Exit 4 when any ended failed or expired.
 */
export function registerResumeCommand(program: Command, context: CommandContext): void {
  program
    .command('resume')
    .description('finish the journaled jobs still pending and download their outputs')
    .option('--no-download', 'do not download the outputs')
    .action(
      sessionAction<{ download: boolean }>(context, async (session, _args, options) => {
        const imagine = await session.imagine();
        const pending = (await imagine.jobs()).filter((record) => record.job.status === 'pending');
        if (pending.length === 0) {
          session.output.result({ jobs: [] }, 'no pending jobs to resume');
          return 0;
        }
        session.output.note(`resuming ${pending.length} job${pending.length === 1 ? '' : 's'}`);
        for (const record of pending) {
          session.output.progress.update(record.job, record.quote && formatQuote(record.quote));
        }
        let jobs: Job[];
        try {
          jobs = await imagine.resume({
            timeoutMs: session.timeoutMs,
            signal: session.signal,
            onProgress: (job) => session.output.progress.update(job),
          });
        } catch (error) {
          if (!isAbort(error, session.signal)) throw error;
          session.output.progress.stop();
          session.io.stderr.write(
            'interrupted: the jobs are still running; run `grok-imagine resume` again\n',
          );
          return EXIT_CODES.interrupted;
        }
        session.output.progress.stop();
        const quotes = new Map(pending.map((record) => [record.id, record.quote]));
        return printResumed(session, imagine, jobs, quotes, options.download);
      }),
    );
}

async function downloadFor(session: Session, imagine: Imagine, job: Job): Promise<string[]> {
  try {
    return await imagine.download(job, { dir: session.outDir, overwrite: false, signal: session.signal });
  } catch (error) {
    throw new PaidJobError(job, 'download', error);
  }
}

async function printResumed(
  session: Session,
  imagine: Imagine,
  jobs: Job[],
  quotes: ReadonlyMap<string, Quote | undefined>,
  shouldDownload: boolean,
): Promise<number> {
  const results: { job: ReturnType<typeof printableJob>; quote?: Quote; files: string[] }[] = [];
  const lines: string[] = [];
  for (const job of jobs) {
    const files = job.status === 'done' && shouldDownload ? await downloadFor(session, imagine, job) : [];
    const quote = quotes.get(job.id);
    results.push({ job: printableJob(job), ...(quote && { quote }), files });
    const shown = files.map((file) => relative(session.io.cwd, file) || file);
    lines.push(...describeJob(job, { ...(quote && { quoted: formatQuote(quote) }), files: shown }), '');
  }
  session.output.result({ jobs: results }, lines.slice(0, -1));
  return jobs.every((job) => job.status === 'done') ? EXIT_CODES.ok : EXIT_CODES.jobFailed;
}
