import type { RequestType } from '../request/request-types.ts';

/** How a provider treats one neutral field of one request type. */
export type FieldRule =
  /** A whole number within `[min, max]` (duration, n). */
  | { kind: 'range'; min: number; max: number; unit?: string }
  /** One of the listed values (aspectRatio, resolution, format, quality). */
  | { kind: 'enum'; values: readonly string[] }
  /** An array holding `[min, max]` items (images, references). */
  | { kind: 'count'; min: number; max: number }
  /** A string of at most `max` characters (prompt). */
  | { kind: 'maxLength'; max: number }
  /** Accepted but without effect on this provider: a warning when the user set it. */
  | { kind: 'ignored'; reason?: string };

/** What a provider supports for one request type. Fields without a rule pass unchecked. */
export interface TypeCapability {
  /** Rules by neutral field name. */
  fields: Readonly<Record<string, FieldRule>>;
  /** Anything a user should know that the rules cannot say (e.g. "source video ≤ 8.7 s"). */
  notes?: readonly string[];
}

/** Everything a provider can do, as data: the capability checker, `compare` and the docs read it. */
export interface ProviderCapabilities {
  /** Supported request types; a missing type is unsupported. */
  types: Readonly<Partial<Record<RequestType, TypeCapability>>>;
  /** Whether jobs can be cancelled. */
  cancel: boolean;
  /** Whether the provider calls a webhook when a job ends. */
  webhooks: boolean;
  /** Whether media bytes / data URIs can be sent without an upload hook. */
  inlineMedia: boolean;
  /** Most jobs this provider runs at once per account; core's limiter holds submissions beyond it. */
  maxConcurrentJobs?: number;
}
