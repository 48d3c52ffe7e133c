import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest global setup of the `dist` project: builds every package once before its tests, so
 * `pnpm test` needs no separate build and the other projects never wait for one.
 */
export default function buildPackages(): void {
  const started = Date.now();
  try {
    execFileSync('pnpm', ['-r', '--silent', 'run', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // The build's own output says what broke; without pnpm on PATH it says that instead.
    throw new Error(`\`pnpm -r run build\` failed before the dist tests:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
  console.log(`dist: built every package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
