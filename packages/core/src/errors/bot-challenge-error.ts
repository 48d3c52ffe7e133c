import { GrokImagineError } from './grok-imagine-error.ts';

/** An HTML bot-challenge page answered instead of the API (Pixazo's status endpoint). Use webhooks instead of polling. */
export class BotChallengeError extends GrokImagineError {
  static override readonly kind = 'bot-challenge' as const;
  override name = 'BotChallengeError' as const;
}
