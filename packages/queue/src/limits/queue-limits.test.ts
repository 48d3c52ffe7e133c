import { describe, expect, it } from 'vitest';
import { XAI_DEFAULT_LIMITS } from '../../../xai/src/limits.ts';
import { VYDRA_DEFAULT_LIMITS, VYDRA_MAX_CONCURRENT_JOBS } from '../../../vydra/src/limits.ts';
import { createXaiAdapter } from '../../../xai/src/index.ts';
import { DOCUMENTED_LIMITS, resolveProviderLimits } from './queue-limits.ts';

describe('queue limits', () => {
  it('default to the same documented figures the adapters use in one process', () => {
    expect(DOCUMENTED_LIMITS.xai.rules).toEqual(XAI_DEFAULT_LIMITS);
    expect(DOCUMENTED_LIMITS.xai.maxConcurrentJobs).toBe(
      createXaiAdapter({ apiKey: 'k' }).capabilities.maxConcurrentJobs,
    );
    expect(DOCUMENTED_LIMITS.vydra.rules).toEqual(VYDRA_DEFAULT_LIMITS);
    expect(DOCUMENTED_LIMITS.vydra.maxConcurrentJobs).toBe(VYDRA_MAX_CONCURRENT_JOBS);
  });

  it('take the queue option first, then the sdk config, then the documented figures', () => {
    const own = [{ key: '*', limit: 3, intervalMs: 1_000 }];
    const sdk = [{ key: '*', limit: 7, intervalMs: 1_000 }];
    expect(
      resolveProviderLimits(
        'xai',
        { xai: { rules: own, maxConcurrentJobs: 2 } },
        { limits: sdk, maxConcurrentJobs: 9 },
      ),
    ).toEqual({
      rules: own,
      maxConcurrentJobs: 2,
    });
    expect(resolveProviderLimits('xai', {}, { limits: sdk, maxConcurrentJobs: 9 })).toEqual({
      rules: sdk,
      maxConcurrentJobs: 9,
    });
    expect(resolveProviderLimits('vydra', undefined, {})).toEqual({
      rules: VYDRA_DEFAULT_LIMITS,
      maxConcurrentJobs: 2,
    });
    expect(resolveProviderLimits('pixazo', undefined, {})).toEqual({
      rules: [],
      maxConcurrentJobs: undefined,
    });
    expect(resolveProviderLimits('xai', { xai: { rules: false, maxConcurrentJobs: false } }, {})).toEqual({
      rules: [],
      maxConcurrentJobs: undefined,
    });
  });
});
