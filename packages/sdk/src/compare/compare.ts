import type { GenerationRequest, ProviderId } from '@grok-imagine/core';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import type { CompareRow } from './compare-row.ts';
import { compareRows } from './compare-rows.ts';

/** Options of `compare`. */
export interface CompareOptions {
  /** Providers to compare (default: all three). */
  providers?: ProviderId[];
  /** Price overrides, `usdPerCredit`, `strict` and the like, as for `createImagine`. */
  config?: GrokImagineConfig;
}

/**
 * One row per provider for a request: supported or why not, the quote in USD and/or credits with
 * its confidence and sources; cheapest first, rows without a USD price after priced ones, then
 * unsupported ones. Needs no API key and sends nothing.
 */
export async function compare(
  request: GenerationRequest,
  options: CompareOptions = {},
): Promise<CompareRow[]> {
  return compareRows(request, resolveConfig(options.config), options.providers);
}
