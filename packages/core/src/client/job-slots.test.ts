import { describe, expect, it } from 'vitest';
import { JobSlots } from './job-slots.ts';

describe('JobSlots', () => {
  it('wakes a waiting submitter as soon as a slot is released, with no timer or read', async () => {
    const slots = new JobSlots(1);
    expect(slots.tryReserve()).toBe(true);
    slots.hold('a');
    slots.unreserve();
    expect(slots.tryReserve()).toBe(false);
    let woken = false;
    const waiting = slots.nextChange().then(() => {
      woken = true;
    });
    await Promise.resolve();
    expect(woken).toBe(false);
    slots.release('a');
    await waiting;
    expect(woken).toBe(true);
    expect(slots.tryReserve()).toBe(true);
  });

  it('does not wake on releasing a job that held no slot, and ends waits on interrupt or abort', async () => {
    const slots = new JobSlots(1);
    slots.tryReserve();
    let woken = false;
    void slots.nextChange().then(
      () => {
        woken = true;
      },
      () => {},
    );
    slots.release('unknown');
    await Promise.resolve();
    expect(woken).toBe(false);
    const failure = new Error('revoked');
    const interrupted = slots.nextChange();
    slots.interrupt(failure);
    await expect(interrupted).rejects.toBe(failure);
    const controller = new AbortController();
    const aborted = slots.nextChange(controller.signal);
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
  });
});
