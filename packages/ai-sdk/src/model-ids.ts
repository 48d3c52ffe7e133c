/** The image model ids: the standard tier and the slower, pricier quality tier. */
export const GROK_IMAGINE_IMAGE_MODEL_IDS = ['grok-imagine-image', 'grok-imagine-image-pro'] as const;

/** An image model id of `createGrokImagine`. */
export type GrokImagineImageModelId = (typeof GROK_IMAGINE_IMAGE_MODEL_IDS)[number];

/** The video model ids: the standard model and the 1080p-capable 1.5 model. */
export const GROK_IMAGINE_VIDEO_MODEL_IDS = ['grok-imagine-video', 'grok-imagine-video-1.5'] as const;

/** A video model id of `createGrokImagine`. */
export type GrokImagineVideoModelId = (typeof GROK_IMAGINE_VIDEO_MODEL_IDS)[number];

/** True for a known image model id. */
export function isImageModelId(id: string): id is GrokImagineImageModelId {
  return (GROK_IMAGINE_IMAGE_MODEL_IDS as readonly string[]).includes(id);
}

/** True for a known video model id. */
export function isVideoModelId(id: string): id is GrokImagineVideoModelId {
  return (GROK_IMAGINE_VIDEO_MODEL_IDS as readonly string[]).includes(id);
}

/** The xAI model id the 1.5 video model runs on unless the config names another (`providers.xai.models.video1080p`). */
export const XAI_VIDEO_15_MODEL = 'grok-imagine-video-1.5';
