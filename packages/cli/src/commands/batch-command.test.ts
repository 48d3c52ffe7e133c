import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../queue/test/helpers/redis-server.ts';
import { run } from '../run.ts';

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
let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(lines: string[]): string {
  const cwd = mkdtempSync(join(tmpdir(), 'grok-imagine-cli-batch-'));
  dirs.push(cwd);
  writeFileSync(join(cwd, 'requests.jsonl'), `${lines.join('\n')}\n`);
  return cwd;
}

async function cli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const stdout = collector();
  const stderr = collector();
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, env, cwd, isTTY: false });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** One line of `--json` output: an item, or the closing batch summary. */
interface JsonLine {
  item?: { key: string; state: string; files: string[] };
  batch?: Record<string, unknown>;
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);

const LINES = [
  '{"type":"text-to-image","prompt":"cli batch: a fox","key":"fox"}',
  '{"type":"text-to-image","prompt": oops',
  '',
  '{"type":"text-to-video","prompt":"cli batch: a fox runs","duration":1}',
  '{"type":"text-to-video","prompt":"too long","duration":99}',
];

describe('grok-imagine batch', () => {
  it('run (in process): reports bad lines by number, skips them, runs the rest and downloads the outputs', async () => {
    const cwd = workspace(LINES);
    const result = await cli(
      ['batch', 'run', 'requests.jsonl', '--emulator', '--json', '--workers', '2'],
      cwd,
    );
    expect(result.stderr).toMatch(/^requests\.jsonl:2: not JSON \(.+\) — skipped$/m);
    expect(result.stderr).toMatch(/^requests\.jsonl:5: .*duration.* — skipped$/m);
    const [first, second, summary] = jsonLines(result.stdout);
    const items = [first, second].map((line) => line!.item!);
    expect(items.map((item) => item.key).sort()).toEqual([
      expect.stringMatching(/^batch-[0-9a-f]{16}\/line-4$/),
      'fox',
    ]);
    expect(items.every((item) => item.state === 'done' && item.files.length === 1)).toBe(true);
    expect(summary).toMatchObject({ batch: { total: 2, done: 2, failed: 0, uncertain: 0 } });
    const saved = readdirSync(join(cwd, 'out'));
    expect(saved).toHaveLength(2);
    expect(saved).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xai-image-.+\.jpg$/),
        expect.stringMatching(/^xai-.+\.mp4$/),
      ]),
    );
    expect(result.code).toBe(0);
  }, 20_000);

  it('run --strict refuses the whole file when a line is bad: nothing is enqueued', async () => {
    const cwd = workspace(LINES);
    const result = await cli(
      [
        'batch',
        'run',
        'requests.jsonl',
        '--strict',
        '--redis',
        redis.url,
        '--prefix',
        'cli-strict',
        '--emulator',
      ],
      cwd,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^requests\.jsonl:2: not JSON \(.+\)$/m);
    expect(result.stderr).toContain(
      'error: requests.jsonl: 2 bad line(s) (first: line 2); nothing was enqueued (--strict).',
    );
    const status = await cli(
      ['batch', 'status', 'anything', '--redis', redis.url, '--prefix', 'cli-strict'],
      cwd,
    );
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('error: No batch anything under prefix cli-strict.');
  });

  it('run --redis: enqueues, works the batch here, and status/results/cancel read it back', async () => {
    const cwd = workspace([LINES[0]!, LINES[3]!]);
    const flags = ['--redis', redis.url, '--prefix', 'cli-redis'];
    const result = await cli(
      [
        'batch',
        'run',
        'requests.jsonl',
        ...flags,
        '--emulator',
        '--workers',
        '2',
        '--batch-id',
        'b-1',
        '--json',
        '--no-download',
      ],
      cwd,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).at(-1)).toMatchObject({
      batch: { batchId: 'b-1', total: 2, done: 2, queued: 0, submitted: 0 },
    });

    const status = await cli(['batch', 'status', 'b-1', ...flags, '--json'], cwd);
    expect(JSON.parse(status.stdout)).toMatchObject({ batch: { batchId: 'b-1', total: 2, done: 2 } });
    const results = await cli(['batch', 'results', 'b-1', ...flags, '--json', '--no-follow'], cwd);
    expect(jsonLines(results.stdout).map((line) => line.item?.state)).toEqual(['done', 'done', undefined]);
    const text = await cli(['batch', 'status', 'b-1', ...flags], cwd);
    expect(text.stdout).toBe(
      'batch b-1: 2/2 ended · done 2 · failed 0 · expired 0 · uncertain 0 · running 0 · $0.09\n',
    );
    const cancel = await cli(['batch', 'cancel', 'b-1', ...flags, '--json'], cwd);
    expect(JSON.parse(cancel.stdout)).toMatchObject({ batch: { done: 2 } });

    // Running the same file again adds nothing: the keys are enqueued already. (No download: the
    // first run's emulator, and so its media URLs, are gone.)
    const again = await cli(
      [
        'batch',
        'run',
        'requests.jsonl',
        ...flags,
        '--emulator',
        '--workers',
        '0',
        '--batch-id',
        'b-1',
        '--no-download',
      ],
      cwd,
    );
    expect(again.stderr).toContain('batch b-1: 0 items enqueued on redis://127.0.0.1:');
    expect(again.stderr).toContain(', 2 already there');
    expect(again.code).toBe(0);
  }, 20_000);

  it('needs Redis for worker/status/results/cancel, and says so', async () => {
    const cwd = workspace([]);
    const result = await cli(['batch', 'worker'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: This command needs Redis: give --redis <url> or set GROK_IMAGINE_REDIS_URL.',
    );
    const bad = await cli(['batch', 'status', 'x', '--redis', 'http://user:secret@example.invalid'], cwd);
    expect(bad.stderr).toContain('is not a redis:// or rediss:// URL');
    expect(bad.stderr).not.toContain('secret');
  });

  it('a Redis outage is a typed error with exit code 6', async () => {
    const cwd = workspace([]);
    const result = await cli(['batch', 'status', 'b-1', '--redis', 'redis://127.0.0.1:1', '--json'], cwd);
    expect(result.code).toBe(6);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { name: 'RedisUnavailableError', code: 'redis_unavailable', kind: 'connection' },
    });
  });
});
