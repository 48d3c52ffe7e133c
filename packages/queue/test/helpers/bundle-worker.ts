import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';

/**
 * Bundles the worker child script (workspace sources inlined) into the package's
 * `node_modules/.cache`, so the child runs with plain `node` and finds bullmq and ioredis — kept
 * external: bullmq loads ioredis lazily and its CommonJS helpers do not survive inlining.
 */
export async function bundleWorker(): Promise<string> {
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(join(cache, 'worker-'));
  await build({
    entry: { 'worker-child': fileURLToPath(new URL('../fixtures/worker-child.ts', import.meta.url)) },
    outDir,
    format: 'esm',
    platform: 'node',
    dts: false,
    clean: false,
    config: false,
    logLevel: 'silent',
    external: ['bullmq', 'ioredis'],
    noExternal: [/^(?!bullmq$|ioredis$).*/],
    inputOptions: { resolve: { conditionNames: ['source', 'import', 'default'] } },
  });
  return join(outDir, 'worker-child.mjs');
}
