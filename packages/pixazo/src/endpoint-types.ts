import type { FieldRule, QualityTier, RequestType } from '@grok-imagine/core';

/** The neutral request fields an endpoint reads. */
export type EndpointField =
  | 'prompt'
  | 'n'
  | 'aspectRatio'
  | 'resolution'
  | 'format'
  | 'delivery'
  | 'duration'
  | 'image'
  | 'images'
  | 'references'
  | 'video';

/** A rule an endpoint parameter holds a value to. */
export type EndpointRule = Extract<FieldRule, { kind: 'range' | 'enum' | 'count' }>;

interface ParamBase {
  /** Neutral field the value is read from. */
  field: EndpointField;
  /** Pixazo's parameter name. Absent when the endpoint has no such parameter: the value is only checked. */
  wire?: string;
  /** Values the endpoint takes; no rule means any value. */
  rule?: EndpointRule;
  /** Pixazo's documented default, for reference: the adapter always sends core's value explicitly. */
  documentedDefault?: string | number | boolean;
  /** Added to a violation's message: how to get what was asked (e.g. another quality tier). */
  hint?: string;
}

/**
 * One parameter of an endpoint: where its value comes from, what Pixazo calls it, what it allows,
 * and whether that rule is in Pixazo's document (`source` left out) or an assumption of this SDK
 * (`source: 'assumed'`, with the reason). Assumptions reach the capability notes, the docs and
 * every `ValidationError` they cause.
 */
export type EndpointParam = ParamBase &
  (
    | { source?: 'documented' }
    | {
        source: 'assumed';
        /** Why the rule is assumed and what the document does say. */
        reason: string;
        /**
         * The part of `rule` the document does state, when it states some (e.g. the "common" ratios):
         * a value outside it is allowed but planned with a warning.
         */
        documented?: EndpointRule;
      }
  );

/** One endpoint as data: the request path, the neutral type it serves and its parameters. */
export interface PixazoEndpointSpec<Id extends string = string> {
  /** Model id; also the prefix of its `request_id`s (`<id>_…`). */
  id: Id;
  /** The neutral request type it serves. */
  type: RequestType;
  /** Submit path under the gateway origin. Not always `/<id>/v1/<id>-request`: see the 641 endpoint. */
  path: string;
  /** Model tier, for the image endpoints. */
  quality?: QualityTier;
  /** Parameters in the documents' order; every one with a `wire` name is sent. */
  params: readonly EndpointParam[];
  /** What the rules cannot say. */
  notes?: readonly string[];
}

/** A whole-number range, e.g. duration 3–10 s. */
export const range = (min: number, max: number, unit?: string): EndpointRule =>
  unit ? { kind: 'range', min, max, unit } : { kind: 'range', min, max };

/** One of the listed values; typed by the caller against core's shared vocabularies. */
export const oneOf = <T extends string>(...values: readonly T[]): EndpointRule => ({ kind: 'enum', values });

/** An array of `[min, max]` items. */
export const count = (min: number, max: number): EndpointRule => ({ kind: 'count', min, max });
