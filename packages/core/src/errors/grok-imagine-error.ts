import type { ProviderId } from '../provider/provider-id.ts';

const marker = Symbol.for('grok-imagine.error');

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
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws. Use `GrokImagineError.isInstance(e)` rather than
 * `instanceof` when two copies of the package may be installed.
 */
export class GrokImagineError extends Error {
  override name = 'GrokImagineError';
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
  constructor(message: string, options: GrokImagineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider;
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    // Non-enumerable, so it shows in neither JSON nor `util.inspect`; `Symbol.for` so other copies see it.
    Object.defineProperty(this, marker, { value: true });
  }

  /** True for any SDK error, even one thrown by another installed copy of the package. */
  static isInstance(value: unknown): value is GrokImagineError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
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
