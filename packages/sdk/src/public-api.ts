// What every entry of the sdk exports besides its `createImagine` (and the main entry's `compare`).
export type { Imagine, ResubmitOptions, ResumeOptions } from './imagine/imagine-types.ts';
export type { ResumeReport, UncertainSubmission } from './imagine/resume-report.ts';
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
export type { DownloadSettings } from './config/download-settings.ts';
export type { RoutedJob, RoutingAttempt, RoutingRecord } from './routing/routing-record.ts';
export {
  DEFAULT_MAX_OUTPUT_BYTES,
  fetchOutputBytes,
  type FetchOutputBytesOptions,
  type OutputBytes,
} from './media/fetch-output-bytes.ts';

// The shared vocabularies (what each field may be), for forms, CLIs and validation of your own.
export {
  IMAGE_ASPECT_RATIOS,
  IMAGE_FORMATS,
  IMAGE_RESOLUTIONS,
  isProviderId,
  QUALITY_TIERS,
  REQUEST_TYPES,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
} from '@grok-imagine/core';
export type { TextToImageRequest, TextToVideoRequest } from '@grok-imagine/core';

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
  Ledger,
  MemoryLedgerStore,
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
  assertJobDone,
  formatUsd,
  isTerminal,
  parseJobId,
} from '@grok-imagine/core';
export type {
  AssumedRule,
  Clock,
  FieldRule,
  GenerationRequest,
  Job,
  JobCost,
  JobError,
  JobOutput,
  JobStatus,
  JobWarning,
  LedgerEntry,
  LedgerEvent,
  LedgerRequest,
  LedgerStore,
  Logger,
  MediaInput,
  PriceCatalog,
  PriceConfidence,
  PriceEntry,
  PriceOverride,
  PriceOverrides,
  PriceUnit,
  ProviderAccount,
  ProviderCapabilities,
  ProviderId,
  Quote,
  QuoteLine,
  RequestType,
  Spend,
  SubmissionState,
  SubmitOptions,
  TypeCapability,
  WaitOptions,
  WebhookTarget,
} from '@grok-imagine/core';
