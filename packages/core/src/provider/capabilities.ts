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

/** A rule the provider's documents do not state: the SDK assumes it, and says so. */
export interface AssumedRule {
  /** The neutral field whose rule is assumed. */
  field: string;
  /** Where the assumption holds when narrower than the request type (a Pixazo endpoint id). */
  scope?: string;
  /** Why it is assumed, and what the documents say instead. */
  reason: string;
  /** The part of the rule the documents do state, when they state some: values outside it rely on the assumption. */
  documented?: FieldRule;
}

/** What a provider supports for one request type. Fields without a rule pass unchecked. */
export interface TypeCapability {
  /** Rules by neutral field name. */
  fields: Readonly<Record<string, FieldRule>>;
  /** Anything a user should know that the rules cannot say (e.g. "source video ≤ 8.7 s"). */
  notes?: readonly string[];
  /** Rules taken without a documented source (each also has a note); absent when every rule is documented. */
  assumed?: readonly AssumedRule[];
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
