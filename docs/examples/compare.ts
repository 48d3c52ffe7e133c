/** Prices before the call: one provider's quote, and all three side by side. No keys, no network. */
import { compare, createImagine, formatUsd, type PriceEntry, type Quote } from '@grok-imagine/sdk';

/** The quote for a 6-second 720p video on the configured provider. */
export function quoteOne(): Quote {
  const imagine = createImagine({ provider: 'pixazo' });
  const quote = imagine.quote({ type: 'text-to-video', prompt: 'Rain on a tin roof', duration: 6 });
  for (const line of quote.lines) console.log(line.description, line.quantity, line.entry.confidence);
  return quote; // quote.usd 0.42, quote.usdTicks 4_200_000_000, confidence 'documented'
}

/** One row per provider, cheapest first; rows say why a provider cannot take the request. */
export async function compareProviders(): Promise<void> {
  const rows = await compare(
    { type: 'text-to-video', prompt: 'Rain on a tin roof', duration: 6, resolution: '720p' },
    {
      providers: ['xai', 'pixazo', 'vydra'],
      // Your own Vydra credit rate turns credits into dollars; '0.01' is an example, not Vydra's price.
      config: { providers: { vydra: { usdPerCredit: '0.01' } } },
    },
  );
  for (const row of rows) {
    const price = row.usdTicks === undefined ? `${row.credits ?? '?'} credits` : formatUsd(row.usdTicks);
    console.log(row.provider, row.supported ? price : `unsupported: ${row.reason}`, row.confidence);
  }
}

/** One catalog entry as data: the price per unit, where it comes from, and how sure it is. */
export function catalogEntry(): PriceEntry | undefined {
  const imagine = createImagine({ provider: 'pixazo' }); // no key needed
  const entry = imagine.prices()['grok-imagine-video-text-to-video/720p'];
  console.log(entry?.usdTicks, entry?.unit, entry?.confidence, entry?.source); // 700000000 'second' 'documented' '…'
  return entry;
}
