import type { ProviderName } from './provider-name.ts';

/** One tick is 1e-10 USD (xAI's unit); Pixazo's USD wallet is kept in ticks too, so sums stay exact. */
export const TICKS_PER_USD = 10_000_000_000;

/** Default balances per key: generous enough that nobody runs out by accident. */
const DEFAULTS: Record<ProviderName, number> = {
  xai: 1000 * TICKS_PER_USD,
  pixazo: 1000 * TICKS_PER_USD,
  vydra: 1_000_000,
};

/**
 * Per-provider, per-key balances. Units: USD ticks for xAI and Pixazo, credits for Vydra.
 * `setBalance` takes the user-facing unit (see {@link toLedgerUnits}).
 */
export class BalanceLedger {
  readonly #amounts = new Map<string, number>();
  readonly #defaults: Record<ProviderName, number>;

  constructor(defaults: Partial<Record<ProviderName, number>> = {}) {
    this.#defaults = {
      xai: defaults.xai ?? DEFAULTS.xai,
      pixazo: defaults.pixazo === undefined ? DEFAULTS.pixazo : toLedgerUnits('pixazo', defaults.pixazo),
      vydra: defaults.vydra ?? DEFAULTS.vydra,
    };
  }

  /** The balance of a key, in ledger units. */
  get(provider: ProviderName, key: string): number {
    return this.#amounts.get(`${provider}:${key}`) ?? this.#defaults[provider];
  }

  /** Sets a balance, in ledger units. */
  set(provider: ProviderName, key: string, amount: number): void {
    this.#amounts.set(`${provider}:${key}`, amount);
  }

  /** Takes `amount` if the key has it; false (and nothing taken) otherwise. */
  charge(provider: ProviderName, key: string, amount: number): boolean {
    const current = this.get(provider, key);
    if (current < amount) return false;
    this.set(provider, key, current - amount);
    return true;
  }

  /** Gives `amount` back. */
  refund(provider: ProviderName, key: string, amount: number): void {
    this.set(provider, key, this.get(provider, key) + amount);
  }
}

/** Converts a user-facing amount (ticks for xAI, USD for Pixazo, credits for Vydra) to ledger units. */
export function toLedgerUnits(provider: ProviderName, amount: number): number {
  return provider === 'pixazo' ? Math.round(amount * TICKS_PER_USD) : amount;
}

/** Converts ledger units back to the user-facing unit. */
export function fromLedgerUnits(provider: ProviderName, amount: number): number {
  return provider === 'pixazo' ? amount / TICKS_PER_USD : amount;
}
