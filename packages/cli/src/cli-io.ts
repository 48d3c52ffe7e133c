/** A stream the CLI writes to: `process.stdout`, `process.stderr`, or a test's collector. */
export type CliStream = NodeJS.WritableStream;

/**
 * Everything the CLI takes from its process, injectable so tests (and embedders) can run it
 * in-process with their own streams, environment and working directory.
 */
export interface CliIo {
  /** Results: text, or exactly one JSON document with `--json`. */
  stdout: CliStream;
  /** Progress, notes, errors and hints. */
  stderr: CliStream;
  /** Environment variables (API keys, `GROK_IMAGINE_PROVIDER`, `GROK_IMAGINE_CONFIG`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths (config, journal, `--out`, media files) resolve against. */
  cwd: string;
  /** Whether `stderr` is a terminal: a live progress display instead of plain lines. */
  isTTY: boolean;
  /** Aborts a running command as Ctrl-C does: the job keeps running and the exit code is 130. */
  signal?: AbortSignal | undefined;
}

/** Fills what a caller of `run` left out from the current process. */
export function resolveIo(io: Partial<CliIo> = {}): CliIo {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    isTTY: io.isTTY ?? Boolean(process.stderr.isTTY),
    signal: io.signal,
  };
}
