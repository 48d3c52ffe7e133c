import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.ts';

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

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function runInProcess(argv: string[], env: Record<string, string> = {}) {
  const stdout = collector();
  const stderr = collector();
  const cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-run-'));
  dirs.push(cwd);
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, env, cwd, isTTY: false });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('run (in process, injected io)', () => {
  it('quotes offline and writes only to the injected streams', async () => {
    const result = await runInProcess(['quote', 'video', 'a storm', '--provider', 'xai', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).quote).toMatchObject({ provider: 'xai', type: 'text-to-video' });
  });

  it('reads the provider from the injected env, not the process env', async () => {
    const result = await runInProcess(['quote', 'image', 'a cat', '--json'], {
      GROK_IMAGINE_PROVIDER: 'vydra',
    });
    expect(JSON.parse(result.stdout).quote.provider).toBe('vydra');
  });

  it('returns 3 with the env var hint when the key is missing', async () => {
    const result = await runInProcess(['image', 'a cat', '--provider', 'pixazo']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^hint: set PIXAZO_API_KEY\b/m);
  });

  it('returns 2 for a usage error and prints commander’s message to the injected stderr', async () => {
    const result = await runInProcess(['video']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: missing required argument 'prompt'");
  });

  it('returns 0 for --help and --version', async () => {
    expect((await runInProcess(['--version'])).stdout.trim()).toBe('0.1.0');
    const help = await runInProcess(['video', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--duration <seconds>');
    expect(help.stdout).toContain('Exit codes:');
  });
});
