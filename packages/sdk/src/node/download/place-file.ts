import { access, link, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ValidationError } from '@grok-imagine/core';

/** The error for a download target that exists when `overwrite` is not set. */
export function targetExistsError(path: string): ValidationError {
  return new ValidationError(`${path} already exists; pass overwrite: true to replace it.`, {
    field: 'path',
    value: path,
    code: 'file_exists',
  });
}

// Errors of filesystems that cannot make hard links (FAT, some network shares).
const NO_LINK_CODES = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV']);

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename itself is still atomic.
  }
}

/**
 * Moves a finished temp file to its final path in one step, so no reader ever sees a half-written
 * file. Without `overwrite` it uses a hard link, which fails instead of replacing a file that
 * appeared meanwhile; with it, `rename` replaces atomically.
 */
export async function placeFile(tempPath: string, finalPath: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(tempPath, finalPath);
  } else {
    try {
      await link(tempPath, finalPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw targetExistsError(finalPath);
      if (!NO_LINK_CODES.has(code ?? '')) throw error;
      // A filesystem without hard links: check, then rename (a narrow race instead of none).
      if (await exists(finalPath)) throw targetExistsError(finalPath);
      await rename(tempPath, finalPath);
      await syncDirectory(dirname(finalPath));
      return;
    }
    await unlink(tempPath);
  }
  await syncDirectory(dirname(finalPath));
}
