// Rewrites the generated tables of README.md and docs/pricing.md from the adapters' data: it runs the
// test that compares them, in write mode. Plain Node, so it needs no TypeScript runner.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--project', 'sdk', 'test/doc-tables.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DOCS_TABLES_WRITE: '1' },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
