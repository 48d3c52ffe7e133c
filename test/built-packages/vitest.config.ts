import { defineProject } from 'vitest/config';

/**
 * The one project that tests the built packages (`dist/`) as a user gets them: exports resolve
 * through `import` and `require`, types resolve, the bundle stays browser-safe, the bins run.
 * Its global setup starts the build of every package; its test files wait for it, while every
 * other project runs on the sources meanwhile.
 */
export default defineProject({
  test: {
    name: 'dist',
    include: ['*.test.ts'],
    environment: 'node',
    globalSetup: ['./build-packages.ts'],
    setupFiles: ['./wait-for-build.ts'],
    testTimeout: 30_000,
  },
});
