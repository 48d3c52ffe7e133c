import type { Random } from '../state/random.ts';
import type { FaultFilter, FaultRule, FaultScript, FaultStep, FaultTarget } from './fault-types.ts';

/** The request a fault is picked for. */
export interface FaultSubject {
  /** `unknown` for a path under no provider. */
  target: FaultTarget | 'unknown';
  method: string;
  path: string;
}

function matches(filter: FaultFilter, subject: FaultSubject): boolean {
  if (filter.provider !== undefined && filter.provider !== subject.target) return false;
  if (filter.method !== undefined && filter.method.toUpperCase() !== subject.method.toUpperCase())
    return false;
  if (filter.path === undefined) return true;
  if (typeof filter.path === 'string') return subject.path.includes(filter.path);
  filter.path.lastIndex = 0; // a /g regex keeps state between tests
  return filter.path.test(subject.path);
}

function toStep(step: FaultScript['steps'][number]): FaultStep | undefined {
  if (step === 'ok') return undefined;
  return typeof step === 'string' ? { kind: step } : step;
}

function isScript(faults: readonly FaultRule[] | FaultScript): faults is FaultScript {
  return !Array.isArray(faults);
}

/** The active faults: rules with remaining counts, or a script with its position. */
export class FaultPlan {
  readonly #random: Random;
  #rules: Array<{ rule: FaultRule; left: number }> = [];
  #script: { script: FaultScript; next: number } | undefined;

  constructor(random: Random) {
    this.#random = random;
  }

  /** Replaces the active faults. */
  set(faults: readonly FaultRule[] | FaultScript): void {
    if (isScript(faults)) {
      this.#rules = [];
      this.#script = { script: faults, next: 0 };
      return;
    }
    this.#script = undefined;
    this.#rules = faults.map((rule) => ({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
  }

  /** The fault for this request, if any; consumes a `times` count or a script step. */
  pick(subject: FaultSubject): FaultStep | undefined {
    if (this.#script) {
      const { script } = this.#script;
      if (!matches(script, subject) || this.#script.next >= script.steps.length) return undefined;
      return toStep(script.steps[this.#script.next++]!);
    }
    for (const entry of this.#rules) {
      if (entry.left <= 0 || !matches(entry.rule, subject)) continue;
      // The draw happens only for matching requests, so the same traffic gives the same faults.
      if (entry.rule.probability !== undefined && this.#random.next() >= entry.rule.probability) continue;
      entry.left--;
      return entry.rule;
    }
    return undefined;
  }
}
