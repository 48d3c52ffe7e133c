import type { ProviderId } from '../provider/provider-id.ts';
import type { Acceptance, ErrorKind, SdkErrorKind } from './error-kind.ts';

// Holds the kinds of every class in the error's chain. `Symbol.for`, so another installed copy of the
// package recognises the same marker; non-enumerable, so it shows in neither JSON nor `util.inspect`.
const marker = Symbol.for('grok-imagine.error.kinds');

/** Details every SDK error may carry. */
export interface GrokImagineErrorOptions {
  /** Provider the error came from, when one was involved. */
  provider?: ProviderId | undefined;
  /** HTTP status of the response that caused the error. */
  status?: number | undefined;
  /** Provider error code (e.g. `rate_limit_exceeded`, `KEY_REVOKED`) or an SDK code. */
  code?: string | undefined;
  /** Provider request or job id, when the response named one. */
  requestId?: string | undefined;
  /** Whether the same call may succeed if repeated later. */
  retryable?: boolean | undefined;
  /** For errors of a job-creating call: whether the provider accepted it (see {@link Acceptance}). */
  accepted?: Acceptance | undefined;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws. Each subclass has a `kind`; test with
 * `RateLimitError.isInstance(e)` (or `GrokImagineError.isInstance(e)` for any SDK error) rather than
 * `instanceof` when two copies of the package may be installed.
 */
export class GrokImagineError extends Error {
  /**
   * The kind every instance of this class carries; also its class marker for `isInstance`, so a
   * subclass outside core (the CLI's) declares a kind of its own.
   */
  static readonly kind: string = 'sdk';
  override name = 'GrokImagineError';
  /** What the error means, as data (the class's `kind`). */
  readonly kind: ErrorKind | SdkErrorKind | (string & {});
  /** Provider the error came from, when one was involved. */
  readonly provider: ProviderId | undefined;
  /** HTTP status of the response that caused the error. */
  readonly status: number | undefined;
  /** Provider error code or SDK code. */
  readonly code: string | undefined;
  /** Provider request or job id, when known. */
  readonly requestId: string | undefined;
  /** Whether repeating the same call later may succeed. */
  readonly retryable: boolean;
  /**
   * Set on every error of a job-creating call (`submit`, `generate`): `no` when the provider provably
   * did not accept the job, `unknown` when it may have (then the error is a `SubmissionUncertainError`).
   * Retry, fallback and resume decide from this field only.
   */
  accepted: Acceptance | undefined;

  constructor(message: string, options: GrokImagineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const own = new.target as unknown as typeof GrokImagineError;
    this.kind = own.kind;
    this.provider = options.provider;
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    this.accepted = options.accepted;
    Object.defineProperty(this, marker, { value: kindsOf(own) });
  }

  /**
   * True when `value` is an error of this class (or a subclass), even one thrown by another installed
   * copy of the package: `ValidationError.isInstance(e)`, `GrokImagineError.isInstance(e)`.
   */
  static isInstance<T extends { readonly kind: string; readonly prototype: GrokImagineError }>(
    this: T,
    value: unknown,
  ): value is T['prototype'] {
    if (typeof value !== 'object' || value === null) return false;
    const kinds = (value as Record<symbol, unknown>)[marker];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class isInstance is called on (a subclass's own kind).
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  /** A plain, key-free object for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of Object.keys(this)) {
      const value = (this as unknown as Record<string, unknown>)[key];
      if (value !== undefined && key !== 'cause') json[key] = value;
    }
    return json;
  }
}

/** The kinds of a class and all its ancestors up to `GrokImagineError`. */
function kindsOf(leaf: typeof GrokImagineError): string[] {
  const kinds: string[] = [];
  for (let current: unknown = leaf; typeof current === 'function'; current = Object.getPrototypeOf(current)) {
    const kind = (current as { kind?: unknown }).kind;
    if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
    if (current === GrokImagineError) break;
  }
  return kinds;
}
