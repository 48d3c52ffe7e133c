import { appendFile, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LedgerEvent } from '../ledger/ledger-types.ts';
import { FileLedgerStore } from './file-ledger-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-store-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function intentEvent(submissionId: string): LedgerEvent {
  return {
    event: 'intent',
    at: '2026-01-01T00:00:00.000Z',
    intent: {
      submissionId,
      provider: 'xai',
      type: 'text-to-video',
      request: { type: 'text-to-video', prompt: 'p' },
    },
  };
}

function refusedEvent(submissionId: string): LedgerEvent {
  return {
    event: 'refused',
    at: '2026-01-01T00:00:01.000Z',
    submissionId,
    error: { name: 'ValidationError', kind: 'validation', message: 'no' },
  };
}

/** Spies on `FileHandle.prototype.sync`, which every store handle shares. */
async function spyOnSync(path: string) {
  const handle = await open(path, 'a');
  const prototype = Object.getPrototypeOf(handle) as { sync(): Promise<void> };
  await handle.close();
  return vi.spyOn(prototype, 'sync');
}

describe('FileLedgerStore', () => {
  it('a durable append is on disk (fsynced) when it resolves; a new instance reloads it', async () => {
    const path = join(dir, 'nested', 'ledger.jsonl');
    const store = new FileLedgerStore(path);
    expect(await store.load()).toEqual([]);
    const sync = await spyOnSync(join(dir, 'probe'));
    await store.append([intentEvent('s1')], { durable: true });
    expect(sync).toHaveBeenCalledTimes(1);
    const text = await readFile(path, 'utf8');
    expect(text).toBe(`${JSON.stringify({ grokImagineLedger: 1, ...intentEvent('s1') })}\n`);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await store.append([refusedEvent('s1')], { durable: false });
    expect(sync, 'a lazy append is not fsynced').toHaveBeenCalledTimes(1);
    await store.close();
    expect(await new FileLedgerStore(path).load()).toEqual([intentEvent('s1'), refusedEvent('s1')]);
  });

  it('skips a torn last line (telling the logger) and recovers a line glued after a torn one', async () => {
    const path = join(dir, 'ledger.jsonl');
    const whole = `${JSON.stringify({ grokImagineLedger: 1, ...intentEvent('s1') })}\n`;
    const torn = JSON.stringify({ grokImagineLedger: 1, ...intentEvent('s2') }).slice(0, 40);
    await writeFile(path, whole + torn);
    const warn = vi.fn();
    const store = new FileLedgerStore(path, { logger: { warn } });
    expect(await store.load()).toEqual([intentEvent('s1')]);
    expect(warn).toHaveBeenCalledWith('ledger line skipped: not a complete event', { file: path });
    // The next append lands on the torn line's end: the reader splits it off again.
    await store.append([intentEvent('s3')], { durable: true });
    await store.close();
    warn.mockClear();
    expect(await new FileLedgerStore(path, { logger: { warn } }).load()).toEqual([
      intentEvent('s1'),
      intentEvent('s3'),
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('group-commits appends made while a write is in flight: order kept, fewer fsyncs than appends', async () => {
    const path = join(dir, 'ledger.jsonl');
    const store = new FileLedgerStore(path);
    const sync = await spyOnSync(join(dir, 'probe'));
    const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
    await Promise.all(ids.map((id) => store.append([intentEvent(id)], { durable: true })));
    expect(sync.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(sync.mock.calls.length).toBeLessThan(ids.length);
    await store.close();
    const events = await new FileLedgerStore(path).load();
    expect(events.map((e) => (e.event === 'intent' ? e.intent.submissionId : ''))).toEqual(ids);
  });

  it('a failed write rejects every append of its batch', async () => {
    const path = join(dir, 'ledger.jsonl');
    const store = new FileLedgerStore(path);
    await store.append([intentEvent('s0')], { durable: true });
    const sync = await spyOnSync(join(dir, 'probe'));
    sync.mockRejectedValue(Object.assign(new Error('EIO'), { code: 'EIO' }));
    const results = await Promise.allSettled([
      store.append([intentEvent('s1')], { durable: true }),
      store.append([intentEvent('s2')], { durable: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await store.close();
  });

  it('rewrite replaces the history; later appends go to the new file', async () => {
    const path = join(dir, 'ledger.jsonl');
    const store = new FileLedgerStore(path);
    await store.append([intentEvent('s1'), refusedEvent('s1'), intentEvent('s2')], { durable: true });
    const snapshot: LedgerEvent = {
      event: 'snapshot',
      entry: {
        submissionId: 's2',
        provider: 'xai',
        type: 'text-to-video',
        request: { type: 'text-to-video', prompt: 'p' },
        state: 'intent',
        intentAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    await store.rewrite([snapshot]);
    await store.append([refusedEvent('s2')], { durable: true });
    await store.close();
    expect(await new FileLedgerStore(path).load()).toEqual([snapshot, refusedEvent('s2')]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await appendFile(path, '\n\n');
    expect(await new FileLedgerStore(path).load()).toHaveLength(2);
  });
});
