import type { Command } from 'commander';
import { describeJob } from '../output/describe-job.ts';
import { printableJob } from '../output/to-json.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/**
 * `grok-imagine resubmit <submissionId>`: sends an uncertain submission again — the explicit step
 * after you checked the provider did not create it. The old entry is marked superseded.
 */
export function registerResubmitCommand(program: Command, context: CommandContext): void {
  program
    .command('resubmit')
    .description('send an uncertain submission again (after checking the provider did not create it)')
    .argument('<submissionId>', 'the submission id `grok-imagine resume` reported')
    .action(
      sessionAction(context, async (session, [submissionId]) => {
        const imagine = await session.imagine();
        const job = await imagine.resubmit(submissionId!, { signal: session.signal });
        session.output.result({ job: printableJob(job) }, describeJob(job));
        return 0;
      }),
    );
}
