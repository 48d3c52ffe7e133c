import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `build-packages.ts` writes how the build ended; `wait-for-build.ts` reads it. */
    builtPackagesStatus: string;
  }
}

/** How the build ended, as written to the status file. */
export interface BuildStatus {
  ok: boolean;
  seconds: number;
  /** The build's output when it failed. */
  output: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest global setup of the `dist` project: starts `pnpm -r run build` and returns at once, so the
 * source projects run while it builds; each dist test file waits for it (`wait-for-build.ts`).
 * Returns the teardown, which stops a build still running.
 */
export default function buildPackages(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'grok-imagine-dist-build-'));
  const statusFile = join(dir, 'status.json');
  project.provide('builtPackagesStatus', statusFile);
  const started = Date.now();
  const child = spawn('pnpm', ['-r', 'run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let written = false;
  const finish = (ok: boolean, detail: string) => {
    if (written) return;
    written = true;
    const status: BuildStatus = { ok, seconds: (Date.now() - started) / 1000, output: ok ? '' : detail };
    // Written whole, then renamed, so a reader never sees half a file.
    writeFileSync(`${statusFile}.partial`, JSON.stringify(status));
    renameSync(`${statusFile}.partial`, statusFile);
  };
  child.on('error', (error) => finish(false, `could not run pnpm: ${error.message}`));
  child.on('close', (code, signal) => finish(code === 0, `${output}\n(exit ${code ?? signal})`));
  return () => {
    if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
}
