import type { Command } from 'commander';
import { exitCodeHelp } from '../errors/exit-codes.ts';
import { registerBatchInspectCommands } from './batch-inspect.ts';
import { REDIS_URL_ENV } from './batch-options.ts';
import { registerBatchRunCommand } from './batch-run.ts';
import { registerBatchWorkerCommand } from './batch-worker.ts';
import type { CommandContext } from './command-context.ts';

/**
 * `grok-imagine batch run|worker|status|results|cancel`: batches of requests, in this process or on
 * Redis across worker processes (@grok-imagine/queue).
 */
export function registerBatchCommand(program: Command, context: CommandContext): void {
  const { io } = context;
  const batch = program
    .command('batch')
    .description(
      `run batches of requests, in this process or across workers on Redis (--redis or $${REDIS_URL_ENV})`,
    );
  const subcommands = [
    registerBatchRunCommand(batch, context),
    registerBatchWorkerCommand(batch, context),
    ...registerBatchInspectCommands(batch, context),
  ];
  // The program configures its direct commands only: give the subcommands the same behaviour, so a
  // bad flag comes back to `run` as an exit code and all output goes to the injected streams.
  for (const command of subcommands) {
    command
      .exitOverride()
      .showHelpAfterError(`(run \`grok-imagine batch ${command.name()} --help\` for usage)`)
      .configureHelp({ showGlobalOptions: true })
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
      })
      .addHelpText('after', `\n${exitCodeHelp()}`);
  }
}
