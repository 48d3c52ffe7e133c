export { compare, type CompareOptions } from './compare/compare.ts';
export type { CompareRow } from './compare/compare-row.ts';
export { createImagine } from './imagine/create-imagine.ts';
export type { Imagine, ResumeOptions } from './imagine/imagine-types.ts';
export type {
  BudgetConfig,
  GrokImagineConfig,
  PixazoSettings,
  ProviderSettings,
  ProvidersConfig,
  VydraSettings,
  XaiSettings,
} from './config/grok-imagine-config.ts';
export { GrokImagineConfigSchema } from './config/config-schema.ts';
export { API_KEY_ENV, CONFIG_FILE_ENV, PROVIDER_ENV } from './config/api-key-env.ts';
export { BASE_URL_ENV } from './config/base-url-env.ts';
export type { Spend } from './budget/spend-tracker.ts';
export type { JobRecord, JournaledRequest } from './journal/job-record.ts';
export type { JobStore } from './journal/job-store.ts';
export { MemoryJobStore } from './journal/memory-job-store.ts';
export { foldJobRecords } from './journal/fold-job-records.ts';
export type { RoutedJob, RoutingAttempt, RoutingRecord } from './routing/routing-record.ts';
export { isProvablyUnaccepted } from './routing/is-provably-unaccepted.ts';

// What users handle with every call, re-exported so one install is enough.
export {
  AbortedError,
  AuthenticationError,
  BotChallengeError,
  BudgetExceededError,
  ConnectionError,
  ContentPolicyError,
  GrokImagineError,
  InsufficientCreditsError,
  JobExpiredError,
  JobFailedError,
  NotFoundError,
  PermissionError,
  PROVIDER_IDS,
  ProviderError,
  RateLimitError,
  RequestTimeoutError,
  ResponseValidationError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
  WaitTimeoutError,
  formatUsd,
  isTerminal,
  parseJobId,
} from '@grok-imagine/core';
export type {
  Clock,
  GenerationRequest,
  Job,
  JobCost,
  JobError,
  JobOutput,
  JobStatus,
  JobWarning,
  Logger,
  MediaInput,
  PriceConfidence,
  PriceOverride,
  PriceOverrides,
  ProviderId,
  Quote,
  QuoteLine,
  RequestType,
  SubmitOptions,
  WaitOptions,
} from '@grok-imagine/core';
