import {
  IMAGE_ASPECT_RATIOS,
  IMAGE_FORMATS,
  IMAGE_RESOLUTIONS,
  QUALITY_TIERS,
  REQUEST_TYPES,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
} from '@grok-imagine/core';
import fc from 'fast-check';

/** The request fields a neutral request may have; a refusal must name one of them (or `request`). */
export const REQUEST_FIELDS = [
  'type',
  'prompt',
  'n',
  'aspectRatio',
  'resolution',
  'duration',
  'format',
  'quality',
  'delivery',
  'image',
  'images',
  'references',
  'video',
  'providerOptions',
] as const;

/** Values of the wrong type for any field. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, 1e308, -0),
  fc.string({ maxLength: 12 }),
  fc.constant({}),
  fc.constant([]),
);

/** A value from `allowed` most of the time, anything else sometimes. */
const mostly = <T>(allowed: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...allowed), weight: 4 }, junk);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Media inputs: public URLs, data URIs, bytes, and what is not media at all. */
const mediaInput = fc.oneof(
  fc.constantFrom(
    'https://cdn.example.com/a.png',
    'https://cdn.example.com/v.mp4',
    'data:image/png;base64,iVBORw0KGgo=',
    'http://127.0.0.1/a.png',
  ),
  fc.constant(PNG),
  fc.constant({ data: PNG, mimeType: 'image/png' }),
  fc.constantFrom(
    'ftp://cdn.example.com/a.png',
    'not a url',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '',
  ),
  fc.constant({ path: '/definitely/not/here.png' }),
  junk,
);

/** A circular object, a BigInt, a function, class instances: values no journal can hold. */
const unjournalable = fc.oneof(
  fc.constant(() => 1),
  fc.constant(10n),
  fc.constant(new Date(0)),
  fc.constant(new Map([[1, 2]])),
  fc.constant(Symbol('s')),
  fc.constant(Number.NaN),
  fc.constant(
    (() => {
      const cycle: Record<string, unknown> = { a: 1 };
      cycle.self = cycle;
      return cycle;
    })(),
  ),
);

/** `providerOptions`: plain JSON usually, sometimes with something that cannot be journaled inside. */
const providerOptions = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  fc.record({
    xai: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  }),
  fc.record({ pixazo: fc.record({ x: unjournalable }) }),
  fc.record({ vydra: fc.record({ deep: fc.record({ x: unjournalable }) }) }),
  junk,
);

const imageMedia = fc.constantFrom('https://cdn.example.com/a.png', 'data:image/png;base64,iVBORw0KGgo=');
const prompt = fc.constantFrom('a red fox', 'a cat on a boat at dawn', 'two birds, @Image1 and @Image2');
const imageFields = {
  prompt,
  n: fc.integer({ min: 1, max: 4 }),
  aspectRatio: fc.constantFrom(...IMAGE_ASPECT_RATIOS),
  resolution: fc.constantFrom(...IMAGE_RESOLUTIONS),
  format: fc.constantFrom(...IMAGE_FORMATS),
  quality: fc.constantFrom(...QUALITY_TIERS),
};
const videoFields = {
  prompt,
  duration: fc.integer({ min: 1, max: 15 }),
  aspectRatio: fc.constantFrom(...VIDEO_ASPECT_RATIOS),
  resolution: fc.constantFrom('480p', '720p', '1080p'),
};

/** Each type with the fields it takes, in range as the core schema sees them (a provider may still refuse). */
const byType = {
  'text-to-image': fc.record(imageFields, { requiredKeys: ['prompt'] }),
  'image-edit': fc.oneof(
    fc.record({ ...imageFields, image: imageMedia }, { requiredKeys: ['prompt', 'image'] }),
    fc.record(
      { ...imageFields, images: fc.array(imageMedia, { minLength: 1, maxLength: 3 }) },
      { requiredKeys: ['prompt', 'images'] },
    ),
  ),
  'text-to-video': fc.record(videoFields, { requiredKeys: ['prompt'] }),
  'image-to-video': fc.record({ ...videoFields, image: imageMedia }, { requiredKeys: ['prompt', 'image'] }),
  'reference-to-video': fc.record(
    { ...videoFields, references: fc.array(imageMedia, { minLength: 1, maxLength: 3 }) },
    { requiredKeys: ['prompt', 'references'] },
  ),
  'video-edit': fc.record(
    {
      prompt,
      video: fc.constant('https://cdn.example.com/v.mp4'),
      resolution: fc.constantFrom('auto', '480p', '720p'),
    },
    { requiredKeys: ['prompt', 'video'] },
  ),
  'video-extend': fc.record(
    {
      prompt,
      video: fc.constant('https://cdn.example.com/v.mp4'),
      duration: fc.integer({ min: 1, max: 15 }),
    },
    { requiredKeys: ['prompt', 'video'] },
  ),
} as const;

/** What can be done to a request to break it: a field set to anything, or an unknown field added. */
const mutation = fc.oneof(
  fc.record({ field: fc.constantFrom(...REQUEST_FIELDS), value: fc.oneof(junk, mediaInput) }),
  fc.record({ field: fc.constant('providerOptions'), value: providerOptions }),
  fc.record({ field: fc.constantFrom('n', 'duration'), value: fc.integer({ min: -3, max: 40 }) }),
  fc.record({
    field: fc.constantFrom('aspectRatio', 'resolution'),
    value: mostly([...IMAGE_ASPECT_RATIOS, ...VIDEO_RESOLUTIONS]),
  }),
  fc.record({ field: fc.constant('prompt'), value: fc.constantFrom('', '   ', 'x'.repeat(20_001)) }),
  fc.record({ field: fc.constant('colour'), value: junk }),
);

/**
 * Neutral requests, valid and invalid: every type with its own fields in range (so a good share is
 * accepted), then none, one or two mutations — a field of another type, out of range, of the wrong
 * type, media that is not media, `providerOptions` holding a function, BigInt or cycle, an unknown field.
 */
export const requestArbitrary = fc
  .constantFrom(...REQUEST_TYPES)
  .chain((type) =>
    fc.tuple(
      byType[type].map((fields) => ({ type, ...fields }) as Record<string, unknown>),
      fc.array(mutation, { maxLength: 2 }),
    ),
  )
  .map(([request, mutations]) => {
    const copy = { ...request };
    for (const { field, value } of mutations) copy[field] = value;
    return copy;
  });
