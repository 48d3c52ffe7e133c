import { createImagine } from '@grok-imagine/sdk';
import { startEmulator } from '@grok-imagine/emulator';
import { runBatch } from './lib/stats.mjs';
const emulator = await startEmulator({ seed: 3, timings: { imageMs: 0 }, rateLimits: { xai: { limit: 50, windowMs: 1000 } } });
const imagine = createImagine({ env: {}, provider: 'xai', apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL, providers: { xai: { limits: [{ key: '*', limit: 50, intervalMs: 1000 }] } } });
const t0 = Date.now();
await runBatch(() => imagine.generate({ type: 'text-to-image', prompt: 'b' }), 500, 64);
console.log('seconds', (Date.now() - t0) / 1000);
const reqs = emulator.requests;
const first = reqs[0].at;
const bad = reqs.filter((r) => r.status === 429);
for (const r of bad) { const i = reqs.indexOf(r); console.log('429 at', r.at - first, 'seq', r.seq, 'neighbors', reqs.slice(Math.max(0, i - 52), i + 2).map((x) => x.at - first).join(',')); }
await emulator.close();
