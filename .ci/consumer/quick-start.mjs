// The README's quick start, on every provider: one image and one 6-second video each, quoted first,
// downloaded after. Keys and base URLs come from the environment (set by start-emulator.mjs), so
// the same file runs unchanged on Node, Bun and Deno. Prints one line per provider.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createImagine } from '@grok-imagine/sdk/node';

const runtime = process.argv[2] ?? 'node';
const dir = mkdtempSync(join(tmpdir(), 'grok-imagine-quick-start-'));
try {
  for (const provider of ['xai', 'pixazo', 'vydra']) {
    const imagine = createImagine({
      provider,
      configFile: false,
      poll: { initialIntervalMs: 50, maxIntervalMs: 200 },
    });
    const image = { type: 'text-to-image', prompt: 'A red fox in fresh snow' };
    const video = { type: 'text-to-video', prompt: 'A lighthouse on a cliff at dusk', duration: 6 };
    const sizes = [];
    for (const request of [image, video]) {
      imagine.quote(request); // priced before the call, offline
      const job = await imagine.generate(request);
      if (job.provider !== provider || job.status !== 'done') {
        throw new Error(`${provider} ${request.type}: job ${job.id} ended ${job.status}`);
      }
      const files = await imagine.download(job, { dir: join(dir, provider) });
      sizes.push(...files.map((file) => statSync(file).size));
    }
    if (sizes.length !== 2 || sizes.some((size) => size === 0)) {
      throw new Error(`${provider}: expected two non-empty files, got sizes ${sizes.join(', ')}`);
    }
    console.log(`${runtime}: ${provider} image + video done, ${sizes.join(' + ')} bytes`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
