import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@grok-imagine/emulator';
import { afterAll } from 'vitest';

/** The built binary the tests drive, exactly as a user runs it. */
export const BIN = fileURLToPath(new URL('../dist/bin.mjs', import.meta.url));

/** Fails with instructions when the package has not been built. */
export function assertBuilt(): void {
  if (!existsSync(BIN)) {
    throw new Error(
      'packages/cli/dist/bin.mjs is missing: run `pnpm build` first (the root `pnpm test` does).',
    );
  }
}

/** An emulator running in the test process. */
export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Starts an emulator; `speed` > 1 makes jobs faster (a video takes about 3 s / speed). */
export function startTestEmulator(speed: number): Promise<Emulator> {
  return startEmulator({ speed, seed: 7 });
}

/** The environment of a child CLI: the parent's, minus every key and grok-imagine setting. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /_API_KEY$/.test(name) || name.startsWith('GROK_IMAGINE_')) continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** The config file content pointing every provider at `emulator`, with fast polling. */
export function emulatorConfig(emulator: Emulator): Record<string, unknown> {
  return {
    providers: {
      xai: { apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL },
      pixazo: { apiKey: emulator.keys.pixazo, baseURL: emulator.pixazoBaseURL },
      vydra: { apiKey: emulator.keys.vydra, baseURL: emulator.vydraBaseURL },
    },
    poll: { initialIntervalMs: 100, maxIntervalMs: 300 },
  };
}

const workspaces: string[] = [];
// Registered on the importing test file: its temp directories go when its tests are done.
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp working directory; with an emulator, holding a `grok-imagine.config.json` for it. */
export function makeWorkspace(emulator?: Emulator): string {
  const dir = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-'));
  workspaces.push(dir);
  if (emulator) {
    writeFileSync(join(dir, 'grok-imagine.config.json'), JSON.stringify(emulatorConfig(emulator), null, 2));
  }
  return dir;
}

/** What a finished CLI run left. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CLI process still running, with its output so far. */
export interface RunningCli {
  child: ChildProcess;
  /** Resolves when the output (stdout + stderr) matches `pattern`; rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process ends. */
  done: Promise<CliResult>;
}

/** Starts `node dist/bin.mjs …args` in `cwd` with a clean environment. */
export function spawnCli(args: string[], options: { cwd: string; env?: Record<string, string> }): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    notify();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    notify();
  });
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const waitFor = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = (stdout + stderr).match(pattern);
        if (!match) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(match);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${pattern} in output within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, waitFor, done };
}

/** Runs the CLI to its end. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  return spawnCli(args, options).done;
}
