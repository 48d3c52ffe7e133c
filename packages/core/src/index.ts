export {
  type ApiKeySource,
  type Env,
  findApiKey,
  type MissingApiKey,
  readProcessEnv,
  requireApiKey,
} from './auth/api-key.ts';
export { assertJobDone } from './client/assert-job-done.ts';
export type {
  ClientOptions,
  ImagineClient,
  JobLookupOptions,
  PollOptions,
  ReconcileOutcome,
  SubmitOptions,
  WaitOptions,
} from './client/client-types.ts';
export { createClient } from './client/create-client.ts';
export { type PreparedRequest, prepareNormalized, prepareRequest } from './client/prepare-request.ts';
export {
  DEFAULT_MAX_IMAGE_BYTES,
  DEFAULT_MAX_VIDEO_BYTES,
  type ResolveRequestMediaOptions,
  resolveRequestMedia,
} from './client/resolve-request-media.ts';
export { type Clock, systemClock } from './clock/clock.ts';
export { type Logger, silentLogger } from './clock/logger.ts';
export * from './errors/index.ts';
export {
  type ClassifiedFetchError,
  classifyFetchError,
  isCertificateRefusal,
} from './http/classify-fetch-error.ts';
export {
  createHttpClient,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type HttpClientOptions,
  type ProviderHttpClient,
} from './http/create-http-client.ts';
export { DEFAULT_MAX_BODY_BYTES } from './http/read-body.ts';
export { RETRY_POLICIES, type RetryPolicy } from './http/retry-policy.ts';
export type {
  ErrorParser,
  ErrorResponse,
  HttpClient,
  HttpRequest,
  HttpResponse,
  RequestIntent,
} from './http/http-types.ts';
export { MAX_RETRY_AFTER_MS, parseRetryAfter } from './http/retry-after.ts';
export type { RetryOptions, TransportOptions } from './http/transport-options.ts';
export type { ResponseHeaders } from './http/transport.ts';
export { buildJob, type JobFacts } from './job/build-job.ts';
export { encodeJobId, type ParsedJobId, parseJobId, providerJobIdProblem } from './job/job-id.ts';
export { boundedRaw, MAX_RAW_DEPTH } from './job/bounded-raw.ts';
export {
  isTerminal,
  type Job,
  type JobCost,
  type JobError,
  type JobOutput,
  type JobPhase,
  type JobStatus,
  type JobWarning,
} from './job/job.ts';
export { Ledger, type LedgerOptions } from './ledger/ledger.ts';
export { type LedgerRequest, ledgerJob, ledgerRequest } from './ledger/ledger-request.ts';
export type {
  LedgerEntry,
  LedgerError,
  LedgerEvent,
  LedgerIntent,
  LedgerStore,
  SubmissionState,
} from './ledger/ledger-types.ts';
export { MemoryLedgerStore } from './ledger/memory-ledger-store.ts';
export type { Spend } from './ledger/spend.ts';
export { RateLimiter } from './limiter/rate-limiter.ts';
export type { RateLimitRule } from './limiter/rate-limit-rule.ts';
export { decodeBase64, encodeBase64 } from './media/base64.ts';
export { isDataUri, toDataUri } from './media/data-uri.ts';
export { isMediaInput } from './media/is-media-input.ts';
export type {
  MediaFileReader,
  MediaFileReadOptions,
  MediaInput,
  ResolvedMedia,
} from './media/media-input.ts';
export {
  IMAGE_MIME_TYPES,
  type ImageMimeType,
  mimeTypeFromPath,
  normalizeMimeType,
  VIDEO_MIME_TYPES,
  type VideoMimeType,
} from './media/mime-types.ts';
export { type ResolveMediaOptions, resolveMedia } from './media/resolve-media.ts';
export { sniffMimeType } from './media/sniff-mime-type.ts';
export { summarizeValue } from './media/summarize-value.ts';
export { jobChanged } from './poll/job-changed.ts';
export {
  DEFAULT_POLL_FACTOR,
  DEFAULT_POLL_INITIAL_MS,
  DEFAULT_POLL_JITTER,
  DEFAULT_POLL_MAX_MS,
  pollDelay,
  type ResolvedPollOptions,
  resolvePollOptions,
} from './poll/poll-schedule.ts';
export { isTransientPollError } from './poll/transient-error.ts';
export {
  DEFAULT_MAX_CONSECUTIVE_POLL_ERRORS,
  DEFAULT_WAIT_TIMEOUT_MS,
  type WaitForJobOptions,
  waitForJob,
} from './poll/wait-for-job.ts';
export {
  checkReportedCost,
  MAX_REPORTED_COST_FACTOR,
  MAX_REPORTED_CREDITS_PER_CALL,
  MAX_REPORTED_USD_TICKS_PER_CALL,
  type ReportedCostCheck,
} from './pricing/check-reported-cost.ts';
export { costFromQuote } from './pricing/cost-from-quote.ts';
export { mergeCatalog } from './pricing/merge-catalog.ts';
export { formatUsd, multiplyTicks, TICKS_PER_USD, ticksToUsd, usdToTicks } from './pricing/money.ts';
export type {
  PriceCatalog,
  PriceConfidence,
  PriceEntry,
  PriceOverride,
  PriceOverrides,
  PriceUnit,
} from './pricing/price-catalog.ts';
export { buildQuote, type Quote, type QuoteLine, quoteLine } from './pricing/quote.ts';
export type {
  AssumedRule,
  FieldRule,
  ProviderCapabilities,
  TypeCapability,
} from './provider/capabilities.ts';
export { type CheckCapabilitiesOptions, checkCapabilities } from './provider/check-capabilities.ts';
export { describeFieldRule, violatesFieldRule } from './provider/field-rule-check.ts';
export type { AdapterPlan } from './provider/adapter-plan.ts';
export type {
  NamedStatusResult,
  ReportedCost,
  StartResult,
  StatusResult,
} from './provider/adapter-result.ts';
export type { AccountRateLimits, ProviderAccount } from './provider/provider-account.ts';
export type {
  AdapterContext,
  CreateAttempt,
  PollHint,
  ProviderAdapter,
  StartContext,
  UploadMedia,
  WebhookTarget,
} from './provider/provider-adapter.ts';
export type { ReconcileQuery, ReconcileResult } from './provider/reconcile.ts';
export { isProviderId, PROVIDER_IDS, type ProviderId } from './provider/provider-id.ts';
export { REQUEST_DEFAULTS } from './request/defaults.ts';
export {
  REFERENCE_TAG_PATTERN,
  referenceTagsIn,
  referenceTagWarnings,
  translateReferenceTags,
} from './request/reference-tags.ts';
export { type NormalizeResult, normalizeRequest } from './request/normalize-request.ts';
export { checkWaitOptions, MAX_POLL_INTERVAL_MS, MAX_WAIT_TIMEOUT_MS } from './request/check-wait-options.ts';
export type {
  NormalizedRequest,
  NormalizedRequestOf,
  ProviderOptions,
  ProviderRequest,
} from './request/normalized-request.ts';
export {
  GenerationRequestSchema,
  type GenerationRequest,
  ImageEditRequestSchema,
  type ImageEditRequest,
  ImageToVideoRequestSchema,
  type ImageToVideoRequest,
  MAX_PROMPT_LENGTH,
  ReferenceToVideoRequestSchema,
  type ReferenceToVideoRequest,
  TextToImageRequestSchema,
  type TextToImageRequest,
  TextToVideoRequestSchema,
  type TextToVideoRequest,
  VideoEditRequestSchema,
  type VideoEditRequest,
  VideoExtendRequestSchema,
  type VideoExtendRequest,
} from './request/request-schemas.ts';
export {
  IMAGE_ASPECT_RATIOS,
  IMAGE_DELIVERIES,
  IMAGE_FORMATS,
  IMAGE_REQUEST_TYPES,
  IMAGE_RESOLUTIONS,
  type ImageAspectRatio,
  type ImageDelivery,
  type ImageFormat,
  type ImageResolution,
  isImageRequestType,
  QUALITY_TIERS,
  type QualityTier,
  REQUEST_TYPES,
  type RequestType,
  VIDEO_ASPECT_RATIOS,
  VIDEO_RESOLUTIONS,
  type VideoAspectRatio,
  type VideoResolution,
} from './request/request-types.ts';
