/** An image reference in an edit body. */
export interface XaiImageRef {
  /** Public URL or `data:` URI. */
  url: string;
  type: 'image_url';
}

/** JSON body of `POST /images/generations`. */
export interface XaiImageGenerationBody {
  model: string;
  prompt: string;
  n: number;
  aspect_ratio: string;
  resolution: string;
  response_format: 'url' | 'b64_json';
}

/** JSON body of `POST /images/edits`: `image` for one source, `images` for several. */
export interface XaiImageEditBody {
  model: string;
  prompt: string;
  image?: XaiImageRef;
  images?: XaiImageRef[];
  n: number;
  resolution: string;
  aspect_ratio?: string;
  response_format: 'url' | 'b64_json';
}

/** JSON body of `POST /videos/generations` (text-, image- and reference-to-video). */
export interface XaiVideoGenerationBody {
  model: string;
  prompt: string;
  duration: number;
  aspect_ratio?: string;
  resolution: string;
  image?: { url: string };
  reference_images?: { url: string }[];
}

/** JSON body of `POST /videos/edits`, the edit form xAI's current API and the AI SDK use. */
export interface XaiVideoEditBody {
  model: string;
  prompt: string;
  video: { url: string };
}

/** The edit form the seed document describes: `POST /videos/generations` with `video_url`. */
export interface XaiVideoEditUrlBody {
  model: string;
  prompt: string;
  video_url: string;
}

/** JSON body of `POST /videos/extensions`. */
export interface XaiVideoExtensionBody {
  model: string;
  prompt: string;
  video: { url: string };
  duration: number;
}
