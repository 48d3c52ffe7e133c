import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { reportError } from '../errors/report-error.ts';
import { readGlobalOptions } from '../global-options.ts';
import { Session } from '../session.ts';

/** What every command registration receives: the process I/O and where to leave the exit code. */
export interface CommandContext {
  io: CliIo;
  /** Set by the command that ran; `run` returns it. */
  exitCode: number;
}

/** A command's body: gets its session, positional arguments and own options; returns an exit code. */
export type SessionHandler<Options> = (
  session: Session,
  args: string[],
  options: Options,
) => Promise<number | undefined>;

/**
 * Wraps a command body for commander: opens a session from the global options and checks them
 * before the body runs (nothing is submitted with a bad flag), turns a thrown
 * error into its report and exit code, and always closes the session (emulator, progress display).
 */
export function sessionAction<Options>(context: CommandContext, handler: SessionHandler<Options>) {
  return async (...params: unknown[]): Promise<void> => {
    // commander calls actions with (...positional arguments, own options, command).
    const command = params.at(-1) as Command;
    const args = params.slice(0, -2).map((arg) => String(arg));
    const session = new Session(context.io, readGlobalOptions(command));
    try {
      await session.checkOptions();
      context.exitCode = (await handler(session, args, command.opts() as Options)) ?? 0;
    } catch (error) {
      session.output.progress.stop();
      context.exitCode = reportError(context.io, error, {
        json: session.output.json && !session.output.resultWritten,
      });
    } finally {
      await session.close();
    }
  };
}
