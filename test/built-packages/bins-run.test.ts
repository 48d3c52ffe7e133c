import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-dist-bins-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** The built file behind `name` in a package's `bin` map. */
function binFile(packageFolder: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(packagesDir, packageFolder, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  return join(packagesDir, packageFolder, manifest.bin[name]!);
}

/** Runs a built bin with `node`, in an empty folder, without any provider key. */
function runBin(file: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (/_API_KEY$|^GROK_IMAGINE_/.test(name)) delete env[name];
  return run(process.execPath, [file, ...args], { cwd, env });
}

describe('the built bins run', () => {
  const cli = binFile('cli', 'grok-imagine');
  const emulator = binFile('emulator', 'grok-imagine-emulator');

  it('grok-imagine starts with a node shebang and prints its version', async () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { stdout } = await runBin(cli, ['--version']);
    const { version } = JSON.parse(readFileSync(join(packagesDir, 'cli/package.json'), 'utf8'));
    expect(stdout.trim()).toBe(version);
  });

  it('grok-imagine generates an image on its embedded emulator', async () => {
    const { stdout } = await runBin(cli, [
      'image',
      'a red fox',
      '--emulator',
      '--provider',
      'vydra',
      '--json',
    ]);
    const doc = JSON.parse(stdout);
    expect(doc.job).toMatchObject({ provider: 'vydra', type: 'text-to-image', status: 'done' });
    expect(doc.files).toHaveLength(1);
  });

  it('grok-imagine-emulator starts with a node shebang and prints its usage', async () => {
    expect(readFileSync(emulator, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { stdout } = await runBin(emulator, ['--help']);
    expect(stdout).toMatch(/--port/);
  });
});
