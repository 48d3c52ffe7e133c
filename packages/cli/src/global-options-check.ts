import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '@grok-imagine/sdk/node';
import type { GlobalOptions } from './global-options.ts';
import { parsePositive } from './request/parse-values.ts';

/** Longest `--timeout`: a week. Beyond it the number is a slip (ms typed as seconds), not an intent. */
export const MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

/** The global options after checking, in the units the commands use. */
export interface CheckedGlobalOptions {
  /** `--timeout` in milliseconds. */
  timeoutMs: number | undefined;
}

function parseTimeout(text: string): number {
  const allowed = `a number of seconds above 0, at most ${MAX_TIMEOUT_SECONDS} (a week)`;
  const seconds = parsePositive('timeout', text, allowed);
  if (seconds > MAX_TIMEOUT_SECONDS) {
    throw new ValidationError(`timeout must be ${allowed}, got "${text}".`, {
      field: 'timeout',
      value: text,
      allowed,
    });
  }
  return seconds * 1000;
}

async function kindOf(path: string): Promise<'directory' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

// The nearest part of `path` that exists: it must be a directory we may write into.
async function existingAncestor(path: string): Promise<{ path: string; kind: 'directory' | 'file' }> {
  let current = path;
  for (;;) {
    const kind = await kindOf(current);
    if (kind !== 'missing') return { path: current, kind };
    const parent = dirname(current);
    if (parent === current) return { path: current, kind: 'directory' };
    current = parent;
  }
}

async function checkWritableDir(field: string, text: string, path: string, allowed: string): Promise<void> {
  const refuse = (why: string) =>
    new ValidationError(`--${field} "${text}" ${why}.`, { field, value: text, allowed });
  const ancestor = await existingAncestor(path);
  if (ancestor.kind === 'file') {
    throw refuse(
      ancestor.path === path ? 'is a file, not a directory' : `is under a file (${ancestor.path})`,
    );
  }
  try {
    await access(ancestor.path, constants.W_OK);
  } catch {
    throw refuse(`cannot be written (${ancestor.path} is not writable)`);
  }
}

/**
 * Checks every global flag before a command does anything, so a bad `--timeout`, an `--out` that
 * is a file or a `--journal` that is a directory is refused before a job is submitted (and paid
 * for), never discovered after. Throws a `ValidationError` naming the flag.
 */
export async function checkGlobalOptions(options: GlobalOptions, cwd: string): Promise<CheckedGlobalOptions> {
  const timeoutMs = options.timeout === undefined ? undefined : parseTimeout(options.timeout);
  if (options.out !== undefined) {
    await checkWritableDir('out', options.out, resolve(cwd, options.out), 'a directory (created if missing)');
  }
  if (options.journal !== undefined) {
    const path = resolve(cwd, options.journal);
    if ((await kindOf(path)) === 'directory') {
      throw new ValidationError(`--journal "${options.journal}" is a directory, not a file.`, {
        field: 'journal',
        value: options.journal,
        allowed: 'a file path (created if missing)',
      });
    }
    await checkWritableDir('journal', options.journal, dirname(path), 'a file in a writable directory');
  }
  return { timeoutMs };
}
