import type { ProviderName } from '../state/provider-name.ts';

/** One webhook POST the emulator made. */
export interface WebhookDelivery {
  provider: ProviderName;
  jobId: string;
  url: string;
  /** The job status the payload carried. */
  status: string;
  /** 1 for the first delivery, 2 for a duplicate. */
  attempt: number;
  /** The receiver's HTTP status, when it answered. */
  responseStatus?: number;
  /** Why the delivery failed, when it did. */
  error?: string;
}

const DELIVERY_TIMEOUT_MS = 5000;

/**
 * Posts webhook payloads. Deliveries for one job go out in order (a PROCESSING callback never
 * overtakes COMPLETED); failures are recorded, never retried, never thrown.
 */
export class WebhookDispatcher {
  /** Every delivery made, in order. */
  readonly deliveries: WebhookDelivery[] = [];
  readonly #duplicates: boolean;
  readonly #chains = new Map<string, Promise<void>>();

  constructor(duplicates: boolean) {
    this.#duplicates = duplicates;
  }

  /** Queues the POST of `payload` to `url` (twice when duplicates are on). */
  send(provider: ProviderName, jobId: string, url: string, status: string, payload: unknown): void {
    const chainKey = `${provider}:${jobId}`;
    const previous = this.#chains.get(chainKey) ?? Promise.resolve();
    const attempts = this.#duplicates ? [1, 2] : [1];
    let next = previous;
    for (const attempt of attempts) {
      next = next.then(() => this.#post({ provider, jobId, url, status, attempt }, payload));
    }
    this.#chains.set(chainKey, next);
  }

  /** Resolves once every queued delivery (including ones queued meanwhile) has finished. */
  async settled(): Promise<void> {
    while (this.#chains.size > 0) {
      const chains = [...this.#chains.entries()];
      await Promise.all(chains.map(([, chain]) => chain));
      for (const [key, chain] of chains) if (this.#chains.get(key) === chain) this.#chains.delete(key);
    }
  }

  async #post(delivery: WebhookDelivery, payload: unknown): Promise<void> {
    this.deliveries.push(delivery);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'grok-imagine-emulator-webhooks' },
        body: JSON.stringify(payload),
        redirect: 'manual',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      delivery.responseStatus = response.status;
      await response.arrayBuffer();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
  }
}
