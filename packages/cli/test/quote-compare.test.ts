import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from './harness.ts';

// No emulator and no keys: quoting and comparing must work offline.

describe('quote', () => {
  it('prices a request on one provider without network or keys', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['quote', 'video', 'a storm', '--duration', '6', '--provider', 'xai'], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^provider\s+xai$/m);
    expect(result.stdout).toMatch(/^type\s+text-to-video$/m);
    expect(result.stdout).toMatch(/^price\s+\$\d+\.\d+ \((documented|inferred|unknown)\)$/m);
  }, 30_000);

  it('--json gives the full quote', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(
      ['quote', 'text-to-image', 'a cat', '--n', '3', '--provider', 'pixazo', '--json'],
      {
        cwd,
      },
    );
    expect(result.code).toBe(0);
    const { quote } = JSON.parse(result.stdout);
    expect(quote).toMatchObject({ provider: 'pixazo', type: 'text-to-image' });
    expect(quote.lines.length).toBeGreaterThan(0);
  }, 30_000);

  it('rejects an unknown request type with exit 2', async () => {
    const result = await runCli(['quote', 'gif', 'a cat'], { cwd: makeWorkspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hint: type allows: image, edit, video, text-to-image, image-edit/m);
  }, 30_000);
});

describe('compare', () => {
  it('prints every provider side by side, offline', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['compare', 'video', 'a storm', '--duration', '6'], { cwd });
    expect(result.code).toBe(0);
    const [header, rule, ...rows] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^provider\s+price\s+confidence\s+note$/);
    expect(rule).toMatch(/^-+/);
    expect(rows.map((row) => row.split(/\s+/)[0]).sort()).toEqual(['pixazo', 'vydra', 'xai']);
  }, 30_000);

  it("notes on Pixazo's row that a ratio beyond grok-imagine-api-641's documented ones is assumed", async () => {
    const cwd = makeWorkspace();
    const args = ['compare', 'image', 'a cat', '--aspect-ratio', '2:1', '--providers', 'pixazo,xai'];
    const result = await runCli(args, { cwd });
    expect(result.code).toBe(0);
    const pixazo = result.stdout.split('\n').find((line) => line.startsWith('pixazo'));
    expect(pixazo).toContain(
      'aspectRatio "2:1" on grok-imagine-api-641 is assumed, not documented: the document names only "common values" 1:1, 16:9, 9:16, 4:3, 3:2',
    );
    const xai = result.stdout.split('\n').find((line) => line.startsWith('xai'));
    expect(xai).not.toContain('assumed');
  }, 30_000);

  it('--providers limits the rows; --json gives them cheapest first', async () => {
    const cwd = makeWorkspace();
    const result = await runCli(['compare', 'image', 'a cat', '--providers', 'xai,vydra', '--json'], { cwd });
    expect(result.code).toBe(0);
    const { rows } = JSON.parse(result.stdout);
    expect(rows.map((row: { provider: string }) => row.provider).sort()).toEqual(['vydra', 'xai']);
    for (const row of rows) expect(row).toHaveProperty('confidence');
  }, 30_000);
});
