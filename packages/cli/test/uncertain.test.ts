import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, makeWorkspace, runCli, startTestEmulator } from './harness.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator(20);
});
afterAll(() => emulator?.close());

const creates = () =>
  emulator.requests.filter((request) => request.method === 'POST' && request.provider === 'xai').length;

describe('an uncertain submission, from the CLI', () => {
  it('exits 7, stays uncertain through resume, and is sent again only by resubmit', async () => {
    const cwd = makeWorkspace(emulator);
    // The provider creates (and charges) the job, then the answer is lost.
    emulator.setFaults([{ provider: 'xai', method: 'POST', kind: 'reset-after-accept', times: 1 }]);
    const lost = await runCli(['video', 'a kite over dunes', '--provider', 'xai', '--json'], { cwd });
    expect(lost.code).toBe(7);
    const reported = JSON.parse(lost.stdout || lost.stderr);
    expect(reported.error).toMatchObject({ name: 'SubmissionUncertainError', accepted: 'unknown' });
    const submissionId = reported.error.submissionId as string;
    expect(submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(creates()).toBe(1);

    const pending = JSON.parse((await runCli(['jobs', '--pending', '--json'], { cwd })).stdout);
    expect(pending.jobs).toMatchObject([{ submissionId, state: 'uncertain', provider: 'xai' }]);

    // xAI lists no jobs: resume cannot settle it, says what to check, and sends nothing.
    const resumed = await runCli(['resume'], { cwd });
    expect(resumed.code).toBe(7);
    expect(resumed.stdout).toContain(`uncertain ${submissionId} (xai, text-to-video`);
    expect(resumed.stdout).toContain(`grok-imagine resubmit ${submissionId}`);
    expect(creates()).toBe(1);

    // The user checked the provider's dashboard and says so: one more create, and the old entry is settled.
    const again = await runCli(['resubmit', submissionId, '--json'], { cwd });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).job).toMatchObject({ provider: 'xai', type: 'text-to-video' });
    expect(creates()).toBe(2);
    const after = await runCli(['resume', '--json', '--no-download'], { cwd });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).uncertain).toEqual([]);
  }, 60_000);
});
