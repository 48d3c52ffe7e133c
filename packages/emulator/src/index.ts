export {
  DEFAULT_EMULATOR_KEYS,
  DEFAULT_RATE_LIMITS,
  type EmulatorKeys,
  type EmulatorOptions,
} from './emulator/emulator-options.ts';
export type { Emulator, EmulatorJob } from './emulator/emulator.ts';
export { startEmulator } from './emulator/start-emulator.ts';
export {
  FAULT_KINDS,
  type FaultFilter,
  type FaultKind,
  type FaultRule,
  type FaultScript,
  type FaultStep,
  type FaultTarget,
} from './faults/fault-types.ts';
export type { MediaRequestRecord } from './media/media-server.ts';
export type { CreatedJob } from './server/emulator-state.ts';
export type { RateLimitRule } from './server/rate-limiter.ts';
export type { AuthState, RecordedRequest } from './server/request-log.ts';
export { createManualClock, type EmulatorClock, type ManualClock } from './state/clock.ts';
export type { JobPhase } from './state/job-record.ts';
export type { Outcome } from './state/outcome.ts';
export type { ProviderName } from './state/provider-name.ts';
export type { EmulatorTimings } from './state/timings.ts';
export type { WebhookDelivery } from './webhooks/webhook-dispatcher.ts';
