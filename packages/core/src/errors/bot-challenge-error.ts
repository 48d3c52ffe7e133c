import { GrokImagineError } from './grok-imagine-error.ts';

/** An HTML bot-challenge page answered instead of the API (Pixazo's status endpoint). Use webhooks instead of polling. */
export class BotChallengeError extends GrokImagineError {
  override name = 'BotChallengeError' as const;
}
