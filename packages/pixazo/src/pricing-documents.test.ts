import { usdToTicks } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { readCitedDocument } from '../../../test/support/cited-documents.ts';
import { PIXAZO_PRICE_CITATIONS, PIXAZO_PRICES } from './pricing.ts';

const readDocument = readCitedDocument;

/** The `| row | $price |` rows of the pricing table right under `section`, which must appear once. */
function pricingRows(text: string, section: string): Map<string, string> {
  const lines = text.split('\n');
  const at = lines.flatMap((line, index) => (line.trim() === section ? [index] : []));
  expect(at, `section "${section}" appears exactly once`).toHaveLength(1);
  const rows = new Map<string, string>();
  for (const line of lines.slice(at[0]! + 1)) {
    const cells = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line.trim());
    if (!cells) {
      if (rows.size > 0 || !line.trim().startsWith('|')) break;
      continue;
    }
    rows.set(cells[1]!, cells[2]!);
  }
  return rows;
}

describe('the Pixazo price catalog against Pixazo’s documents', () => {
  it.each(Object.entries(PIXAZO_PRICE_CITATIONS))('%s is the price its section lists', (id, cite) => {
    const rows = pricingRows(readDocument(cite.document), cite.section);
    const price = rows.get(cite.row);
    expect(price, `row "${cite.row}" in "${cite.section}" (rows: ${[...rows.keys()].join(', ')})`).toMatch(
      /^\$\d+(\.\d+)?$/,
    );
    expect(PIXAZO_PRICES[id]).toMatchObject({
      confidence: 'documented',
      usdTicks: usdToTicks(price!.slice(1)),
    });
  });

  it('every documented entry has a citation', () => {
    const documented = Object.entries(PIXAZO_PRICES).filter(([, entry]) => entry.confidence === 'documented');
    expect(documented.map(([id]) => id).sort()).toEqual(Object.keys(PIXAZO_PRICE_CITATIONS).sort());
  });

  it('the unknown image prices are unknown in the document too: "No data available"', () => {
    const text = readDocument('pixazo-grok-imagine-image-pro.txt');
    const sections = text
      .split('\n')
      .flatMap((line, i, all) =>
        line.trim() === 'Grok Imagine Image API Pricing' ? [all[i + 1]?.trim()] : [],
      );
    expect(sections).toEqual(['No data available', 'No data available']);
  });

  it('the 641 and grok-imagine-video endpoints have no price in their document', () => {
    const text = readDocument('pixazo-grok-imagine-api.txt');
    expect(text).not.toMatch(/Pricing/);
    expect(text).not.toMatch(/\$\d/);
    for (const id of ['grok-imagine-api-641/image', 'grok-imagine-video/720p', 'grok-imagine-video/1080p'])
      expect(PIXAZO_PRICES[id]?.confidence, id).toBe('unknown');
  });
});
