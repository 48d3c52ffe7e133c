import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { challengePage } from '../faults/challenge-page.ts';
import type { FaultStep } from '../faults/fault-types.ts';
import type { ApiResponse } from './http-types.ts';
import type { ProviderErrors } from './provider-module.ts';
import { writeResponse } from './write-response.ts';

/** The error bodies a fault borrows from the provider it hits. */
export type FaultResponder = Pick<ProviderErrors, 'rateLimited' | 'serverError'>;

/**
 * Answers a request, applying a fault if one was picked. `produce` does the real work; faults that
 * stand in for the server (429/5xx, HTML 403, reset before the response) skip it, so no job is created.
 * Returns the status sent, or `undefined` when the connection was destroyed instead.
 */
export async function serveWithFault(
  res: ServerResponse,
  fault: FaultStep | undefined,
  responder: FaultResponder,
  now: number,
  produce: () => ApiResponse,
  head = false,
): Promise<number | undefined> {
  const retryAfterSeconds = fault?.retryAfterSeconds ?? 1;
  const send = (response: ApiResponse, truncate = false): number => {
    writeResponse(res, response, { truncate, head });
    return response.status;
  };
  switch (fault?.kind) {
    case 'reset-before-response':
      res.socket?.destroy();
      return undefined;
    case 'status-429':
      return send(
        responder.rateLimited({
          limit: 0,
          remaining: 0,
          resetAt: now + retryAfterSeconds * 1000,
          retryAfterSeconds,
        }),
      );
    case 'status-500':
      return send(responder.serverError(500, retryAfterSeconds));
    case 'status-503':
      return send(responder.serverError(503, retryAfterSeconds));
    case 'html-403':
      return send(challengePage());
    case 'slow':
      await delay(fault.delayMs ?? 2000);
      break;
    default:
      break;
  }
  const response = produce();
  if (fault?.kind === 'reset-after-accept') {
    res.socket?.destroy();
    return undefined;
  }
  return send(response, fault?.kind === 'truncated-json');
}
