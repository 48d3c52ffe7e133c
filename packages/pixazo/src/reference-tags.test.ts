import { describe, expect, it } from 'vitest';
import { toPixazoPrompt } from './reference-tags.ts';
import { providerRequest, testAdapter } from './testing/pixazo-test-kit.ts';

const refs = (count: number) => Array.from({ length: count }, (_, i) => `https://a.example/${i}.png`);

describe('reference tags', () => {
  it('writes the neutral @imageN, any case, as Pixazo’s documented @ImageN', () => {
    expect(toPixazoPrompt('@image1 and @IMAGE2 meet @Image3')).toBe('@Image1 and @Image2 meet @Image3');
    expect(toPixazoPrompt('no tags, not even @images or me@image')).toBe(
      'no tags, not even @images or me@image',
    );
  });

  it('the plan has no warning when the tags match the references', () => {
    const plan = testAdapter().plan(
      providerRequest({ type: 'reference-to-video', prompt: '@image1 hugs @image2', references: refs(2) }),
    );
    expect(plan.warnings).toEqual([]);
  });

  it('the plan warns (core’s referenceTagWarnings) when a tag has no reference', () => {
    const plan = testAdapter().plan(
      providerRequest({ type: 'reference-to-video', prompt: '@Image1 and @Image3', references: refs(2) }),
    );
    expect(plan.warnings).toEqual([
      {
        type: 'other',
        field: 'prompt',
        provider: 'pixazo',
        message: 'The prompt names @image3 but only 2 reference image(s) were given.',
      },
    ]);
  });

  it('the plan warns when the prompt names only some references', () => {
    const plan = testAdapter().plan(
      providerRequest({ type: 'reference-to-video', prompt: '@image1 waves', references: refs(3) }),
    );
    expect(plan.warnings).toEqual([
      expect.objectContaining({ field: 'prompt', message: expect.stringContaining('names 1 of the 3') }),
    ]);
  });
});
