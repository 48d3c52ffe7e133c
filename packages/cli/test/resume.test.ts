import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, makeWorkspace, runCli, spawnCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;

beforeAll(async () => {
  // Slow jobs (a video takes about 4 s) so the CLI can be stopped mid-wait.
  emulator = await startTestEmulator(0.75);
});
afterAll(() => emulator?.close());

describe('journal and resume', () => {
  it('resume finishes a job whose CLI was killed mid-wait', async () => {
    const cwd = makeWorkspace(emulator);
    const running = spawnCli(['video', 'a glacier calving', '--provider', 'pixazo'], { cwd });
    const [, id] = await running.waitFor(/^(pixazo:\S+) {2}/m);
    running.child.kill('SIGKILL');
    const killed = await running.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(cwd, '.grok-imagine', 'jobs.jsonl'))).toBe(true);

    const pending = await runCli(['jobs', '--pending', '--json'], { cwd });
    expect(JSON.parse(pending.stdout).jobs.map((entry: { jobId: string }) => entry.jobId)).toEqual([id]);

    const resumed = await runCli(['resume'], { cwd });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`job       ${id}`);
    expect(resumed.stdout).toMatch(/^status\s+done$/m);
    const file = resumed.stdout.match(/^file\s+(\S+)$/m)![1]!;
    expect(existsSync(join(cwd, file))).toBe(true);

    const after = await runCli(['resume', '--json'], { cwd });
    expect(JSON.parse(after.stdout)).toEqual({ jobs: [], uncertain: [], failed: [] });
  }, 60_000);

  it('Ctrl-C during a wait leaves the job running, says how to resume and exits 130', async () => {
    const cwd = makeWorkspace(emulator);
    const running = spawnCli(['video', 'a slow sunrise', '--provider', 'xai'], { cwd });
    const [, id] = await running.waitFor(/^(xai:\S+) {2}/m);
    running.child.kill('SIGINT');
    const result = await running.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(`interrupted: job ${id} is still running on xai (not cancelled)`);
    expect(result.stderr).toContain('hint: run `grok-imagine resume`');

    const resumed = await runCli(['resume', '--json'], { cwd });
    expect(resumed.code).toBe(0);
    const { jobs } = JSON.parse(resumed.stdout);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].job).toMatchObject({ id, status: 'done' });
    expect(existsSync(jobs[0].files[0])).toBe(true);
  }, 60_000);
});
