export { AbortedError } from './aborted-error.ts';
export { AuthenticationError } from './authentication-error.ts';
export { BotChallengeError } from './bot-challenge-error.ts';
export { BudgetExceededError } from './budget-exceeded-error.ts';
export { ConnectionError } from './connection-error.ts';
export { ContentPolicyError } from './content-policy-error.ts';
export { type ApiErrorDetails, createApiError } from './create-api-error.ts';
export type { Acceptance, ErrorKind, SdkErrorKind } from './error-kind.ts';
export { GrokImagineError, type GrokImagineErrorOptions } from './grok-imagine-error.ts';
export { InsufficientCreditsError } from './insufficient-credits-error.ts';
export { JobExpiredError } from './job-expired-error.ts';
export { JobFailedError } from './job-failed-error.ts';
export { NotFoundError } from './not-found-error.ts';
export { PermissionError } from './permission-error.ts';
export { ProviderError } from './provider-error.ts';
export { RateLimitError } from './rate-limit-error.ts';
export { RequestTimeoutError } from './request-timeout-error.ts';
export { ResponseValidationError } from './response-validation-error.ts';
export {
  SubmissionUncertainError,
  type SubmissionUncertainErrorOptions,
} from './submission-uncertain-error.ts';
export { UnsupportedError } from './unsupported-error.ts';
export { ValidationError, type ValidationErrorOptions } from './validation-error.ts';
export { WaitTimeoutError } from './wait-timeout-error.ts';
