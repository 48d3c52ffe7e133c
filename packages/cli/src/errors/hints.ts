import { GrokImagineError, isProviderId } from '@grok-imagine/sdk/node';
import { API_KEY_ENV, DEFAULT_CONFIG_FILE } from '@grok-imagine/sdk/node';
import { JOB_ALREADY_ENDED } from '../commands/cancel-job.ts';

/** `aspectRatio` → `--aspect-ratio`: the flag a user types for a neutral field. */
export function flagForField(field: string): string {
  const base = field.replace(/\[\d+\]$/, '').replace(/\..*$/, '');
  const flags: Record<string, string> = { images: 'image', references: 'reference', delivery: 'data' };
  const name = flags[base] ?? base;
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function describeAllowed(allowed: string | readonly (string | number)[]): string {
  return typeof allowed === 'string' ? allowed : allowed.join(', ');
}

function keyHint(error: GrokImagineError): string {
  const provider = error.provider;
  if (!isProviderId(provider)) return 'set the API key of the provider you use, or pass --emulator';
  const env = API_KEY_ENV[provider];
  if (error.code === 'missing_api_key') {
    return `set ${env} (or providers.${provider}.apiKey in ${DEFAULT_CONFIG_FILE}), or pass --emulator to try it locally`;
  }
  return `${provider} rejected the key: check ${env} (or providers.${provider}.apiKey in ${DEFAULT_CONFIG_FILE})`;
}

function jobId(error: GrokImagineError): string | undefined {
  const job = (error as { job?: { id?: unknown } }).job;
  return typeof job?.id === 'string' ? job.id : undefined;
}

function paidJobHint(error: GrokImagineError): string {
  const id = jobId(error) ?? '<id>';
  const { step, cause } = error as GrokImagineError & { step?: string };
  if (step === 'wait') return `the job goes on: \`grok-imagine wait ${id}\` finishes and downloads it`;
  const exists = GrokImagineError.isInstance(cause) && cause.code === 'file_exists';
  return exists
    ? `\`grok-imagine download ${id} --overwrite\` replaces the files, or pass another --out`
    : `the job is done: \`grok-imagine download ${id}\` saves its outputs once the cause is fixed`;
}

function unsupportedHint(error: GrokImagineError): string {
  switch (error.code) {
    case 'cancel_unsupported':
      return 'only Vydra jobs can be cancelled; the job keeps running';
    case 'ignored_field':
      return `drop the field, or set "strict": false in ${DEFAULT_CONFIG_FILE}`;
    case 'video_url_required':
      return 'host the video where xAI can fetch it and pass its https:// URL; xAI takes no local video file';
    case 'public_url_required':
    case 'inline_media_unsupported':
      // `uploadMedia` is a function, so only SDK code (not the CLI's JSON config) can set it.
      return `pass an https:// URL that ${error.provider ?? 'the provider'} can fetch; xai takes local images (--provider xai), and in the SDK an uploadMedia hook can host local files`;
    case 'image_job_not_stored':
      return 'xAI image jobs end at submit, so there is nothing to look up: the image command already printed (and saved) the result';
    case 'unsupported_request_type':
      return 'run `grok-imagine compare <type> <prompt>` to see which providers support it';
    default:
      return 'see `grok-imagine <command> --help`, or `grok-imagine compare <type> <prompt>` for what each provider supports';
  }
}

/** The hint for a bad value of `field`, which is a positional argument or the flag a user typed. */
function validationHint(field: string, allowed: unknown, on: string): string {
  if (field === 'id') {
    return 'a job id is <provider>:<provider job id>, e.g. xai:1234abcd; `grok-imagine jobs` lists the jobs this directory has run';
  }
  const flag = ['request', 'prompt', 'type'].includes(field) ? field : flagForField(field);
  return `${flag}${on} allows: ${describeAllowed(allowed as string | readonly (string | number)[])}`;
}

/**
 * The second line printed under an error: what to do about it. Reads the error's kind, code,
 * provider and fields — never its message text.
 */
export function hintFor(error: unknown): string | undefined {
  if (!GrokImagineError.isInstance(error)) return undefined;
  const on = error.provider ? ` on ${error.provider}` : '';
  switch (error.kind) {
    case 'authentication':
      return keyHint(error);
    case 'permission':
      return `the ${error.provider ?? 'provider'} key lacks permission for this call; check its scopes`;
    case 'insufficient-credits':
      return `top up your ${error.provider ?? 'provider'} account, or switch with --provider`;
    case 'budget':
      return 'the quote is over the budget in your config (budget.maxUsdPerCall / budget.maxUsdTotal)';
    case 'validation': {
      if (error.code === 'file_exists') return 'pass --overwrite to replace it, or choose another --out';
      if (error.code === JOB_ALREADY_ENDED) {
        return `nothing to cancel: \`grok-imagine status ${String((error as { value?: unknown }).value)}\` shows how it ended`;
      }
      const { field, allowed } = error as GrokImagineError & { field?: string; allowed?: unknown };
      if (!field || allowed === undefined)
        return 'see `grok-imagine <command> --help` for the accepted values';
      return validationHint(field, allowed, on);
    }
    case 'unsupported':
      return unsupportedHint(error);
    case 'content-policy':
      return 'the provider refused the prompt or input; rephrase it';
    case 'not-found':
      return 'check the job id; `grok-imagine jobs` lists the jobs this directory has run';
    case 'job-failed':
    case 'job-expired': {
      const id = jobId(error);
      return id ? `\`grok-imagine status ${id}\` shows the job; submit again to retry` : undefined;
    }
    case 'wait-timeout': {
      const id = jobId(error);
      return `the job is still running${on}: \`grok-imagine wait ${id ?? '<id>'}\` or \`grok-imagine resume\` finishes it`;
    }
    case 'cli-paid-job':
      return paidJobHint(error);
    case 'aborted':
      return 'interrupted; a job the provider already accepted is in the journal: `grok-imagine jobs`';
    case 'rate-limit':
      return 'the provider is rate limiting; wait a moment and retry';
    case 'bot-challenge':
      return "Pixazo's status endpoint answered with a bot challenge; use webhooks to get results";
    case 'submission-uncertain':
      return 'the job may exist and be charged; it is in the journal as uncertain: `grok-imagine resume` looks for it and says what to check; `grok-imagine resubmit <submission id>` sends it again only when you say so';
    case 'connection':
    case 'timeout':
      return `could not reach ${error.provider ?? 'the provider'}; check the network and the baseURL in your config`;
    case 'provider':
    case 'response-validation':
      return 'the provider failed; retry later';
    default:
      return undefined;
  }
}
