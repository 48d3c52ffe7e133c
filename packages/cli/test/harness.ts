import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEmulator } from '@grok-imagine/emulator';
import { afterAll } from 'vitest';

/** The binary's source the tests drive; the built `dist/bin.mjs` is checked by the `dist` project. */
export const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/**
 * Node flags that run TypeScript sources without a build: tsx compiles on load, and the `source`
 * condition resolves the workspace packages to their `src/` as Vitest does.
 */
const SOURCE_FLAGS = [
  '--conditions=source',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
];

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

/** Starts `node src/bin.ts …args` (through tsx) in `cwd` with a clean environment. */
export function spawnCli(args: string[], options: { cwd: string; env?: Record<string, string> }): RunningCli {
  const child = spawn(process.execPath, [...SOURCE_FLAGS, BIN, ...args], {
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
