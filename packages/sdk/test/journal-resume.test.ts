import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagine } from '../src/node/index.ts';
import { type EmulatorWorld, startEmulatorWorld, submissions } from './helpers/emulator-env.ts';

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, 'fixtures', 'journal-child.mjs');
/** The child runs the sources without a build: tsx compiles, `source` resolves workspace packages. */
const sourceFlags = [
  '--conditions=source',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
];

let world: EmulatorWorld;
let dir: string;
beforeAll(async () => {
  world = await startEmulatorWorld();
  dir = await mkdtemp(join(tmpdir(), 'sdk-resume-'));
});
afterAll(async () => {
  await world?.emulator.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
function lineFrom(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolveLine, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolveLine(match);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) =>
      reject(new Error(`child exited (${code}) before printing ${pattern}: ${err || out}`)),
    );
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

describe('journal + resume', () => {
  it('loses no job when the process is killed mid-wait: resume() finishes it from the journal file', async () => {
    const journal = join(dir, 'jobs.jsonl');
    const child = spawn(process.execPath, [...sourceFlags, childScript, journal, world.emulator.xaiBaseURL], {
      env: { ...process.env, CHILD_XAI_API_KEY: world.emulator.keys.xai },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    const [, jobId] = await lineFrom(child, /submitted (\S+)\n/);
    const providerJobId = jobId!.slice('xai:'.length);
    // The emulator's clock stands still, so the child polls a pending job until it is killed.
    await until(
      () => world.emulator.requests.some((r) => r.method === 'GET' && r.path.endsWith(providerJobId)),
      'the child to poll',
    );
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const imagine = createImagine({
      env: world.keysEnv,
      clock: world.clock,
      providers: world.providers,
      journal: { file: journal },
      configFile: false,
    });
    const [pending] = await imagine.jobs();
    expect(pending).toMatchObject({
      id: jobId,
      provider: 'xai',
      type: 'text-to-video',
      job: { status: 'pending' },
      request: { type: 'text-to-video', prompt: 'a slow sunrise over hills', duration: 6 },
      quote: { provider: 'xai', usd: 0.42 },
    });

    const finished = await imagine.resume();
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({
      id: jobId,
      status: 'done',
      outputs: [expect.objectContaining({ mimeType: 'video/mp4' })],
    });
    expect((await imagine.jobs())[0]!.job.status).toBe('done');
    expect(await imagine.resume()).toEqual([]);
    expect(submissions(world.emulator).filter((s) => s.provider === 'xai')).toHaveLength(1);
  });
});
