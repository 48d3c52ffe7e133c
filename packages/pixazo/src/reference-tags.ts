import { translateReferenceTags } from '@grok-imagine/core';

/**
 * The prompt as Pixazo reads it: core's neutral reference tags (`@image1`, any case) become the
 * documented `@Image1 … @Image7`, which point at `reference_image_urls` in order. The rest of the
 * prompt is sent as written.
 */
export function toPixazoPrompt(prompt: string): string {
  return translateReferenceTags(prompt, (index) => `@Image${index}`);
}
