import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const builtins = new Set(builtinModules);

/** Every import specifier reachable from `entry` through this package's own files. */
function importsFrom(entry: string): { files: string[]; specifiers: string[] } {
  const seen = new Set<string>();
  const specifiers: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // TypeScript's own scanner: imports only, never text in strings or comments.
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.')) queue.push(resolve(dirname(file), fileName));
      else specifiers.push(fileName);
    }
  }
  return { files: [...seen], specifiers: [...new Set(specifiers)].sort() };
}

describe('the main entry is runtime-neutral', () => {
  it('imports no Node built-in and only the sdk main entry', () => {
    const { files, specifiers } = importsFrom(join(srcDir, 'index.ts'));
    expect(files.length).toBeGreaterThan(10);
    expect(specifiers.filter((s) => s.startsWith('node:') || builtins.has(s.split('/')[0]!))).toEqual([]);
    expect(specifiers).toEqual(['@ai-sdk/provider', '@grok-imagine/sdk', 'valibot']);
  });

  it('the Node entry adds the sdk Node entry (the walk can see it)', () => {
    expect(importsFrom(join(srcDir, 'node/index.ts')).specifiers).toContain('@grok-imagine/sdk/node');
  });
});
