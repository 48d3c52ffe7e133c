// Bundles the INSTALLED @grok-imagine/sdk main entry for browsers with esbuild and fails if any
// Node built-in is pulled in. argv[2] is the consumer folder, argv[3] the esbuild module to use.
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';

const [consumer, esbuildPath] = process.argv.slice(2);
const { build } = await import(pathToFileURL(esbuildPath).href);
const builtins = new Set(builtinModules);
const pulled = new Set();
const result = await build({
  stdin: { contents: "export { createImagine, compare } from '@grok-imagine/sdk';", resolveDir: consumer },
  bundle: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'error',
  plugins: [
    {
      name: 'report-node-builtins',
      setup(plugin) {
        plugin.onResolve({ filter: /.*/ }, ({ path, importer }) => {
          if (!path.startsWith('node:') && !builtins.has(path.split('/')[0])) return undefined;
          pulled.add(`${path} (from ${importer})`);
          return { path, external: true };
        });
      },
    },
  ],
});
const inputs = Object.keys(result.metafile.inputs);
if (!inputs.some((file) => file.includes('node_modules/@grok-imagine/sdk/dist/'))) {
  throw new Error(`the bundle did not come from the installed sdk: ${inputs.join(', ')}`);
}
if (pulled.size > 0) {
  console.error(`browser: the sdk main entry pulls in Node built-ins:\n  ${[...pulled].join('\n  ')}`);
  process.exit(1);
}
const bytes = result.outputFiles[0].contents.byteLength;
console.log(
  `browser: @grok-imagine/sdk bundles for the browser (${inputs.length} modules, ${bytes} bytes, no Node built-ins)`,
);
