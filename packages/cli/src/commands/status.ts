import type { Command } from 'commander';
import { describeJob } from '../output/describe-job.ts';
import { printableJob } from '../output/to-json.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** `grok-imagine status <id>`: one status refresh; exits 0 whatever state the job is in. */
export function registerStatusCommand(program: Command, context: CommandContext): void {
  program
    .command('status')
    .description("show a job's current state (one refresh; the id routes to its provider)")
    .argument('<id>', 'job id, e.g. xai:abc123')
    .action(
      sessionAction(context, async (session, [id]) => {
        const imagine = await session.imagine();
        const job = await imagine.get(id!, { signal: session.signal });
        session.output.result({ job: printableJob(job) }, describeJob(job));
        return 0;
      }),
    );
}
