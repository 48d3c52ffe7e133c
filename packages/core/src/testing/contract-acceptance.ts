import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import type { GrokImagineError } from '../errors/grok-imagine-error.ts';
import { ResponseValidationError } from '../errors/response-validation-error.ts';
import { SubmissionUncertainError } from '../errors/submission-uncertain-error.ts';
import {
  countWrites,
  expectNoKey,
  expectWellFormedJob,
  onlyEntry,
  rejection,
  setupContract,
} from './contract-setup.ts';
import type { AdapterContractFixture, CreateReply } from './contract-types.ts';
import { bodyCutAfter } from './cut-body.ts';

/** Answers to the create request after which the job may exist: each must end uncertain. */
const UNCERTAIN_ANSWERS: ReadonlyArray<[string, () => CreateReply]> = [
  [
    'a 2xx body cut off mid-stream',
    () => ({ status: 200, body: bodyCutAfter('{"'), headers: { 'content-type': 'application/json' } }),
  ],
  [
    'a 2xx body that is not JSON',
    () => ({
      status: 200,
      body: '<html><body>Accepted</body></html>',
      headers: { 'content-type': 'text/html' },
    }),
  ],
  [
    'a 500',
    () => ({
      status: 500,
      body: JSON.stringify({ error: 'internal error', message: 'internal error' }),
      headers: { 'content-type': 'application/json' },
    }),
  ],
];

/**
 * Whether a create was accepted, as core decides it for every adapter: a refusal is `accepted: 'no'`
 * and recorded `refused`; an answer lost after sending is a `SubmissionUncertainError` recorded
 * `uncertain` and never sent again; a status answer about another job is refused.
 */
export function describeAcceptanceContract(fixture: AdapterContractFixture): void {
  const { provider, apiKey } = fixture;

  describe('acceptance', () => {
    it('unauthorized: AuthenticationError, accepted "no", recorded refused, the API key nowhere', async () => {
      const { client } = setupContract(fixture);
      fixture.unauthorized.intercept();
      const error = await rejection(client.submit(fixture.unauthorized.request));
      expect(AuthenticationError.isInstance(error), `expected AuthenticationError, got ${error.name}`).toBe(
        true,
      );
      expect(error.provider).toBe(provider);
      expect(error.status).toBe(401);
      expect(error.accepted).toBe('no');
      expectNoKey(error, apiKey);
      expect(onlyEntry(client).state).toBe('refused');
      expect(JSON.stringify(client.ledger.entries())).not.toContain(apiKey);
    });

    it('rateLimitedThenAccepted: a 429 on the create is waited out and retried', async () => {
      const { client, clock } = setupContract(fixture);
      fixture.rateLimitedThenAccepted.intercept();
      const job = await client.submit(fixture.rateLimitedThenAccepted.request);
      expectWellFormedJob(job, provider);
      expect(clock.sleeps.length, 'waited on the injected clock before retrying').toBeGreaterThan(0);
      expect(onlyEntry(client)).toMatchObject({ state: 'accepted', jobId: job.id });
    });

    for (const [what, reply] of UNCERTAIN_ANSWERS) {
      it(`a create answered with ${what} is SubmissionUncertainError, recorded uncertain, sent once`, async () => {
        const { client } = setupContract(fixture);
        fixture.answerImageCreate(reply());
        fixture.reconcileFindsNothing?.();
        let error: GrokImagineError | undefined;
        const writes = await countWrites(async () => {
          error = await rejection(client.submit(fixture.imageDone.request));
        });
        expect(writes, 'the create request is not sent again').toBe(1);
        expect(
          SubmissionUncertainError.isInstance(error),
          `expected SubmissionUncertainError, got ${error?.name}`,
        ).toBe(true);
        const uncertain = error as SubmissionUncertainError;
        expect(uncertain.accepted).toBe('unknown');
        expect(uncertain.provider).toBe(provider);
        const entry = onlyEntry(client);
        expect(entry.state).toBe('uncertain');
        expect(uncertain.submissionId).toBe(entry.submissionId);
        expect(uncertain.request).toEqual(entry.request);
        expect(client.ledger.unresolved().map((e) => e.submissionId)).toEqual([entry.submissionId]);
        expectNoKey(uncertain, apiKey);
      });
    }

    it.skipIf(!fixture.statusNamesAnotherJob)(
      'a status answer naming another job is ResponseValidationError and changes nothing',
      async () => {
        const scenario = fixture.statusNamesAnotherJob!;
        const { client } = setupContract(fixture);
        scenario.intercept();
        const submitted = await client.submit(scenario.request);
        expect(submitted.status).toBe('pending');
        const error = await rejection(client.get(submitted.id));
        expect(
          ResponseValidationError.isInstance(error),
          `expected ResponseValidationError, got ${error.name}`,
        ).toBe(true);
        expect(error.provider).toBe(provider);
        expect(onlyEntry(client).job?.status, 'the ledger keeps the last true state').toBe('pending');
      },
    );
  });
}
