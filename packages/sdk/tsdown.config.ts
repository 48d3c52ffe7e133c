import { defineConfig } from 'tsdown';

// ESM only: Node >= 20.19 loads it with require() too (see docs/getting-started.md).
export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts', 'src/xai.ts', 'src/pixazo.ts', 'src/vydra.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
