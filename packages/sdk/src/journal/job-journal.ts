import type { GenerationRequest, Job, Quote, RequestType } from '@grok-imagine/core';
import type { RoutingRecord } from '../routing/routing-record.ts';
import { journalJob, journalRequest } from './journal-request.ts';
import type { JobRecord } from './job-record.ts';
import type { JobStore } from './job-store.ts';

/** Writes job records to a `JobStore`, skipping updates that change nothing. */
export class JobJournal {
  readonly #store: JobStore;
  readonly #lastWritten = new Map<string, string>();
  readonly #types = new Map<string, RequestType>();

  constructor(store: JobStore) {
    this.#store = store;
  }

  /** The store written to. */
  get store(): JobStore {
    return this.#store;
  }

  /**
   * The request type a job was submitted as, from this process or the journal: status responses
   * rarely say it, and an adapter reads a job better knowing it.
   */
  async typeOf(id: string): Promise<RequestType | undefined> {
    const known = this.#types.get(id);
    if (known) return known;
    return (await this.find(id))?.type;
  }

  /** The journal's folded record of a job (first request and quote, last state), if any. */
  async find(id: string): Promise<JobRecord | undefined> {
    const record = (await this.#store.list()).find((candidate) => candidate.id === id);
    if (record) this.#types.set(id, record.type);
    return record;
  }

  /** Journals a job the provider just accepted, with its request (no media bytes) and quote. */
  async submitted(job: Job, request: GenerationRequest, quote: Quote | undefined): Promise<void> {
    this.#types.set(job.id, job.type);
    const clean = journalJob(job);
    this.#lastWritten.set(job.id, fingerprint(clean));
    await this.#store.append({
      id: job.id,
      provider: job.provider,
      type: job.type,
      request: journalRequest(request),
      quote,
      job: clean,
      updatedAt: job.updatedAt,
    });
  }

  /** Journals a newer state of a job, unless it is the state already written. */
  async updated(job: Job): Promise<void> {
    this.#types.set(job.id, job.type);
    const clean = journalJob(job);
    const print = fingerprint(clean);
    if (this.#lastWritten.get(job.id) === print) return;
    this.#lastWritten.set(job.id, print);
    await this.#store.append({
      id: job.id,
      provider: job.provider,
      type: job.type,
      job: clean,
      updatedAt: job.updatedAt,
    });
  }

  /** Journals how a submission was routed (only written when providers were skipped). */
  async routed(job: Job, routing: RoutingRecord): Promise<void> {
    await this.#store.append({
      id: job.id,
      provider: job.provider,
      type: job.type,
      job: journalJob(job),
      routing,
      updatedAt: job.updatedAt,
    });
  }
}

// updatedAt moves on every poll on some providers; a record is worth writing only when the rest changed.
function fingerprint(job: Job): string {
  const { updatedAt: _updatedAt, ...rest } = job;
  return JSON.stringify(rest);
}
