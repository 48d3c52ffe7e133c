import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'tsdown';

/**
 * Bundles a TypeScript script and everything it imports (the workspace packages from their sources)
 * into one ESM file in a temporary folder, so a child process can run it with plain `node` — no build
 * of the packages needed. Returns the bundle's path.
 */
export async function bundleScript(entry: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'grok-imagine-probe-'));
  const name = basename(entry).replace(/\.ts$/, '');
  await build({
    entry: { [name]: entry },
    outDir,
    format: 'esm',
    platform: 'node',
    dts: false,
    clean: false,
    config: false,
    logLevel: 'silent',
    // Inline everything (workspace sources and their dependencies): the bundle runs from a temp folder.
    noExternal: [/.*/],
    inputOptions: { resolve: { conditionNames: ['source', 'import', 'default'] } },
  });
  return join(outDir, `${name}.mjs`);
}
