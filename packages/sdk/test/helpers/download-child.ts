import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the child answered for one download: the paths written, or the error it threw. */
export type ChildDownload =
  | { ok: true; paths: string[] }
  | {
      ok: false;
      name: string;
      message: string;
      code: unknown;
      isConnectionError: boolean;
      isSdkError: boolean;
    };

/** What the child answered for image generations: each job's status and output URL, or the error. */
export type ChildGenerate = { ok: true; jobs: { status: string; url: string | undefined }[] } | ChildFailure;
type ChildFailure = Extract<ChildDownload, { ok: false }>;

/** A Node process that runs `download()` (or API calls) from the sources on request. */
export interface DownloadChild {
  /** Downloads `url` (a video job's only output) into `dir` in the child. */
  download(url: string, dir: string): Promise<ChildDownload>;
  /** Generates `times` images one after another through xAI at `baseURL`, with one client. */
  generate(baseURL: string, times: number): Promise<ChildGenerate>;
  /** Ends the child and waits for it to exit. */
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('../fixtures/download-child.ts', import.meta.url));
// tsx compiles the sources on load; the `source` condition resolves workspace packages to `src/`.
const SOURCE_FLAGS = [
  '--conditions=source',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
];

/**
 * Starts the download child with exactly `env` (so a trust setting such as `NODE_EXTRA_CA_CERTS`
 * is present only when the test gives it). One child serves many downloads, one at a time or
 * several at once, so a test file pays Node's and tsx's start-up once. Resolves once the child is
 * ready to download.
 */
export async function startDownloadChild(env: NodeJS.ProcessEnv): Promise<DownloadChild> {
  const child = spawn(process.execPath, [...SOURCE_FLAGS, SCRIPT], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const waiting = new Map<number, (answer: never) => void>();
  let stderr = '';
  let failure: Error | undefined;
  let nextId = 0;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let ready: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    ready = resolve;
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') return ready();
    const { id, ...answer } = JSON.parse(line) as { id: number };
    waiting.get(id)?.(answer as never);
    waiting.delete(id);
  });
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      failure = new Error(`the download child exited (${code ?? signal}): ${stderr}`);
      resolve();
    });
  });
  await Promise.race([started, exited.then(() => Promise.reject(failure))]);
  const ask = <T>(request: object) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      waiting.set(id, resolve);
      void exited.then(() => {
        if (waiting.delete(id)) reject(failure);
      });
      child.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
    });
  return {
    download: (url, dir) => ask<ChildDownload>({ url, dir }),
    generate: (baseURL, times) => ask<ChildGenerate>({ generate: { baseURL, times } }),
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
