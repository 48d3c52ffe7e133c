import {
  type CompareRow,
  formatUsd,
  type GenerationRequest,
  type PriceCatalog,
  type PriceEntry,
  type ProviderId,
} from '../../src/index.ts';
import { PROVIDER_TITLES } from './capability-table.ts';
import { renderMarkdownTable } from './markdown-table.ts';

const UNIT_WORDS: Readonly<Record<PriceEntry['unit'], string>> = {
  image: 'image',
  second: 's',
  request: 'request',
};

/** An entry's price per unit: `$0.05 / s`, `150 credits / request`, or `unknown`. */
export function describePrice(entry: PriceEntry): string {
  const unit = UNIT_WORDS[entry.unit];
  const amounts = [
    entry.usdTicks === undefined ? undefined : formatUsd(entry.usdTicks),
    entry.credits === undefined ? undefined : `${entry.credits} credits`,
  ].filter((amount) => amount !== undefined);
  return amounts.length === 0 ? 'unknown' : `${amounts.join(' or ')} / ${unit}`;
}

/** The one `asOf` date of every entry, or `undefined` when they differ. */
function commonDate(catalogs: readonly PriceCatalog[]): string | undefined {
  const dates = new Set(catalogs.flatMap((catalog) => Object.values(catalog).map((entry) => entry.asOf)));
  return dates.size === 1 ? [...dates][0] : undefined;
}

function dated(table: string, catalogs: readonly PriceCatalog[]): string {
  const date = commonDate(catalogs);
  return date ? `${table}\n\nEvery entry was read on ${date}.` : table;
}

/** The README's price table: every entry of every catalog, with its confidence and source. */
export function renderPriceTable(catalogs: Readonly<Record<ProviderId, PriceCatalog>>): string {
  const rows: string[][] = [];
  for (const [provider, catalog] of Object.entries(catalogs) as [ProviderId, PriceCatalog][])
    for (const entry of Object.values(catalog))
      rows.push([
        PROVIDER_TITLES[provider],
        entry.description,
        describePrice(entry),
        entry.confidence,
        entry.source,
      ]);
  const table = renderMarkdownTable(['provider', 'what', 'price', 'confidence', 'source'], rows);
  return dated(table, Object.values(catalogs));
}

/** One provider's catalog for docs/pricing.md: entry ids (what overrides name), prices, sources. */
export function renderCatalogTable(catalog: PriceCatalog): string {
  const rows = Object.entries(catalog).map(([id, entry]) => [
    `\`${id}\``,
    entry.description,
    describePrice(entry),
    entry.confidence,
    entry.source,
  ]);
  const table = renderMarkdownTable(['entry id', 'what', 'price', 'confidence', 'source'], rows);
  return dated(table, [catalog]);
}

/** A worked example: a label and the request `compare` is asked about. */
export interface PriceExample {
  label: string;
  request: GenerationRequest;
}

function describeRow(row: CompareRow | undefined): string {
  if (!row) return '';
  if (!row.supported) return `unsupported: ${row.reason ?? ''}`;
  const amount =
    row.usdTicks !== undefined
      ? formatUsd(row.usdTicks)
      : row.credits !== undefined
        ? `${row.credits} credits`
        : 'unknown';
  const price = amount === 'unknown' ? amount : `${amount}, ${row.confidence}`;
  const fields = [...new Set(row.warnings.map((warning) => warning.field).filter(Boolean))];
  return fields.length > 0 ? `${price}; warns on ${fields.map((field) => `\`${field}\``).join(', ')}` : price;
}

/** The worked examples: what `compare` answers for each request with the shipped catalogs. */
export function renderExamplesTable(
  providers: readonly ProviderId[],
  examples: readonly { label: string; rows: readonly CompareRow[] }[],
): string {
  const header = ['request', ...providers.map((provider) => PROVIDER_TITLES[provider])];
  const rows = examples.map((example) => [
    example.label,
    ...providers.map((provider) => describeRow(example.rows.find((row) => row.provider === provider))),
  ]);
  return renderMarkdownTable(header, rows);
}
