import {
  type AssumedRule,
  describeFieldRule,
  type FieldRule,
  IMAGE_ASPECT_RATIOS,
  IMAGE_DELIVERIES,
  IMAGE_FORMATS,
  IMAGE_RESOLUTIONS,
  isImageRequestType,
  type ProviderCapabilities,
  QUALITY_TIERS,
  type RequestType,
  type TypeCapability,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
} from '@grok-imagine/core';
import type { EndpointParam, EndpointRule, PixazoEndpointSpec } from './endpoint-types.ts';
import { PIXAZO_ENDPOINTS } from './endpoints.ts';

/**
 * Core's vocabulary for an enum field, in core's order. A capability lists its values in this order,
 * so the first is the cheapest (480p before 720p, `standard` before `quality`): core takes the first
 * allowed value when its default is one a provider does not offer.
 */
function vocabulary(field: string, type: RequestType): readonly string[] {
  const image = isImageRequestType(type);
  switch (field) {
    case 'aspectRatio':
      return image ? IMAGE_ASPECT_RATIOS : VIDEO_ASPECT_RATIOS;
    case 'resolution':
      return image ? IMAGE_RESOLUTIONS : VIDEO_RESOLUTIONS;
    case 'format':
      return IMAGE_FORMATS;
    case 'delivery':
      return IMAGE_DELIVERIES;
    case 'quality':
      return QUALITY_TIERS;
    default:
      return [];
  }
}

function inOrder(values: Iterable<string>, order: readonly string[]): string[] {
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b));
}

/** The widest rule two endpoints of one type allow together. */
function union(a: EndpointRule, b: EndpointRule, order: readonly string[]): EndpointRule {
  if (a.kind === 'enum' && b.kind === 'enum')
    return { kind: 'enum', values: inOrder([...a.values, ...b.values], order) };
  if (a.kind === 'range' && b.kind === 'range')
    return { ...a, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
  if (a.kind === 'count' && b.kind === 'count')
    return { ...a, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
  return a;
}

function sameRule(a: EndpointRule, b: FieldRule): boolean {
  if (a.kind === 'enum' && b.kind === 'enum')
    return a.values.length === b.values.length && a.values.every((value) => b.values.includes(value));
  return describeFieldRule(a) === describeFieldRule(b);
}

function shown(rule: EndpointRule): string {
  const allowed = describeFieldRule(rule);
  return typeof allowed === 'string' ? allowed : allowed.join(', ');
}

function assumptionNote(endpoint: PixazoEndpointSpec, param: EndpointParam): string | undefined {
  if (param.source !== 'assumed') return undefined;
  return `${endpoint.id}: the ${param.field} limit is assumed, not documented — ${param.reason}.`;
}

function assumedRule(endpoint: PixazoEndpointSpec, param: EndpointParam): AssumedRule | undefined {
  if (param.source !== 'assumed') return undefined;
  const rule: AssumedRule = { field: param.field, scope: endpoint.id, reason: param.reason };
  if (param.documented) rule.documented = param.documented;
  return rule;
}

/** The capability of one request type: the union of the rules of every endpoint that serves it. */
function capabilityOf(type: RequestType, endpoints: readonly PixazoEndpointSpec[]): TypeCapability {
  const fields: Record<string, EndpointRule> = {};
  for (const endpoint of endpoints)
    for (const param of endpoint.params) {
      if (!param.rule) continue;
      const order = vocabulary(param.field, type);
      const rule =
        param.rule.kind === 'enum'
          ? { ...param.rule, values: inOrder(param.rule.values, order) }
          : param.rule;
      const known = fields[param.field];
      fields[param.field] = known ? union(known, rule, order) : rule;
    }
  const tiers = endpoints.flatMap((endpoint) => (endpoint.quality ? [endpoint.quality] : []));
  if (tiers.length > 0) fields.quality = { kind: 'enum', values: inOrder(tiers, QUALITY_TIERS) };
  const notes: string[] = [];
  const assumed: AssumedRule[] = [];
  for (const endpoint of endpoints) {
    // Where one endpoint of several takes less than the union, say which (1080p ratios, 641's 1k only).
    const narrower = endpoint.params.filter((p) => p.rule && !sameRule(p.rule, fields[p.field]!));
    if (endpoints.length > 1 && narrower.length > 0) {
      const what = narrower.map((p) => `${p.field} ${shown(p.rule!)}`).join('; ');
      const tier = endpoint.quality ? ` (quality '${endpoint.quality}')` : '';
      notes.push(`${endpoint.id}${tier} takes only ${what}.`);
    }
    for (const param of endpoint.params) {
      const note = assumptionNote(endpoint, param);
      if (note) notes.push(note);
      const rule = assumedRule(endpoint, param);
      if (rule) assumed.push(rule);
    }
    notes.push(...(endpoint.notes ?? []));
  }
  if (tiers.length === 1)
    notes.push(`Only the '${tiers[0]}' tier exists for ${type} on Pixazo (${endpoints[0]!.id}).`);
  const capability: TypeCapability = notes.length > 0 ? { fields, notes } : { fields };
  return assumed.length > 0 ? { ...capability, assumed } : capability;
}

/**
 * Derives a provider's capabilities from an endpoint table: per request type, the union of the rules
 * of the endpoints that serve it, in core's vocabulary order, with notes naming the endpoints that
 * take less and every rule the documents do not state (`source: 'assumed'`), as a note and as data
 * (`assumed`).
 */
export function deriveCapabilities(
  table: Readonly<Record<string, PixazoEndpointSpec>>,
): ProviderCapabilities {
  const byType = new Map<RequestType, PixazoEndpointSpec[]>();
  for (const endpoint of Object.values(table))
    byType.set(endpoint.type, [...(byType.get(endpoint.type) ?? []), endpoint]);
  const types: Partial<Record<RequestType, TypeCapability>> = {};
  for (const [type, endpoints] of byType) types[type] = capabilityOf(type, endpoints);
  return {
    types,
    cancel: false,
    webhooks: true,
    // Pixazo fetches media only from public URLs: bytes need the config's uploadMedia.
    inlineMedia: false,
  };
}

/** What Pixazo's Grok endpoints take, derived from `PIXAZO_ENDPOINTS`. */
export const PIXAZO_CAPABILITIES: ProviderCapabilities = deriveCapabilities(PIXAZO_ENDPOINTS);
