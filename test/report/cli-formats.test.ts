import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { tempRepo } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEAK = path.join(ROOT, 'fixtures', 'js-weak');
const tmp = mkdtempSync(path.join(tmpdir(), 'pc-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, stderrIsTTY: false, env: {}, cwd: ROOT };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('report formats on the command line', () => {
  it('prints html, sarif and shields', async () => {
    const json = JSON.parse((await run([WEAK, '--format', 'json'])).stdout);
    const html = await run([WEAK, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain(`data-overall="" data-score="${json.score}"`);
    const sarif = await run([WEAK, '-f', 'sarif']);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    const shields = await run([WEAK, '-f', 'shields']);
    expect(JSON.parse(shields.stdout)).toMatchObject({ schemaVersion: 1, label: 'portfolio', message: `${json.score} ${json.bandLabel}` });
    // No progress drawing when stderr is not a terminal.
    expect(html.stderr + sarif.stderr + shields.stderr).toBe('');
  });

  it('writes a badge beside the main report', async () => {
    const badge = path.join(tmp, 'badge.svg');
    const out = path.join(tmp, 'report.html');
    const r = await run([WEAK, '-f', 'html', '-o', out, '--badge', badge]);
    expect(r.code).toBe(0);
    expect(readFileSync(badge, 'utf8')).toMatch(/^<svg [^>]*aria-label="portfolio: \d+ (early|getting there|job-ready)"/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('exits 2 when the badge cannot be written or the format is unknown', async () => {
    const bad = await run([WEAK, '--badge', path.join(tmp, 'missing-dir', 'b.svg')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write .*b\.svg: ENOENT/);
    const unknown = await run([WEAK, '-f', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('html, sarif, shields');
  });

  it('writes SARIF paths relative to the repository, also from a subdirectory', async () => {
    const weakPackage = JSON.stringify({ name: 'api', scripts: { test: 'echo "Error: no test specified" && exit 1' }, dependencies: { express: '^4.19.0' } }, null, 2);
    const repo = tempRepo({ git: true, files: { 'services/api/package.json': weakPackage, 'services/api/index.js': "require('express')().listen(3000);\n", 'package.json': weakPackage } });
    try {
      const uris = async (target: string) =>
        JSON.parse((await run([target, '-f', 'sarif'])).stdout).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri as string);
      const sub = await uris(path.join(repo.dir, 'services', 'api'));
      expect(sub).toContain('services/api/package.json');
      expect(sub.every((u: string) => u.startsWith('services/api/'))).toBe(true);
      expect(await uris(repo.dir)).toContain('package.json');
    } finally {
      repo.cleanup();
    }
  });
});
