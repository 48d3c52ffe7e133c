import type { CliIo } from '../cli-io.ts';
import { createPlainProgress } from './plain-progress.ts';
import { type ProgressView, silentProgress } from './progress-view.ts';
import { toJsonDocument } from './to-json.ts';
import { createTtyProgress } from './tty-progress.ts';

/**
 * Where a command's words go. Results go to stdout (text, or with `--json` exactly one JSON
 * document); progress and notes go to stderr so a pipe receives only results.
 */
export class Output {
  /** True with `--json`: stdout carries one JSON document and nothing else. */
  readonly json: boolean;
  /** The progress display for this run. */
  readonly progress: ProgressView;
  readonly #io: CliIo;
  #resultWritten = false;

  constructor(io: CliIo, json: boolean) {
    this.#io = io;
    this.json = json;
    this.progress = json
      ? silentProgress
      : io.isTTY
        ? createTtyProgress(io.stderr)
        : createPlainProgress(io.stderr);
  }

  /** Writes the command's result: `data` as JSON with `--json`, else `text` (a line or lines). */
  result(data: unknown, text: string | readonly string[]): void {
    this.progress.stop();
    if (this.json) {
      // One document per run: a second result would make stdout unparsable.
      if (this.#resultWritten) return;
      this.#resultWritten = true;
      this.#io.stdout.write(toJsonDocument(data));
      return;
    }
    const lines = typeof text === 'string' ? [text] : text;
    if (lines.length > 0) this.#io.stdout.write(`${lines.join('\n')}\n`);
  }

  /** An informational line on stderr (not shown with `--json`). */
  note(line: string): void {
    if (this.json) return;
    this.progress.stop();
    this.#io.stderr.write(`${line}\n`);
  }

  /** True once a JSON result went out, so an error report must not add a second document. */
  get resultWritten(): boolean {
    return this.#resultWritten;
  }
}
