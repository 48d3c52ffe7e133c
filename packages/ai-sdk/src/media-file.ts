import type { Experimental_VideoModelV4File, ImageModelV4File } from '@ai-sdk/provider';
import type { MediaInput } from '@grok-imagine/sdk';

/**
 * Turns an AI SDK file part into an sdk media input: a URL stays a URL (the provider fetches it),
 * bytes keep their media type, and base64 text becomes a `data:` URI. The sdk then checks size and
 * type, and uploads or inlines as the provider needs.
 */
export function toMediaInput(file: ImageModelV4File | Experimental_VideoModelV4File): MediaInput {
  if (file.type === 'url') return file.url;
  if (typeof file.data === 'string') return `data:${file.mediaType};base64,${file.data}`;
  return { data: file.data, mimeType: file.mediaType };
}

/** The media type of a file part, when it says (URLs may not). */
export function mediaTypeOf(file: ImageModelV4File | Experimental_VideoModelV4File): string | undefined {
  return 'mediaType' in file ? file.mediaType : undefined;
}
