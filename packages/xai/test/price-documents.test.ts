import { formatUsd } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { createXaiAdapter } from '../src/adapter.ts';
import { citedSource, XAI_PRICE_CITATIONS } from '../src/price-citations.ts';
import { XAI_PRICES } from '../src/pricing.ts';
import { readCitedDocument } from '../../../test/support/cited-documents.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ');
const readShared = (document: string): string => squash(readCitedDocument(document));

const documentedIds = Object.entries(XAI_PRICES)
  .filter(([, entry]) => entry.confidence === 'documented')
  .map(([id]) => id);

describe('xAI price catalog against the shared documents', () => {
  it('finds the shared provider documents', () => {
    expect(readShared('provider-docs/xai-grok-imagine.md')).toContain('# xAI Grok Imagine API Reference');
  });

  it('documents exactly the entries that cite text, and every documented entry names its document and section', () => {
    expect(documentedIds.sort()).toEqual(Object.keys(XAI_PRICE_CITATIONS).sort());
    for (const id of documentedIds) {
      const citations = XAI_PRICE_CITATIONS[id] ?? [];
      expect(citations.length, `${id} cites something`).toBeGreaterThan(0);
      expect(XAI_PRICES[id]?.source, `${id}: source names each document § section`).toBe(
        citedSource(citations),
      );
    }
  });

  for (const id of documentedIds) {
    it(`${id}: each excerpt is in its document under its section, and the price is in the text`, () => {
      const entry = XAI_PRICES[id]!;
      const price = formatUsd(entry.usdTicks ?? Number.NaN);
      const citations = XAI_PRICE_CITATIONS[id] ?? [];
      for (const citation of citations) {
        const text = readShared(citation.document);
        const heading = text.indexOf(squash(citation.section));
        expect(heading, `${citation.document} has the section "${citation.section}"`).toBeGreaterThanOrEqual(
          0,
        );
        const excerpt = text.indexOf(squash(citation.excerpt), heading);
        expect(
          excerpt,
          `${citation.document} § ${citation.section} says "${citation.excerpt}"`,
        ).toBeGreaterThan(heading);
      }
      const stating = citations.filter((citation) => citation.excerpt.includes(price));
      expect(stating.length, `some cited text states ${price} for ${id}`).toBeGreaterThan(0);
    });
  }

  it('every other entry is inferred and says where it comes from', () => {
    for (const [id, entry] of Object.entries(XAI_PRICES)) {
      if (documentedIds.includes(id)) continue;
      expect(entry.confidence, id).toBe('inferred');
      expect(entry.source.length, id).toBeGreaterThan(20);
      expect(entry.asOf, id).toBe('2026-11-22');
    }
  });

  it('the adapter ships this catalog unchanged when nothing is overridden', () => {
    expect(createXaiAdapter({ env: {} }).prices).toEqual(XAI_PRICES);
  });
});
