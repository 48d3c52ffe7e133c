/**
 * Counts the jobs a client has running against a provider's concurrency limit. A slot is reserved
 * before a submission goes out (so two submitters cannot both take the last one), then held by the
 * job's id while it is pending, and freed when the client sees it end.
 */
export class JobSlots {
  private readonly held = new Set<string>();
  private reserved = 0;
  private waiters: { wake(): void; fail(error: unknown): void }[] = [];

  /** `max`: most slots at once; `undefined` for no limit. */
  constructor(readonly max: number | undefined) {}

  /** Slots reserved or held. */
  get inUse(): number {
    return this.held.size + this.reserved;
  }

  /** Takes a slot for a submission about to go out; `false` when all are in use. */
  tryReserve(): boolean {
    if (this.max !== undefined && this.inUse >= this.max) return false;
    this.reserved++;
    return true;
  }

  /** Gives back a reservation: the submission failed, or its job now holds a slot by id. */
  unreserve(): void {
    this.reserved = Math.max(0, this.reserved - 1);
    this.notify();
  }

  /** Marks a pending job as holding a slot (idempotent). */
  hold(jobId: string): void {
    this.held.add(jobId);
    this.notify();
  }

  /** Frees the slot of a job that ended. */
  release(jobId: string): void {
    if (this.held.delete(jobId)) this.notify();
  }

  /**
   * Resolves at the next reservation given back, job held or slot freed; rejects with the signal's
   * reason on abort, or with the error given to `interrupt`. A submitter waiting for a slot sleeps
   * on this, never on time: the client's poll loops see held jobs end and free their slots.
   */
  nextChange(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const waiter = {
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        fail: (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      const onAbort = () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(signal?.reason);
      };
      this.waiters.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Ends every current `nextChange` wait with `error` (a held job can no longer be read). */
  interrupt(error: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.fail(error);
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.wake();
  }

  /** Ids of the jobs holding slots, oldest first. */
  heldIds(): string[] {
    return [...this.held];
  }
}
