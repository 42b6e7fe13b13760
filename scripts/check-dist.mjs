// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fresh = mkdtempSync(path.join(tmpdir(), 'pc-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { stdio: 'ignore' });
  const stale = [];
  const files = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)));
  const built = new Set(files(fresh));
  // A chunk the sources no longer produce is stale too (only chunks/: other files in dist/ are kept by hand).
  if (existsSync('dist/chunks')) for (const name of files('dist').filter((n) => n.startsWith('chunks/') && !built.has(n))) stale.push(`dist/${name}: not produced by a fresh build`);
  for (const name of built) {
    let committed;
    try {
      committed = readFileSync(path.join('dist', name));
    } catch {
      stale.push(`dist/${name}: missing`);
      continue;
    }
    if (!committed.equals(readFileSync(path.join(fresh, name)))) stale.push(`dist/${name}: differs from a fresh build`);
  }
  if (stale.length) {
    console.error(`${stale.join('\n')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('check-dist: dist/ matches the sources');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
