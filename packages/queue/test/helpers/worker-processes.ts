import { type ChildProcess, spawn } from 'node:child_process';
/** A worker child process. */
export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** Resolves when it exits, with the signal that ended it. */
  exited: Promise<NodeJS.Signals | null>;
}

/** Starts a bundled worker with `settings` and resolves once it printed `ready`. */
export function spawnWorker(
  script: string,
  settings: { name: string } & Record<string, unknown>,
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [script, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('ready')) resolve({ name: settings.name, child, output: () => output, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    void exited.then(() =>
      reject(new Error(`worker ${settings.name} exited before it was ready:\n${output}`)),
    );
  });
}

/** Stops the workers still running (SIGTERM, then SIGKILL after 5 s). */
export async function stopWorkers(workers: readonly WorkerProcess[]): Promise<void> {
  await Promise.all(
    workers.map(async (worker) => {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
      worker.child.kill('SIGTERM');
      const timer = setTimeout(() => worker.child.kill('SIGKILL'), 5_000);
      await worker.exited;
      clearTimeout(timer);
    }),
  );
}
