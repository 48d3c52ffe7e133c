import { CommanderError } from 'commander';
import { type CliIo, resolveIo } from './cli-io.ts';
import type { CommandContext } from './commands/command-context.ts';
import { EXIT_CODES } from './errors/exit-codes.ts';
import { reportError } from './errors/report-error.ts';
import { toJsonDocument } from './output/to-json.ts';
import { createProgram } from './program.ts';

const SHOWN_ON_REQUEST = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs `grok-imagine` with `argv` (the arguments after the program name) and returns the exit code.
 * `io` replaces the process's streams, environment, working directory and TTY flag (for tests and
 * embedding); `io.signal` plays the part of Ctrl-C. Never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const context: CommandContext = { io: resolveIo(io), exitCode: EXIT_CODES.ok };
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (SHOWN_ON_REQUEST.has(error.code)) return EXIT_CODES.ok;
      // Commander already printed its message; `--json` still owes stdout its one document.
      if (argv.includes('--json')) {
        context.io.stdout.write(
          toJsonDocument({
            error: { name: 'UsageError', code: error.code, message: error.message, exitCode: 2 },
          }),
        );
      }
      return EXIT_CODES.usage;
    }
    return reportError(context.io, error, { json: argv.includes('--json') });
  }
}
