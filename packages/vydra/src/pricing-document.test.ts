import { describe, expect, it } from 'vitest';
import { readCitedDocument } from '../../../test/support/cited-documents.ts';
import { VYDRA_PRICE_CITATIONS, VYDRA_PRICES } from './pricing.ts';

const readDocument = readCitedDocument;

/** The lines of one section: from its heading line to the next line that is another known heading. */
function section(text: string, heading: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const start = lines.indexOf(heading);
  expect(start, `section "${heading}" in the document`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('Request Body', start + 1);
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

/** The credits the section lists under a sub-model's name (`text-to-image` then `8 credits`). */
function listedCredits(lines: string[], subModel: string): number | undefined {
  const at = lines.indexOf(subModel);
  const match = at === -1 ? null : /^(\d+) credits$/.exec(lines[at + 1] ?? '');
  return match ? Number(match[1]) : undefined;
}

describe('price audit against vydra-grok-imagine.txt', () => {
  it('every documented entry cites a document and a section', () => {
    for (const [id, entry] of Object.entries(VYDRA_PRICES)) {
      if (entry.confidence !== 'documented') continue;
      const citation = VYDRA_PRICE_CITATIONS[id];
      expect(citation, `${id} has a citation`).toBeDefined();
      expect(citation?.subModels.length, `${id} names the sub-models it prices`).toBeGreaterThan(0);
      expect(entry.source, `${id}: source names document and section`).toContain(
        `${citation?.document}, "${citation?.section}"`,
      );
    }
  });

  it('each documented price is the one the cited section lists for every sub-model it covers', () => {
    for (const [id, entry] of Object.entries(VYDRA_PRICES)) {
      const citation = VYDRA_PRICE_CITATIONS[id];
      if (entry.confidence !== 'documented' || !citation) continue;
      const lines = section(readDocument(citation.document), citation.section);
      for (const subModel of citation.subModels)
        expect(listedCredits(lines, subModel), `${id}: ${subModel} in "${citation.section}"`).toBe(
          entry.credits,
        );
    }
  });

  it('the header range agrees: "8–150 per request"', () => {
    const text = readDocument('vydra-grok-imagine.txt');
    const credits = Object.values(VYDRA_PRICES).map((entry) => entry.credits ?? 0);
    expect(text).toContain(`${Math.min(...credits)}–${Math.max(...credits)} per request`);
  });
});
