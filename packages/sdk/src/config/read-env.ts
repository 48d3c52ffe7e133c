// Core owns the runtime-neutral environment lookup; the sdk reads env through it too.
export { type Env, readProcessEnv } from '@grok-imagine/core';
