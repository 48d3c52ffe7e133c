/**
 * Counts the jobs a client has running against a provider's concurrency limit. A slot is reserved
 * before a submission goes out (so two submitters cannot both take the last one), then held by the
 * job's id while it is pending, and freed when the client sees it end.
 */
export class JobSlots {
  private readonly held = new Set<string>();
  private reserved = 0;

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
  }

  /** Marks a pending job as holding a slot (idempotent). */
  hold(jobId: string): void {
    this.held.add(jobId);
  }

  /** Frees the slot of a job that ended. */
  release(jobId: string): void {
    this.held.delete(jobId);
  }

  /** Ids of the jobs holding slots, oldest first. */
  heldIds(): string[] {
    return [...this.held];
  }
}
