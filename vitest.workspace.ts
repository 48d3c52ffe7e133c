/**
 * The one list of test projects. Vitest 4 no longer reads this file on its own,
 * so `vitest.config.ts` imports it as `test.projects`. Every package project runs on the sources;
 * `test/built-packages` builds the packages first and tests what a user installs.
 */
export default [
  'packages/core',
  'packages/xai',
  'packages/pixazo',
  'packages/vydra',
  'packages/emulator',
  'packages/sdk',
  'packages/cli',
  'packages/ai-sdk',
  'packages/queue',
  'test/built-packages',
];
