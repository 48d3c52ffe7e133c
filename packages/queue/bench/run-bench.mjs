// `pnpm --filter @grok-imagine/queue run bench`: bundles the TypeScript bench and the worker process
// (workspace sources inlined, bullmq and ioredis kept external) into node_modules/.cache and runs it.
// Needs Debian's redis-server. Settings: BENCH_JOBS, BENCH_VIDEO_SHARE, BENCH_IMAGE_RATE,
// BENCH_VIDEO_RATE, BENCH_WORKERS, BENCH_CONCURRENCY.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';

const outDir = fileURLToPath(new URL('../node_modules/.cache/queue-bench/', import.meta.url));
await mkdir(outDir, { recursive: true });
await build({
  entry: {
    'queue-bench': fileURLToPath(new URL('./queue-bench.ts', import.meta.url)),
    'worker-child': fileURLToPath(new URL('../test/fixtures/worker-child.ts', import.meta.url)),
  },
  outDir,
  format: 'esm',
  platform: 'node',
  dts: false,
  clean: true,
  config: false,
  logLevel: 'silent',
  external: ['bullmq', 'ioredis'],
  noExternal: [/^(?!bullmq$|ioredis$).*/],
  inputOptions: { resolve: { conditionNames: ['source', 'import', 'default'] } },
});
const child = spawn(process.execPath, [`${outDir}queue-bench.mjs`, `${outDir}worker-child.mjs`], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
