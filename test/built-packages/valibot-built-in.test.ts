import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

/** The built JavaScript files of a package that load `valibot` itself (statically or dynamically). */
function filesImportingValibot(pkg: string): string[] {
  const dist = join(packagesDir, pkg, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs'));
  return files.filter((file) =>
    /(?:from\s*|import\s*\(\s*)["']valibot["']/.test(readFileSync(join(dist, file), 'utf8')),
  );
}

// Loading valibot's whole build costs a Node program about 20 ms; the sdk's packages take the few
// functions they use from `@grok-imagine/core/valibot`, which core's build carries itself.
describe('valibot is built into core', () => {
  for (const pkg of ['core', 'xai', 'pixazo', 'vydra', 'sdk'])
    it(`${pkg}: no built file imports valibot`, () => {
      expect(filesImportingValibot(pkg)).toEqual([]);
    });

  it('the check can fail: the ai-sdk package still imports valibot itself', () => {
    expect(filesImportingValibot('ai-sdk').length).toBeGreaterThan(0);
  });

  it('@grok-imagine/core/valibot validates as valibot does', async () => {
    const v = await import('@grok-imagine/core/valibot');
    const schema = v.strictObject({ n: v.pipe(v.number(), v.integer(), v.minValue(1)) });
    expect(v.safeParse(schema, { n: 2 }).success).toBe(true);
    const failed = v.safeParse(schema, { n: 0 });
    expect(failed.success).toBe(false);
    expect(failed.issues?.[0]?.kind).toBe('validation');
  });
});
