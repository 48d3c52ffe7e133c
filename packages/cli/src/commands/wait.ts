import type { Command } from 'commander';
import { type CommandContext, sessionAction } from './command-context.ts';
import { finishJob } from './finish-job.ts';

/** `grok-imagine wait <id>`: waits for a job with progress, then downloads its outputs into `--out`. */
export function registerWaitCommand(program: Command, context: CommandContext): void {
  program
    .command('wait')
    .description('wait for a job to end, then download its outputs')
    .argument('<id>', 'job id, e.g. xai:abc123')
    .option('--no-download', 'do not download the outputs')
    .option('--overwrite', 'replace files that already exist')
    .action(
      sessionAction<{ download: boolean; overwrite?: boolean }>(context, async (session, [id], options) => {
        const imagine = await session.imagine();
        const job = await imagine.get(id!, { signal: session.signal });
        return finishJob(session, imagine, job, {
          download: options.download,
          overwrite: options.overwrite ?? false,
        });
      }),
    );
}
