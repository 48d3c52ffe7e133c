import { defineProject } from 'vitest/config';

/**
 * The one project that tests the built packages (`dist/`) as a user gets them: exports resolve
 * through `import` and `require`, types resolve, the bundle stays browser-safe, the bins run.
 * Its global setup builds every package first; every other project runs on the sources.
 */
export default defineProject({
  test: {
    name: 'dist',
    include: ['*.test.ts'],
    environment: 'node',
    globalSetup: ['./build-packages.ts'],
    testTimeout: 30_000,
  },
});
