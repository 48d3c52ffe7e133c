import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@grok-imagine/emulator';
import { Ledger, type ProviderId } from '@grok-imagine/sdk';
import { FileLedgerStore } from '@grok-imagine/sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLedger } from './ledger-audit.ts';
import { bundleScript } from './bundle-script.ts';

const ITEMS = 33;
const KILLS = 22;
const MAX_RUNS = 80;
const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];

/** A small seeded generator (mulberry32), so the kill schedule is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let emulator: Emulator;
let child: ChildProcess | undefined;
let aimKill: (() => boolean) | undefined;
let script: string;

beforeAll(async () => {
  script = await bundleScript(fileURLToPath(new URL('./crash-child.ts', import.meta.url)));
  emulator = await startEmulator({
    seed: 7,
    speed: 15,
    rateLimits: { xai: false, pixazo: false, vydra: false },
    // The kill lands the instant the provider has created (and charged) the job, before its answer
    // leaves the emulator: the window in which a journal written after the answer loses the job.
    onJobCreated: () => {
      if (child && child.exitCode === null && aimKill?.()) child.kill('SIGKILL');
    },
  });
}, 60_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await emulator?.close();
});

function runChild(
  config: object,
  killAfterMs: number | undefined,
): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, [script, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    started.stdout?.on('data', (chunk) => (output += chunk));
    started.stderr?.on('data', (chunk) => (output += chunk));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => started.kill('SIGKILL'), killAfterMs);
    const deadline = setTimeout(() => started.kill('SIGKILL'), 60_000);
    started.on('error', reject);
    started.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve({ killed: signal === 'SIGKILL', output });
    });
  });
}

describe('crash test: SIGKILL mid-batch, then resume', () => {
  it(`kills a ${ITEMS}-video batch ${KILLS}+ times; no job is paid twice or unknown to the journal`, async () => {
    const journal = join(await mkdtemp(join(tmpdir(), 'grok-imagine-crash-')), 'jobs.jsonl');
    const config = {
      journal,
      baseURLs: { xai: emulator.xaiBaseURL, pixazo: emulator.pixazoBaseURL, vydra: emulator.vydraBaseURL },
      keys: emulator.keys,
      items: Array.from({ length: ITEMS }, (_, i) => ({
        key: `item-${i}`,
        provider: PROVIDERS[i % PROVIDERS.length]!,
        prompt: `crash item ${i}: a lighthouse at dusk`,
      })),
      concurrency: 4,
    };
    const random = seeded(20261202);
    let kills = 0;
    let runs = 0;
    let finished = false;
    // Run until enough kills have landed and then one run finished the batch untouched.
    while ((kills < KILLS || !finished) && runs < MAX_RUNS) {
      runs++;
      const killing = kills < KILLS;
      // Most kills are aimed at job creation; a timer catches runs that create nothing more (resume,
      // waits), so every run before the last is killed somewhere.
      aimKill = killing ? () => random() < 0.6 : undefined;
      const { killed, output } = await runChild(
        config,
        killing ? 50 + Math.floor(random() * 350) : undefined,
      );
      finished = false;
      if (killed) kills++;
      else {
        finished = output.includes('done');
        // The last run must not fail an item for any reason but an uncertain submission.
        const failures = output
          .split('\n')
          .filter((line) => line.startsWith('item ') && !line.endsWith('SubmissionUncertainError'));
        expect(failures).toEqual([]);
      }
      if (!killed && !finished) console.info(`crash test: run ${runs} ended without finishing:\n${output}`);
    }
    aimKill = undefined;
    expect(finished, `the batch finished within ${MAX_RUNS} runs`).toBe(true);
    expect(kills).toBeGreaterThanOrEqual(KILLS);

    const ledger = new Ledger({ store: new FileLedgerStore(journal) });
    await ledger.ready();
    const audit = auditLedger(emulator.jobs.values(), ledger.entries());
    console.info(
      `crash test: runs=${runs} kills=${kills} emulator jobs=${audit.jobs} ledger=${JSON.stringify(audit.states)}`,
    );
    expect(audit.paidTwice).toEqual([]);
    expect(audit.unknownToLedger).toEqual([]);
    expect(audit.claimedTwice).toEqual([]);
    // Every item has exactly one live entry: a job, or an uncertain submission.
    const prompts = ledger.entries().map((entry) => String(entry.request.prompt));
    expect(new Set(prompts).size).toBe(ITEMS);
    expect(prompts).toHaveLength(ITEMS);
    expect(audit.jobs).toBeLessThanOrEqual(ITEMS);
  }, 240_000);
});
