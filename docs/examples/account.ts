/** What each provider can tell about the account behind the key: balance and plan limits. */
import { createImagine, PROVIDER_IDS, type ProviderAccount } from '@grok-imagine/sdk';

/** One row per provider; only Vydra has an account endpoint, the others say so without a request. */
export async function accounts(): Promise<ProviderAccount[]> {
  const imagine = createImagine();
  const rows: ProviderAccount[] = [];
  for (const provider of PROVIDER_IDS) {
    const account = await imagine.account(provider); // Vydra needs VYDRA_API_KEY; xAI and Pixazo need nothing
    if (!account.supported) console.log(provider, 'no account endpoint:', account.note);
    else console.log(provider, account.credits, 'credits', account.rateLimits); // { plan, requestsPerMinute, concurrentJobs }
    rows.push(account);
  }
  return rows;
}
