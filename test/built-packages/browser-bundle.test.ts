import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtins = new Set(builtinModules);

/** The bare imports esbuild met while bundling `source` for browsers (Node built-ins among them). */
async function browserBundleImports(source: string): Promise<{ builtins: string[]; files: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Report Node built-ins instead of failing on the first, so the test names every one.
    plugins: [
      {
        name: 'list-node-builtins',
        setup(plugin) {
          plugin.onResolve({ filter: /.*/ }, ({ path }) =>
            path.startsWith('node:') || builtins.has(path.split('/')[0]!)
              ? { path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  return {
    builtins: [...new Set(imports.filter((i) => i.external).map((i) => i.path))],
    files: Object.keys(result.metafile.inputs),
  };
}

describe('the built sdk bundles for browsers', () => {
  it('the main entry of @grok-imagine/sdk pulls in no Node built-in', async () => {
    const bundle = await browserBundleImports("export { createImagine, compare } from '@grok-imagine/sdk';");
    expect(bundle.builtins).toEqual([]);
    // It really bundled the built files of the sdk and core.
    expect(bundle.files.some((file) => /sdk\/dist\/index\.mjs$/.test(file))).toBe(true);
    expect(bundle.files.some((file) => /core\/dist\/index\.mjs$/.test(file))).toBe(true);
  });

  it('the check can fail: the /node entry does pull in Node built-ins', async () => {
    const bundle = await browserBundleImports("export { download } from '@grok-imagine/sdk/node';");
    expect(bundle.builtins).toEqual(expect.arrayContaining(['node:fs']));
  });
});
