import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs tsc on the consumer fixture with one settings file; resolves with its diagnostics. */
async function compile(settings: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '-p', settings], { cwd: fixtures });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

// The settings the README documents as supported for ESM-only packages.
describe('a TypeScript user compiles against the built declarations', () => {
  it('module/moduleResolution NodeNext, checking the declaration files too', async () => {
    expect(await compile('tsconfig.nodenext.json')).toBe('');
  });

  it('moduleResolution Bundler', async () => {
    expect(await compile('tsconfig.bundler.json')).toBe('');
  });

  it('a CommonJS file (.cts) with module/moduleResolution NodeNext', async () => {
    expect(await compile('tsconfig.cjs-nodenext.json')).toBe('');
  });

  it('a CommonJS file with Node16 gets TS1479, as the README says', async () => {
    expect(await compile('tsconfig.cjs-node16.json')).toMatch(/cjs-consumer\.cts.*error TS1479:/);
  });

  it('the check can fail: a name no package exports is reported', async () => {
    const output = await compile('tsconfig.broken.json');
    expect(output).toMatch(
      /broken-consumer\.ts.*error TS2724: '"@grok-imagine\/sdk"' has no exported member named 'createImaginee'/,
    );
  });
});
