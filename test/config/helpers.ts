import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule, RuleMeta } from '../../src/types.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BOOTCAMP = path.join(ROOT, 'fixtures/config/bootcamp');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp directory with these files (objects are written as JSON). Removed after the file's tests. */
export function tree(files: Record<string, string | object>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pc-config-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A rule that always passes, with the given metadata overrides. */
export function stubRule(id: string, meta: Partial<RuleMeta> = {}): Rule {
  return defineRule({
    meta: { id, category: 'documentation', title: id, rationale: 'r', fix: 'f', level: 'error', weight: 1, stage: 1, ...meta },
    check: () => ({ outcome: 'pass', summary: 'ok' }),
  });
}
