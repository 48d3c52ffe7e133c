import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrokImagine } from './index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ai-sdk-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createGrokImagine (Node entry)', () => {
  it('reads the provider from the config file, below the environment', async () => {
    const file = join(dir, 'grok-imagine.config.json');
    await writeFile(file, JSON.stringify({ provider: 'pixazo', fallback: ['xai'] }));
    const fromFile = createGrokImagine({ env: { GROK_IMAGINE_CONFIG: file } });
    expect(fromFile.imagine.provider).toBe('pixazo');
    expect(fromFile.imagine.order).toEqual(['pixazo', 'xai']);
    expect(typeof fromFile.video('grok-imagine-video').handleWebhookOption).toBe('function');

    const fromEnv = createGrokImagine({ env: { GROK_IMAGINE_CONFIG: file, GROK_IMAGINE_PROVIDER: 'xai' } });
    expect(fromEnv.imagine.provider).toBe('xai');
    expect(fromEnv.video('grok-imagine-video').handleWebhookOption).toBeUndefined();
  });

  it('reads no file when told not to', () => {
    const gi = createGrokImagine({ configFile: false, env: {} });
    expect(gi.imagine.provider).toBe('xai');
  });
});
