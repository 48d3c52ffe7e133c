import type { Command } from 'commander';

/** The request fields as commander hands them over: strings, still unchecked. */
export interface RequestFlags {
  n?: string;
  aspectRatio?: string;
  resolution?: string;
  format?: string;
  quality?: string;
  /** `--data`: images come back inline (base64) instead of as a temporary URL. */
  data?: boolean;
  duration?: string;
  image?: string[];
  reference?: string[];
  video?: string;
}

/** Collects a repeatable flag (`--image a.png --image b.png`) into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Adds the fields of an image request: `--n`, `--aspect-ratio`, `--resolution`, `--format`, `--quality`, `--data`. */
export function addImageFlags(command: Command): Command {
  return command
    .option('--n <count>', 'number of images (default 1)')
    .option('--aspect-ratio <ratio>', 'e.g. 1:1, 16:9, 9:16, auto (default 1:1; auto for edits)')
    .option('--resolution <tier>', '1k or 2k (default 1k)')
    .option('--format <format>', 'jpeg, png or webp (default jpeg)')
    .option('--quality <tier>', 'standard or quality (default standard)')
    .option('--data', 'return the images inline (base64) instead of as URLs');
}

/** Adds the fields of a video request: `--duration`, `--aspect-ratio`, `--resolution`. */
export function addVideoFlags(command: Command): Command {
  return command
    .option('--duration <seconds>', 'video length in seconds (default 6)')
    .option('--aspect-ratio <ratio>', 'e.g. 16:9, 9:16, 1:1, auto (default 16:9)')
    .option('--resolution <res>', '480p, 720p or 1080p (default 720p)');
}

/** Adds every request field, for `quote` and `compare`, which take any request type. */
export function addAllRequestFlags(command: Command): Command {
  return command
    .option('--n <count>', 'number of images')
    .option('--aspect-ratio <ratio>', 'aspect ratio')
    .option('--resolution <res>', '1k, 2k (images) or 480p, 720p, 1080p (video)')
    .option('--format <format>', 'jpeg, png or webp')
    .option('--quality <tier>', 'standard or quality')
    .option('--duration <seconds>', 'video length in seconds')
    .option('--image <url|path>', 'source image; repeat for several (edits)', collect)
    .option('--reference <url|path>', 'reference image; repeat for several', collect)
    .option('--video <url|path>', 'source video');
}
