import type { Command } from 'commander';
import { describeJob } from '../output/describe-job.ts';
import { printableJob } from '../output/to-json.ts';
import { cancelJob } from './cancel-job.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** `grok-imagine cancel <id>`: cancels where the provider can (Vydra); exit 2 elsewhere. */
export function registerCancelCommand(program: Command, context: CommandContext): void {
  program
    .command('cancel')
    .description('cancel a job (Vydra only; xAI and Pixazo have no cancel)')
    .argument('<id>', 'job id, e.g. vydra:abc123')
    .action(
      sessionAction(context, async (session, [id]) => {
        const imagine = await session.imagine();
        const job = await cancelJob(imagine, id!, session.signal);
        session.output.result({ job: printableJob(job) }, describeJob(job));
        return 0;
      }),
    );
}
