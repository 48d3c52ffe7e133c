import {
  type GenerationRequest,
  GrokImagineError,
  normalizeRequest,
  prepareNormalized,
  PROVIDER_IDS,
  type ProviderId,
  ValidationError,
  isProviderId,
} from '@grok-imagine/core';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import { ALL_PROVIDERS } from '../providers/all-providers.ts';
import { createAdapter } from '../providers/create-adapter.ts';
import type { CompareRow } from './compare-row.ts';

function checkProviders(providers: readonly unknown[]): ProviderId[] {
  for (const provider of providers) {
    if (!isProviderId(provider)) {
      throw new ValidationError(
        `compare: unknown provider ${JSON.stringify(provider)}; known providers: ${PROVIDER_IDS.join(', ')}.`,
        { field: 'providers', value: provider, allowed: PROVIDER_IDS },
      );
    }
  }
  return [...new Set(providers as ProviderId[])];
}

function rowFor(
  provider: ProviderId,
  config: ResolvedConfig,
  normalized: ReturnType<typeof normalizeRequest>,
): CompareRow {
  const adapter = createAdapter(
    provider,
    config.providers[provider],
    { clock: config.clock, fetch: config.fetch, logger: config.logger, env: config.env },
    ALL_PROVIDERS,
  );
  try {
    const { plan, warnings } = prepareNormalized(adapter, normalized, config.strict);
    const quote = plan.quote;
    const row: CompareRow = {
      provider,
      supported: true,
      quote,
      confidence: quote.confidence,
      sources: [...new Set(quote.lines.map((line) => line.entry.source))],
      warnings,
    };
    if (quote.usdTicks !== undefined) row.usdTicks = quote.usdTicks;
    if (quote.usd !== undefined) row.usd = quote.usd;
    if (quote.credits !== undefined) row.credits = quote.credits;
    return row;
  } catch (error) {
    const refused =
      GrokImagineError.isInstance(error) && (error.kind === 'unsupported' || error.kind === 'validation');
    if (!refused) throw error;
    return {
      provider,
      supported: false,
      reason: error.message,
      confidence: 'unknown',
      sources: [],
      warnings: [],
    };
  }
}

// Supported with a USD price (cheapest first), then supported without one, then unsupported.
function rank(row: CompareRow): number {
  if (!row.supported) return 2;
  return row.usdTicks === undefined ? 1 : 0;
}

/**
 * Quotes one request on each provider, offline: no key, no network. A request that fails the
 * neutral schema throws; a provider that cannot take it gets a row saying why.
 */
export function compareRows(
  request: GenerationRequest,
  config: ResolvedConfig,
  providers: readonly unknown[] = PROVIDER_IDS,
): CompareRow[] {
  const normalized = normalizeRequest(request);
  const rows = checkProviders(providers).map((provider) => rowFor(provider, config, normalized));
  return rows.sort((a, b) => rank(a) - rank(b) || (a.usdTicks ?? 0) - (b.usdTicks ?? 0));
}
