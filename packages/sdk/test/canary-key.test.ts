import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebhookHandler } from '@grok-imagine/pixazo';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, type GenerationRequest, type ProviderId } from '../src/node/index.ts';
import { CANARY_KEYS, CANARY_MARK, leaksOf, recordingLogger } from './helpers/canary.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';
import { type MediaServer, startMediaServer } from './helpers/media-server.ts';

let world: EmulatorWorld;
let media: MediaServer;
let dir: string;
const logger = recordingLogger();

beforeAll(async () => {
  world = await startEmulatorWorld({ keys: CANARY_KEYS });
  media = await startMediaServer();
  dir = await mkdtemp(join(tmpdir(), 'sdk-canary-'));
});
afterEach(() => {
  world.emulator.setFaults([]);
  nock.cleanAll();
});
afterAll(async () => {
  await world?.emulator.close();
  await media?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const VIDEO: GenerationRequest = { type: 'text-to-video', prompt: 'a canary', duration: 6 };
const journalFile = () => join(dir, 'jobs.jsonl');

function imagine(provider: ProviderId, env: Record<string, string> = world.keysEnv) {
  return createImagine({
    env,
    clock: world.clock,
    providers: world.providers,
    provider,
    configFile: false,
    journal: { file: journalFile() },
    logger,
    poll: { initialIntervalMs: 10, maxIntervalMs: 10 },
  });
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** The error and every rendering of it are free of any canary key. */
function expectClean(error: unknown, name: string): void {
  expect((error as Error).name).toBe(name);
  expect(leaksOf(error)).toEqual([]);
}

describe('the canary key appears in no error', () => {
  it.each(['xai', 'pixazo', 'vydra'] as const)('401 from %s for a wrong key', async (provider) => {
    const env = { ...world.keysEnv, [`${provider.toUpperCase()}_API_KEY`]: `${CANARY_KEYS[provider]}-wrong` };
    expectClean(await failure(() => imagine(provider, env).submit(VIDEO)), 'AuthenticationError');
  });

  it.each([
    ['xai', 'https://api.x.ai/v1', '/videos/generations'],
    ['vydra', 'https://www.vydra.ai/api/v1', '/models/grok-imagine'],
  ] as const)('401 from %s that echoes the key it rejected', async (provider, origin, path) => {
    const key = CANARY_KEYS[provider];
    nock(new URL(origin).origin)
      .post(new RegExp(`${new URL(origin).pathname}${path}`))
      .reply(401, { error: `invalid key ${key} (Bearer ${key})`, code: 'KEY_NOT_FOUND' });
    const client = createImagine({
      env: { [`${provider.toUpperCase()}_API_KEY`]: key },
      provider,
      configFile: false,
      clock: world.clock,
      logger,
    });
    expectClean(await failure(() => client.submit(VIDEO)), 'AuthenticationError');
  });

  it('403 HTML bot challenge on the Pixazo status read', async () => {
    world.emulator.setFaults([{ provider: 'pixazo', method: 'GET', kind: 'html-403' }]);
    const client = imagine('pixazo');
    const job = await client.submit(VIDEO);
    expectClean(await failure(() => client.wait(job.id)), 'BotChallengeError');
  });

  it('429 on every try', async () => {
    world.emulator.setFaults([{ provider: 'xai', method: 'POST', kind: 'status-429' }]);
    expectClean(await failure(() => imagine('xai').submit(VIDEO)), 'RateLimitError');
  });

  it('5xx on every status read', async () => {
    const client = imagine('vydra');
    const job = await client.submit(VIDEO);
    world.emulator.setFaults([{ provider: 'vydra', method: 'GET', kind: 'status-500' }]);
    const error = await failure(() => client.wait(job.id));
    expect(leaksOf(error)).toEqual([]);
  });

  it('connection reset before and after the provider accepted', async () => {
    world.emulator.setFaults([{ provider: 'xai', method: 'POST', kind: 'reset-after-accept', times: 1 }]);
    expectClean(await failure(() => imagine('xai').submit(VIDEO)), 'SubmissionUncertainError');
    world.emulator.setFaults([{ provider: 'pixazo', kind: 'reset-before-response' }]);
    const error = await failure(() => imagine('pixazo').submit(VIDEO));
    expect(leaksOf(error)).toEqual([]);
  });

  it('validation, before and at config time', async () => {
    expectClean(
      await failure(async () => imagine('pixazo').submit({ ...VIDEO, duration: 99 })),
      'ValidationError',
    );
    expectClean(
      await failure(async () =>
        createImagine({ env: world.keysEnv, configFile: false, baseURL: CANARY_KEYS.xai }),
      ),
      'ValidationError',
    );
    expectClean(
      await failure(async () =>
        createImagine({ env: { XAI_API_KEY: `${CANARY_KEYS.xai}\r\nX-Evil: 1` }, configFile: false }),
      ),
      'ValidationError',
    );
    expectClean(
      await failure(async () =>
        imagine('xai').submit({ ...VIDEO, providerOptions: { xai: { hook: () => CANARY_KEYS.xai } } }),
      ),
      'ValidationError',
    );
  });
});

describe('webhook receivers log no secret', () => {
  it('wrong token, oversized and malformed deliveries', async () => {
    const secret = `whsec-${CANARY_MARK}-000000000000`;
    const hookLogger = recordingLogger();
    const handle = createWebhookHandler({
      secret,
      onJob: () => undefined,
      logger: hookLogger,
      maxBodyBytes: 64,
    });
    const url = `https://hooks.example.com/p?token=${secret}`;
    const answers = [
      await handle(new Request(`${url}x`, { method: 'POST', body: '{}' })),
      await handle(new Request(url, { method: 'POST', body: 'x'.repeat(100) })),
      await handle(new Request(url, { method: 'POST', body: '{"not":"a callback"}' })),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([401, 413, 400]);
    for (const answer of answers) expect(await answer.text()).not.toContain(CANARY_MARK);
    expect(hookLogger.calls.length).toBe(3);
    expect(leaksOf(hookLogger.calls)).toEqual([]);
  });
});

describe('nothing recorded along the way holds the key', () => {
  // Known leak, owned by core's HTTP client: a 2xx body is parsed before redaction, so a failure
  // message that echoes the key reaches job.error. Flip to `it` once the client parses the
  // redacted text.
  it('a 2xx status body that echoes the key into the job failure text', async () => {
    nock('https://api.x.ai')
      .get('/v1/videos/req-1')
      .reply(200, { status: 'failed', error: { code: 'bad', message: `key ${CANARY_KEYS.xai} is bad` } });
    const client = createImagine({
      env: { XAI_API_KEY: CANARY_KEYS.xai },
      configFile: false,
      clock: world.clock,
    });
    const job = await client.get('xai:req-1', { type: 'text-to-video' });
    expect(leaksOf(job)).toEqual([]);
  });

  it('the logger calls and the journal file', async () => {
    expect(logger.calls.length).toBeGreaterThan(0);
    expect(leaksOf(logger.calls)).toEqual([]);
    const journal = await readFile(journalFile(), 'utf8');
    expect(journal.length).toBeGreaterThan(0);
    expect(journal).not.toContain(CANARY_MARK);
  });
});
