import { formatCost, formatQuote } from '../output/format-money.ts';
import { formatElapsed } from '../output/plain-progress.ts';
import { renderTable } from '../output/render-table.ts';
import type { DemoRow } from './demo-row.ts';

/** The demo's side-by-side table: provider, request, quoted price, reported cost, wall time, files. */
export function renderDemoTable(rows: readonly DemoRow[]): string {
  return renderTable(
    ['provider', 'request', 'quoted', 'reported cost', 'time', 'result'],
    rows.map((row) => [
      row.provider,
      row.label,
      formatQuote(row.quote),
      row.error ? '-' : formatCost(row.job?.cost),
      formatElapsed(row.wallMs),
      row.error
        ? `failed: ${row.error.name}`
        : `${row.files.length} file${row.files.length === 1 ? '' : 's'}`,
    ]),
  );
}
