/**
 * The neutral classification an adapter gives a provider error. `createApiError` turns it into
 * the matching error class. When an adapter gives no kind, the HTTP status decides.
 */
export type ErrorKind =
  | 'validation'
  | 'unsupported'
  | 'authentication'
  | 'permission'
  | 'insufficient-credits'
  | 'not-found'
  | 'rate-limit'
  | 'content-policy'
  | 'provider'
  | 'bot-challenge';
