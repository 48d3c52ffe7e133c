import { buildQuote, ProviderError, quoteLine } from '@grok-imagine/core';
import type {
  MediaInput,
  NormalizedRequest,
  PriceCatalog,
  PriceEntry,
  Quote,
  ResolvedMedia,
} from '@grok-imagine/core';
import type { XaiModels } from './models.ts';
import { XAI_IMAGE_MODEL_PRICES, XAI_MAX_EDIT_INPUT_SECONDS } from './pricing.ts';

function priced(prices: PriceCatalog, id: string): PriceEntry {
  const entry = prices[id];
  // mergeCatalog never drops an id, so a miss means the catalog was built wrongly.
  if (!entry) throw new ProviderError(`xai: price catalog has no entry "${id}".`, { provider: 'xai' });
  return entry;
}

function imageEntryId(model: string, quality: string, notes: string[]): string {
  const known = XAI_IMAGE_MODEL_PRICES[model];
  if (known) return known;
  const fallback = quality === 'quality' ? 'image-pro' : 'image';
  notes.push(`Model ${model} is not in the catalog; priced as ${fallback}.`);
  return fallback;
}

function videoEntryId(model: string, resolution: string, models: XaiModels, notes: string[]): string {
  if (model === models.video1080p) return `video-1.5-${resolution}`;
  if (model !== models.video) notes.push(`Model ${model} is not in the catalog; priced as ${models.video}.`);
  return `video-${resolution === '480p' ? '480p' : '720p'}`;
}

/**
 * Prices a request on the model its plan chose, from xAI's catalog and without network: images per
 * output image (edits also per input image), videos per second by model and resolution. A video edit
 * is priced at the 8.7 s maximum source length and an extension at 720p, since both follow the
 * source video.
 */
export function quoteXai(
  request: NormalizedRequest<MediaInput | ResolvedMedia>,
  model: string,
  prices: PriceCatalog,
  models: XaiModels,
): Quote {
  const notes: string[] = [];
  const line = (id: string, quantity: number) => quoteLine(id, priced(prices, id), quantity);
  switch (request.type) {
    case 'text-to-image':
      return buildQuote(
        'xai',
        request.type,
        [line(imageEntryId(model, request.quality, notes), request.n)],
        notes,
      );
    case 'image-edit': {
      const lines = [
        line(imageEntryId(model, request.quality, notes), request.n),
        line('image-edit-input', request.images.length),
      ];
      notes.push('xAI bills image edits for the input images as well as the outputs.');
      return buildQuote('xai', request.type, lines, notes);
    }
    case 'text-to-video':
    case 'image-to-video':
    case 'reference-to-video':
      return buildQuote(
        'xai',
        request.type,
        [line(videoEntryId(model, request.resolution, models, notes), request.duration)],
        notes,
      );
    case 'video-edit':
      notes.push(
        `Priced at the ${XAI_MAX_EDIT_INPUT_SECONDS} s maximum source length at 720p; xAI bills the edited length, which follows the source video (capped at 720p).`,
      );
      return buildQuote(
        'xai',
        request.type,
        [line(videoEntryId(model, '720p', models, notes), XAI_MAX_EDIT_INPUT_SECONDS)],
        notes,
      );
    case 'video-extend':
      notes.push('Priced at 720p: the extension follows the source video’s resolution (capped at 720p).');
      return buildQuote(
        'xai',
        request.type,
        [line(videoEntryId(model, '720p', models, notes), request.duration)],
        notes,
      );
  }
}
