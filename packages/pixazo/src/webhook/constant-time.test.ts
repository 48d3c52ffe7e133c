import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constant-time.ts';

describe('constantTimeEqual', () => {
  it('is true only for the same UTF-8 bytes', () => {
    expect(constantTimeEqual('s3cret-ü', 's3cret-ü')).toBe(true);
    expect(constantTimeEqual('s3cret-u', 's3cret-ü')).toBe(false);
    expect(constantTimeEqual('s3cret', 's3cret-ü')).toBe(false);
    expect(constantTimeEqual('s3cret-üx', 's3cret-ü')).toBe(false);
    expect(constantTimeEqual('', 'x')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
