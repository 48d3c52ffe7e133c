import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITED_DIR, SHARED_DIR } from '../../../test/support/cited-documents.ts';

// The price audits read the repository's copies, so a fresh clone tests on its own. Where the
// project's shared folder sits beside the repository (as in CI), the copies must equal it.
describe.skipIf(!existsSync(SHARED_DIR))('docs/cited against the shared folder', () => {
  it('holds every provider document and DESIGN.md, byte for byte', () => {
    const providerDocs = readdirSync(`${SHARED_DIR}provider-docs`).sort();
    expect(readdirSync(`${CITED_DIR}provider-docs`).sort()).toEqual(providerDocs);
    for (const name of [...providerDocs.map((file) => `provider-docs/${file}`), 'DESIGN.md']) {
      const same =
        readFileSync(`${CITED_DIR}${name}`, 'utf8') === readFileSync(`${SHARED_DIR}${name}`, 'utf8');
      expect(same, `docs/cited/${name} is an exact copy`).toBe(true);
    }
  });
});
