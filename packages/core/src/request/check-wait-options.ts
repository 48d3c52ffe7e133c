import { ValidationError } from '../errors/validation-error.ts';

/** Longest `wait` a call may ask for: one day. */
export const MAX_WAIT_TIMEOUT_MS = 86_400_000;

/** Longest poll interval a call may ask for: one hour. */
export const MAX_POLL_INTERVAL_MS = 3_600_000;

interface WaitOptionsShape {
  timeoutMs?: unknown;
  poll?: unknown;
}

function checkNumber(field: string, value: unknown, min: number, max: number, what: string): void {
  if (value === undefined) return;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return;
  const allowed = `${what} from ${min} to ${max}`;
  throw new ValidationError(
    `${field} must be ${allowed}, got ${typeof value === 'number' ? value : typeof value}.`,
    { field, value: typeof value === 'number' ? value : `[${typeof value}]`, allowed },
  );
}

/**
 * Checks the options of `wait` and `generate` before anything happens: `timeoutMs` and the poll
 * cadence must be finite and in range. `NaN` or `Infinity` would otherwise end a wait at once (timers
 * clamp them to 1 ms) or spin the poll loop without pause, and a negative interval polls as fast as
 * the provider answers. `generate` checks them before it submits, so a bad option costs nothing.
 */
export function checkWaitOptions(options: WaitOptionsShape | undefined): void {
  if (options === undefined) return;
  checkNumber('timeoutMs', options.timeoutMs, 0, MAX_WAIT_TIMEOUT_MS, 'a number of milliseconds');
  const poll = options.poll;
  if (poll === undefined) return;
  if (typeof poll !== 'object' || poll === null) {
    throw new ValidationError('poll must be an object of poll settings.', {
      field: 'poll',
      value: `[${typeof poll}]`,
      allowed: '{ initialIntervalMs?, maxIntervalMs?, factor?, jitter? }',
    });
  }
  const { initialIntervalMs, maxIntervalMs, factor, jitter } = poll as Record<string, unknown>;
  checkNumber(
    'poll.initialIntervalMs',
    initialIntervalMs,
    0,
    MAX_POLL_INTERVAL_MS,
    'a number of milliseconds',
  );
  checkNumber('poll.maxIntervalMs', maxIntervalMs, 0, MAX_POLL_INTERVAL_MS, 'a number of milliseconds');
  checkNumber('poll.factor', factor, 1, 10, 'a growth factor');
  checkNumber('poll.jitter', jitter, 0, 1, 'a fraction');
}
