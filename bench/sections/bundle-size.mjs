// Bundle size of one small program per subject: esbuild, minified, ESM for the browser, gzipped.
import { gzipSync } from 'node:zlib';
import { bundleEntry } from '../lib/bundle-entry.mjs';

const ENTRIES = {
  raw: 'raw.mjs',
  sdkXai: 'sdk-xai.mjs',
  sdkAll: 'sdk-all.mjs',
  ai: 'ai-sdk.mjs',
};

/** Min+gzip bytes and minified bytes by subject. */
export async function bundleSizeSection() {
  const result = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    // An entry a build does not have (an older version without per-provider entries) is left out.
    const built = await bundleEntry(file).catch(() => undefined);
    if (!built) continue;
    const code = built.outputFiles[0].contents;
    result[name] = { minGz: gzipSync(code, { level: 9 }).length, min: code.length };
  }
  return result;
}
