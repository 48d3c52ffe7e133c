// Per-call latency (c=1) and throughput (c=64) of image generation and of video submit + one poll,
// against the fake provider in its own process; subjects interleaved round by round, each warmed up.
import { interleave, median } from '../lib/stats.mjs';
import { aiSdkSubject, rawSubject, sdkSubject } from '../lib/subjects.mjs';

/** Median over rounds of subject ÷ raw in the same round (pairing cancels drift between rounds). */
function pairedRatio(values, raw) {
  return median(values.map((value, round) => value / raw[round]));
}

async function measure(kind, subjects, concurrency, { rounds, count }) {
  const { wall, cpu } = await interleave(
    subjects.map(([name, subject]) => ({ name, call: subject[kind] })),
    { rounds, count, concurrency, warmup: Math.max(100, count) },
  );
  const result = {};
  for (const name of Object.keys(wall)) {
    result[name] = {
      ms: median(wall[name]),
      cpuMs: median(cpu[name]),
      ratio: pairedRatio(wall[name], wall.raw),
      cpuRatio: pairedRatio(cpu[name], cpu.raw),
    };
  }
  return result;
}

/** Runs the four latency/throughput measures; each is `{ raw, sdk, ai }` of ms, cpuMs and ratios. */
export async function latencySection(fake, { rounds = 15, count = 200 } = {}) {
  const base = `http://127.0.0.1:${fake.port}/v1`;
  await fake.ask({ type: 'config', config: { videoMs: 0, videoJitter: 0 } });
  // A user whose account allows it lifts the concurrent-job cap: raw fetch and the AI SDK have none.
  const subjects = [
    ['raw', rawSubject(base)],
    ['sdk', sdkSubject(base, { maxConcurrentJobs: false })],
    ['ai', aiSdkSubject(base)],
  ];
  return {
    // One call at a time, a block of `count` calls lasts only ~0.1 s: twice as many calls per block
    // keep a scheduler hiccup from deciding a round.
    imageC1: await measure('image', subjects, 1, { rounds, count: count * 2 }),
    imageC64: await measure('image', subjects, 64, { rounds, count: count * 4 }),
    videoC1: await measure('videoSubmitPoll', subjects, 1, { rounds, count: count * 2 }),
    videoC64: await measure('videoSubmitPoll', subjects, 64, { rounds, count: count * 4 }),
  };
}
