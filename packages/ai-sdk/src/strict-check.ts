import { type SharedV4Warning, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { compare, type ProviderId } from '@grok-imagine/sdk';
import { toAiSdkWarnings } from './job-warnings.ts';
import type { MappedCall } from './mapped-call.ts';

function describeWarning(warning: SharedV4Warning): string {
  switch (warning.type) {
    case 'unsupported':
    case 'compatibility':
      return warning.details ? `${warning.feature}: ${warning.details}` : warning.feature;
    case 'deprecated':
      return `${warning.setting}: ${warning.message}`;
    case 'other':
      return warning.message;
  }
}

function featureOf(warning: SharedV4Warning): string {
  if (warning.type === 'deprecated') return warning.setting;
  return warning.type === 'other' ? 'request' : warning.feature;
}

/**
 * For a call with `strict: true`: collects this package's warnings and the fields the provider
 * would ignore (worked out offline, as `compare` does), and refuses the call with an
 * `UnsupportedFunctionalityError` listing them all, before anything is sent.
 */
export async function refuseWarningsWhenStrict(call: MappedCall, provider: ProviderId): Promise<void> {
  if (!call.strict) return;
  // Capability warnings depend on the provider alone, so no configuration (and no key) is needed.
  const [row] = await compare(call.request, { providers: [provider], config: { env: {} } });
  const warnings = [...call.warnings, ...toAiSdkWarnings(row?.warnings ?? [])];
  if (warnings.length === 0) return;
  throw new UnsupportedFunctionalityError({
    functionality: featureOf(warnings[0]!),
    message: `strict: this call would run with ${warnings.length} warning(s) on ${provider}: ${warnings.map(describeWarning).join('; ')}`,
  });
}
