import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { PROXY_VARIABLES } from './packages/core/src/http/node-transport.ts';
import projects from './vitest.workspace.ts';

// No test reaches the internet, so a proxy set for this shell means nothing to them; left set, it
// would make the SDK keep `fetch` on Node (node-transport.ts) and the tests of Node's transport
// would test the other one. Workers inherit this environment.
for (const name of PROXY_VARIABLES) delete process.env[name];

export default defineConfig({
  test: {
    projects,
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine. Most
    // test files wait on HTTP to the emulator or on child processes, so one worker per core (at least
    // two) keeps the CPU busy.
    maxWorkers: Math.max(2, availableParallelism()),
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/__fixtures__/**', '**/testing/**'],
      reporter: ['text-summary', 'text'],
    },
  },
});
