import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The documents price citations point at, as kept in the repository (`docs/cited/`). */
export const CITED_DIR = fileURLToPath(new URL('../../docs/cited/', import.meta.url));

/**
 * The project's shared folder, when the repository is checked out beside it
 * (`<repo root>/../shared/`): the originals of the copies in `docs/cited/`.
 */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * A cited document's text, by the path a citation gives (`provider-docs/xai-grok-imagine.md`,
 * `DESIGN.md`); a bare provider document name (`vydra-grok-imagine.txt`) is looked up in
 * `provider-docs/`. The adapters' price audits read these.
 */
export function readCitedDocument(document: string): string {
  const relative =
    document.includes('/') || document === 'DESIGN.md' ? document : `provider-docs/${document}`;
  const path = `${CITED_DIR}${relative}`;
  if (!existsSync(path)) throw new Error(`The cited document ${relative} is not in docs/cited/.`);
  return readFileSync(path, 'utf8');
}
