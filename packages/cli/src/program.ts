import { Command } from 'commander';
import type { CommandContext } from './commands/command-context.ts';
import { registerAccountCommand } from './commands/account.ts';
import { registerBatchCommand } from './commands/batch.ts';
import { registerCancelCommand } from './commands/cancel.ts';
import { registerCompareCommand } from './commands/compare.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerDownloadCommand } from './commands/download.ts';
import { registerEditCommand } from './commands/edit.ts';
import { registerEmulatorCommand } from './commands/emulator.ts';
import { registerImageCommand } from './commands/image.ts';
import { registerJobsCommand } from './commands/jobs.ts';
import { registerQuoteCommand } from './commands/quote.ts';
import { registerResubmitCommand } from './commands/resubmit.ts';
import { registerResumeCommand } from './commands/resume.ts';
import { registerStatusCommand } from './commands/status.ts';
import { registerVideoEditCommands } from './commands/video-edit.ts';
import { registerVideoCommand } from './commands/video.ts';
import { registerWaitCommand } from './commands/wait.ts';
import { exitCodeHelp } from './errors/exit-codes.ts';
import { addGlobalOptions } from './global-options.ts';

/** The CLI's version, shown by `--version`. */
export const CLI_VERSION = '0.1.0';

const ENVIRONMENT_HELP = `Environment:
  GROK_IMAGINE_PROVIDER   provider when --provider is not given (over the config file; default xai)
  XAI_API_KEY, PIXAZO_API_KEY, VYDRA_API_KEY   provider keys
  GROK_IMAGINE_CONFIG     config file (default ./grok-imagine.config.json)`;

/**
 * Builds the `grok-imagine` program. Commander never exits the process: errors and `--help` come
 * back to `run` as exceptions, and all writing goes through the injected streams.
 */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('grok-imagine')
    .description('Generate images and videos with Grok Imagine on xAI, Pixazo or Vydra; compare prices.')
    .version(CLI_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText('after', `\n${ENVIRONMENT_HELP}\n\n${exitCodeHelp()}`);
  addGlobalOptions(program);
  registerImageCommand(program, context);
  registerEditCommand(program, context);
  registerVideoCommand(program, context);
  registerVideoEditCommands(program, context);
  registerStatusCommand(program, context);
  registerWaitCommand(program, context);
  registerCancelCommand(program, context);
  registerDownloadCommand(program, context);
  registerQuoteCommand(program, context);
  registerCompareCommand(program, context);
  registerJobsCommand(program, context);
  registerResumeCommand(program, context);
  registerResubmitCommand(program, context);
  registerAccountCommand(program, context);
  registerEmulatorCommand(program, context);
  registerDemoCommand(program, context);
  registerBatchCommand(program, context);
  // Subcommands inherit exitOverride and output settings only when set before they were added;
  // copy them so a bad flag on any command comes back to `run` too.
  for (const command of program.commands) {
    command
      .exitOverride()
      .showHelpAfterError(`(run \`grok-imagine ${command.name()} --help\` for usage)`)
      .configureHelp({ showGlobalOptions: true })
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
      })
      .addHelpText('after', `\n${exitCodeHelp()}`);
  }
  return program;
}
