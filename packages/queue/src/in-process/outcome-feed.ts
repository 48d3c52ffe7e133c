import type { BatchItemOutcome } from '../batch/batch-types.ts';

/**
 * Outcomes of an in-process batch in the order items ended, readable from the start by any number
 * of readers while more arrive.
 */
export class OutcomeFeed {
  readonly #outcomes: BatchItemOutcome[] = [];
  #closed = false;
  #wake: (() => void)[] = [];

  /** Adds an outcome and wakes the readers. */
  push(outcome: BatchItemOutcome): void {
    this.#outcomes.push(outcome);
    this.#notify();
  }

  /** No more outcomes will come. */
  close(): void {
    this.#closed = true;
    this.#notify();
  }

  #notify(): void {
    const waiting = this.#wake;
    this.#wake = [];
    for (const wake of waiting) wake();
  }

  /** Every outcome from the first, then each new one, until `close`. */
  async *read(): AsyncGenerator<BatchItemOutcome> {
    let next = 0;
    for (;;) {
      while (next < this.#outcomes.length) yield this.#outcomes[next++]!;
      if (this.#closed) return;
      await new Promise<void>((resolve) => this.#wake.push(resolve));
    }
  }
}
