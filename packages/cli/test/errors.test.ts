import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, makeWorkspace, runCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator(10);
});
afterAll(() => emulator?.close());

describe('exit codes and hints', () => {
  it('2 for a value the provider does not allow, with a hint naming the allowed values', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['video', 'a storm', '--duration', '99', '--provider', 'pixazo'], { cwd });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: .*duration/);
    expect(lines[1]).toMatch(/^hint: --duration on pixazo allows: .*\b3\b.*\b10\b/);
    expect(result.stdout).toBe('');
  }, 30_000);

  it('3 for a missing key, with a hint naming the env var to set', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['image', 'a cat', '--provider', 'vydra'], { cwd });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: .*vydra/m);
    expect(result.stderr).toMatch(/^hint: set VYDRA_API_KEY\b/m);
  }, 30_000);

  it('--json reports the error as the one JSON document', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['image', 'a cat', '--provider', 'xai', '--json'], { cwd });
    expect(result.code).toBe(3);
    const doc = JSON.parse(result.stdout);
    expect(doc.error).toMatchObject({
      name: 'AuthenticationError',
      code: 'missing_api_key',
      provider: 'xai',
      exitCode: 3,
    });
    expect(doc.error.hints[0]).toMatch(/^set XAI_API_KEY\b/);
  }, 30_000);

  it('4 when the job fails, with the job in the --json document', async () => {
    const cwd = makeWorkspace(emulator);
    const text = await runCli(['video', 'a storm [fail]', '--provider', 'pixazo'], { cwd });
    expect(text.code).toBe(4);
    expect(text.stderr).toMatch(/^error: Job pixazo:\S+ failed: /m);
    expect(text.stderr).toMatch(/^hint: `grok-imagine status pixazo:\S+` shows the job/m);
    const json = await runCli(['video', 'a storm [fail]', '--provider', 'vydra', '--json'], { cwd });
    expect(json.code).toBe(4);
    const doc = JSON.parse(json.stdout);
    expect(doc.error).toMatchObject({ name: 'JobFailedError', exitCode: 4 });
    expect(doc.job).toMatchObject({ provider: 'vydra', status: 'failed' });
  }, 30_000);

  it('5 when --timeout passes, with the command that finishes the job', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['video', 'slow', '--provider', 'pixazo', '--timeout', '0.05'], { cwd });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(
      /^hint: the job is still running on pixazo: `grok-imagine wait pixazo:\S+`/m,
    );
    // The error names the state the last progress line showed (Pixazo starts `queued`), not the neutral `pending`.
    const shown = [...result.stderr.matchAll(/^pixazo:\S+ {2}(\S+)/gm)].map((line) => line[1]);
    expect(shown).toContain('queued');
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: Gave up waiting for job pixazo:\\S+ after --timeout 0\\.05 s; it was last seen ${shown.at(-1)}\\b`,
        'm',
      ),
    );
  }, 30_000);

  it('2 for usage errors, 0 for --help with the exit-code table', async () => {
    const cwd = makeWorkspace();
    expect((await runCli(['image'], { cwd })).code).toBe(2);
    expect((await runCli(['image', 'x', '--provider', 'dalle'], { cwd })).code).toBe(2);
    expect((await runCli(['video', 'x', '--resolution', '4k'], { cwd })).stderr).toContain(
      'hint: --resolution allows: 480p, 720p, 1080p',
    );
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toMatch(/130 {2}interrupted/);
  }, 30_000);
});
