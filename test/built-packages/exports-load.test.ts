import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages');

/** An export each entry must have, where we know one; other entries must export something. */
const KNOWN_EXPORTS: Record<string, Record<string, string>> = {
  '@grok-imagine/core': {
    '.': 'createClient',
    './node': 'readMediaFile',
    './testing': 'describeAdapterContract',
  },
  '@grok-imagine/sdk': { '.': 'createImagine' },
  '@grok-imagine/ai-sdk': { '.': 'createGrokImagine', './node': 'createGrokImagine' },
};

interface Manifest {
  name: string;
  exports?: Record<string, unknown>;
  bin?: string | Record<string, string>;
}

interface Entry {
  subpath: string;
  file: string;
}

/** The file an export entry loads through `import` (descending into nested conditions). */
function importTarget(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const conditions = entry as Record<string, unknown>;
  return importTarget(conditions.import ?? conditions.default);
}

function entriesOf(dir: string, manifest: Manifest): Entry[] {
  const bins = new Set(
    (typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {})).map((bin) =>
      resolve(dir, bin),
    ),
  );
  const entries: Entry[] = [];
  for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
    const target = importTarget(entry);
    if (subpath === './package.json' || target === undefined) continue;
    const file = resolve(dir, target);
    if (!bins.has(file)) entries.push({ subpath, file });
  }
  return entries;
}

const packages = readdirSync(packagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'package.json')))
  .map((d) => {
    const dir = join(packagesDir, d.name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    return { dir, manifest };
  })
  .filter(({ manifest }) => manifest.exports !== undefined);

/**
 * Runs in a fresh Node process, so packages resolve each other through their published `exports`
 * (the `import` condition, i.e. dist) exactly as a user's would, not through Vitest's `source`.
 */
const LOADER = `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const result = {};
for (const { subpath, file } of JSON.parse(process.argv[1])) {
  const imported = await import(pathToFileURL(file).href);
  const required = createRequire(file)(file);
  result[subpath] = { imported: Object.keys(imported).sort(), required: Object.keys(required).sort() };
}
process.stdout.write(JSON.stringify(result));
`;

describe('built packages load as a user loads them', () => {
  it('finds the workspace packages', () => {
    expect(packages.map((p) => p.manifest.name)).toContain('@grok-imagine/core');
  });

  for (const { dir, manifest } of packages) {
    it(`${manifest.name}: every export imports and requires from dist`, async () => {
      const entries = entriesOf(dir, manifest);
      const missing = entries
        .filter(({ file }) => !existsSync(file))
        .map(({ file }) => relative(packagesDir, file));
      expect(missing, `${manifest.name}: built files are missing after the build`).toEqual([]);
      const { stdout } = await run(
        process.execPath,
        ['--input-type=module', '-e', LOADER, JSON.stringify(entries)],
        {
          cwd: dir,
        },
      );
      const loaded = JSON.parse(stdout) as Record<string, { imported: string[]; required: string[] }>;
      for (const { subpath } of entries) {
        const { imported, required } = loaded[subpath]!;
        const known = KNOWN_EXPORTS[manifest.name]?.[subpath];
        expect(imported.length, `${manifest.name} "${subpath}" exports something`).toBeGreaterThan(0);
        if (known) expect(imported, `${manifest.name} "${subpath}" exports ${known}`).toContain(known);
        expect(required, `${manifest.name} "${subpath}": require() gives the same exports as import`).toEqual(
          imported,
        );
      }
    });
  }
});
