import type { ProviderId } from '@grok-imagine/core';
import type { GenerationRequest } from '../../src/index.ts';
import type { NodeImagine } from '../../src/node/index.ts';
import {
  cutBody,
  deepJSON,
  endless,
  huge,
  json,
  silence,
  stallAfterHeaders,
  text,
} from './hostile-answers.ts';
import type { Answer, Endpoint } from './hostile-server.ts';
import { JOB } from './hostile-world.ts';

/** The request every create case sends. */
export const T2V: GenerationRequest = { type: 'text-to-video', prompt: 'a hostile answer', duration: 6 };

/** The endpoints each provider has (the server scripts these). */
export const ENDPOINTS: Record<ProviderId, readonly Exclude<Endpoint, 'media'>[]> = {
  xai: ['create', 'status'],
  pixazo: ['create', 'status'],
  vydra: ['create', 'status', 'cancel', 'list', 'account'],
};

/**
 * The call that reaches one endpoint. The job list is read only to reconcile a lost create answer,
 * so `list` submits with the create answered 500 (`uncertain`) — the list's answer must not change that.
 */
export function callFor(endpoint: Exclude<Endpoint, 'media'>, imagine: NodeImagine, provider: ProviderId) {
  switch (endpoint) {
    case 'create':
    case 'list':
      return () => imagine.submit(T2V);
    case 'status':
      return () => imagine.get(`${provider}:${JOB}`);
    case 'cancel':
      return () => imagine.cancel(`${provider}:${JOB}`);
    case 'account':
      return () => imagine.account(provider);
  }
}

const BEYOND_CAP = 9 * 1024 * 1024;
const WRONG_TYPES = {
  request_id: 42,
  id: 42,
  jobId: ['x'],
  status: 42,
  output: 'x',
  video: 7,
  creditsRemaining: 'lots',
  data: 'x',
};

/** One hostile answer and the error class it must end in on a read (status, cancel, account). */
export interface BodyCase {
  name: string;
  answer: Answer;
  /** Class on a read; `ok` when a correct result is right. */
  read: string;
  /** Per `<provider>:<endpoint>` exceptions, where the provider's documented shape makes it different. */
  except?: Record<string, string>;
  /** Class on a create (and on `list`, which follows a lost create). Default `SubmissionUncertainError`. */
  create?: string;
  /**
   * True for answers only the request deadline can end: those cases run with the short
   * `TIMEOUT_MS`. The others run with a long one, so what ends them is the SDK's reading of the
   * answer (the size cap, the parser), never a busy machine missing a 200 ms deadline.
   */
  stalls?: boolean;
}

/** Bodies no provider documents, each sent by every endpoint of every provider. */
export const BODY_CASES: BodyCase[] = [
  { name: 'invalid JSON', answer: text(200, '{"status": pend'), read: 'ResponseValidationError' },
  {
    name: 'an HTML page with 200',
    answer: text(200, '<html><body>Just a moment…</body></html>', { 'content-type': 'text/html' }),
    read: 'ResponseValidationError',
  },
  {
    name: 'wrong types in every field',
    answer: json(200, WRONG_TYPES),
    read: 'ResponseValidationError',
    // Vydra's schema reads a field of the wrong type as absent: a job with no status is pending.
    except: { 'vydra:status': 'ok', 'vydra:cancel': 'ok' },
  },
  {
    name: 'an array nested 100,000 levels',
    answer: text(200, `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    read: 'ResponseValidationError',
    // A cancel may answer anything; then the job's status is read (the default, pending).
    except: { 'vydra:cancel': 'ok' },
  },
  {
    name: 'an object nested 100,000 levels',
    answer: text(200, deepJSON(100_000)),
    read: 'ResponseValidationError',
    except: { 'xai:status': 'ok', 'vydra:status': 'ok', 'vydra:cancel': 'ok' },
  },
  {
    name: 'an empty 200 body',
    answer: text(200, ''),
    read: 'ResponseValidationError',
    except: { 'xai:status': 'ok', 'vydra:cancel': 'ok' },
  },
  {
    name: 'null',
    answer: text(200, 'null'),
    read: 'ResponseValidationError',
    except: { 'xai:status': 'ok', 'vydra:cancel': 'ok' },
  },
  {
    name: 'a 9 MiB body, Content-Length declared',
    answer: huge(200, BEYOND_CAP, true),
    read: 'ResponseValidationError',
  },
  { name: 'a 9 MiB body, chunked', answer: huge(200, BEYOND_CAP, false), read: 'ResponseValidationError' },
  { name: 'an endless body', answer: endless(), read: 'ResponseValidationError' },
  { name: 'headers, then nothing', answer: stallAfterHeaders(), read: 'RequestTimeoutError', stalls: true },
  { name: 'no answer at all', answer: silence(), read: 'RequestTimeoutError', stalls: true },
  { name: 'a body cut off', answer: cutBody(), read: 'ResponseValidationError' },
  {
    name: 'a 400 whose details nest 100,000 levels',
    answer: text(
      400,
      `{"error":"bad","code":"INVALID_INPUT","message":"bad","details":${deepJSON(100_000)}}`,
    ),
    read: 'ValidationError',
    create: 'ValidationError',
  },
  {
    name: 'a 400 with a 9 MiB body',
    answer: huge(400, BEYOND_CAP, false),
    read: 'ResponseValidationError',
  },
  {
    name: 'a 403 HTML page',
    answer: text(403, '<html>challenge</html>', { 'content-type': 'text/html' }),
    read: 'PermissionError',
    except: { 'pixazo:status': 'BotChallengeError', 'pixazo:create': 'BotChallengeError' },
    create: 'PermissionError',
  },
  {
    name: 'a 500 HTML page',
    answer: text(500, '<html>oops</html>', { 'content-type': 'text/html' }),
    read: 'ProviderError',
  },
  {
    name: 'a 401 whose message is 1 MB',
    answer: json(401, {
      error: 'x'.repeat(1_000_000),
      message: 'x'.repeat(1_000_000),
      code: 'KEY_NOT_FOUND',
    }),
    read: 'AuthenticationError',
    create: 'AuthenticationError',
  },
];

/** The class a case must end in for one provider's endpoint. */
export function expectedClass(
  kase: BodyCase,
  provider: ProviderId,
  endpoint: Exclude<Endpoint, 'media'>,
): string {
  const exception = kase.except?.[`${provider}:${endpoint}`];
  if (exception) return exception;
  if (endpoint === 'list') return 'SubmissionUncertainError';
  if (endpoint === 'create') return kase.create ?? 'SubmissionUncertainError';
  return kase.read;
}
