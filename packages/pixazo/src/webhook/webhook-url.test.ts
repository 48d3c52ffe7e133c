import { ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { webhookURL } from './webhook-url.ts';

describe('webhookURL', () => {
  it('adds the secret as the token query parameter, keeping the rest', () => {
    expect(webhookURL('https://hooks.example.com/pixazo?app=1', 'a b&c')).toBe(
      'https://hooks.example.com/pixazo?app=1&token=a+b%26c',
    );
    expect(webhookURL(new URL('https://hooks.example.com/p'), 'k', 'key')).toBe(
      'https://hooks.example.com/p?key=k',
    );
  });

  it('refuses http and malformed URLs', () => {
    expect(() => webhookURL('http://hooks.example.com/p', 'k')).toThrow(ValidationError);
    expect(() => webhookURL('not a url', 'k')).toThrow(ValidationError);
  });
});
