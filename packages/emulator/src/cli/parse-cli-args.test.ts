import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args.ts';

describe('parseCliArgs', () => {
  it('maps every flag to emulator options', () => {
    const command = parseCliArgs([
      '--port',
      '8787',
      '--seed',
      '1',
      '--speed',
      '10',
      '--fault',
      'status-503',
      '--fault',
      'html-403:/v2/requests/status/',
      '--fault-times',
      '2',
      '--allow-http-webhooks',
      '--webhook-duplicates',
      '--no-rate-limits',
      '--video-ms',
      '500',
      '--redirect-vydra-to',
      'https://www.example.com/api/v1',
    ]);
    expect(command).toEqual({
      run: {
        port: 8787,
        mediaPort: 8788,
        seed: 1,
        speed: 10,
        timings: { videoMs: 500 },
        faults: [
          { kind: 'status-503', times: 2 },
          { kind: 'html-403', path: /\/v2\/requests\/status\//, times: 2 },
        ],
        allowHttpWebhooks: true,
        webhookDuplicates: true,
        rateLimits: { xai: false, pixazo: false, vydra: false },
        redirectVydraTo: 'https://www.example.com/api/v1',
      },
    });
  });

  it('keeps the --write-config path apart from the emulator options', () => {
    expect(parseCliArgs(['--seed', '2', '--write-config', 'out/grok-imagine.config.json'])).toEqual({
      run: { seed: 2 },
      writeConfig: 'out/grok-imagine.config.json',
    });
  });

  it('gives empty options with no arguments, and help for -h', () => {
    expect(parseCliArgs([])).toEqual({ run: {} });
    expect(parseCliArgs(['-h'])).toEqual({ help: true });
  });

  it.each([
    [['--port', 'abc'], '--port must be a valid number (got "abc")'],
    [['--fault', 'explode'], expect.stringContaining('unknown fault kind "explode"')],
    [['--fault', 'slow:(('], expect.stringContaining('invalid path regex')],
    [['--bogus'], expect.stringContaining('bogus')],
  ])('refuses %j', (argv, error) => {
    expect(parseCliArgs(argv)).toEqual({ error });
  });
});
