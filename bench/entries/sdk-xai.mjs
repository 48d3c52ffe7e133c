// A program that generates one image through xAI with grok-imagine (the per-provider entry).
import { createImagine } from '@grok-imagine/sdk/xai';

const imagine = createImagine();
const job = await imagine.generate({ type: 'text-to-image', prompt: 'a red kite' });
console.log(job.outputs[0]?.url);
