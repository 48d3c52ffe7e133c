import type { Command } from 'commander';
import { PROVIDER_IDS, type ProviderId } from '@grok-imagine/sdk/node';
import { type CompareRow, compare } from '@grok-imagine/sdk/node';
import { formatQuote } from '../output/format-money.ts';
import { renderTable } from '../output/render-table.ts';
import { buildRequest, parseRequestType } from '../request/build-request.ts';
import { pickValue } from '../request/parse-values.ts';
import { addAllRequestFlags, type RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** `--providers xai,vydra` as provider ids; every provider when absent. */
export function parseProviderList(text: string | undefined): ProviderId[] {
  if (text === undefined) return [...PROVIDER_IDS];
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => pickValue('providers', name, PROVIDER_IDS));
}

/**
 * A supported row's note: the quote's notes, then the warnings the job would carry (a field this
 * provider ignores, a default it resolves differently, a value that relies on an assumed range).
 */
function rowNote(row: CompareRow): string {
  const warnings = row.warnings.map((warning) => warning.message ?? `${warning.field ?? ''} ${warning.type}`);
  return [...(row.quote?.notes ?? []), ...warnings].join(' ');
}

/** `grok-imagine compare <type> <prompt> [fields] [--providers a,b]`: quotes side by side, cheapest first. */
export function registerCompareCommand(program: Command, context: CommandContext): void {
  addAllRequestFlags(
    program
      .command('compare')
      .description('quote a request on several providers, cheapest first (offline)')
      .argument(
        '<type>',
        'text-to-image (image), image-edit (edit), text-to-video (video), image-to-video, …',
      )
      .argument('<prompt>')
      .option('--providers <list>', 'comma-separated providers (default: xai,pixazo,vydra)'),
  ).action(
    sessionAction<RequestFlags & { providers?: string }>(context, async (session, [type, prompt], flags) => {
      const request = buildRequest(parseRequestType(type!), prompt!, flags, session.io.cwd);
      const providers = parseProviderList(flags.providers);
      const { configFile, ...config } = await session.config();
      const rows = await compare(request, { providers, config, configFile });
      const table = renderTable(
        ['provider', 'price', 'confidence', 'note'],
        rows.map((row) => [
          row.provider,
          row.supported ? formatQuote(row.quote) : 'unsupported',
          row.supported ? row.confidence : '-',
          row.supported ? rowNote(row) : (row.reason ?? ''),
        ]),
      );
      session.output.result({ rows }, table);
      return 0;
    }),
  );
}
