import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check.js';
import { formatComment } from '../../src/report/github.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { WorkingTreeSource } from '../../src/source/working-tree.js';
import { BUILTIN_RULES } from '../../rules/index.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/js-weak');

describe('--format markdown', () => {
  it('has the PR comment content, with depth and exemptions and their reasons', async () => {
    const rules = BUILTIN_RULES.filter((r) => r.meta.category !== 'history');
    const result = await checkSource(new WorkingTreeSource(FIXTURE, 'js-weak'), {
      rules,
      config: { rules: {}, exemptions: [{ rule: 'container-present', reason: 'Deployed as <serverless> functions' }] },
    });
    const md = formatMarkdown(result);
    expect(md).toMatch(/^## 🔴 Portfolio score: \d+\/100/);
    expect(md).toContain('### Project depth');
    expect(md).toContain('- `container-present`: Deployed as \\<serverless\\> functions');
    expect(md).toContain('### What to fix');
    // The comment is the same report, folded, after its hidden marker.
    const comment = formatComment({ head: result });
    expect(comment).toContain('### Exempted');
    expect(comment).toContain(md.split('\n')[0]!);
  });
});
