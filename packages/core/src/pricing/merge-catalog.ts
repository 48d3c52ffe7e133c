import { ValidationError } from '../errors/validation-error.ts';
import { usdToTicks } from './money.ts';
import type { PriceCatalog, PriceEntry, PriceOverrides } from './price-catalog.ts';

/**
 * Lays a user's overrides over a provider's catalog. An overridden entry becomes `documented` with
 * source `config` unless the override says otherwise. An id the catalog lacks is a `ValidationError`.
 */
export function mergeCatalog(
  catalog: PriceCatalog,
  overrides: PriceOverrides | undefined,
  today: string,
): PriceCatalog {
  if (!overrides) return catalog;
  const merged: Record<string, PriceEntry> = { ...catalog };
  for (const [id, override] of Object.entries(overrides)) {
    const entry = catalog[id];
    if (!entry) {
      throw new ValidationError(
        `Price override "${id}" matches no catalog entry; known: ${Object.keys(catalog).join(', ')}.`,
        {
          field: `prices.${id}`,
          value: override,
          allowed: Object.keys(catalog),
        },
      );
    }
    const next: PriceEntry = {
      ...entry,
      source: override.source ?? 'config',
      asOf: override.asOf ?? today,
      confidence: 'documented',
    };
    if (override.usd !== undefined) next.usdTicks = usdToTicks(override.usd);
    if (override.credits !== undefined) next.credits = override.credits;
    merged[id] = next;
  }
  return merged;
}
