import type { SharedV4Warning } from '@ai-sdk/provider';
import type { JobWarning } from '@grok-imagine/sdk';

/**
 * A job's warnings in the AI SDK's kinds: a field the provider ignores is `unsupported` (feature =
 * the neutral field); a moderated output and anything else is `other`. The sdk's messages already
 * name the provider.
 */
export function toAiSdkWarnings(warnings: readonly JobWarning[]): SharedV4Warning[] {
  return warnings.map((warning): SharedV4Warning => {
    const message =
      warning.message ??
      `${warning.provider} reported a ${warning.type} warning${warning.field ? ` on ${warning.field}` : ''}.`;
    if (warning.type === 'unsupported' && warning.field) {
      return { type: 'unsupported', feature: warning.field, details: message };
    }
    return { type: 'other', message };
  });
}
