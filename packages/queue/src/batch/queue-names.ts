/** BullMQ queue of the create stage: one job per item until its provider job exists (or it ends). */
export const CREATE_QUEUE = 'create';

/** BullMQ queue of the status stage: one delayed job per running provider job, re-armed until it ends. */
export const STATUS_QUEUE = 'status';

/** Attempts of a stage job before BullMQ gives up: high, because every try during a Redis outage costs one. */
export const STAGE_ATTEMPTS = 1_000;

/** Attempts after which a retryable refusal (429s beyond core's own retries) ends the item as failed. */
export const REFUSAL_ATTEMPTS = 5;

/** Pause before the next attempt of a failed stage job: doubling from 0.5 s, at most 30 s. */
export function retryDelayMs(attemptsMade: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attemptsMade - 1));
}
