// The same program through the main entry, which picks the provider by config (all three adapters).
import { createImagine } from '@grok-imagine/sdk';

const imagine = createImagine();
const job = await imagine.generate({ type: 'text-to-image', prompt: 'a red kite' });
console.log(job.outputs[0]?.url);
