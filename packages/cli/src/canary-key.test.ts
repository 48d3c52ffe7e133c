import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run.ts';

const MARK = 'CANARYk3y';
const KEYS = {
  xai: `xai-${MARK}0xai0000000000000000000000000001`,
  pixazo: `${MARK}0pixazo00000000000000000000002`,
  vydra: `vyd_${MARK}0vydra000000000000000000000003`,
};
const ENV = {
  XAI_API_KEY: KEYS.xai,
  PIXAZO_API_KEY: KEYS.pixazo,
  VYDRA_API_KEY: KEYS.vydra,
  GROK_IMAGINE_DEBUG: '1',
};

function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

let emulator: Emulator;
let cwd: string;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 7, speed: 50, keys: KEYS });
});
afterAll(() => emulator?.close());
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-canary-'));
  // Keys come from the environment only; the file points the providers at the emulator.
  writeConfig({
    providers: {
      xai: { baseURL: emulator.xaiBaseURL },
      pixazo: { baseURL: emulator.pixazoBaseURL },
      vydra: { baseURL: emulator.vydraBaseURL },
    },
    poll: { initialIntervalMs: 20, maxIntervalMs: 50 },
  });
  emulator.setFaults([]);
  return () => rmSync(cwd, { recursive: true, force: true });
});

function writeConfig(config: unknown): void {
  writeFileSync(join(cwd, 'grok-imagine.config.json'), JSON.stringify(config));
}

async function cli(argv: string[], env: Record<string, string> = ENV) {
  const stdout = collector();
  const stderr = collector();
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, env, cwd, isTTY: false });
  return { code, stdout: stdout.text(), output: stdout.text() + stderr.text() };
}

describe('the CLI prints no key, in text, --json or debug output', () => {
  it.each(['xai', 'pixazo', 'vydra'] as const)('a key %s rejects (401)', async (provider) => {
    const env = { ...ENV, [`${provider.toUpperCase()}_API_KEY`]: `${KEYS[provider]}-wrong` };
    for (const json of [[], ['--json']]) {
      const result = await cli(['video', 'a canary', '--provider', provider, ...json], env);
      expect(result.code).toBe(3);
      expect(result.output).not.toContain(MARK);
    }
  });

  it('a bot challenge, a failed download and a disk error after the job', async () => {
    emulator.setFaults([{ provider: 'pixazo', method: 'GET', kind: 'html-403' }]);
    const challenge = await cli(['video', 'a canary', '--provider', 'pixazo', '--json']);
    expect(challenge.code).toBe(6);
    emulator.setFaults([{ provider: 'media', kind: 'html-403' }]);
    const refused = await cli(['image', 'a canary', '--provider', 'xai', '--json']);
    expect(refused.code).toBe(6);
    emulator.setFaults([]);
    const saved = await cli(['image', 'a canary', '--provider', 'vydra', '--json']);
    const { job, files } = JSON.parse(saved.stdout);
    rmSync(files[0]);
    mkdirSync(join(files[0], 'inside'), { recursive: true });
    // A plain Node error (EISDIR) under GROK_IMAGINE_DEBUG prints its stack.
    const disk = await cli(['download', job.id, '--overwrite']);
    expect(disk.output).toMatch(/EISDIR|EEXIST|ENOTEMPTY/);
    for (const result of [challenge, refused, saved, disk]) expect(result.output).not.toContain(MARK);
    expect(emulator.mediaRequests.every((request) => !request.hadApiKey)).toBe(true);
  });

  it('config errors: a key with a line break, a key pasted into baseURL', async () => {
    const broken = await cli(['image', 'a canary', '--json'], { ...ENV, XAI_API_KEY: `${KEYS.xai}\nX: 1` });
    expect(broken.code).toBe(2);
    writeConfig({ providers: { xai: { baseURL: KEYS.xai } } });
    const pasted = await cli(['image', 'a canary']);
    expect(pasted.code).toBe(2);
    for (const result of [broken, pasted]) expect(result.output).not.toContain(MARK);
  });

  it('the journal the runs left', async () => {
    const result = await cli(['video', 'a canary', '--provider', 'vydra', '--journal', 'jobs.jsonl']);
    expect(result.code).toBe(0);
    const journal = readFileSync(join(cwd, 'jobs.jsonl'), 'utf8');
    expect(journal).toContain('vydra:');
    expect(journal).not.toContain(MARK);
    expect(result.output).not.toContain(MARK);
  });
});
