import type { Command } from 'commander';
import { PROVIDER_IDS, type ProviderAccount, type ProviderId, ValidationError } from '@grok-imagine/sdk/node';
import { renderTable } from '../output/render-table.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

function row(account: ProviderAccount): string[] {
  if (!account.supported) return [account.provider, 'no', '', '', account.note ?? ''];
  const limits = account.rateLimits;
  return [
    account.provider,
    'yes',
    account.credits !== undefined
      ? `${account.credits} credits`
      : account.usd !== undefined
        ? `$${account.usd}`
        : '',
    limits
      ? [
          limits.plan,
          limits.requestsPerMinute && `${limits.requestsPerMinute}/min`,
          limits.concurrentJobs && `${limits.concurrentJobs} at once`,
        ]
          .filter(Boolean)
          .join(', ')
      : '',
    account.note ?? '',
  ];
}

/** `grok-imagine account`: what each provider can tell about the account (balance, plan limits). */
export function registerAccountCommand(program: Command, context: CommandContext): void {
  program
    .command('account')
    .description('show balance and plan limits where the provider reports them')
    .option('--only <provider>', 'ask one provider (xai, pixazo, vydra)')
    .action(
      sessionAction<{ only?: string }>(context, async (session, _args, options) => {
        if (options.only !== undefined && !(PROVIDER_IDS as readonly string[]).includes(options.only)) {
          throw new ValidationError(
            `--only ${options.only} is not a provider; allowed: ${PROVIDER_IDS.join(', ')}.`,
            {
              field: 'only',
              value: options.only,
              allowed: PROVIDER_IDS,
            },
          );
        }
        const imagine = await session.imagine();
        const providers = (options.only ? [options.only] : PROVIDER_IDS) as ProviderId[];
        const accounts: ProviderAccount[] = [];
        for (const provider of providers) accounts.push(await imagine.account(provider));
        session.output.result(
          { accounts },
          renderTable(['provider', 'supported', 'balance', 'limits', 'note'], accounts.map(row)),
        );
        return 0;
      }),
    );
}
