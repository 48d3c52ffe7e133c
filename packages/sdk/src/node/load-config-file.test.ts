import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@grok-imagine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImagine } from './create-imagine-node.ts';
import { loadConfigFile } from './load-config-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-config-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('loadConfigFile', () => {
  it('reads the file named by GROK_IMAGINE_CONFIG and resolves journal.file beside it', async () => {
    const path = join(dir, 'team.json');
    await writeFile(path, JSON.stringify({ provider: 'vydra', journal: { file: 'jobs.jsonl' } }));
    const layer = loadConfigFile({ GROK_IMAGINE_CONFIG: path });
    expect(layer).toEqual({
      config: { provider: 'vydra', journal: { file: join(dir, 'jobs.jsonl') } },
      source: path,
    });
  });

  it('looks for ./grok-imagine.config.json only when no file is named, and is quiet when it is absent', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    expect(loadConfigFile({})).toBeUndefined();
    await writeFile(join(dir, 'grok-imagine.config.json'), '{"provider":"pixazo"}');
    expect(loadConfigFile({})?.config).toEqual({ provider: 'pixazo' });
    expect(loadConfigFile({}, false)).toBeUndefined();
  });

  it('names the file when it holds bad JSON', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{ "provider": "xai", }');
    const load = () => loadConfigFile({ GROK_IMAGINE_CONFIG: path });
    expect(load).toThrow(ValidationError);
    expect(load).toThrow(`Config file ${path} is not valid JSON:`);
  });

  it('names a missing file that the environment pointed at', () => {
    const path = join(dir, 'nope.json');
    expect(() => loadConfigFile({ GROK_IMAGINE_CONFIG: path })).toThrow(
      `Config file ${path} does not exist (named by GROK_IMAGINE_CONFIG).`,
    );
  });
});

describe('createImagine (Node) with a config file', () => {
  it('ranks the file below the environment and the explicit object', async () => {
    const path = join(dir, 'cfg.json');
    await writeFile(path, JSON.stringify({ provider: 'vydra', strict: true, fallback: ['xai'] }));
    expect(createImagine({ env: { GROK_IMAGINE_CONFIG: path } }).order).toEqual(['vydra', 'xai']);
    const env = { GROK_IMAGINE_CONFIG: path, GROK_IMAGINE_PROVIDER: 'pixazo' };
    expect(createImagine({ env }).order).toEqual(['pixazo', 'xai']);
    expect(createImagine({ env, provider: 'xai' }).order).toEqual(['xai']);
  });

  it('validates the file with its name in the message', async () => {
    const path = join(dir, 'cfg.json');
    await writeFile(path, JSON.stringify({ providers: { vydra: { usdPerCredit: 'a lot' } } }));
    expect(() => createImagine({ env: { GROK_IMAGINE_CONFIG: path } })).toThrow(
      `Invalid grok-imagine config (${path}): providers.vydra.usdPerCredit: must be a dollar amount`,
    );
  });
});
