import { expect } from 'vitest';
import type { FieldRule } from '../provider/capabilities.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { REQUEST_TYPES } from '../request/request-types.ts';

function expectRule(where: string, rule: FieldRule): void {
  switch (rule.kind) {
    case 'range':
      expect(Number.isFinite(rule.min) && Number.isFinite(rule.max), `${where}: finite range`).toBe(true);
      expect(rule.min, `${where}: min <= max`).toBeLessThanOrEqual(rule.max);
      return;
    case 'enum':
      expect(rule.values.length, `${where}: enum lists values`).toBeGreaterThan(0);
      for (const value of rule.values)
        expect(typeof value, `${where}: enum values are strings`).toBe('string');
      return;
    case 'count':
      expect(Number.isInteger(rule.min) && rule.min >= 0, `${where}: count min`).toBe(true);
      expect(rule.min, `${where}: min <= max`).toBeLessThanOrEqual(rule.max);
      return;
    case 'maxLength':
      expect(Number.isInteger(rule.max) && rule.max > 0, `${where}: maxLength > 0`).toBe(true);
      return;
    case 'ignored':
      return;
    default:
      expect(['range', 'enum', 'count', 'maxLength', 'ignored'], `${where}: rule kind`).toContain(
        (rule as { kind?: unknown }).kind,
      );
  }
}

/**
 * Checks that an adapter has the v2 members (`plan`, `start`, `status`, optional ones as functions)
 * and that its capabilities, poll hint and price catalog are well-formed data.
 */
export function expectWellFormedAdapter(adapter: ProviderAdapter): void {
  for (const member of ['plan', 'start', 'status'] as const)
    expect(typeof adapter[member], `adapter.${member} is a function`).toBe('function');
  for (const member of ['cancel', 'reconcile', 'parseWebhook', 'account'] as const) {
    if (adapter[member] !== undefined)
      expect(typeof adapter[member], `adapter.${member} is a function when set`).toBe('function');
  }
  const caps = adapter.capabilities;
  const types = Object.keys(caps.types);
  expect(types.length, 'supports at least one request type').toBeGreaterThan(0);
  for (const type of types) expect(REQUEST_TYPES, `unknown request type ${type}`).toContain(type);
  for (const [type, capability] of Object.entries(caps.types)) {
    for (const [field, rule] of Object.entries(capability?.fields ?? {}))
      expectRule(`${type}.${field}`, rule);
  }
  expect(typeof caps.cancel).toBe('boolean');
  expect(typeof caps.webhooks).toBe('boolean');
  expect(typeof caps.inlineMedia).toBe('boolean');
  expect(caps.cancel, 'capabilities.cancel matches whether adapter.cancel exists').toBe(
    typeof adapter.cancel === 'function',
  );
  if (caps.webhooks) expect(typeof adapter.parseWebhook, 'webhooks need parseWebhook').toBe('function');
  if (caps.maxConcurrentJobs !== undefined) {
    expect(Number.isInteger(caps.maxConcurrentJobs) && caps.maxConcurrentJobs > 0).toBe(true);
  }
  if (adapter.pollHint) {
    expect(adapter.pollHint.initialIntervalMs).toBeGreaterThan(0);
    expect(adapter.pollHint.maxIntervalMs).toBeGreaterThanOrEqual(adapter.pollHint.initialIntervalMs);
  }
  const entries = Object.entries(adapter.prices);
  expect(entries.length, 'ships a price catalog').toBeGreaterThan(0);
  for (const [id, entry] of entries) {
    expect(entry.description.length, `${id}: description`).toBeGreaterThan(0);
    expect(['image', 'second', 'request'], `${id}: unit`).toContain(entry.unit);
    expect(['documented', 'inferred', 'unknown'], `${id}: confidence`).toContain(entry.confidence);
    expect(entry.asOf, `${id}: asOf is YYYY-MM-DD`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.source.length, `${id}: source`).toBeGreaterThan(0);
    if (entry.usdTicks !== undefined) {
      expect(Number.isInteger(entry.usdTicks) && entry.usdTicks >= 0, `${id}: integer ticks`).toBe(true);
    }
  }
}
