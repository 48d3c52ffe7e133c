/**
 * `@grok-imagine/core/node`: the Node-only additions to core — reading `{ path }` media inputs from
 * disk and the file ledger store. The main entry stays free of `node:` imports so it runs in browsers
 * and edge runtimes.
 */
export { createNodeClient } from './create-node-client.ts';
export { readMediaFile } from './read-media-file.ts';
export { FileLedgerStore, type FileLedgerStoreOptions } from './file-ledger-store.ts';
