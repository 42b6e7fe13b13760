import { defineRule } from '../src/engine/define-rule.js';
import { relativeLinks } from '../src/facts/readme-content.js';
import type { Finding } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'readme-links-valid',
    category: 'documentation',
    title: 'README links and images resolve',
    rationale: 'A broken screenshot or a link to a missing doc is the first thing a reviewer sees, and it says the README was not read after the code moved.',
    fix: 'Point each relative link and image at a file that exists (paths are case-sensitive on GitHub), or remove it.',
    level: 'warn',
    kind: 'defect',
    deduction: 'broken README link',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const { documents, links } = await relativeLinks(facts);
    if (documents === 0) return { outcome: 'not-applicable', summary: 'No README (see readme-present).' };
    const findings: Finding[] = links
      .filter((link) => !link.exists)
      .map((link) => ({
        file: link.file,
        line: link.line,
        message: `${link.image ? 'Image' : 'Link'} "${link.url}" points to ${link.target}, which does not exist${link.caseVariant ? ` (${link.caseVariant} differs only in case)` : ''}.`,
        fix: link.caseVariant ? `Use the exact path: ${link.caseVariant}.` : 'Fix the path or remove the link.',
      }));
    const checked = links.length;
    if (checked === 0) return { outcome: 'pass', summary: 'No relative links or images to check.' };
    if (findings.length === 0) return { outcome: 'pass', summary: `All ${checked} relative link(s) and image(s) resolve.` };
    const score = Math.max(0, 1 - findings.length / checked);
    const summary = `${findings.length} of ${checked} relative link(s) and image(s) are broken.`;
    return score === 0 ? { outcome: 'fail', summary, findings } : { outcome: 'partial', score, summary, findings };
  },
});
