import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['source'] } },
  resolve: { conditions: ['source'] },
  test: {
    name: 'queue',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Every file starts its own redis-server; the integration files also spawn workers.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
