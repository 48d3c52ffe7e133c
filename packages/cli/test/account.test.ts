import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, makeWorkspace, runCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator(1);
});
afterAll(async () => {
  await emulator?.close();
});

describe('account', () => {
  it('--json: Vydra reports credits and plan limits; xAI and Pixazo have no account endpoint', async () => {
    emulator.setBalance('vydra', emulator.keys.vydra, 777);
    const before = emulator.requests.length;
    const result = await runCli(['account', '--json'], { cwd: makeWorkspace(emulator) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      accounts: [
        { provider: 'xai', supported: false, note: 'xai has no account endpoint.' },
        { provider: 'pixazo', supported: false, note: 'pixazo has no account endpoint.' },
        {
          provider: 'vydra',
          supported: true,
          credits: 777,
          rateLimits: { requestsPerMinute: 60, concurrentJobs: 10, plan: 'creator' },
        },
      ],
    });
    // Only Vydra was asked, and only its two account reads.
    const asked = emulator.requests.slice(before).map((request) => `${request.method} ${request.path}`);
    expect(asked.sort()).toEqual(['GET /vydra/api/v1/account/rate-limits', 'GET /vydra/api/v1/organization']);
  }, 30_000);

  it('prints a table; --only asks one provider', async () => {
    const cwd = makeWorkspace(emulator);
    const table = await runCli(['account'], { cwd });
    expect(table.code).toBe(0);
    const [header, , ...rows] = table.stdout.trim().split('\n');
    expect(header).toMatch(/^provider\s+supported\s+balance\s+limits\s+note$/);
    expect(rows).toEqual([
      expect.stringMatching(/^xai\s+no\s+xai has no account endpoint\.$/),
      expect.stringMatching(/^pixazo\s+no\s+pixazo has no account endpoint\.$/),
      expect.stringMatching(/^vydra\s+yes\s+\d+ credits\s+creator, 60\/min, 10 at once$/),
    ]);
    const only = await runCli(['account', '--only', 'pixazo', '--json'], { cwd });
    expect(JSON.parse(only.stdout)).toEqual({
      accounts: [{ provider: 'pixazo', supported: false, note: 'pixazo has no account endpoint.' }],
    });
  }, 30_000);

  it('without a Vydra key: exit 3 naming the variable; xAI alone needs no key', async () => {
    const cwd = makeWorkspace();
    const vydra = await runCli(['account', '--only', 'vydra'], { cwd });
    expect(vydra.code).toBe(3);
    expect(vydra.stderr).toMatch(/^error: No API key for vydra: set the VYDRA_API_KEY environment variable/m);
    const xai = await runCli(['account', '--only', 'xai'], { cwd });
    expect(xai.code).toBe(0);
    expect(xai.stdout).toMatch(/^xai\s+no\s+xai has no account endpoint\.$/m);
    const unknown = await runCli(['account', '--only', 'dalle'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: --only dalle is not a provider; allowed: xai, pixazo, vydra.');
  }, 30_000);
});
