/**
 * What a prompt asks the emulator to do with a job. Users put a marker anywhere in the prompt:
 *
 * - `[fail]` — the job fails (xAI `failed`, Pixazo `FAILED`, Vydra `failed` with credits refunded);
 *   a synchronous xAI image call answers 500, a Vydra image call answers `status: "failed"`, uncharged.
 * - `[error]` — a system error that is not charged (Pixazo `ERROR`; xAI and Vydra treat it as `[fail]`).
 * - `[moderate]` — the output is blocked by moderation (xAI `respect_moderation: false`; Pixazo and
 *   Vydra report a failed job, Vydra refunds it).
 * - `[policy]` — the prompt is rejected at submission as a content-policy violation (400, nothing charged).
 * - `[expire]` — the job expires: xAI reports `expired`; Pixazo and Vydra complete with media URLs
 *   that have already expired (410).
 */
export type Outcome = 'ok' | 'fail' | 'error' | 'moderate' | 'policy' | 'expire';

const MARKERS: ReadonlyArray<[string, Outcome]> = [
  ['[policy]', 'policy'],
  ['[fail]', 'fail'],
  ['[error]', 'error'],
  ['[moderate]', 'moderate'],
  ['[expire]', 'expire'],
];

/** Reads the outcome marker from a prompt; the first marker in the table above wins. */
export function readOutcome(prompt: unknown): Outcome {
  if (typeof prompt !== 'string') return 'ok';
  const lower = prompt.toLowerCase();
  for (const [marker, outcome] of MARKERS) if (lower.includes(marker)) return outcome;
  return 'ok';
}
