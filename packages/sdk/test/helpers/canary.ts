import { inspect } from 'node:util';
import type { Logger } from '@grok-imagine/core';

/** Every canary contains this, so one search finds any of them. */
export const CANARY_MARK = 'CANARYk3y';

/** A distinctive key per provider: long enough to be redacted, and found by `CANARY_MARK`. */
export const CANARY_KEYS = {
  xai: `xai-${CANARY_MARK}0xai0000000000000000000000000001`,
  pixazo: `${CANARY_MARK}0pixazo00000000000000000000002`,
  vydra: `vyd_${CANARY_MARK}0vydra000000000000000000000003`,
} as const;

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `(JSON.stringify threw ${String(error)})`;
  }
}

/** Every rendering of a value a log line, a crash report or a script might see. */
export function renderings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {
    json: safeJson(value),
    inspect: inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    string: String(value),
  };
  let current: unknown = value;
  const seen = new Set<unknown>();
  for (let depth = 0; current instanceof Error && !seen.has(current) && depth < 20; depth++) {
    seen.add(current);
    out[`cause[${depth}].message`] = current.message;
    out[`cause[${depth}].stack`] = current.stack ?? '';
    out[`cause[${depth}].json`] = safeJson(current);
    current = current.cause;
  }
  if (current !== value && current !== undefined) out['cause.last'] = inspect(current, { depth: 20 });
  return out;
}

/** The places (rendering names) where `mark` shows up in `value`. */
export function leaksOf(value: unknown, mark: string = CANARY_MARK): string[] {
  return Object.entries(renderings(value))
    .filter(([, text]) => text.includes(mark))
    .map(([place]) => place);
}

/** A logger that keeps every call, at every level. */
export function recordingLogger(): Logger & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      calls.push([level, message, fields]);
    };
  return {
    calls,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}
