import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

let emulator: Emulator;
let cwd: string;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 7, speed: 50 });
});
afterAll(() => emulator?.close());
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-flags-'));
  writeFileSync(
    join(cwd, 'grok-imagine.config.json'),
    JSON.stringify({
      providers: {
        xai: { apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL },
        pixazo: { apiKey: emulator.keys.pixazo, baseURL: emulator.pixazoBaseURL },
        vydra: { apiKey: emulator.keys.vydra, baseURL: emulator.vydraBaseURL },
      },
      poll: { initialIntervalMs: 20, maxIntervalMs: 50 },
    }),
  );
  emulator.setFaults([]);
  return () => rmSync(cwd, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const stdout = collector();
  const stderr = collector();
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd, isTTY: false });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('every flag is checked before anything is submitted', () => {
  const refused: [string, string[], RegExp][] = [
    [
      '--timeout abc',
      ['video', 'a storm', '--timeout', 'abc'],
      /^error: timeout must be a number of seconds/m,
    ],
    ['--timeout 0', ['video', 'a storm', '--timeout', '0'], /^error: timeout must be/m],
    ['--timeout -5', ['video', 'a storm', '--timeout', '-5'], /^error: timeout must be/m],
    ['--timeout NaN', ['image', 'a cat', '--timeout', 'NaN'], /^error: timeout must be/m],
    ['--timeout Infinity', ['image', 'a cat', '--timeout', 'Infinity'], /^error: timeout must be/m],
    ['--timeout 1e3', ['image', 'a cat', '--timeout', '1e3'], /^error: timeout must be/m],
    ['--timeout a year', ['image', 'a cat', '--timeout', '31536000'], /at most 604800 \(a week\)/],
    ['--out at a file', ['image', 'a cat', '--out', 'taken.txt'], /^error: --out "taken.txt" is a file/m],
    ['--out under a file', ['image', 'a cat', '--out', 'taken.txt/sub'], /is under a file/],
    ['--journal at a directory', ['image', 'a cat', '--journal', 'somedir'], /is a directory, not a file/],
    ['--n 0', ['image', 'a cat', '--n', '0'], /^error: n must be a whole number/m],
    ['--n 2.5', ['image', 'a cat', '--n', '2.5'], /^error: n must be a whole number/m],
    ['--aspect-ratio 7:3', ['image', 'a cat', '--aspect-ratio', '7:3'], /aspectRatio "7:3" is not one of/],
    ['--resolution 4k', ['image', 'a cat', '--resolution', '4k'], /resolution "4k" is not one of/],
    ['--format gif', ['image', 'a cat', '--format', 'gif'], /format "gif" is not one of/],
    ['--quality ultra', ['image', 'a cat', '--quality', 'ultra'], /quality "ultra" is not one of/],
    ['--duration abc', ['video', 'a storm', '--duration', 'abc'], /duration must be a whole number/],
    ['--duration 99 on pixazo', ['video', 'a storm', '--duration', '99', '--provider', 'pixazo'], /duration/],
    ['--provider openai', ['image', 'a cat', '--provider', 'openai'], /--provider.*openai/],
    ['--image missing', ['video', 'a storm', '--image', 'missing.png'], /image: no such file "missing.png"/],
    ['unknown flag', ['image', 'a cat', '--colour', 'red'], /unknown option '--colour'/],
  ];

  it.each(refused)('%s: exit 2, no request reaches the provider', async (_name, argv, message) => {
    writeFileSync(join(cwd, 'taken.txt'), 'x');
    mkdirSync(join(cwd, 'somedir'));
    const before = emulator.requests.length;
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('looks like a bug');
    expect(emulator.requests.length - before).toBe(0);
  });

  it('reports a refused flag as the --json document too', async () => {
    const before = emulator.requests.length;
    const result = await cli(['video', 'a storm', '--timeout', 'abc', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatchObject({
      name: 'ValidationError',
      field: 'timeout',
      value: 'abc',
      exitCode: 2,
    });
    expect(emulator.requests.length - before).toBe(0);
  });

  it('accepts good flags: --timeout 0.5 and a fresh nested --out', async () => {
    const result = await cli(['video', 'a storm', '--provider', 'xai', '--timeout', '0.5', '--out', 'a/b/c']);
    expect(result.stderr).not.toContain('error:');
    expect(result.code).toBe(0);
    expect(emulator.requests.some((r) => r.method === 'POST')).toBe(true);
  });
});

describe('a failure after the job was created names the job', () => {
  it('a download that fails: message, --json and hint name the job and `grok-imagine download <id>`', async () => {
    emulator.setFaults([{ provider: 'media', kind: 'html-403' }]);
    const result = await cli(['video', 'a storm', '--provider', 'pixazo', '--json']);
    const doc = JSON.parse(result.stdout);
    const id: string = doc.job.id;
    expect(id).toMatch(/^pixazo:/);
    expect(doc.job.status).toBe('done');
    expect(doc.error).toMatchObject({ name: 'PaidJobError', requestId: id, step: 'download', exitCode: 6 });
    expect(doc.error.message).toMatch(
      new RegExp(`^Job ${id} is done \\(and may be charged\\), but saving its outputs failed: `),
    );
    expect(doc.error.hints).toEqual([
      `the job is done: \`grok-imagine download ${id}\` saves its outputs once the cause is fixed`,
    ]);
    expect(result.code).toBe(6);
    expect(result.stderr).not.toContain('looks like a bug');

    emulator.setFaults([]);
    const again = await cli(['download', id, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files).toHaveLength(1);
  });

  it('an existing file, then a disk error, after the job: named, with the download hint, never "a bug"', async () => {
    const first = await cli(['image', 'a cat', '--provider', 'xai', '--out', 'out', '--json']);
    expect(first.code).toBe(0);
    const { job, files } = JSON.parse(first.stdout) as { job: { id: string }; files: string[] };
    const clash = await cli(['download', job.id, '--out', 'out']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(
      new RegExp(
        `^error: Job ${job.id} is done \\(and may be charged\\), but saving its outputs failed: .* already exists`,
        'm',
      ),
    );
    expect(clash.stderr).toContain(
      `hint: \`grok-imagine download ${job.id} --overwrite\` replaces the files, or pass another --out`,
    );
    // A directory where the file goes: the final rename fails with a plain Node error (EISDIR).
    rmSync(files[0]!);
    mkdirSync(join(files[0]!, 'inside'), { recursive: true });
    const disk = await cli(['download', job.id, '--out', 'out', '--overwrite', '--json']);
    const doc = JSON.parse(disk.stdout);
    expect(doc.error).toMatchObject({ name: 'PaidJobError', requestId: job.id, code: 'follow_up_failed' });
    expect(doc.error.hints).toEqual([
      `the job is done: \`grok-imagine download ${job.id}\` saves its outputs once the cause is fixed`,
    ]);
    expect(disk.stderr).not.toContain('looks like a bug');
  });
});
