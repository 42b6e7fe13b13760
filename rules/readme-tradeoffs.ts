import { defineRule } from '../src/engine/define-rule.js';
import { decisionNotes } from '../src/facts/readme-content.js';

export default defineRule({
  meta: {
    id: 'readme-tradeoffs',
    category: 'documentation',
    title: 'README explains decisions, tradeoffs and failure scenarios',
    rationale: 'What separates a senior-sounding project from a tutorial is the reasoning: why this database, what breaks under load, what you would change. Few portfolios have it, so reviewers notice.',
    fix: 'Add a "## Design decisions" or "## Tradeoffs" section: two or three choices you made, the alternative, and what happens when a dependency fails.',
    level: 'warn',
    kind: 'evidence',
    weight: 1,
    stage: 7,
  },
  async check({ facts }) {
    const { readme, section, decisionRecords: adrs, cues: hits, roadmap } = await decisionNotes(facts);
    if (!readme) return { outcome: 'fail', summary: 'There is no README to explain decisions.', findings: [{ message: 'No README, so no design decisions.' }] };

    if (section) return { outcome: 'pass', summary: `"${section.section.title}" at ${section.doc.path}:${section.section.line}.` };
    if (adrs.length > 0) return { outcome: 'pass', summary: `${adrs.length} architecture decision record(s) in ${adrs[0]!.dir}.` };
    if (hits.length >= 3) return { outcome: 'pass', summary: `The docs discuss ${hits.slice(0, 4).join(', ')}${hits.length > 4 ? ', …' : ''}.` };

    const findings = [{ file: readme, message: 'No section on design decisions, tradeoffs, limitations or failure scenarios.' }];
    if (roadmap) return { outcome: 'partial', score: 0.4, summary: `Only a "${roadmap.section.title}" list; no reasoning about choices or failures.`, findings };
    const mentioned = hits.length > 0 ? ` (${hits.length} passing mention(s): ${hits.join(', ')}; 3 distinct cues count)` : '';
    return { outcome: 'fail', summary: `No decisions, tradeoffs or failure scenarios are written down${mentioned}.`, findings };
  },
});
