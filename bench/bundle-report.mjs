// Where the bytes of a bench bundle come from: `node bench/bundle-report.mjs [entry] [--source] [--top=N]`.
// Bundles bench/entries/<entry> (default sdk-xai.mjs) as the bundle-size section does, then lists
// the minified bytes each input adds (esbuild's metafile), largest first, and the sum per package
// folder. `--source` resolves the workspace packages to their TypeScript sources (the `source`
// export condition), so the list names each source file instead of each built chunk.
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './lib/bundle-entry.mjs';

const args = process.argv.slice(2);
const entry = args.find((arg) => !arg.startsWith('--')) ?? 'sdk-xai.mjs';
const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 40);
const source = args.includes('--source');

const built = await bundleEntry(entry, { metafile: true, conditions: source ? ['source'] : [] });
const code = built.outputFiles[0].contents;
const [output] = Object.values(built.metafile.outputs);
// A short name: the package-relative path, or the npm package's name.
const name = (path) =>
  path.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, 'npm:').replace(/^.*packages\//, '');
const rows = Object.entries(output.inputs)
  .map(([path, { bytesInOutput }]) => ({ name: name(path), bytes: bytesInOutput }))
  .filter((row) => row.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
const byFolder = new Map();
for (const { name: file, bytes } of rows) {
  const folder = file.startsWith('npm:') ? file.split('/')[0] : file.split('/').slice(0, -1).join('/');
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
}
const line = (bytes, label) => `${String(bytes).padStart(7)}  ${label}`;
console.log(`${entry}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B min+gz`);
console.log('-- by file (minified bytes)');
for (const row of rows.slice(0, top)) console.log(line(row.bytes, row.name));
console.log('-- by folder');
for (const [folder, bytes] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(line(bytes, folder));
