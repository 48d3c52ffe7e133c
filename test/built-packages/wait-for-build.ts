import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { beforeAll, inject } from 'vitest';
import type { BuildStatus } from './build-packages.ts';

const BUILD_DEADLINE_MS = 300_000;

// Setup file of every dist test file: waits (a real process, so real time) for the build that the
// global setup started, and fails the file with the build's output if it failed.
beforeAll(async () => {
  const statusFile = inject('builtPackagesStatus');
  const deadline = Date.now() + BUILD_DEADLINE_MS;
  while (!existsSync(statusFile)) {
    if (Date.now() > deadline)
      throw new Error(`\`pnpm -r run build\` did not end within ${BUILD_DEADLINE_MS} ms`);
    await delay(100);
  }
  const status = JSON.parse(readFileSync(statusFile, 'utf8')) as BuildStatus;
  if (!status.ok) throw new Error(`\`pnpm -r run build\` failed before the dist tests:\n${status.output}`);
}, BUILD_DEADLINE_MS + 5_000);
