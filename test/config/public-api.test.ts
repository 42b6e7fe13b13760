import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { loadConfig } from '../../src/config/index.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'pc-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the package's library entry", () => {
  it('lets a plugin define its rule with the same defineRule as the built-ins', async () => {
    // The plugin imports the published package by name, as a bootcamp's package would.
    mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'portfolio-check'), 'dir');
    writeFileSync(
      path.join(dir, 'rules.mjs'),
      `import { defineRule } from 'portfolio-check';
export default {
  name: 'acme',
  rules: [
    defineRule({
      meta: { id: 'has-changelog', category: 'documentation', title: 'A changelog', rationale: 'Releases are explained.', fix: 'Add CHANGELOG.md.', level: 'warn', weight: 1, stage: 6 },
      async check({ facts }) {
        const files = await facts.files();
        return files.has('CHANGELOG.md') ? { outcome: 'pass', summary: 'CHANGELOG.md.' } : { outcome: 'fail', summary: 'No CHANGELOG.md.', findings: [{ message: 'No changelog.' }] };
      },
    }),
  ],
};
`,
    );
    writeFileSync(path.join(dir, 'portfolio-check.config.json'), JSON.stringify({ plugins: ['./rules.mjs'] }));
    writeFileSync(path.join(dir, 'README.md'), '# Demo\n');
    const loaded = await loadConfig(dir);
    const result = await checkSource(new WorkingTreeSource(dir), { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore });
    const rule = result.rules.find((r) => r.id === 'acme/has-changelog');
    expect(rule?.outcome).toBe('fail');
    expect(rule?.findings).toEqual([{ message: 'No changelog.' }]);
  });
});
