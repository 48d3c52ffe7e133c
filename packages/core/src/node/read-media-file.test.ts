import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { resolveMedia } from '../media/resolve-media.ts';
import { readMediaFile } from './read-media-file.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'grok-imagine-core-'));
  await writeFile(join(dir, 'photo.jpg'), PNG);
  await writeFile(join(dir, 'noext'), PNG);
  await writeFile(join(dir, 'notes.txt'), 'hello');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readMediaFile', () => {
  it('takes the MIME type from the extension first', async () => {
    const file = await readMediaFile(join(dir, 'photo.jpg'));
    expect(file.mimeType).toBe('image/jpeg');
    expect(file.bytes).toEqual(PNG);
    expect(Buffer.isBuffer(file.bytes)).toBe(false);
  });

  it('sniffs when the extension says nothing, and leaves unknown types out', async () => {
    expect((await readMediaFile(join(dir, 'noext'))).mimeType).toBe('image/png');
    expect(await readMediaFile(join(dir, 'notes.txt'))).not.toHaveProperty('mimeType');
  });

  it('refuses missing files, directories and oversize files with a ValidationError on path', async () => {
    await expect(readMediaFile(join(dir, 'missing.png'))).rejects.toThrow(
      /Cannot read ".*missing.png" \(ENOENT\)/,
    );
    await expect(readMediaFile(dir)).rejects.toThrow(/is not a file/);
    const error = await readMediaFile(join(dir, 'photo.jpg'), { maxBytes: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('path');
    expect((error as Error).message).toContain('is 12 bytes, more than the 4 allowed');
  });

  it('plugs into resolveMedia as the file reader', async () => {
    const resolved = await resolveMedia(
      { path: join(dir, 'noext') },
      { kind: 'image', field: 'image', maxBytes: 100, readFile: readMediaFile },
    );
    expect(resolved).toEqual({ kind: 'bytes', bytes: PNG, mimeType: 'image/png' });
    const tooBig = await resolveMedia(
      { path: join(dir, 'noext') },
      { kind: 'image', field: 'image', maxBytes: 4, readFile: readMediaFile },
    ).catch((e: unknown) => e as ValidationError);
    expect(tooBig).toMatchObject({ field: 'image' });
    expect((tooBig as Error).message).toContain('more than the 4 allowed');
  });
});
