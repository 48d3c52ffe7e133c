import type { JobWarning } from '../job/job.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/**
 * The neutral way a reference-to-video prompt points at its reference images: `@image1`, `@image2`, …
 * (1-based, case-insensitive, so Pixazo's documented `@Image1` is already neutral). Each adapter
 * translates it to the provider's own syntax where the provider documents one.
 */
export const REFERENCE_TAG_PATTERN: RegExp = /@image(\d+)\b/gi;

/** The reference numbers a prompt names, in order of first appearance. */
export function referenceTagsIn(prompt: string): number[] {
  const seen: number[] = [];
  for (const match of prompt.matchAll(REFERENCE_TAG_PATTERN)) {
    const index = Number(match[1]);
    if (!seen.includes(index)) seen.push(index);
  }
  return seen;
}

/** Rewrites every neutral tag with `format(n)`, e.g. `(n) => \`<IMAGE_${n}>\``. */
export function translateReferenceTags(prompt: string, format: (index: number) => string): string {
  return prompt.replace(REFERENCE_TAG_PATTERN, (_tag, index: string) => format(Number(index)));
}

/**
 * A warning when the prompt's tags do not match the references given: a tag past the last reference,
 * or references the prompt never names (when it names any).
 */
export function referenceTagWarnings(prompt: string, references: number, provider: ProviderId): JobWarning[] {
  const tags = referenceTagsIn(prompt);
  const beyond = tags.filter((index) => index < 1 || index > references);
  if (beyond.length > 0) {
    return [
      {
        type: 'other',
        field: 'prompt',
        provider,
        message: `The prompt names ${beyond.map((i) => `@image${i}`).join(', ')} but only ${references} reference image(s) were given.`,
      },
    ];
  }
  if (tags.length > 0 && tags.length < references) {
    return [
      {
        type: 'other',
        field: 'prompt',
        provider,
        message: `The prompt names ${tags.length} of the ${references} reference images (@image1 … @image${references}).`,
      },
    ];
  }
  return [];
}
