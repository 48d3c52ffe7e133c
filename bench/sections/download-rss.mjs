// Peak RSS a 200 MB download adds, each subject in a fresh process, from the fake provider.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from '../lib/stats.mjs';

const run = promisify(execFile);
const BYTES = 200 * 1024 * 1024;

/** Median peak RSS added (bytes) by subject over `rounds` interleaved runs. */
export async function downloadRssSection(fake, { rounds = 3 } = {}) {
  const url = `http://127.0.0.1:${fake.port}/media/v.mp4?bytes=${BYTES}`;
  const dir = await mkdtemp(join(tmpdir(), 'bench-download-'));
  const script = new URL('../download-child.mjs', import.meta.url).pathname;
  const peaks = { raw: [], sdk: [], ai: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const who of Object.keys(peaks)) {
        const { stdout } = await run(process.execPath, ['--expose-gc', script, who, url, dir], { cwd: dir });
        const result = JSON.parse(stdout.trim().split('\n').pop());
        if (result.bytes !== BYTES) throw new Error(`${who} downloaded ${result.bytes} bytes, not ${BYTES}`);
        peaks[who].push(result.peakRssAdded);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return Object.fromEntries(Object.entries(peaks).map(([who, values]) => [who, median(values)]));
}
