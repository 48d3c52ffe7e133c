import { resolve } from 'node:path';
import {
  createImagine,
  FileLedgerStore,
  type LedgerStore,
  MemoryLedgerStore,
  type NodeGrokImagineConfig,
  type NodeImagine,
} from '@grok-imagine/sdk/node';
import type { CliIo } from './cli-io.ts';
import { resolveConfigPath } from './config/config-path.ts';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './config/emulator-providers.ts';
import { DEFAULT_JOURNAL, DEFAULT_OUT_DIR, type GlobalOptions } from './global-options.ts';
import { type CheckedGlobalOptions, checkGlobalOptions } from './global-options-check.ts';
import { Output } from './output/output.ts';

/** The SDK client a command works with (the Node one, with `download`). */
export type Imagine = NodeImagine;

// The emulator answers in milliseconds; polling at the SDK's production cadence would make runs slow.
const EMULATOR_POLL = { initialIntervalMs: 100, maxIntervalMs: 500 };

/**
 * One command's run: its output, its config, the journal, an embedded emulator when asked, and the
 * abort signal Ctrl-C fires. Creates the SDK client lazily so `quote` and `--help` need no keys.
 */
export class Session {
  readonly io: CliIo;
  readonly options: GlobalOptions;
  readonly output: Output;
  readonly #abort = new AbortController();
  readonly #cleanups: (() => Promise<void>)[] = [];
  #emulator: Promise<EmbeddedEmulator> | undefined;
  #ephemeral = false;
  #checked: CheckedGlobalOptions | undefined;

  constructor(io: CliIo, options: GlobalOptions) {
    this.io = io;
    this.options = options;
    this.output = new Output(io, Boolean(options.json));
    if (io.signal?.aborted) this.#abort.abort();
    io.signal?.addEventListener('abort', () => this.#abort.abort(), { once: true });
  }

  /** Fires on Ctrl-C: a wait stops, the job keeps running. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** Absolute download directory (`--out`, default `./out`). */
  get outDir(): string {
    return resolve(this.io.cwd, this.options.out ?? DEFAULT_OUT_DIR);
  }

  /** Absolute journal file (`--journal`, default `./.grok-imagine/jobs.jsonl`). */
  get journalPath(): string {
    return resolve(this.io.cwd, this.options.journal ?? DEFAULT_JOURNAL);
  }

  /**
   * Checks the global flags (`--timeout`, `--out`, `--journal`); every command runs it first, so a
   * bad flag is refused before anything is submitted.
   */
  async checkOptions(): Promise<void> {
    this.#checked = await checkGlobalOptions(this.options, this.io.cwd);
  }

  /** `--timeout` in milliseconds, when given (checked by `checkOptions`). */
  get timeoutMs(): number | undefined {
    return this.#checked?.timeoutMs;
  }

  /** The embedded emulator of `--emulator`, started on first use and stopped by `close`. */
  emulator(): Promise<EmbeddedEmulator> {
    if (!this.#emulator) {
      this.#emulator = startEmbeddedEmulator();
      const starting = this.#emulator;
      // A failed start was already reported by the command; stopping has nothing to do then.
      this.#cleanups.push(() =>
        starting.then(
          (emulator) => emulator.close(),
          () => undefined,
        ),
      );
    }
    return this.#emulator;
  }

  /**
   * The explicit config for `createImagine` / `compare`: the environment, `--provider`, the journal,
   * the config file (resolved against the working directory) and, with `--emulator`, every provider
   * pointed at the embedded emulator.
   */
  async config(overrides: NodeGrokImagineConfig = {}): Promise<NodeGrokImagineConfig> {
    const configPath = resolveConfigPath(this.options.config, this.io.env, this.io.cwd);
    const config: NodeGrokImagineConfig = {
      env: { ...this.io.env },
      configFile: configPath ?? false,
      store: this.#journal(),
      ...(this.options.provider && { provider: this.options.provider }),
    };
    if (this.options.emulator) {
      const emulator = await this.emulator();
      config.providers = emulator.providers;
      config.poll = EMULATOR_POLL;
    }
    return { ...config, ...overrides };
  }

  /**
   * False when jobs die with this run (`--emulator`, or the demo on its emulator): there is nothing
   * to resume, so they stay out of the journal file unless one is named explicitly.
   */
  get jobsResumable(): boolean {
    return !this.#ephemeral && !(this.options.emulator && this.options.journal === undefined);
  }

  /** Marks this run's jobs as dying with it (the demo on its own emulator). */
  markEphemeral(): void {
    this.#ephemeral = true;
  }

  #journal(): LedgerStore {
    return this.jobsResumable ? new FileLedgerStore(this.journalPath) : new MemoryLedgerStore();
  }

  /** The SDK client for this run. */
  async imagine(overrides: NodeGrokImagineConfig = {}): Promise<Imagine> {
    return createImagine(await this.config(overrides));
  }

  /** Registers work to do when the command ends (stop servers, flush files). */
  onClose(cleanup: () => Promise<void>): void {
    this.#cleanups.push(cleanup);
  }

  /** Stops the progress display and everything registered with `onClose`. */
  async close(): Promise<void> {
    this.output.progress.stop();
    for (const cleanup of this.#cleanups.splice(0).reverse()) await cleanup();
  }
}
