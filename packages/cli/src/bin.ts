#!/usr/bin/env node
import { run } from './run.ts';

// Ctrl-C (and SIGTERM) abort the running command instead of killing the process, so it can say
// which job is still running and how to resume it. A second Ctrl-C exits at once.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  signal: interrupt.signal,
});
// Idle keep-alive sockets must not hold a finished command open.
setTimeout(() => process.exit(), 1000).unref();
