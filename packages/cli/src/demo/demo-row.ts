import type { Job, ProviderId, Quote, RequestType } from '@grok-imagine/sdk/node';

/** One request on one provider, as the demo table shows it. */
export interface DemoRow {
  provider: ProviderId;
  /** `text-to-image` or `text-to-video`. */
  request: RequestType;
  /** A short label, e.g. `image` or `video 6s`. */
  label: string;
  /** The price before the call. */
  quote?: Quote | undefined;
  /** The job as it ended (or as last seen). */
  job?: Job | undefined;
  /** Files written under `out/<provider>/`. */
  files: string[];
  /** Wall time from submission to the last file written, in ms. */
  wallMs: number;
  /** Why the row failed, when it did. */
  error?: { name: string; message: string; exitCode: number } | undefined;
}
