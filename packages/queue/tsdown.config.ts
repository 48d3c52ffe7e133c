import { defineConfig } from 'tsdown';

// ESM only, like the other packages: Node >= 20.19 loads it with require() too.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
