/** Why a field was refused: absent, wrong JSON type, or a value outside what is allowed. */
export type ProblemKind = 'missing' | 'type' | 'range';

/** The first thing wrong with a request body. */
export interface FieldProblem {
  field: string;
  kind: ProblemKind;
  message: string;
}

interface Presence {
  required?: boolean;
}

/**
 * Reads typed fields from an untyped JSON body by hand (the emulator shares no schemas with the
 * adapters, so it can disagree with them). Only the first problem is kept, like real APIs report.
 */
export class FieldReader {
  /** The first problem found, if any. */
  problem: FieldProblem | undefined;
  readonly #body: Record<string, unknown>;

  constructor(body: unknown) {
    this.#body =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
  }

  /** True when the body is a JSON object. */
  static isObject(body: unknown): body is Record<string, unknown> {
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  }

  /** The raw value of a field. */
  raw(field: string): unknown {
    return this.#body[field];
  }

  /** A string field; `maxLength` counts characters. */
  string(
    field: string,
    options: Presence & { maxLength?: number; nonEmpty?: boolean } = {},
  ): string | undefined {
    const value = this.#present(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.#fail(field, 'type', `${field} must be a string`);
    if (options.nonEmpty && value.trim() === '')
      return this.#fail(field, 'missing', `${field} must not be empty`);
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      return this.#fail(
        field,
        'range',
        `${field} must be at most ${options.maxLength} characters (got ${value.length})`,
      );
    }
    return value;
  }

  /** A number field within [min, max]; `integer` refuses fractions. */
  number(
    field: string,
    options: Presence & { min: number; max: number; integer?: boolean },
  ): number | undefined {
    const value = this.#present(field, options);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.#fail(field, 'type', `${field} must be a number`);
    if (options.integer && !Number.isInteger(value))
      return this.#fail(field, 'type', `${field} must be an integer`);
    if (value < options.min || value > options.max) {
      return this.#fail(
        field,
        'range',
        `${field} must be between ${options.min} and ${options.max} (got ${value})`,
      );
    }
    return value;
  }

  /** A string field restricted to `allowed`. */
  oneOf<T extends string>(field: string, allowed: readonly T[], options: Presence = {}): T | undefined {
    const value = this.string(field, options);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      return this.#fail(
        field,
        'range',
        `${field} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`,
      );
    }
    return value as T;
  }

  /** A boolean field. */
  boolean(field: string, options: Presence = {}): boolean | undefined {
    const value = this.#present(field, options);
    if (value === undefined) return undefined;
    return typeof value === 'boolean' ? value : this.#fail(field, 'type', `${field} must be a boolean`);
  }

  /** An array of strings with `min`–`max` entries. */
  stringArray(field: string, options: Presence & { min: number; max: number }): string[] | undefined {
    const value = this.#present(field, options);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
      return this.#fail(field, 'type', `${field} must be an array of strings`);
    }
    if (value.length < options.min || value.length > options.max) {
      return this.#fail(
        field,
        'range',
        `${field} must hold ${options.min} to ${options.max} entries (got ${value.length})`,
      );
    }
    return value as string[];
  }

  /** Records a problem found by the caller (only the first one counts). */
  reject(field: string, kind: ProblemKind, message: string): undefined {
    return this.#fail(field, kind, message);
  }

  #present(field: string, options: Presence): unknown {
    const value = this.#body[field];
    if (value === undefined || value === null) {
      if (options.required) this.#fail(field, 'missing', `${field} is required`);
      return undefined;
    }
    return value;
  }

  #fail(field: string, kind: ProblemKind, message: string): undefined {
    this.problem ??= { field, kind, message };
    return undefined;
  }
}
