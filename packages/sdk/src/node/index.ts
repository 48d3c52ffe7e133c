export * from '../index.ts';
export { createImagine, type NodeGrokImagineConfig } from './create-imagine-node.ts';
export { compare, type NodeCompareOptions } from './compare-node.ts';
export { FileLedgerStore, type FileLedgerStoreOptions } from '@grok-imagine/core/node';
export { DEFAULT_CONFIG_FILE, loadConfigFile } from './load-config-file.ts';
export { download, type DownloadOptions, type DownloadProgress } from './download/download.ts';
export { extensionFor, outputFileName } from './download/output-file-name.ts';
