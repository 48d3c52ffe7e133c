import type { FieldRule } from './capabilities.ts';

/** What a rule allows, as shown in messages and in `ValidationError.allowed`. */
export function describeFieldRule(rule: FieldRule): string | readonly string[] {
  switch (rule.kind) {
    // A range of one value reads as that value: `only 1`, not `1–1`.
    case 'range':
      return `${rule.min === rule.max ? `only ${rule.min}` : `${rule.min}–${rule.max}`}${rule.unit ? ` ${rule.unit}` : ''}`;
    case 'enum':
      return rule.values;
    case 'count':
      return rule.min === rule.max
        ? `only ${rule.min} ${rule.min === 1 ? 'item' : 'items'}`
        : `${rule.min}–${rule.max} items`;
    case 'maxLength':
      return `at most ${rule.max} characters`;
    case 'ignored':
      return 'nothing (ignored)';
  }
}

/** True when `value` breaks `rule` (an `ignored` rule is never broken). */
export function violatesFieldRule(rule: FieldRule, value: unknown): boolean {
  switch (rule.kind) {
    case 'range':
      return typeof value !== 'number' || value < rule.min || value > rule.max;
    case 'enum':
      return !rule.values.includes(String(value));
    case 'count':
      return !Array.isArray(value) || value.length < rule.min || value.length > rule.max;
    case 'maxLength':
      return typeof value !== 'string' || value.length > rule.max;
    case 'ignored':
      return false;
  }
}
