import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/run.ts';
import { type Emulator, makeWorkspace, startTestEmulator } from './harness.ts';

// Each error a user can meet, run in process against the emulator: the `hint:` line must say
// what to do about that error, not point at an unrelated command.

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator(50);
});
afterAll(() => emulator?.close());

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function cli(cwd: string, ...argv: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd, isTTY: false });
  const hints = [...stderr.text().matchAll(/^hint: (.*)$/gm)].map((match) => match[1]);
  return { code, stdout: stdout.text(), stderr: stderr.text(), hints };
}

/** A workspace pointing at the emulator, with a small local PNG and MP4 to pass as inputs. */
function workspace(): string {
  const cwd = makeWorkspace(emulator);
  writeFileSync(join(cwd, 'fox.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(join(cwd, 'clip.mp4'), Buffer.from('000000186674797069736f6d', 'hex'));
  return cwd;
}

describe('hints in context', () => {
  it('cancelling a Vydra job that already finished says it ended, not --help', async () => {
    const cwd = workspace();
    const made = await cli(cwd, 'video', 'waves', '--provider', 'vydra', '--duration', '3', '--json');
    const { job } = JSON.parse(made.stdout);
    expect(job.status).toBe('done');
    const result = await cli(cwd, 'cancel', job.id);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: Job ${job.id} already ended (done); there is nothing to cancel.`);
    expect(result.hints).toEqual([`nothing to cancel: \`grok-imagine status ${job.id}\` shows how it ended`]);
  });

  it('a local video on xAI says to pass a URL', async () => {
    const cwd = workspace();
    for (const command of ['video-edit', 'video-extend']) {
      const result = await cli(cwd, command, 'make it blue', '--video', 'clip.mp4', '--provider', 'xai');
      expect(result.code).toBe(2);
      expect(result.hints).toEqual([
        'host the video where xAI can fetch it and pass its https:// URL; xAI takes no local video file',
      ]);
    }
  });

  it('a local image on Vydra says to pass a URL, use xai, or an uploadMedia hook', async () => {
    const cwd = workspace();
    const edit = await cli(cwd, 'edit', 'make it blue', '--image', 'fox.png', '--provider', 'vydra');
    const video = await cli(cwd, 'video', 'the fox runs', '--image', 'fox.png', '--provider', 'vydra');
    for (const result of [edit, video]) {
      expect(result.code).toBe(2);
      expect(result.hints).toEqual([
        'pass an https:// URL that vydra can fetch; xai takes local images (--provider xai), and in the SDK an uploadMedia hook can host local files',
      ]);
    }
  });

  it('status of an xAI image id says image jobs end at submit', async () => {
    const cwd = workspace();
    const result = await cli(cwd, 'status', 'xai:image-0f3c9a1e');
    expect(result.code).toBe(2);
    expect(result.hints).toEqual([
      'xAI image jobs end at submit, so there is nothing to look up: the image command already printed (and saved) the result',
    ]);
  });

  it('a malformed job id shows the id form, with no --id flag', async () => {
    const result = await cli(workspace(), 'status', 'notanid');
    expect(result.code).toBe(2);
    expect(result.hints).toEqual([
      'a job id is <provider>:<provider job id>, e.g. xai:1234abcd; `grok-imagine jobs` lists the jobs this directory has run',
    ]);
    expect(result.stderr).not.toContain('--id');
  });

  it('an unknown request type lists the short names too', async () => {
    const result = await cli(workspace(), 'quote', 'foo', 'a cat');
    expect(result.code).toBe(2);
    expect(result.hints).toEqual([
      'type allows: image, edit, video, text-to-image, image-edit, text-to-video, image-to-video, reference-to-video, video-edit, video-extend',
    ]);
  });

  it('--n 2 on Vydra says only 1', async () => {
    const result = await cli(workspace(), 'image', 'two cats', '--n', '2', '--provider', 'vydra');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: n 2 is not supported by vydra for text-to-image; allowed: only 1.',
    );
    expect(result.hints).toEqual(['--n on vydra allows: only 1']);
  });
});

describe('jobs --pending', () => {
  it('says "no pending jobs" when the journal holds only ended jobs', async () => {
    const cwd = workspace();
    expect((await cli(cwd, 'jobs', '--pending')).stdout).toMatch(/^no jobs in .*jobs\.jsonl$/m);
    expect((await cli(cwd, 'image', 'a fox', '--provider', 'xai')).code).toBe(0);
    const result = await cli(cwd, 'jobs', '--pending');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('no pending jobs (1 job has ended; `grok-imagine jobs` lists them)\n');
    expect((await cli(cwd, 'jobs', '--pending', '--json')).stdout).toMatch(/"jobs": \[\]/);
  });
});
