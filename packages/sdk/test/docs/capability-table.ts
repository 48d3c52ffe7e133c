import { REQUEST_TYPES } from '@grok-imagine/core';
import type { AssumedRule, FieldRule, ProviderCapabilities, ProviderId } from '../../src/index.ts';
import { renderMarkdownTable } from './markdown-table.ts';

/** Column titles of the providers, in the README's order. */
export const PROVIDER_TITLES: Readonly<Record<ProviderId, string>> = {
  xai: 'xAI',
  pixazo: 'Pixazo',
  vydra: 'Vydra',
};

// Media inputs first, then the fields a user sets most; any other field follows in name order.
const FIELD_ORDER = [
  'images',
  'references',
  'n',
  'duration',
  'aspectRatio',
  'resolution',
  'quality',
  'format',
  'delivery',
  'prompt',
];

function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field);
  return rank < 0 ? FIELD_ORDER.length : rank;
}

/** One rule in words: `1–10`, `1:1, 16:9`, `ignored: <why>`. */
export function describeRule(rule: FieldRule): string {
  switch (rule.kind) {
    case 'range': {
      const unit = rule.unit === 's' || rule.unit === 'seconds' ? ' s' : rule.unit ? ` ${rule.unit}` : '';
      return rule.min === rule.max ? `${rule.min}${unit}` : `${rule.min}–${rule.max}${unit}`;
    }
    case 'count':
      return rule.min === rule.max ? `exactly ${rule.min}` : `${rule.min}–${rule.max}`;
    case 'enum':
      return rule.values.join(', ');
    case 'maxLength':
      return `≤ ${rule.max.toLocaleString('en-US')} characters`;
    case 'ignored':
      return rule.reason ? `ignored: ${rule.reason}` : 'ignored';
  }
}

/** The assumed part of a provider's rule, in words: where it holds and what is documented. */
function describeAssumed(assumed: readonly AssumedRule[]): string {
  return assumed
    .map((rule) => {
      const where = rule.scope ? ` on ${rule.scope}` : '';
      return rule.documented
        ? ` (documented${where}: ${describeRule(rule.documented)}; beyond that assumed)`
        : ` (assumed${where})`;
    })
    .join('');
}

/** Text for a Markdown cell or list item: `<IMAGE_1>` would otherwise read as an HTML tag. */
function escapeTags(text: string): string {
  return text.replace(/[<>]/g, (bracket) => `\\${bracket}`);
}

/** Numbered notes, in the order the table refers to them. */
interface NoteList {
  lines: string[];
  add(provider: ProviderId, type: string, note: string): number;
}

function noteList(): NoteList {
  const lines: string[] = [];
  return {
    lines,
    add(provider, type, note) {
      lines.push(`${lines.length + 1}. ${PROVIDER_TITLES[provider]}, \`${type}\`: ${escapeTags(note)}`);
      return lines.length;
    },
  };
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The README's capability table, from each provider's capability data: a row per request type and
 * field (`—` where the provider lacks the type, `any` where it sets no rule of its own; an assumed
 * rule says where it is assumed and which part is documented), a `notes`
 * row pointing into the numbered notes under the table, then cancel, webhooks, inline media and the
 * SDK's limit on jobs running at once.
 */
export function renderCapabilityTable(
  capabilities: Readonly<Record<ProviderId, ProviderCapabilities>>,
): string {
  const providers = Object.keys(capabilities) as ProviderId[];
  const notes = noteList();
  const rows: string[][] = [];
  for (const type of REQUEST_TYPES) {
    const perProvider = providers.map((provider) => capabilities[provider].types[type]);
    const fields = [...new Set(perProvider.flatMap((capability) => Object.keys(capability?.fields ?? {})))];
    fields.sort((a, b) => fieldRank(a) - fieldRank(b) || a.localeCompare(b));
    fields.forEach((field, index) => {
      const cells = perProvider.map((capability) => {
        if (!capability) return '—';
        const rule = capability.fields[field];
        if (!rule) return 'any';
        const assumed = (capability.assumed ?? []).filter((entry) => entry.field === field);
        return escapeTags(describeRule(rule) + describeAssumed(assumed));
      });
      rows.push([index === 0 ? `\`${type}\`` : '', `\`${field}\``, ...cells]);
    });
    if (perProvider.some((capability) => capability?.notes?.length)) {
      const refs = providers.map((provider, index) => {
        const list = perProvider[index]?.notes ?? [];
        return list.map((note) => String(notes.add(provider, type, note))).join(', ');
      });
      rows.push(['', 'notes', ...refs]);
    }
  }
  const each = (read: (capability: ProviderCapabilities) => string) =>
    providers.map((provider) => read(capabilities[provider]));
  rows.push(['cancel', '', ...each((capability) => yesNo(capability.cancel))]);
  rows.push(['webhooks', '', ...each((capability) => yesNo(capability.webhooks))]);
  rows.push([
    'bytes and data URIs',
    '',
    ...each((c) => (c.inlineMedia ? 'sent inline' : 'need `uploadMedia`')),
  ]);
  rows.push(['running jobs (SDK limit)', '', ...each((c) => String(c.maxConcurrentJobs ?? 'none'))]);
  const header = ['request type', 'field', ...providers.map((provider) => PROVIDER_TITLES[provider])];
  return `${renderMarkdownTable(header, rows)}\n\nNotes:\n\n${notes.lines.join('\n')}`;
}
