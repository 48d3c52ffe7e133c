import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const builtins = new Set(builtinModules);

/** Source of a workspace package's main entry, or undefined for a third-party module. */
function workspaceEntry(specifier: string): string | undefined {
  const match = /^@grok-imagine\/([a-z]+)(\/.*)?$/.exec(specifier);
  if (!match) return undefined;
  return join(packagesDir, match[1]!, 'src', match[2] ? `${match[2].slice(1)}/index.ts` : 'index.ts');
}

/** Every module reachable from `entry` through static and dynamic imports, with what each imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    // TypeScript's own scanner: imports only, never text in strings or comments. `import type`
    // statements are left out first: the build erases them (the Node transport's `node:` types).
    const source = readFileSync(file, 'utf8').replace(/^import type [^;]+;$/gm, '');
    const { importedFiles } = ts.preProcessFile(source, true, true);
    const specifiers = importedFiles.map((imported) => imported.fileName);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      const workspace = workspaceEntry(specifier);
      if (workspace) queue.push(workspace);
    }
  }
  return graph;
}

describe('the main entry is runtime-neutral', () => {
  it('reaches no Node built-in from src/index.ts, through this package or the workspace packages it imports', () => {
    const graph = moduleGraph(join(packagesDir, 'sdk/src/index.ts'));
    const offenders: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!)) {
          offenders.push(`${file.slice(packagesDir.length + 1)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // The walk really followed the graph into the adapters and core.
    const files = [...graph.keys()].map((file) => file.slice(packagesDir.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['sdk/src/imagine/create-imagine.ts', 'core/src/index.ts', 'xai/src/index.ts']),
    );
    expect(files.some((file) => file.startsWith('sdk/src/node/'))).toBe(false);
  });

  it('does reach Node built-ins from the /node entry (the walk can see them)', () => {
    const graph = moduleGraph(join(packagesDir, 'sdk/src/node/index.ts'));
    const specifiers = [...graph.values()].flat();
    expect(specifiers).toContain('node:fs/promises');
  });
});
