// Bundles the CLI (and, when present, the GitHub Action) into dist/ as self-contained ESM files.
// The CLI is split: dist/cli.js answers --version by itself and loads the rest (dist/chunks/) on
// demand, so start-up pays only for what a command uses.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'src/cli/index.ts', out: 'cli', shebang: true, split: true },
  { in: 'src/action/index.ts', out: 'index', shebang: false },
  { in: 'src/api.ts', out: 'api', shebang: false },
].filter((e) => existsSync(e.in));

// Chunk names carry a content hash: old ones are removed so dist/ holds only what the build wrote.
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
for (const entry of entries) {
  await build({
    entryPoints: { [entry.out]: entry.in },
    outdir,
    bundle: true,
    splitting: entry.split === true,
    chunkNames: 'chunks/[name]-[hash]',
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
