/**
 * Limits and host policy of media downloads (`download`, `imagine.download`); every field has a
 * default. Set them per call, or for every download in config as `download`.
 */
export interface DownloadSettings {
  /** Longest wait for the next byte (or for the headers) before the transfer is a `RequestTimeoutError`. Default 30,000 ms. */
  stallTimeoutMs?: number;
  /** Time limit of one output's download, retries included. Default 600,000 ms (10 min). */
  timeoutMs?: number;
  /** Size cap of an image output in bytes; a bigger one is a `ResponseValidationError`, read no further. Default 100 MiB. */
  maxImageBytes?: number;
  /** Size cap of a video output in bytes. Default 2 GiB. */
  maxVideoBytes?: number;
  /**
   * Download from hosts that resolve to loopback, private, link-local or unspecified addresses.
   * Default `false`; `imagine.download` turns it on for a provider whose base URL is loopback
   * (the emulator). Set in config, it is `imagine.allowsPrivateHosts()`'s answer, which the AI SDK
   * bridge's image fetch (`fetchOutputBytes`) follows too.
   */
  allowPrivateHosts?: boolean;
}
