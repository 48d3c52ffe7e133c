#!/usr/bin/env node
import { formatBanner } from './cli/banner.ts';
import { USAGE, parseCliArgs } from './cli/parse-cli-args.ts';
import { startEmulator } from './emulator/start-emulator.ts';

const command = parseCliArgs(process.argv.slice(2));
if ('help' in command) {
  process.stdout.write(USAGE);
} else if ('error' in command) {
  process.stderr.write(`grok-imagine-emulator: ${command.error}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const emulator = await startEmulator(command.run);
  process.stdout.write(formatBanner(emulator));
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
