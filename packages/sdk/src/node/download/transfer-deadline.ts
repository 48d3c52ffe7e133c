import { AbortedError, type Clock, type GrokImagineError, RequestTimeoutError } from '@grok-imagine/core';
import { describeSubject, type TransferSubject } from './transfer-errors.ts';

/** The time limits of one transfer attempt. */
export interface DeadlineSettings {
  subject: TransferSubject;
  /** Longest wait for the next byte (or for the response headers), in ms. */
  stallTimeoutMs: number;
  /** The whole download's time limit in ms, for the message. */
  timeoutMs: number;
  /** When the whole download must be over, on `clock`'s time. */
  deadlineAt: number;
  clock: Clock;
  signal?: AbortSignal | undefined;
}

/**
 * Ends a transfer that stalls (no byte for `stallTimeoutMs`), that runs past the download's total
 * deadline, or whose caller aborts: `signal` fires and `failure` says why, as a typed error naming
 * the job and output. Stall and total limits use real timers because a stalled socket gives no
 * other chance to act; the total is also checked against `clock` on every byte, so an injected
 * clock decides it in tests.
 */
export class TransferDeadline {
  readonly #settings: DeadlineSettings;
  readonly #controller = new AbortController();
  #failure: GrokImagineError | undefined;
  #stallTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #totalTimer: ReturnType<typeof setTimeout>;
  readonly #onAbort = () =>
    this.#fail(new AbortedError('Download aborted.', { cause: this.#settings.signal?.reason }));
  /** The host being read, named in timeout messages; updated on each redirect. */
  host = '';

  constructor(settings: DeadlineSettings) {
    this.#settings = settings;
    const remaining = Math.max(0, settings.deadlineAt - settings.clock.now());
    this.#totalTimer = setTimeout(() => this.#fail(this.#totalError()), remaining);
    this.#totalTimer.unref?.();
    if (settings.signal?.aborted) this.#onAbort();
    settings.signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.touch();
  }

  /** Fires when the transfer must end; pass it to the request. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Why the transfer was ended, once it was. */
  get failure(): GrokImagineError | undefined {
    return this.#failure;
  }

  /** Bytes (or headers) arrived: restart the stall timer and check the total deadline. */
  touch(): void {
    if (this.#settings.clock.now() >= this.#settings.deadlineAt) {
      this.#fail(this.#totalError());
      return;
    }
    clearTimeout(this.#stallTimer);
    this.#stallTimer = setTimeout(() => this.#fail(this.#stallError()), this.#settings.stallTimeoutMs);
    this.#stallTimer.unref?.();
  }

  /** Stops every timer; call when the attempt is over, whatever its outcome. */
  dispose(): void {
    clearTimeout(this.#stallTimer);
    clearTimeout(this.#totalTimer);
    this.#settings.signal?.removeEventListener('abort', this.#onAbort);
  }

  #fail(error: GrokImagineError): void {
    if (this.#failure) return;
    this.#failure = error;
    this.dispose();
    this.#controller.abort(error);
  }

  #stallError(): RequestTimeoutError {
    const { subject, stallTimeoutMs } = this.#settings;
    return new RequestTimeoutError(
      `${describeSubject(subject)}: the download from ${this.host} stalled (no byte for ${stallTimeoutMs} ms).`,
      { provider: subject.provider, requestId: subject.jobId, code: 'download_stalled', retryable: true },
    );
  }

  #totalError(): RequestTimeoutError {
    const { subject, timeoutMs } = this.#settings;
    return new RequestTimeoutError(
      `${describeSubject(subject)}: the download from ${this.host} took longer than ${timeoutMs} ms; raise timeoutMs to allow more.`,
      { provider: subject.provider, requestId: subject.jobId, code: 'download_timeout', retryable: false },
    );
  }
}
