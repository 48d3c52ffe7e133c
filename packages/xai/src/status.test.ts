import { describe, expect, it, vi } from 'vitest';
import { mapXaiStatus, XAI_STATUSES } from './status.ts';

describe('mapXaiStatus', () => {
  it('maps each documented xAI status onto the same neutral one', () => {
    for (const status of XAI_STATUSES) expect(mapXaiStatus(status)).toBe(status);
  });

  it('treats a missing status as pending without a warning', () => {
    const logger = { warn: vi.fn() };
    expect(mapXaiStatus(undefined, logger)).toBe('pending');
    expect(mapXaiStatus(null, logger)).toBe('pending');
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('keeps an unknown status pending and warns', () => {
    const logger = { warn: vi.fn() };
    expect(mapXaiStatus('queued', logger)).toBe('pending');
    expect(logger.warn).toHaveBeenCalledOnce();
  });
});
