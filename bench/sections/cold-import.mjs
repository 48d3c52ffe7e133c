// Cold import: a fresh `node` importing each subject, minus a fresh `node` importing nothing (the
// floor), runs interleaved; medians in ms.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { median } from '../lib/stats.mjs';

const run = promisify(execFile);
const SUBJECTS = {
  floor: '',
  sdkXai: "await import('@grok-imagine/sdk/xai');",
  sdkAll: "await import('@grok-imagine/sdk');",
  ai: "await Promise.all([import('ai'), import('@ai-sdk/xai')]);",
};

async function once(code, cwd) {
  const start = process.hrtime.bigint();
  await run(process.execPath, ['--input-type=module', '-e', code], { cwd });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median ms above the floor, by subject. */
export async function coldImportSection({ rounds = 15 } = {}) {
  const cwd = new URL('..', import.meta.url).pathname;
  const times = Object.fromEntries(Object.keys(SUBJECTS).map((name) => [name, []]));
  // Warm the disk cache; a subject a build does not have (an older version) is left out.
  for (const [name, code] of Object.entries(SUBJECTS))
    if (!(await once(code, cwd).catch(() => undefined))) delete times[name];
  for (let round = 0; round < rounds; round++)
    for (const name of Object.keys(times)) times[name].push(await once(SUBJECTS[name], cwd));
  const floor = median(times.floor);
  const result = { floorMs: floor };
  for (const name of Object.keys(times)) if (name !== 'floor') result[name] = median(times[name]) - floor;
  return result;
}
