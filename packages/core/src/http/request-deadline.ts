/** A request's total deadline: one signal that aborts at the deadline or when the caller aborts. */
export interface RequestDeadline {
  /** Pass it to `fetch` and the body reader. */
  readonly signal: AbortSignal;
  /** True once the deadline (not the caller) aborted the request. */
  expired(): boolean;
  /** Call when the body has been read: the request no longer needs its deadline. */
  clear(): void;
}

/** Requests starting this close together share one deadline (at most 10 ms, or 1/10 of the timeout). */
const BUCKET_MS = 10;

interface Bucket {
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
  /** Requests that start before this (ms, `performance.now()`) join the bucket. */
  readonly openUntil: number;
  active: number;
  expired: boolean;
}

// Node, Bun: a timer object that can stop holding the process open. Browsers, Deno: a number.
type Holdable = { ref?: () => unknown; unref?: () => unknown };

/**
 * Total deadlines of one client's requests — headers and body, so a stalled body cannot hang. Real
 * time on purpose: it bounds a real socket, not a scheduled wait.
 *
 * Requests that start within a few ms of each other share one `AbortController` and one timer, set
 * to abort when the last of them reaches `timeoutMs`: each request gets at least `timeoutMs` and at
 * most a bucket width more. A controller and a timer per request cost more than the rest of the
 * request's own work at high concurrency (an abortable signal is a transferable object in Node, and
 * fetch hooks a listener on each one).
 */
export class RequestDeadlines {
  readonly #timeoutMs: number;
  readonly #widthMs: number;
  #current: Bucket | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    this.#widthMs = Math.min(BUCKET_MS, timeoutMs / 10);
  }

  /** Starts the deadline of one request; `caller` aborts it too. */
  start(caller: AbortSignal | undefined): RequestDeadline {
    const bucket = this.#open();
    bucket.active++;
    (bucket.timer as Holdable).ref?.();
    let cleared = false;
    const signal = caller ? AbortSignal.any([caller, bucket.controller.signal]) : bucket.controller.signal;
    return {
      signal,
      expired: () => bucket.expired,
      clear: () => {
        if (cleared) return;
        cleared = true;
        bucket.active--;
        if (bucket.active === 0) this.#idle(bucket);
      },
    };
  }

  #open(): Bucket {
    const now = performance.now();
    const current = this.#current;
    if (current && !current.expired && now < current.openUntil) return current;
    if (current?.active === 0) clearTimeout(current.timer);
    const openUntil = now + this.#widthMs;
    const controller = new AbortController();
    const timeoutMs = this.#timeoutMs;
    const bucket: Bucket = {
      controller,
      openUntil,
      active: 0,
      expired: false,
      timer: setTimeout(() => {
        bucket.expired = true;
        if (this.#current === bucket) this.#current = undefined;
        controller.abort(new Error(`deadline of ${timeoutMs} ms passed`));
      }, timeoutMs + this.#widthMs),
    };
    this.#current = bucket;
    return bucket;
  }

  // No request of the bucket is out. While others may still join it, its timer stays but stops
  // holding the process open (where the runtime allows); once closed, it goes.
  #idle(bucket: Bucket): void {
    const holdable = bucket.timer as Holdable;
    if (bucket === this.#current && performance.now() < bucket.openUntil && holdable.unref) {
      holdable.unref();
      return;
    }
    clearTimeout(bucket.timer);
    if (bucket === this.#current) this.#current = undefined;
  }
}
