import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  createImagine as createImagineAll,
  createImagineWith,
  vydraProvider,
  xaiProvider,
} from '../src/index.ts';
import { createImagine as createPixazoImagine } from '../src/pixazo.ts';
import { createImagine as createXaiImagine } from '../src/xai.ts';

const sdkDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMAGE = { type: 'text-to-image', prompt: 'a red kite' } as const;

/** The workspace packages whose code a bundle of `entry` holds, after tree shaking. */
async function packagesBundledFrom(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { createImagine } from ${JSON.stringify(entry)};`, resolveDir: sdkDir },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['source'],
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const packages = new Set<string>();
  for (const [file, input] of Object.entries(inputs)) {
    const match = /packages\/([a-z-]+)\/src\//.exec(file);
    if (match && input.bytesInOutput > 0) packages.add(match[1]!);
  }
  return [...packages].sort();
}

describe('per-provider entries', () => {
  it('a program that imports @grok-imagine/sdk/xai bundles no other adapter; the main entry has all three', async () => {
    expect(await packagesBundledFrom('./src/xai.ts')).toEqual(['core', 'sdk', 'xai']);
    expect(await packagesBundledFrom('./src/vydra.ts')).toEqual(['core', 'sdk', 'vydra', 'xai']);
    expect(await packagesBundledFrom('./src/index.ts')).toEqual(['core', 'pixazo', 'sdk', 'vydra', 'xai']);
  }, 20_000);

  it('work like the main entry with the provider fixed, quoting offline', () => {
    const xai = createXaiImagine({ env: {} });
    expect(xai.provider).toBe('xai');
    expect(xai.quote(IMAGE)).toEqual(createImagineAll({ env: {}, provider: 'xai' }).quote(IMAGE));
    expect(createPixazoImagine({ env: { GROK_IMAGINE_PROVIDER: 'xai' } }).provider).toBe('pixazo');
  });

  it('refuse, when created, a configuration that routes to a provider they do not hold', () => {
    expect(() => createXaiImagine({ env: {}, provider: 'vydra' })).toThrow(
      'Provider "vydra" is not included here (this createImagine has xai). Import createImagine from \'@grok-imagine/sdk\' to pick any provider by config, or pass vydraProvider to createImagineWith.',
    );
    expect(() => createXaiImagine({ env: {}, fallback: ['pixazo'] })).toThrow(
      /Provider "pixazo" is not included/,
    );
    const error = (() => {
      try {
        createXaiImagine({ env: {}, provider: 'pixazo' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({
      name: 'ValidationError',
      field: 'provider',
      value: 'pixazo',
      allowed: ['xai'],
    });
  });

  it('createImagineWith picks by config among the providers given', () => {
    const imagine = createImagineWith(
      { xai: xaiProvider, vydra: vydraProvider },
      { env: {}, provider: 'vydra' },
    );
    expect(imagine.provider).toBe('vydra');
    expect(imagine.quote(IMAGE, { provider: 'xai' }).provider).toBe('xai');
    expect(() => imagine.capabilities('pixazo')).toThrow(/Provider "pixazo" is not included/);
  });
});
