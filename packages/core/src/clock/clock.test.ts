import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortedError } from '../errors/aborted-error.ts';
import { createFakeClock } from '../testing/fake-clock.ts';
import { systemClock } from './clock.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('systemClock', () => {
  it('sleeps on setTimeout and reads Date.now', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T00:00:00Z') });
    expect(systemClock.now()).toBe(Date.parse('2026-03-01T00:00:00Z'));
    let done = false;
    const sleeping = systemClock.sleep(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with AbortedError when aborted before or during the sleep', async () => {
    vi.useFakeTimers();
    const before = new AbortController();
    before.abort('stop');
    await expect(systemClock.sleep(10, before.signal)).rejects.toBeInstanceOf(AbortedError);
    const during = new AbortController();
    const sleeping = systemClock.sleep(10_000, during.signal);
    during.abort('stop');
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortedError', cause: 'stop' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createFakeClock', () => {
  it('advances time on sleep and records each wait', async () => {
    const clock = createFakeClock(1000);
    await clock.sleep(250);
    clock.advance(50);
    expect(clock.now()).toBe(1300);
    expect(clock.sleeps).toEqual([250]);
    const controller = new AbortController();
    controller.abort();
    await expect(clock.sleep(1, controller.signal)).rejects.toBeInstanceOf(AbortedError);
  });
});
