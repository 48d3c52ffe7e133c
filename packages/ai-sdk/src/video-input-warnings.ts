import type { Experimental_VideoModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';

/** Warnings for the video options Grok Imagine has no equivalent for; none of them is sent. */
export function videoInputWarnings(options: Experimental_VideoModelV4CallOptions): SharedV4Warning[] {
  const warnings: SharedV4Warning[] = [];
  if (options.fps !== undefined) {
    warnings.push({
      type: 'unsupported',
      feature: 'fps',
      details: 'Grok Imagine picks the frame rate itself.',
    });
  }
  if (options.seed !== undefined) {
    warnings.push({ type: 'unsupported', feature: 'seed', details: 'Grok Imagine takes no seed.' });
  }
  if (options.generateAudio === false) {
    warnings.push({
      type: 'unsupported',
      feature: 'generateAudio',
      details: 'Grok Imagine videos always carry generated audio; it cannot be turned off.',
    });
  }
  if (options.frameImages?.some((frame) => frame.frameType === 'last_frame')) {
    warnings.push({
      type: 'unsupported',
      feature: 'frameImages',
      details: 'Grok Imagine takes a start image only; the last_frame image was not sent.',
    });
  }
  const videoReferences = (options.inputReferences ?? []).filter((file) =>
    ('mediaType' in file ? file.mediaType : undefined)?.startsWith('video/'),
  );
  if (videoReferences.length > 0) {
    warnings.push({
      type: 'unsupported',
      feature: 'inputReferences',
      details: `Grok Imagine references are images; ${videoReferences.length} video reference(s) were not sent.`,
    });
  }
  return warnings;
}
