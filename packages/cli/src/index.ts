export type { CliIo, CliStream } from './cli-io.ts';
export {
  EXIT_CODE_TABLE,
  EXIT_CODES,
  type ExitCode,
  exitCodeFor,
  exitCodeHelp,
} from './errors/exit-codes.ts';
export { hintFor } from './errors/hints.ts';
export { CLI_VERSION } from './program.ts';
export { run } from './run.ts';
