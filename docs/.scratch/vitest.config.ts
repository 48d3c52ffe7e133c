import { defineConfig } from 'vitest/config';
export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  resolve: { conditions: ['source'] },
  test: { include: ['*.test.ts'], environment: 'node', pool: 'forks', testTimeout: 60000 },
});
