/** A request's total deadline: one signal that aborts at the deadline or when the caller aborts. */
export interface RequestDeadline {
  /** Pass it to `fetch` and the body reader. */
  readonly signal: AbortSignal;
  /** True once the deadline (not the caller) aborted the request. */
  expired(): boolean;
  /** Stops the timer; call when the body has been read. */
  clear(): void;
}

/**
 * Starts a deadline of `timeoutMs` covering the whole request — headers and body, so a stalled body
 * cannot hang. Real time on purpose: it bounds a real socket, not a scheduled wait.
 */
export function startDeadline(timeoutMs: number, caller: AbortSignal | undefined): RequestDeadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error(`deadline of ${timeoutMs} ms passed`));
  }, timeoutMs);
  const signal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
  return { signal, expired: () => expired, clear: () => clearTimeout(timer) };
}
