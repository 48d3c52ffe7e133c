import { relative } from 'node:path';
import type { Command } from 'commander';
import { AbortedError, type Job, type Quote, type ResumeReport } from '@grok-imagine/sdk/node';
import { download } from '@grok-imagine/sdk/node';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import { describeJob } from '../output/describe-job.ts';
import { formatQuote } from '../output/format-money.ts';
import { printableJob } from '../output/to-json.ts';
import type { Session } from '../session.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/**
 * `grok-imagine resume`: picks up after a crash or Ctrl-C. Submissions without a known outcome are
 * looked for where the provider can list jobs, and otherwise reported as uncertain with what to
 * check (never sent again); every job still pending is waited on and its outputs downloaded.
 * Exit 7 when something stays uncertain, 4 when a job ended failed or expired.
 */
export function registerResumeCommand(program: Command, context: CommandContext): void {
  program
    .command('resume')
    .description('settle the journal after a crash: find lost submissions, finish pending jobs, download')
    .option('--no-download', 'do not download the outputs')
    .action(
      sessionAction<{ download: boolean }>(context, async (session, _args, options) => {
        const imagine = await session.imagine();
        const entries = await imagine.jobs();
        const quotes = new Map(entries.filter((e) => e.jobId).map((e) => [e.jobId as string, e.quote]));
        session.output.note('settling the journal');
        const report = await imagine.resume({
          timeoutMs: session.timeoutMs,
          signal: session.signal,
          onProgress: (job) =>
            session.output.progress.update(job, quotes.get(job.id) && formatQuote(quotes.get(job.id))),
        });
        session.output.progress.stop();
        if (report.failed.some(({ error }) => AbortedError.isInstance(error))) {
          session.io.stderr.write(
            'interrupted: the jobs are still running; run `grok-imagine resume` again\n',
          );
          return EXIT_CODES.interrupted;
        }
        return printReport(session, report, quotes, options.download);
      }),
    );
}

async function printReport(
  session: Session,
  report: ResumeReport,
  quotes: ReadonlyMap<string, Quote | undefined>,
  shouldDownload: boolean,
): Promise<number> {
  const results: { job: ReturnType<typeof printableJob>; quote?: Quote; files: string[] }[] = [];
  const lines: string[] = [];
  for (const job of report.jobs) {
    const files =
      job.status === 'done' && shouldDownload
        ? await download(job, { dir: session.outDir, overwrite: false, signal: session.signal })
        : [];
    const quote = quotes.get(job.id);
    results.push({ job: printableJob(job), ...(quote && { quote }), files });
    const shown = files.map((file) => relative(session.io.cwd, file) || file);
    lines.push(...describeJob(job, { ...(quote && { quoted: formatQuote(quote) }), files: shown }), '');
  }
  for (const item of report.uncertain) {
    lines.push(
      `uncertain ${item.submissionId} (${item.provider}, ${item.request.type}, sent ${item.intentAt})`,
      `reason    ${item.reason}`,
      `check     ${item.hint}`,
      '',
    );
  }
  for (const { jobId, error } of report.failed)
    lines.push(`job       ${jobId}`, `error     ${error.message}`, '');
  if (lines.length === 0) lines.push('nothing to resume: no pending jobs and no uncertain submissions', '');
  session.output.result(
    {
      jobs: results,
      uncertain: report.uncertain,
      failed: report.failed.map(({ jobId, error }) => ({ jobId, error: error.toJSON() })),
    },
    lines.slice(0, -1),
  );
  if (report.uncertain.length > 0) return EXIT_CODES.uncertain;
  if (report.failed.length > 0) return EXIT_CODES.provider;
  return report.jobs.every((job: Job) => job.status === 'done') ? EXIT_CODES.ok : EXIT_CODES.jobFailed;
}
