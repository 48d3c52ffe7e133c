import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestDeadlines } from './request-deadline.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestDeadlines', () => {
  it('aborts a request no earlier than the timeout and no later than one bucket width after it', async () => {
    const deadlines = new RequestDeadlines(1000);
    const deadline = deadlines.start(undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.expired()).toBe(false);
    await vi.advanceTimersByTimeAsync(11);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.expired()).toBe(true);
    expect((deadline.signal.reason as Error).message).toBe('deadline of 1000 ms passed');
  });

  it('requests starting within the bucket share one signal and one timer; later ones get their own', async () => {
    const deadlines = new RequestDeadlines(60_000);
    const first = deadlines.start(undefined);
    await vi.advanceTimersByTimeAsync(5);
    const second = deadlines.start(undefined);
    expect(second.signal).toBe(first.signal);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    const third = deadlines.start(undefined);
    expect(third.signal).not.toBe(first.signal);
    // The shared timer fires at 60 s + the 10 ms width: the second, 5 ms late, still gets 60,005 ms.
    await vi.advanceTimersByTimeAsync(60_010 - 15 - 1);
    expect(second.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(second.signal.aborted).toBe(true);
    expect(third.signal.aborted).toBe(false);
  });

  it('clears the timer once every request of a closed bucket is done, so nothing is left pending', async () => {
    const deadlines = new RequestDeadlines(60_000);
    const a = deadlines.start(undefined);
    const b = deadlines.start(undefined);
    a.clear();
    a.clear(); // twice is once
    await vi.advanceTimersByTimeAsync(20);
    expect(vi.getTimerCount()).toBe(1);
    b.clear();
    expect(vi.getTimerCount()).toBe(0);
    expect(a.signal.aborted).toBe(false);
  });

  it('an idle bucket is cleared when the next one opens', async () => {
    const deadlines = new RequestDeadlines(60_000);
    deadlines.start(undefined).clear();
    await vi.advanceTimersByTimeAsync(20);
    deadlines.start(undefined);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("a caller's abort ends only that request, and is not the deadline", async () => {
    const deadlines = new RequestDeadlines(60_000);
    const caller = new AbortController();
    const mine = deadlines.start(caller.signal);
    const other = deadlines.start(undefined);
    caller.abort(new Error('user'));
    expect(mine.signal.aborted).toBe(true);
    expect(mine.expired()).toBe(false);
    expect(other.signal.aborted).toBe(false);
  });

  it('an expired bucket is never joined', async () => {
    const deadlines = new RequestDeadlines(1);
    const first = deadlines.start(undefined);
    await vi.advanceTimersByTimeAsync(2);
    expect(first.signal.aborted).toBe(true);
    expect(deadlines.start(undefined).signal.aborted).toBe(false);
  });
});
