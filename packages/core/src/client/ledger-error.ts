import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import type { LedgerError } from '../ledger/ledger-types.ts';

/** An error as the ledger keeps it: plain data, no stack, no cause (nothing that could hold a key). */
export function toLedgerError(error: unknown): LedgerError {
  if (GrokImagineError.isInstance(error)) {
    return {
      name: error.name,
      kind: error.kind,
      message: error.message,
      code: error.code,
      status: error.status,
    };
  }
  const name = error instanceof Error ? error.name : 'Error';
  return { name, kind: 'sdk', message: error instanceof Error ? error.message : String(error) };
}
