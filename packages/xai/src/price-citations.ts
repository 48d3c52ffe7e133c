/** Where a documented price is written: a shared document, the section, and the words that state it. */
export interface XaiPriceCitation {
  /** Path under the project's shared folder, e.g. `provider-docs/vydra-grok-imagine.txt`. */
  document: string;
  /** The section heading the excerpt sits under, as written. */
  section: string;
  /** The words of the document, verbatim (whitespace aside). */
  excerpt: string;
}

const VYDRA_DOC = 'provider-docs/vydra-grok-imagine.txt';
const XAI_DOC = 'provider-docs/xai-grok-imagine.md';
const DESIGN = 'DESIGN.md';
const VYDRA_COSTS = 'Sub-models & Credit Costs';
const PROVIDER_FACTS = '## Provider facts beyond the documents';

/**
 * The text behind every `documented` xAI price. The xAI document itself lists no prices; Vydra's
 * document, which resells xAI's API, states xAI's upstream prices, and the design notes record them
 * as confirmed. A test reads each document and checks the excerpt and the price are there.
 */
export const XAI_PRICE_CITATIONS: Readonly<Record<string, readonly XaiPriceCitation[]>> = Object.freeze({
  image: [
    { document: VYDRA_DOC, section: VYDRA_COSTS, excerpt: 'Uses grok-imagine-image ($0.02/image upstream).' },
    { document: DESIGN, section: PROVIDER_FACTS, excerpt: 'Prices: image $0.02;' },
  ],
  'video-480p': [
    { document: VYDRA_DOC, section: VYDRA_COSTS, excerpt: 'Default 6 seconds at $0.05/sec upstream.' },
    // The upstream rate is for a default request, and xAI's default resolution is 480p.
    {
      document: XAI_DOC,
      section: '### Start Video Generation',
      excerpt: '`"480p"` or `"720p"`. Default: `"480p"`.',
    },
    { document: DESIGN, section: PROVIDER_FACTS, excerpt: 'video $0.05/s at 480p' },
  ],
});

/** A price entry's `source`: each cited document and section, `;`-separated. */
export function citedSource(citations: readonly XaiPriceCitation[]): string {
  return citations
    .map((citation) => `${citation.document} § ${citation.section.replace(/^#+\s*/, '')}`)
    .join('; ');
}
