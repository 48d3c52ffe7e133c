import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_TABLES, REPO_ROOT } from './docs/doc-tables.ts';
import { readSection, replaceSection } from './docs/doc-section.ts';

/**
 * The docs' capability and price tables are generated from the adapters' data. This test fails when
 * a table and the data disagree; `pnpm docs:tables` (which sets DOCS_TABLES_WRITE) rewrites them.
 */
const write = process.env.DOCS_TABLES_WRITE === '1';

describe('generated doc tables match the data', () => {
  it.each(DOC_TABLES.map((table) => [`${table.file} ${table.name}`, table] as const))(
    '%s',
    async (_, table) => {
      const path = join(REPO_ROOT, table.file);
      const text = readFileSync(path, 'utf8');
      const expected = await table.render();
      if (write) {
        writeFileSync(path, replaceSection(text, table.name, expected));
        return;
      }
      expect(readSection(text, table.name), `run \`pnpm docs:tables\` to regenerate ${table.file}`).toBe(
        expected,
      );
    },
  );
});
