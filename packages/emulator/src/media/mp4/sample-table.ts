import { fullBox, box, u32 } from './iso-box.ts';

/** Where the samples are and how long each lasts. */
export interface SampleLayout {
  /** Size in bytes of each sample, in decoding order. */
  sizes: readonly number[];
  /** Every sample lasts this long, in media timescale units. */
  delta: number;
  /** File offset of the first sample: all samples sit back to back in one chunk. */
  chunkOffset: number;
}

/**
 * `stbl` for one chunk of equally long samples where only the first is a sync (IDR) sample:
 * `stsd`, `stts`, `stss`, `stsc`, `stsz`, `stco`.
 */
export function sampleTable(sampleEntry: Buffer, samples: SampleLayout): Buffer {
  const count = samples.sizes.length;
  return box(
    'stbl',
    fullBox('stsd', 0, u32(1), sampleEntry),
    fullBox('stts', 0, u32(1, count, samples.delta)),
    fullBox('stss', 0, u32(1, 1)),
    fullBox('stsc', 0, u32(1, 1, count, 1)), // first chunk 1 holds every sample, description 1
    fullBox('stsz', 0, u32(0, count, ...samples.sizes)),
    fullBox('stco', 0, u32(1, samples.chunkOffset)),
  );
}
