// Imports TypeScript modules of this repository from a plain node script: esbuild bundles a small
// entry that re-exports them into a temporary ESM file, which is imported and then removed. The
// generators (gen-schema, gen-rule-advice) use it so they read the same sources the bundles do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * @param {Record<string, string>} exports export name -> repository-relative .ts path
 * @returns {Promise<Record<string, unknown>>} the bundled module's namespace
 */
export async function importTypeScript(exports) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pc-import-ts-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      Object.entries(exports)
        .map(([name, file]) => `export { ${name} } from ${JSON.stringify(path.resolve(file))};\n`)
        .join(''),
    );
    const outfile = path.join(dir, 'bundle.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      define: { __PORTFOLIO_CHECK_VERSION__: '"0.0.0"' },
      banner: { js: "import { createRequire as __pcCreateRequire } from 'node:module';\nconst require = __pcCreateRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
