import { translateReferenceTags } from '@grok-imagine/core';

/**
 * xAI's tag for reference image `index` (1-based, in `reference_images` order). docs.x.ai's
 * reference-to-video page writes the prompt as "the model from <IMAGE_1> … the shirt from <IMAGE_2>"
 * for the first two of its `reference_image_urls`.
 */
export function xaiReferenceTag(index: number): string {
  return `<IMAGE_${index}>`;
}

/** A reference-to-video prompt with core's neutral `@image1` tags rewritten as xAI's `<IMAGE_1>`. */
export function toXaiReferencePrompt(prompt: string): string {
  return translateReferenceTags(prompt, xaiReferenceTag);
}
