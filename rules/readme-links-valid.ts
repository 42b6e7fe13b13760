import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { resolveRelativeLink } from '../src/facts/facts.js';
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
    const [docs, files, tracked] = await Promise.all([linkedDocumentation(facts), facts.files(), facts.tracked()]);
    if (docs.length === 0) return { outcome: 'not-applicable', summary: 'No README (see readme-present).' };
    const dirs = new Set<string>();
    for (const path of [...files.all.map((f) => f.path), ...(tracked ?? [])]) {
      for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) dirs.add(path.slice(0, i));
    }
    const exists = (target: string) => files.has(target) || tracked?.has(target) === true || dirs.has(target.replace(/\/$/, ''));

    const findings: Finding[] = [];
    let checked = 0;
    for (const doc of docs) {
      const seen = new Set<string>();
      for (const link of doc.links) {
        const target = resolveRelativeLink(doc.path, link.url.trim());
        if (!target || /[<>{}$]/.test(link.url)) continue;
        const key = `${link.line}:${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        checked += 1;
        if (exists(target)) continue;
        const kind = link.image ? 'Image' : 'Link';
        const other = files.all.find((f) => f.path.toLowerCase() === target.toLowerCase());
        findings.push({
          file: doc.path,
          line: link.line,
          message: `${kind} "${link.url}" points to ${target}, which does not exist${other ? ` (${other.path} differs only in case)` : ''}.`,
          fix: other ? `Use the exact path: ${other.path}.` : 'Fix the path or remove the link.',
        });
      }
    }
    if (checked === 0) return { outcome: 'pass', summary: 'No relative links or images to check.' };
    if (findings.length === 0) return { outcome: 'pass', summary: `All ${checked} relative link(s) and image(s) resolve.` };
    const score = Math.max(0, 1 - findings.length / checked);
    const summary = `${findings.length} of ${checked} relative link(s) and image(s) are broken.`;
    return score === 0 ? { outcome: 'fail', summary, findings } : { outcome: 'partial', score, summary, findings };
  },
});
