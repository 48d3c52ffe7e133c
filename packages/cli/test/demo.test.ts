import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from './harness.ts';

describe('demo', () => {
  it('runs every provider on the embedded emulator, downloads into out/<provider>/ and prints the table', async () => {
    const cwd = makeWorkspace();
    const started = Date.now();
    const result = await runCli(['demo'], { cwd });
    const elapsed = Date.now() - started;
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.code).toBe(0);
    expect(elapsed).toBeLessThan(30_000);
    for (const provider of ['xai', 'pixazo', 'vydra']) {
      const files = readdirSync(join(cwd, 'out', provider)).sort();
      expect(files).toHaveLength(2);
      expect(files.some((file) => file.endsWith('.mp4'))).toBe(true);
      expect(files.some((file) => /\.(jpg|png|webp)$/.test(file))).toBe(true);
    }
    const [header, , ...rows] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^provider\s+request\s+quoted\s+reported cost\s+time\s+result$/);
    expect(rows).toHaveLength(6);
    expect(
      rows.map((row) =>
        row
          .split(/\s{2,}/)
          .slice(0, 2)
          .join(' '),
      ),
    ).toEqual([
      'xai image',
      'xai video 6s',
      'pixazo image',
      'pixazo video 6s',
      'vydra image',
      'vydra video 6s',
    ]);
    for (const row of rows) expect(row).toMatch(/\d+\.\ds\s+1 file$/);
    expect(rows.find((row) => row.startsWith('vydra'))).toMatch(/credits?/);
  }, 60_000);

  it('--json: one row per provider and request', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['demo', '--providers', 'vydra', '--json'], { cwd });
    expect(result.code).toBe(0);
    const { rows } = JSON.parse(result.stdout);
    expect(
      rows.map((row: { provider: string; request: string }) => `${row.provider} ${row.request}`),
    ).toEqual(['vydra text-to-image', 'vydra text-to-video']);
    expect(rows[1].job.cost).toBeDefined();
  }, 60_000);
});
