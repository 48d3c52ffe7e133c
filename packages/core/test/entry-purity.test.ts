import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/**
 * Every module specifier a TypeScript file imports or re-exports, except `import type` of a `node:`
 * module: it is erased from the build (the Node transport's types), so no bundle resolves it.
 */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(import type|import|export)\s[^'"]*?from\s+'([^']+)'/g)]
    .filter((m) => !(m[1] === 'import type' && m[2]!.startsWith('node:')))
    .map((m) => m[2]!);
}

/** The files reachable from an entry through relative imports, and the bare specifiers they use. */
function graph(entry: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of specifiers(file)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else external.add(specifier);
    }
  }
  return { files, external };
}

describe('entry points', () => {
  it('the main entry reaches no node: module, so it runs in browsers and edge runtimes', () => {
    const { files, external } = graph(resolve(srcDir, 'index.ts'));
    expect(files.size).toBeGreaterThan(30);
    expect([...external].filter((s) => s.startsWith('node:'))).toEqual([]);
    expect([...external].sort()).toEqual(['valibot']);
    expect([...files].some((f) => f.includes('/node/') || f.includes('/testing/'))).toBe(false);
  });

  it('the Node entry is where file reading lives', () => {
    const { external } = graph(resolve(srcDir, 'node/index.ts'));
    expect(external.has('node:fs/promises')).toBe(true);
  });
});
