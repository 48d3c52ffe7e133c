import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli, spawnCli } from './harness.ts';

describe('emulator command', () => {
  it('prints base URLs, keys and env lines that another CLI run can use; Ctrl-C stops it with 0', async () => {
    const cwd = makeWorkspace();
    const server = spawnCli(['emulator', '--speed', '10', '--write-config', 'emulator.json', '--json'], {
      cwd,
    });
    try {
      // The one JSON document is complete once its last member (`env`) is closed.
      const [text] = await server.waitFor(/^\{[\s\S]*"env": \{[^}]*\}\s*\}\s*$/);
      const doc = JSON.parse(text);
      expect(doc.xaiBaseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(doc.keys).toEqual({
        xai: expect.any(String),
        pixazo: expect.any(String),
        vydra: expect.any(String),
      });
      expect(doc.env).toEqual({
        GROK_IMAGINE_CONFIG: join(cwd, 'emulator.json'),
        XAI_API_KEY: doc.keys.xai,
        PIXAZO_API_KEY: doc.keys.pixazo,
        VYDRA_API_KEY: doc.keys.vydra,
      });
      const config = JSON.parse(readFileSync(join(cwd, 'emulator.json'), 'utf8'));
      expect(config.providers.vydra).toEqual({ apiKey: doc.keys.vydra, baseURL: doc.vydraBaseURL });

      const client = makeWorkspace();
      const result = await runCli(['video', 'a kite', '--provider', 'vydra', '--json'], {
        cwd: client,
        env: doc.env,
      });
      expect(result.code).toBe(0);
      const { files } = JSON.parse(result.stdout);
      expect(existsSync(files[0])).toBe(true);
    } finally {
      server.child.kill('SIGINT');
    }
    const stopped = await server.done;
    expect(stopped.code).toBe(0);
  }, 60_000);
});
