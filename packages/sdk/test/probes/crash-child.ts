/**
 * The batch a crash test runs in a child process and kills: a list of video jobs, each submitted
 * once under its idempotency key through the file journal, then waited on. On start it resumes the
 * journal (reconciling what it can) and skips every item the journal already holds, whatever state
 * it is in — exactly what a user's batch script does after a crash.
 */
import { createImagine, type Imagine, type ProviderId } from '@grok-imagine/sdk/node';

interface ChildConfig {
  journal: string;
  baseURLs: Record<ProviderId, string>;
  keys: Record<ProviderId, string>;
  items: { key: string; provider: ProviderId; prompt: string }[];
  concurrency: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;

function imagineFor(provider: ProviderId): Imagine {
  return createImagine({
    configFile: false,
    provider,
    journal: { file: config.journal },
    providers: {
      xai: { baseURL: config.baseURLs.xai, apiKey: config.keys.xai, limits: false },
      pixazo: { baseURL: config.baseURLs.pixazo, apiKey: config.keys.pixazo, limits: false },
      vydra: { baseURL: config.baseURLs.vydra, apiKey: config.keys.vydra, limits: false },
    },
    maxConcurrentJobs: false,
    poll: { initialIntervalMs: 20, maxIntervalMs: 100 },
  });
}

const byProvider = new Map<ProviderId, Imagine>();
const imagineOf = (provider: ProviderId) => {
  const known = byProvider.get(provider);
  if (known) return known;
  const made = imagineFor(provider);
  byProvider.set(provider, made);
  return made;
};

const first = imagineOf('xai');
await first.resume({ timeoutMs: 30_000 });
const known = new Set((await first.jobs()).map((entry) => String(entry.request.prompt)));
const todo = config.items.filter((item) => !known.has(item.prompt));
process.stdout.write(`todo ${todo.length}\n`);

let next = 0;
async function worker(): Promise<void> {
  while (next < todo.length) {
    const item = todo[next++]!;
    const imagine = imagineOf(item.provider);
    try {
      const job = await imagine.submit(
        { type: 'text-to-video', prompt: item.prompt, duration: 3, resolution: '480p' },
        { key: item.key },
      );
      await imagine.wait(job.id, { timeoutMs: 30_000 });
    } catch (error) {
      process.stdout.write(`item ${item.key}: ${(error as Error).name}\n`);
    }
  }
}
await Promise.all(Array.from({ length: config.concurrency }, worker));
process.stdout.write('done\n');
