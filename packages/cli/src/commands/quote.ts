import type { Command } from 'commander';
import { formatUsd, type Quote } from '@grok-imagine/sdk/node';
import { formatQuote } from '../output/format-money.ts';
import { buildRequest, parseRequestType } from '../request/build-request.ts';
import { addAllRequestFlags, type RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

function describeQuote(quote: Quote): string[] {
  const lines = [
    `provider    ${quote.provider}`,
    `type        ${quote.type}`,
    `price       ${formatQuote(quote)} (${quote.confidence})`,
  ];
  for (const line of quote.lines) {
    const amount =
      line.usdTicks !== undefined
        ? formatUsd(line.usdTicks)
        : line.credits !== undefined
          ? `${line.credits} credits`
          : 'unknown';
    lines.push(`line        ${line.description} × ${line.quantity} = ${amount} (${line.entry.confidence})`);
  }
  for (const note of quote.notes) lines.push(`note        ${note}`);
  return lines;
}

/** `grok-imagine quote <type> <prompt> [fields]`: the price of a request on one provider, offline. */
export function registerQuoteCommand(program: Command, context: CommandContext): void {
  addAllRequestFlags(
    program
      .command('quote')
      .description('price a request before making it (no network, no key needed)')
      .argument(
        '<type>',
        'text-to-image (image), image-edit (edit), text-to-video (video), image-to-video, …',
      )
      .argument('<prompt>'),
  ).action(
    sessionAction<RequestFlags>(context, async (session, [type, prompt], flags) => {
      const request = buildRequest(parseRequestType(type!), prompt!, flags, session.io.cwd);
      const imagine = await session.imagine();
      const quote = imagine.quote(request);
      session.output.result({ quote }, describeQuote(quote));
      return 0;
    }),
  );
}
