import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How to start the worker module `name` (no extension) that sits beside the module at `from`
 * (its `import.meta.url`). Compiled (dist/), the worker is the emitted .js; from source (tsx, jest)
 * it is the .ts, loaded through tsx's API.
 */
export function workerEntry(name: string, from: string): { source: string | URL; eval: boolean } {
  if (from.endsWith('.js')) return { source: new URL(`./${name}.js`, from), eval: false };
  // require.resolve would pick the CommonJS build of tsx's API; the ESM one is named in its export map.
  const manifest = createRequire(from).resolve('tsx/package.json');
  const exports = (
    JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports;
  const tsxApi = pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
  const entry = new URL(`./${name}.ts`, from).href;
  return {
    source: `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(from)}))`,
    eval: true,
  };
}
