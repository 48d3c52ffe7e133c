import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VYDRA_EXAMPLES } from '../testing/doc-examples.ts';
import { send } from '../testing/harness.ts';
import { type CliIo, type CliOutcome, runCli } from './run-cli.ts';

let dir: string;
let outcome: CliOutcome | undefined;
let out: string[];
let err: string[];

const io = (): CliIo => ({ stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
  out = [];
  err = [];
  outcome = undefined;
});
afterEach(async () => {
  if (outcome && 'emulator' in outcome) await outcome.emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('grok-imagine-emulator --write-config', () => {
  it('writes an SDK config file pointing every provider at the emulator, relative to the cwd', async () => {
    outcome = await runCli(['--seed', '7', '--write-config', 'grok-imagine.config.json'], io());
    if (!('emulator' in outcome)) throw new TypeError(`expected a running emulator, got ${err.join('')}`);
    const { emulator } = outcome;
    const file = join(dir, 'grok-imagine.config.json');
    const text = await readFile(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      providers: {
        xai: { apiKey: 'emulator-xai-key', baseURL: emulator.xaiBaseURL },
        pixazo: { apiKey: 'emulator-pixazo-key', baseURL: emulator.pixazoBaseURL },
        vydra: { apiKey: 'emulator-vydra-key', baseURL: emulator.vydraBaseURL },
      },
      poll: { initialIntervalMs: 250, maxIntervalMs: 1000 },
    });
    expect(emulator.xaiBaseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xai\/v1$/);
    expect(out.join('')).toContain(`  config  ${file}\n  use it: export GROK_IMAGINE_CONFIG=${file}\n`);
    expect(err).toEqual([]);
  });

  it('writes settings that work: a request built from the file reaches this emulator', async () => {
    outcome = await runCli(['--write-config', 'emulator.json'], io());
    if (!('emulator' in outcome)) throw new TypeError('expected a running emulator');
    const config = JSON.parse(await readFile(join(dir, 'emulator.json'), 'utf8'));
    const { baseURL, apiKey } = config.providers.vydra;
    const answer = await send(`${baseURL}/models/grok-imagine`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(VYDRA_EXAMPLES.image),
    });
    expect(answer.status).toBe(200);
    expect(outcome.emulator.requests.map((r) => [r.provider, r.auth])).toEqual([['vydra', 'valid']]);
  });

  it('prints no config line without the flag', async () => {
    outcome = await runCli([], io());
    expect(out.join('')).not.toContain('config');
  });

  it('stops the emulator and exits 1, naming the file, when the file cannot be written', async () => {
    outcome = await runCli(['--write-config', 'missing-dir/config.json'], io());
    expect(outcome).toEqual({ exitCode: 1 });
    expect(err.join('')).toMatch(
      new RegExp(
        `^grok-imagine-emulator: cannot write --write-config ${join(dir, 'missing-dir', 'config.json')}: ENOENT`,
      ),
    );
    expect(out).toEqual([]);
  });

  it('refuses an empty path with exit code 2 and the usage', async () => {
    outcome = await runCli(['--write-config', ''], io());
    expect(outcome).toEqual({ exitCode: 2 });
    expect(err.join('')).toMatch(/^grok-imagine-emulator: --write-config needs a file path\n\nUsage:/);
  });
});
