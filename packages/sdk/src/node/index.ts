export * from '../index.ts';
export { createImagine, type NodeGrokImagineConfig, type NodeImagine } from './create-imagine-node.ts';
export { compare, type NodeCompareOptions } from './compare-node.ts';
export { FileLedgerStore, type FileLedgerStoreOptions } from '@grok-imagine/core/node';
export { DEFAULT_CONFIG_FILE, loadConfigFile } from './load-config-file.ts';
export { download, type DownloadOptions, type DownloadProgress } from './download/download.ts';
export {
  DEFAULT_DOWNLOAD_MAX_IMAGE_BYTES,
  DEFAULT_DOWNLOAD_MAX_VIDEO_BYTES,
  DEFAULT_DOWNLOAD_STALL_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
} from './download/download-limits.ts';
export type { HostResolver, ResolvedAddress } from './download/resolve-media-host.ts';
export { extensionFor, outputFileName } from './download/output-file-name.ts';
