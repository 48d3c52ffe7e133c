import { type JobWarning, ValidationError } from '@grok-imagine/core';

const TAG = /@Image(\d+)/g;

/**
 * Checks the `@Image1 … @ImageN` tags a reference-to-video prompt uses to place its references.
 * A tag past the number of references (or `@Image0`) is a `ValidationError`: Pixazo would have no
 * image for it. A prompt without any tag is sent as written, with a warning, since Pixazo then
 * decides on its own how the references are used.
 */
export function checkReferenceTags(prompt: string, references: number): JobWarning[] {
  const tags = [...prompt.matchAll(TAG)].map((match) => Number(match[1]));
  const bad = tags.find((k) => k < 1 || k > references);
  if (bad !== undefined) {
    throw new ValidationError(
      `prompt refers to @Image${bad}, but only ${references} reference image${references === 1 ? '' : 's'} ${references === 1 ? 'was' : 'were'} given; use @Image1…@Image${references}.`,
      { provider: 'pixazo', field: 'prompt', value: `@Image${bad}`, allowed: `@Image1–@Image${references}` },
    );
  }
  if (tags.length > 0) return [];
  return [
    {
      type: 'other',
      field: 'prompt',
      provider: 'pixazo',
      message: `The prompt names no reference as @Image1…@Image${references}; Pixazo places references by these tags.`,
    },
  ];
}
