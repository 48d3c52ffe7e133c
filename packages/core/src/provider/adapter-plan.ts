import type { JobWarning } from '../job/job.ts';
import type { Quote } from '../pricing/quote.ts';

/**
 * How one provider will run one normalized request, decided once per call: `quote` and `start`
 * both use the same plan, so the model or endpoint is chosen in one place. The wire body is built
 * by `start` from the plan, because media inputs are resolved (read, uploaded) only after the
 * quote, and a quote never touches the network.
 */
export interface AdapterPlan {
  /** The provider's model or endpoint the request runs on, e.g. `grok-imagine-video-1.5`. */
  route: string;
  /** The price of the request on this route. */
  quote: Quote;
  /** What the provider will do differently from what was asked (beyond the capability check's warnings). */
  warnings: JobWarning[];
  /** Rate-limit family of the create request, e.g. `image` or `video`. */
  limitKey?: string | undefined;
}
