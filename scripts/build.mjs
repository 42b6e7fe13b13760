// Bundles the CLI (and, when present, the GitHub Action) into dist/ as self-contained ESM files.
import { readFileSync, existsSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'src/cli/index.ts', out: 'cli', shebang: true },
  { in: 'src/action/index.ts', out: 'index', shebang: false },
  { in: 'src/api.ts', out: 'api', shebang: false },
].filter((e) => existsSync(e.in));

for (const entry of entries) {
  await build({
    entryPoints: { [entry.out]: entry.in },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifyWhitespace: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __PORTFOLIO_CHECK_VERSION__: JSON.stringify(version) },
    banner: {
      // CommonJS dependencies call require(); give the ESM bundle one.
      js: `${entry.shebang ? '#!/usr/bin/env node\n' : ''}import { createRequire as __pcCreateRequire } from 'node:module';\nconst require = __pcCreateRequire(import.meta.url);`,
    },
  });
}
console.log(`built ${entries.map((e) => `${outdir}/${e.out}.js`).join(', ')}`);
