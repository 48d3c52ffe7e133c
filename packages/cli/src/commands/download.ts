import type { Command } from 'commander';
import { WaitTimeoutError } from '@grok-imagine/sdk/node';
import { PaidJobError } from '../errors/paid-job-error.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { printFinished } from './finish-job.ts';
import { jobEndError } from './job-outcome.ts';

/** `grok-imagine download <id> [--out dir] [--overwrite]`: saves a finished job's outputs. */
export function registerDownloadCommand(program: Command, context: CommandContext): void {
  program
    .command('download')
    .description("download a finished job's outputs into --out")
    .argument('<id>', 'job id, e.g. xai:abc123')
    .option('--overwrite', 'replace files that already exist')
    .action(
      sessionAction<{ overwrite?: boolean }>(context, async (session, [id], options) => {
        const imagine = await session.imagine();
        const job = await imagine.get(id!, { signal: session.signal });
        if (job.status === 'pending') {
          // Same meaning as a wait that timed out: the job is still running (exit 5).
          throw new WaitTimeoutError(`Job ${job.id} is still running; there is nothing to download yet.`, {
            job,
          });
        }
        if (job.status !== 'done') throw jobEndError(job);
        let files: string[];
        try {
          files = await imagine.download(job, {
            dir: session.outDir,
            overwrite: options.overwrite ?? false,
            signal: session.signal,
          });
        } catch (error) {
          throw new PaidJobError(job, 'download', error);
        }
        printFinished(session, { job, files });
        return 0;
      }),
    );
}
