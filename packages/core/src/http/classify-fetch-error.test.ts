import { describe, expect, it } from 'vitest';
import { classifyFetchError, isCertificateRefusal } from './classify-fetch-error.ts';

const failure = (code: string) => Object.assign(new Error(`failed: ${code}`), { code });

describe('isCertificateRefusal', () => {
  it.each([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  ])('%s is a refused certificate', (code) => {
    expect(isCertificateRefusal(code)).toBe(true);
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPROTO', undefined])('%s is not', (code) => {
    expect(isCertificateRefusal(code)).toBe(false);
  });
});

describe('classifyFetchError', () => {
  it('a refused certificate, found in the cause chain: never sent, not retryable, said plainly', () => {
    const cause = new TypeError('fetch failed', { cause: failure('CERT_HAS_EXPIRED') });
    const { error, notSent } = classifyFetchError(cause, 'xai', 'https://api.x.ai/v1/images/generations');
    expect(notSent).toBe(true);
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'CERT_HAS_EXPIRED', retryable: false });
    expect(error.message).toBe(
      'xai: the TLS certificate of https://api.x.ai/v1/images/generations was refused (CERT_HAS_EXPIRED); not retried.',
    );
  });

  it('a reset: may have been sent, retryable', () => {
    const { error, notSent } = classifyFetchError(failure('ECONNRESET'), 'xai', 'https://api.x.ai/v1/x');
    expect(notSent).toBe(false);
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'ECONNRESET', retryable: true });
  });
});
