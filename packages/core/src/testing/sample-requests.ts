import type { ProviderCapabilities } from '../provider/capabilities.ts';
import { normalizeRequest } from '../request/normalize-request.ts';
import type { GenerationRequest } from '../request/request-schemas.ts';
import type { RequestType } from '../request/request-types.ts';

const IMAGE_URL = 'https://media.example.com/contract/source.png';
const VIDEO_URL = 'https://media.example.com/contract/source.mp4';

/**
 * One minimal valid request per type (only required fields, so core's defaults apply). The contract
 * suite quotes these and uses them to probe unsupported types; they never reach the network.
 */
export const SAMPLE_REQUESTS: Readonly<Record<RequestType, GenerationRequest>> = {
  'text-to-image': { type: 'text-to-image', prompt: 'A lighthouse at dusk, oil painting' },
  'image-edit': { type: 'image-edit', prompt: 'Add falling snow', image: IMAGE_URL },
  'text-to-video': { type: 'text-to-video', prompt: 'Waves rolling onto a beach at sunrise' },
  'image-to-video': { type: 'image-to-video', prompt: 'The camera slowly pans right', image: IMAGE_URL },
  'reference-to-video': {
    type: 'reference-to-video',
    prompt: '@Image1 walks through a market',
    references: [IMAGE_URL],
  },
  'video-edit': { type: 'video-edit', prompt: 'Make it black and white', video: VIDEO_URL },
  'video-extend': { type: 'video-extend', prompt: 'The bird flies off', video: VIDEO_URL },
};

/**
 * The sample request of `type`, adjusted to what the provider allows: where core's default (or the
 * sample's value) falls outside one of the provider's enum or range rules, the first allowed value
 * (or the nearest bound) is set explicitly. Lets the suite quote every supported type, while a
 * plain request still gets the honest `ValidationError`.
 */
export function sampleRequestFor(type: RequestType, capabilities: ProviderCapabilities): GenerationRequest {
  const sample: Record<string, unknown> = { ...SAMPLE_REQUESTS[type] };
  const normalized = normalizeRequest(sample).request as unknown as Record<string, unknown>;
  for (const [field, rule] of Object.entries(capabilities.types[type]?.fields ?? {})) {
    const value = normalized[field];
    if (rule.kind === 'enum' && value !== undefined && !rule.values.includes(String(value))) {
      sample[field] = rule.values[0];
    } else if (rule.kind === 'range' && typeof value === 'number' && (value < rule.min || value > rule.max)) {
      sample[field] = Math.min(Math.max(value, rule.min), rule.max);
    }
  }
  return sample as GenerationRequest;
}
