import { defineConfig } from 'tsdown';

// ESM only: Node >= 20.19 loads it with require() too (see docs/getting-started.md).
export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts', 'src/testing/index.ts', 'src/valibot/index.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
  deps: {
    // The JavaScript carries the valibot functions in src/valibot (see there why); the types keep
    // importing valibot's own, so a caller's schemas and ours share one set of types.
    alwaysBundle: (id, importer) => id === 'valibot' && !/\.d\.[cm]?ts$/.test(importer ?? ''),
    onlyBundle: ['valibot'],
  },
});
