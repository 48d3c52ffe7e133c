import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, makeWorkspace, runCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator(10);
});
afterAll(() => emulator?.close());

function fileLines(stdout: string): string[] {
  return [...stdout.matchAll(/^file\s+(\S+)$/gm)].map((match) => match[1]!);
}

describe('image', () => {
  it('generates, downloads into ./out and prints the job as text', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['image', 'a red fox in snow', '--provider', 'xai'], { cwd });
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^job\s+xai:\S+$/m);
    expect(result.stdout).toMatch(/^status\s+done$/m);
    expect(result.stdout).toMatch(/^quoted\s+\$\d/m);
    expect(result.stdout).toMatch(/^cost\s+\$\d.* \((reported|catalog)\)$/m);
    const files = fileLines(result.stdout);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^out\/xai-.+-0\.(jpg|png|webp)$/);
    expect(statSync(join(cwd, files[0]!)).size).toBeGreaterThan(0);
  }, 30_000);

  it('prints exactly one JSON document with --json', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['image', 'two cats', '--n', '2', '--provider', 'xai', '--json'], { cwd });
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.job).toMatchObject({ provider: 'xai', type: 'text-to-image', status: 'done' });
    expect(doc.job.raw).toBeUndefined();
    expect(doc.quote).toMatchObject({ provider: 'xai', type: 'text-to-image', usdTicks: 400_000_000 });
    expect(doc.files).toHaveLength(2);
    for (const file of doc.files) expect(existsSync(file)).toBe(true);
  }, 30_000);

  it('runs against an embedded emulator with --emulator, without keys or config', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['image', 'a lighthouse', '--emulator', '--provider', 'pixazo', '--json'], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).job).toMatchObject({ provider: 'pixazo', status: 'done' });
  }, 30_000);
});

describe('video', () => {
  it('waits with plain progress lines on stderr when piped, then downloads the mp4', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['video', 'waves at dusk', '--provider', 'pixazo', '--duration', '6'], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^pixazo:\S+ {2}(queued|processing|pending)\b.* {2}\d+\.\ds {2}quoted \$\d/m,
    );
    expect(result.stderr).toMatch(/^pixazo:\S+ {2}done {2}/m);
    expect(result.stdout).toMatch(/^status\s+done$/m);
    const files = fileLines(result.stdout);
    expect(files).toEqual([expect.stringMatching(/^out\/pixazo-.+-0\.mp4$/)]);
    expect(existsSync(join(cwd, files[0]!))).toBe(true);
  }, 30_000);

  it('--json: one document, no progress on stdout', async () => {
    const cwd = makeWorkspace(emulator);
    const result = await runCli(['video', 'a paper boat', '--provider', 'xai', '--out', 'media', '--json'], {
      cwd,
    });
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.job).toMatchObject({ provider: 'xai', type: 'text-to-video', status: 'done' });
    expect(doc.quote.usdTicks).toBeGreaterThan(0);
    expect(doc.files).toEqual([expect.stringMatching(/media[\\/]xai-.+-0\.mp4$/)]);
    expect(result.stderr).toBe('');
  }, 30_000);
});
