import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIXAZO_QUIRKS } from './pixazo/pixazo-markers.ts';
import { XAI_QUIRKS } from './xai/xai-markers.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The provider markers a document names, as `[provider:marker]`, each once, in order. */
function markersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/`\[(xai|pixazo|vydra):([a-z0-9-]+)\]`/g)].map((match) => match[0]))];
}

const inCode = [
  ...XAI_QUIRKS.map((quirk) => `\`[xai:${quirk}]\``),
  ...PIXAZO_QUIRKS.map((quirk) => `\`[pixazo:${quirk}]\``),
];

// The docs list every prompt marker the emulator reads, and no marker it does not.
describe('documented prompt markers', () => {
  it.each([
    ['docs/emulator.md', '../../../docs/emulator.md'],
    ['packages/emulator/README.md', '../README.md'],
  ])('%s names exactly the markers the code reads', (_, path) => {
    expect(markersIn(read(path))).toEqual(inCode);
  });
});
