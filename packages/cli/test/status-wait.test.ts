import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createManualClock, startEmulator } from '@grok-imagine/emulator';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type Emulator, makeWorkspace, runCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator(2);
});
afterAll(() => emulator?.close());

describe('submit, status, wait, download, jobs', () => {
  it('follows one job through the commands, by its id', async () => {
    const cwd = makeWorkspace(emulator);
    const submitted = await runCli(['video', 'a comet', '--provider', 'vydra', '--no-wait', '--json'], {
      cwd,
    });
    expect(submitted.code).toBe(0);
    const { job } = JSON.parse(submitted.stdout);
    expect(job).toMatchObject({ provider: 'vydra', status: 'pending' });
    expect(job.id).toMatch(/^vydra:/);

    const status = await runCli(['status', job.id, '--json'], { cwd });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).job.id).toBe(job.id);

    const waited = await runCli(['wait', job.id], { cwd });
    expect(waited.code).toBe(0);
    expect(waited.stdout).toMatch(/^status\s+done$/m);
    const file = waited.stdout.match(/^file\s+(\S+)$/m)![1]!;
    expect(existsSync(join(cwd, file))).toBe(true);

    const again = await runCli(['download', job.id, '--out', 'copy'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^file\s+copy\/vydra-.+\.mp4$/m);
    const refused = await runCli(['download', job.id, '--out', 'copy'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `hint: \`grok-imagine download ${job.id} --overwrite\` replaces the files, or pass another --out`,
    );
    expect((await runCli(['download', job.id, '--out', 'copy', '--overwrite'], { cwd })).code).toBe(0);

    const jobs = await runCli(['jobs', '--json'], { cwd });
    const listed = JSON.parse(jobs.stdout).jobs.find((entry: { jobId: string }) => entry.jobId === job.id);
    expect(listed.job.status).toBe('done');
    const table = await runCli(['jobs'], { cwd });
    expect(table.stdout).toMatch(new RegExp(`^${job.id}\\s+text-to-video\\s+done\\b`, 'm'));
  }, 60_000);

  it('status of a pending job says so and exits 0', async () => {
    const cwd = makeWorkspace(emulator);
    const submitted = await runCli(['video', 'slowly', '--provider', 'pixazo', '--no-wait'], { cwd });
    expect(submitted.code).toBe(0);
    const id = submitted.stdout.match(/^job\s+(\S+)$/m)![1]!;
    expect(submitted.stdout).toContain(`next      grok-imagine wait ${id}`);
    const status = await runCli(['status', id], { cwd });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^status\s+(queued|processing|pending|done)$/m);
  }, 30_000);

  it('cancel is unsupported on xAI: exit 2 with a hint', async () => {
    const cwd = makeWorkspace(emulator);
    const submitted = await runCli(['video', 'x', '--provider', 'xai', '--no-wait', '--json'], { cwd });
    const { job } = JSON.parse(submitted.stdout);
    const result = await runCli(['cancel', job.id], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: xai has no cancel endpoint/m);
    expect(result.stderr).toMatch(/^hint: only Vydra jobs can be cancelled/m);
  }, 30_000);

  it('cancel works on Vydra', async () => {
    // A stopped clock keeps the job pending however long the CLI takes to start.
    const frozen = await startEmulator({ seed: 7, clock: createManualClock() });
    onTestFinished(() => frozen.close());
    const cwd = makeWorkspace(frozen);
    const submitted = await runCli(['video', 'x', '--provider', 'vydra', '--no-wait', '--json'], { cwd });
    const { job } = JSON.parse(submitted.stdout);
    const result = await runCli(['cancel', job.id, '--json'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).job).toMatchObject({ id: job.id, status: 'failed' });
  }, 30_000);
});
