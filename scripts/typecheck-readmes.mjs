#!/usr/bin/env node
// Type-checks every ```ts block of the root README and each package README, as `pnpm typecheck`
// does for docs/examples: each block becomes one module in a generated folder (under
// node_modules/.cache, so nothing is committed), compiled with the repo's settings. Errors point
// back at the README line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules/.cache/readme-code');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(join(root, path))),
];

/** The ```ts blocks of a Markdown file, with the line of each block's first code line. */
function tsBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const origins = new Map();
for (const readme of readmes) {
  tsBlocks(readFileSync(join(root, readme), 'utf8')).forEach((block, index) => {
    const name = `${readme.replace(/[/.]/g, '_')}_${index + 1}.ts`;
    // `export {}` keeps each block a module of its own (top-level await, no clashing names).
    writeFileSync(join(outDir, name), `${block.code}\nexport {};\n`);
    origins.set(name, { readme, line: block.line });
  });
}
writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify({
    extends: relative(outDir, join(root, 'tsconfig.base.json')),
    compilerOptions: { noEmit: true },
    files: [...origins.keys()],
  }),
);

try {
  execFileSync(process.execPath, [tsc, '-p', outDir, '--pretty', 'false'], { cwd: outDir, encoding: 'utf8' });
  console.log(`README code: ${origins.size} ts blocks in ${readmes.length} READMEs type-check`);
} catch (error) {
  // `block.ts(3,7): error TS…` → `packages/sdk/README.md:14:7: error TS…`
  const report = String(error.stdout ?? error).replace(
    /^(\S+\.ts)\((\d+),(\d+)\)/gm,
    (match, file, line, col) => {
      const origin = origins.get(file);
      return origin ? `${origin.readme}:${origin.line + Number(line) - 1}:${col}` : match;
    },
  );
  console.error(`README code blocks that do not type-check:\n${report}`);
  process.exit(1);
}
