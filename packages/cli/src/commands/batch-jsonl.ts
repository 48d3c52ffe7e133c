import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type GenerationRequest,
  GrokImagineError,
  type Imagine,
  ValidationError,
} from '@grok-imagine/sdk/node';

/** One request of a JSONL file, with its line number and optional idempotency key. */
export interface BatchLine {
  line: number;
  key: string | undefined;
  request: GenerationRequest;
}

/** A line that could not be used, and why. */
export interface BadLine {
  line: number;
  message: string;
}

/** A requests file, read and checked whole. */
export interface BatchFile {
  lines: BatchLine[];
  bad: BadLine[];
  /** A short hash of the file's content: the default batch id, so running a file again continues its batch. */
  digest: string;
}

function parseLine(text: string, imagine: Imagine): { key: string | undefined; request: GenerationRequest } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`not JSON (${(error as Error).message})`, {
      field: 'line',
      value: text.slice(0, 80),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError('not a JSON object with a request', {
      field: 'line',
      value: text.slice(0, 80),
    });
  }
  const { key, ...request } = value as { key?: unknown } & Record<string, unknown>;
  if (key !== undefined && (typeof key !== 'string' || key.length === 0)) {
    throw new ValidationError('"key" must be a non-empty string', { field: 'key', value: key });
  }
  // The configured provider's checks (schema, ranges, capabilities) run here, with no network.
  imagine.quote(request as unknown as GenerationRequest);
  return { key: key as string | undefined, request: request as unknown as GenerationRequest };
}

/**
 * Reads a JSON-lines requests file: one request object per line (`{"type":"text-to-image","prompt":…}`),
 * optionally with a `"key"` (its idempotency key); blank lines are skipped. Every line is checked
 * against the configured provider before anything is enqueued; the bad ones come back with their
 * line numbers. A key used twice is a bad line too.
 */
export async function readBatchFile(path: string, imagine: Imagine): Promise<BatchFile> {
  const content = await readFile(path, 'utf8');
  const lines: BatchLine[] = [];
  const bad: BadLine[] = [];
  const keys = new Set<string>();
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    try {
      const parsed = parseLine(text, imagine);
      if (parsed.key !== undefined && keys.has(parsed.key))
        throw new ValidationError(`key "${parsed.key}" is used on an earlier line`, {
          field: 'key',
          value: parsed.key,
        });
      if (parsed.key !== undefined) keys.add(parsed.key);
      lines.push({ line, ...parsed });
    } catch (error) {
      if (!GrokImagineError.isInstance(error)) throw error;
      bad.push({ line, message: error.message });
    }
  });
  return { lines, bad, digest: createHash('sha256').update(content).digest('hex').slice(0, 16) };
}
