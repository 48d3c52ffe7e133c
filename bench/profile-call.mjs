// Profiles one kind of call in this process against the fake provider in its own process:
// `node --cpu-prof --cpu-prof-dir=<dir> bench/profile-call.mjs [image|video] [sdk|raw|ai] [calls] [concurrency]`,
// then `node bench/lib/read-profile.mjs <dir>/*.cpuprofile` lists where the time went.
import { startChild } from './lib/child.mjs';
import { runBatch } from './lib/stats.mjs';
import { aiSdkSubject, rawSubject, sdkSubject } from './lib/subjects.mjs';

const [kind = 'image', who = 'sdk', calls = '3000', concurrency = '1'] = process.argv.slice(2);
const fake = await startChild(new URL('./fake-provider.mjs', import.meta.url).pathname);
const base = `http://127.0.0.1:${fake.port}/v1`;
const subject =
  who === 'raw'
    ? rawSubject(base)
    : who === 'ai'
      ? aiSdkSubject(base)
      : sdkSubject(base, { maxConcurrentJobs: false });
const call = kind === 'video' ? subject.videoSubmitPoll : subject.image;
await runBatch(call, 300, Number(concurrency));
const ms = await runBatch(call, Number(calls), Number(concurrency));
console.log(`${who} ${kind}: ${(ms / Number(calls)).toFixed(3)} ms per call`);
await fake.stop();
