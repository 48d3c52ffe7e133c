/** One provider without createImagine: an adapter (mapping only) wrapped in core's client. */
import { createClient, type Job, type ProviderAdapter } from '@grok-imagine/core';
import { createVydraAdapter } from '@grok-imagine/vydra';

/** Plans a request (route and quote, no network), then generates it through core's client. */
export async function vydraWithoutSdk(): Promise<Job> {
  const adapter: ProviderAdapter = createVydraAdapter({ usdPerCredit: '0.01' }); // key from VYDRA_API_KEY
  const client = createClient(adapter, { strict: true });
  const request = { type: 'text-to-image', prompt: 'A lantern in the fog' } as const;
  const prepared = client.prepare(request); // normalized, capability-checked, planned once
  console.log(prepared.plan.route, prepared.plan.quote.credits, prepared.warnings);
  return client.generate(request); // core polls, retries, rate-limits and journals; the adapter maps
}
