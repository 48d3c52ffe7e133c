import { rateLimitSection } from './sections/rate-limit.mjs';
const t = Date.now();
console.log(JSON.stringify(await rateLimitSection(), null, 1), Date.now() - t, 'ms');
