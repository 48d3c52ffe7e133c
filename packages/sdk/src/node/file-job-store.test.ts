import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '@grok-imagine/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobRecord } from '../journal/job-record.ts';
import { MemoryJobStore } from '../journal/memory-job-store.ts';
import { FileJobStore } from './file-job-store.ts';

function job(id: string, status: Job['status'] = 'pending'): Job {
  return {
    id,
    provider: 'xai',
    type: 'text-to-video',
    status,
    outputs: status === 'done' ? [{ url: 'https://media.example/v.mp4', mimeType: 'video/mp4' }] : [],
    warnings: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function record(id: string, status: Job['status'] = 'pending', extra: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    provider: 'xai',
    type: 'text-to-video',
    job: job(id, status),
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileJobStore', () => {
  it('appends one JSON line per record and folds them by id, keeping first-record fields', async () => {
    const path = join(dir, 'nested', 'jobs.jsonl');
    const store = new FileJobStore(path);
    const request = { type: 'text-to-video' as const, prompt: 'a fox' };
    await store.append(record('xai:1', 'pending', { request }));
    await store.append(record('xai:2'));
    await store.append(record('xai:1', 'done'));
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toMatchObject({ grokImagineJournal: 1, id: 'xai:1', request });
    const listed = await store.list();
    expect(listed.map((r) => [r.id, r.job.status])).toEqual([
      ['xai:1', 'done'],
      ['xai:2', 'pending'],
    ]);
    expect(listed[0]!.request).toEqual(request);
  });

  it('reads an absent file as an empty journal', async () => {
    expect(await new FileJobStore(join(dir, 'none.jsonl')).list()).toEqual([]);
  });

  it('skips a torn last line left by a crash, and recovers a record glued after a torn line', async () => {
    const path = join(dir, 'jobs.jsonl');
    const store = new FileJobStore(path);
    await store.append(record('xai:1'));
    await appendFile(path, '{"grokImagineJournal":1,"id":"xai:torn","provider":"xa');
    await store.append(record('xai:2'));
    await appendFile(path, '{"grokImagineJournal":1,"id":"xai:3","job":{"id"');
    const listed = await store.list();
    expect(listed.map((r) => r.id)).toEqual(['xai:1', 'xai:2']);
  });

  it('keeps every line whole when two stores append to one file at once', async () => {
    const path = join(dir, 'shared.jsonl');
    const a = new FileJobStore(path);
    const b = new FileJobStore(path);
    const longPrompt = 'x'.repeat(3000);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).append(
          record(`xai:${i}`, 'pending', { request: { type: 'text-to-video', prompt: longPrompt } }),
        ),
      ),
    );
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(new Set((await a.list()).map((r) => r.id)).size).toBe(40);
  });
});

describe('MemoryJobStore', () => {
  it('folds by id and hands out copies', async () => {
    const store = new MemoryJobStore();
    await store.append(record('xai:1'));
    await store.append(record('xai:1', 'done'));
    const [only] = await store.list();
    expect(only!.job.status).toBe('done');
    only!.job.status = 'failed';
    expect((await store.list())[0]!.job.status).toBe('done');
  });
});
