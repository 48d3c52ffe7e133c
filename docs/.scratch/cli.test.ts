import { it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../packages/cli/src/index.ts';
async function cli(argv: string[], cwd: string) {
  const out = new PassThrough(); const err = new PassThrough();
  let o = ''; let e = '';
  out.on('data', (d) => (o += d)); err.on('data', (d) => (e += d));
  const code = await run(argv, { stdout: out, stderr: err, env: {}, cwd, isTTY: false });
  console.log('$ grok-imagine', argv.join(' '), '→ exit', code, '\n--- stdout\n' + o + '--- stderr\n' + e);
}
it('cli', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
  await cli(['demo'], cwd);
  await cli(['compare', 'video', 'A fox', '--duration', '6'], cwd);
  await cli(['quote', 'image', 'A fox', '--provider', 'xai'], cwd);
  await cli(['video', 'A fox', '--duration', '20', '--provider', 'pixazo', '--emulator'], cwd);
  await cli(['image', 'A fox'], cwd);
  await cli(['image', 'A fox', '--emulator', '--provider', 'vydra'], cwd);
  await cli(['--help'], cwd);
});
