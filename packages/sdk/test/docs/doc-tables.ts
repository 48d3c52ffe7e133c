import { fileURLToPath } from 'node:url';
import { compare, createImagine, PROVIDER_IDS, type ProviderId } from '../../src/index.ts';
import { renderCapabilityTable } from './capability-table.ts';
import {
  renderCatalogTable,
  renderExamplesTable,
  renderPriceTable,
  type PriceExample,
} from './price-table.ts';

/** One generated section: the file it sits in, its marker name, and how to render it. */
export interface DocTable {
  /** Path from the repository root. */
  file: string;
  /** Marker name: the section sits between `<!-- name:start -->` and `<!-- name:end -->`. */
  name: string;
  render(): Promise<string>;
}

/** The repository root, from this file's place in it. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

// The shipped data, as a user without config sees it: no keys, no overrides, no usdPerCredit.
const imagine = createImagine({ env: {} });
const each = <T>(read: (provider: ProviderId) => T) =>
  Object.fromEntries(PROVIDER_IDS.map((provider) => [provider, read(provider)])) as Record<ProviderId, T>;

const image = 'https://cdn.example/photo.jpg';
const video = 'https://cdn.example/clip.mp4';

/** The requests of docs/pricing.md's worked examples. */
export const PRICE_EXAMPLES: readonly PriceExample[] = [
  { label: 'text-to-image (defaults)', request: { type: 'text-to-image', prompt: 'p' } },
  {
    label: "text-to-image, `quality: 'quality'`",
    request: { type: 'text-to-image', prompt: 'p', quality: 'quality' },
  },
  { label: 'text-to-image, `n: 4`', request: { type: 'text-to-image', prompt: 'p', n: 4 } },
  { label: 'image-edit, one source image', request: { type: 'image-edit', prompt: 'p', image } },
  {
    label: 'text-to-video, 6 s, 720p (defaults)',
    request: { type: 'text-to-video', prompt: 'p', duration: 6 },
  },
  {
    label: 'text-to-video, 6 s, 480p',
    request: { type: 'text-to-video', prompt: 'p', duration: 6, resolution: '480p' },
  },
  {
    label: 'text-to-video, 12 s, 720p',
    request: { type: 'text-to-video', prompt: 'p', duration: 12 },
  },
  {
    label: 'text-to-video, 6 s, 1080p',
    request: { type: 'text-to-video', prompt: 'p', duration: 6, resolution: '1080p' },
  },
  {
    label: 'reference-to-video, 6 s, 720p',
    request: { type: 'reference-to-video', prompt: '@image1 waves', references: [image], duration: 6 },
  },
  { label: 'video-edit (URL source)', request: { type: 'video-edit', prompt: 'p', video } },
];

/** Every generated section of the docs. `pnpm docs:tables` rewrites them; a test compares them. */
export const DOC_TABLES: readonly DocTable[] = [
  {
    file: 'README.md',
    name: 'capability-table',
    render: async () => renderCapabilityTable(each((provider) => imagine.capabilities(provider))),
  },
  {
    file: 'README.md',
    name: 'price-table',
    render: async () => renderPriceTable(each((provider) => imagine.prices(provider))),
  },
  ...PROVIDER_IDS.map((provider) => ({
    file: 'docs/pricing.md',
    name: `price-catalog-${provider}`,
    render: async () => renderCatalogTable(imagine.prices(provider)),
  })),
  {
    file: 'docs/pricing.md',
    name: 'price-examples',
    render: async () => {
      const examples = [];
      for (const { label, request } of PRICE_EXAMPLES)
        examples.push({ label, rows: await compare(request, { config: { env: {} } }) });
      return renderExamplesTable(PROVIDER_IDS, examples);
    },
  },
];
