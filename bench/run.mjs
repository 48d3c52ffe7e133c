// `pnpm bench`: every goal of issue 14 measured on this machine and printed as one table. The fake
// provider and the emulator run in their own processes; subjects are interleaved round by round,
// each warmed up; figures are medians, ratios against raw fetch in the same round.
// Options: --quick (fewer rounds), --only=latency,requests,lag,download,rate,bundle,cold,ledger.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startChild } from './lib/child.mjs';
import { goalRows, markdownTable } from './lib/table.mjs';
import { bundleSizeSection } from './sections/bundle-size.mjs';
import { coldImportSection } from './sections/cold-import.mjs';
import { completionLagSection } from './sections/completion-lag.mjs';
import { downloadRssSection } from './sections/download-rss.mjs';
import { latencySection } from './sections/latency.mjs';
import { ledgerScaleSection } from './sections/ledger-scale.mjs';
import { rateLimitSection } from './sections/rate-limit.mjs';
import { requestsPerJobSection } from './sections/requests-per-job.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name) => !only || only.includes(name);
const log = (message) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const results = {};
const startLoad = loadavg()[0];
/** Runs one section; a failing one is reported and left out of the table, the others still run. */
async function section(name, label, measure) {
  if (!wanted(name)) return;
  log(`${label}…`);
  try {
    results[name] = await measure();
  } catch (error) {
    log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const fake = await startChild(new URL('./fake-provider.mjs', import.meta.url).pathname);
try {
  await section('latency', 'latency and throughput (image, video; c=1, c=64)', () =>
    latencySection(fake, quick ? { rounds: 5, count: 100 } : {}),
  );
  await section('requests', 'requests per video job at c=64', () => requestsPerJobSection(fake));
  await section('lag', 'completion lag with default polling', () =>
    completionLagSection(fake, { jobs: quick ? 6 : 12 }),
  );
  await section('download', 'download peak RSS', () => downloadRssSection(fake, { rounds: quick ? 1 : 3 }));
} finally {
  await fake.stop();
}
await section('rate', 'rate-limit efficiency against the emulator', () => rateLimitSection());
await section('bundle', 'bundle sizes', () => bundleSizeSection());
await section('cold', 'cold import', () => coldImportSection({ rounds: quick ? 5 : 15 }));
await section('ledger', 'ledger scale (1k → 10k jobs in flight)', () => ledgerScaleSection());

const cpu = cpus();
console.log(
  `grok-imagine bench — ${new Date().toISOString().slice(0, 10)}, ${cpu[0]?.model.trim()} × ${cpu.length}, Node ${process.version}, load average ${startLoad.toFixed(1)} at start${quick ? ', --quick' : ''}\n`,
);
console.log(markdownTable(goalRows(results)));
if (results.ledger) {
  console.log('\nledger scale, per call:');
  console.table(results.ledger.rows);
}
// BENCH_JSON=<file> keeps the raw figures too.
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
