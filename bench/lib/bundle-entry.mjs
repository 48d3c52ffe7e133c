// How the bench bundles one of bench/entries/: the way a browser app would ship it (esbuild, ESM,
// minified). The bundle-size section and bench/bundle-report.mjs share it, so both measure the same.
import { build } from 'esbuild';

/** Bundles bench/entries/<file>; `metafile` and `conditions` pass through to esbuild. */
export function bundleEntry(file, { metafile = false, conditions = [] } = {}) {
  return build({
    entryPoints: [new URL(`../entries/${file}`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile,
    logLevel: 'silent',
    conditions,
  });
}
