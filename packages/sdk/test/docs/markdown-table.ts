/** A cell's text as Markdown: a pipe would end the cell, so it is escaped. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Width as the formatter counts it: one per code point. */
function width(text: string): number {
  return [...text].length;
}

/**
 * A Markdown table laid out exactly as the repository's formatter (Biome) lays tables out: every
 * column padded to its widest cell, the rule row of dashes at least three wide. Generated tables
 * then pass `pnpm lint` unchanged, and a regenerated README differs only where the data changed.
 */
export function renderMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => header.map((_, index) => cell(row[index] ?? '')));
  const widths = header.map((_, index) => Math.max(3, ...cells.map((row) => width(row[index]!))));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, index) => text + ' '.repeat(widths[index]! - width(text))).join(' | ')} |`;
  const rule = `| ${widths.map((size) => '-'.repeat(size)).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head!), rule, ...body.map(line)].join('\n');
}
