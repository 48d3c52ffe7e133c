#!/usr/bin/env node
import { runCli } from './cli/run-cli.ts';

const outcome = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
if ('exitCode' in outcome) {
  process.exitCode = outcome.exitCode;
} else {
  const stop = (): void => {
    outcome.emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
