import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
// tsc over every declaration file takes ~8 s alone, several times that on a busy 2-core machine.
const TSC_TIMEOUT_MS = 180_000;

/** Runs tsc on the consumer fixture with one settings file; resolves with its diagnostics. */
async function compile(settings: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '-p', settings], { cwd: fixtures });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

// The settings the README documents as supported for ESM-only packages. The Node16 case expects
// an error, which also proves the check can fail.
describe('a TypeScript user compiles against the built declarations', () => {
  it(
    'NodeNext: an ES module and a CommonJS (.cts) file, checking the declaration files too',
    async () => {
      expect(await compile('tsconfig.nodenext.json')).toBe('');
    },
    TSC_TIMEOUT_MS,
  );

  it(
    'moduleResolution Bundler',
    async () => {
      expect(await compile('tsconfig.bundler.json')).toBe('');
    },
    TSC_TIMEOUT_MS,
  );

  it(
    'a CommonJS file with Node16 gets TS1479, as the README says',
    async () => {
      expect(await compile('tsconfig.cjs-node16.json')).toMatch(
        /^cjs-consumer\.cts\(2,31\): error TS1479: The current file is a CommonJS module/m,
      );
    },
    TSC_TIMEOUT_MS,
  );
});
