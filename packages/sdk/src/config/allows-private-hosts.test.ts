import { describe, expect, it } from 'vitest';
import { createImagine } from '../imagine/create-imagine.ts';
import { isLoopbackUrl } from '../media/is-loopback-url.ts';

describe('imagine.allowsPrivateHosts', () => {
  it('is off for public base URLs and on for a loopback one, per provider, from any config layer', () => {
    expect(createImagine({ provider: 'xai', env: {} }).allowsPrivateHosts()).toBe(false);
    const imagine = createImagine({
      provider: 'xai',
      env: { XAI_BASE_URL: 'http://127.0.0.1:8787/xai' },
      providers: { vydra: { baseURL: 'http://localhost:9000' }, pixazo: { baseURL: 'https://p.test' } },
    });
    expect(imagine.allowsPrivateHosts()).toBe(true);
    expect(imagine.allowsPrivateHosts('vydra')).toBe(true);
    expect(imagine.allowsPrivateHosts('pixazo')).toBe(false);
  });

  it('follows download.allowPrivateHosts when the config sets it, either way', () => {
    const loopback = { provider: 'xai' as const, baseURL: 'http://[::1]:8787', env: {} };
    expect(createImagine({ ...loopback, download: { allowPrivateHosts: false } }).allowsPrivateHosts()).toBe(
      false,
    );
    expect(
      createImagine({ provider: 'xai', env: {}, download: { allowPrivateHosts: true } }).allowsPrivateHosts(),
    ).toBe(true);
  });
});

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:8787', true],
    ['http://127.9.9.9', true],
    ['http://[::1]:8787/v1', true],
    ['http://localhost:8787', true],
    ['http://emulator.localhost', true],
    ['http://0x7f.1', true],
    ['http://10.0.0.1', false],
    ['https://api.x.ai/v1', false],
    ['http://127.0.0.1.example.test', false],
    ['not a url', false],
    [undefined, false],
  ])('%s is loopback: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});
