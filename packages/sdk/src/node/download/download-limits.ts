import { ValidationError } from '@grok-imagine/core';
import type { DownloadSettings } from '../../config/download-settings.ts';
import type { MediaKind } from './media-content-type.ts';

/** Default longest wait for the next byte of a download: 30 s. */
export const DEFAULT_DOWNLOAD_STALL_TIMEOUT_MS = 30_000;
/** Default time limit of one output's download, retries included: 10 min. */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 600_000;
/** Default size cap of a downloaded image: 100 MiB. */
export const DEFAULT_DOWNLOAD_MAX_IMAGE_BYTES = 100 * 1024 ** 2;
/** Default size cap of a downloaded video: 2 GiB. */
export const DEFAULT_DOWNLOAD_MAX_VIDEO_BYTES = 2 * 1024 ** 3;

// A day: beyond it a limit is a typo (seconds given as ms ×1000), not an intent.
const MAX_TIMEOUT_MS = 86_400_000;

/** Download settings with every default applied. */
export type ResolvedDownloadSettings = Required<DownloadSettings>;

function checkLimit(field: keyof DownloadSettings, value: number | undefined, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new ValidationError(
      `download ${field} must be a number above 0 and at most ${max}; got ${String(value)}.`,
      {
        field,
        value,
        allowed: `1–${max}`,
      },
    );
  }
}

/** Applies the defaults and checks each limit is a finite, positive number in a sane range. */
export function resolveDownloadSettings(settings: DownloadSettings): ResolvedDownloadSettings {
  checkLimit('stallTimeoutMs', settings.stallTimeoutMs, MAX_TIMEOUT_MS);
  checkLimit('timeoutMs', settings.timeoutMs, MAX_TIMEOUT_MS);
  checkLimit('maxImageBytes', settings.maxImageBytes, Number.MAX_SAFE_INTEGER);
  checkLimit('maxVideoBytes', settings.maxVideoBytes, Number.MAX_SAFE_INTEGER);
  return {
    stallTimeoutMs: settings.stallTimeoutMs ?? DEFAULT_DOWNLOAD_STALL_TIMEOUT_MS,
    timeoutMs: settings.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
    maxImageBytes: settings.maxImageBytes ?? DEFAULT_DOWNLOAD_MAX_IMAGE_BYTES,
    maxVideoBytes: settings.maxVideoBytes ?? DEFAULT_DOWNLOAD_MAX_VIDEO_BYTES,
    allowPrivateHosts: settings.allowPrivateHosts ?? false,
  };
}

/** The size cap for an output of `kind`. */
export function maxBytesFor(settings: ResolvedDownloadSettings, kind: MediaKind): number {
  return kind === 'image' ? settings.maxImageBytes : settings.maxVideoBytes;
}
