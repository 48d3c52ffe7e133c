import { ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { checkReferenceTags } from './reference-tags.ts';

describe('checkReferenceTags', () => {
  it('accepts tags up to the number of references', () => {
    expect(checkReferenceTags('@Image1 hugs @Image2', 2)).toEqual([]);
  });

  it('rejects a tag past the references, naming it and what is allowed', () => {
    expect(() => checkReferenceTags('@Image1 and @Image3', 2)).toThrow(ValidationError);
    expect(() => checkReferenceTags('@Image1 and @Image3', 2)).toThrow(
      'prompt refers to @Image3, but only 2 reference images were given; use @Image1…@Image2.',
    );
    expect(() => checkReferenceTags('@Image0', 1)).toThrow(/@Image0/);
  });

  it('warns when the prompt uses no tag', () => {
    expect(checkReferenceTags('a dog', 1)).toEqual([
      expect.objectContaining({ type: 'other', field: 'prompt', provider: 'pixazo' }),
    ]);
  });
});
