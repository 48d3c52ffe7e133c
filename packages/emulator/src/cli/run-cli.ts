import { resolve } from 'node:path';
import type { Emulator } from '../emulator/emulator.ts';
import { startEmulator } from '../emulator/start-emulator.ts';
import { formatBanner } from './banner.ts';
import { USAGE, parseCliArgs } from './parse-cli-args.ts';
import { writeSdkConfigFile } from './sdk-config-file.ts';

/** Where the command writes, and the directory relative paths start from. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** How a run ended: a running emulator to stop later, or an exit code right away. */
export type CliOutcome = { emulator: Emulator } | { exitCode: number };

/**
 * `grok-imagine-emulator [options]`: starts the emulator, writes the SDK config file when asked,
 * prints the banner. Signals stay with the caller (bin.ts), so a test can run this in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const command = parseCliArgs(argv);
  if ('help' in command) {
    io.stdout(USAGE);
    return { exitCode: 0 };
  }
  if ('error' in command) {
    io.stderr(`grok-imagine-emulator: ${command.error}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  const emulator = await startEmulator(command.run);
  const configFile = command.writeConfig === undefined ? undefined : resolve(io.cwd, command.writeConfig);
  if (configFile !== undefined) {
    try {
      await writeSdkConfigFile(configFile, emulator);
    } catch (error) {
      await emulator.close();
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`grok-imagine-emulator: cannot write --write-config ${configFile}: ${reason}\n`);
      return { exitCode: 1 };
    }
  }
  io.stdout(formatBanner(emulator, configFile));
  return { emulator };
}
