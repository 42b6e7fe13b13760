import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { findSections, hasContent, isDocTemplate } from '../src/facts/readme-sections.js';

/** Content cues for decisions and failure thinking in prose (signals §4.5); each counts once. */
const CUES: [string, RegExp][] = [
  ['trade-off', /\btrade[- ]?offs?\b/i],
  ['instead of', /\binstead of\b/i],
  ['we/I chose', /\b(we|i) (chose|picked|decided|opted)\b|\bchosen because\b/i],
  ['pros and cons', /\bpros and cons\b/i],
  ['downside', /\bdownsides?\b/i],
  ['limitation', /\blimitations?\b/i],
  ['bottleneck', /\bbottlenecks?\b/i],
  ['at scale', /\bat scale\b|\bhorizontal(ly)? scal/i],
  ['idempotency', /\bidempoten/i],
  ['retries', /\bretry\b|\bretries\b|\bbackoff\b/i],
  ['circuit breaker', /\bcircuit[- ]breaker/i],
  ['timeout', /\btimeouts?\b/i],
  ['dead-letter', /\bdead[- ]letter/i],
  ['delivery guarantees', /\bat[- ]least[- ]once\b|\bexactly[- ]once\b/i],
  ['race condition', /\brace conditions?\b/i],
  ['consistency', /\b(eventual(ly)? consisten|consistency)\b/i],
  ['transactions', /\btransactions?\b|\brollback\b/i],
  ['graceful shutdown', /\bgraceful (shutdown|degradation)\b/i],
  ['failover', /\bfailover\b/i],
  ['rate limit', /\brate[- ]limit/i],
  ['cache invalidation', /\bcache invalidation\b/i],
  ['N+1', /\bn\+1\b/i],
  ['database indexes', /\b(indexes|indices)\b|\bdatabase index\b/i],
];
const ADR_PATH = /(^|\/)(adrs?(-docs?)?|decisions|architecture\/decisions)\/[^/]+\.md$/i;

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
    const [docs, files] = await Promise.all([linkedDocumentation(facts), facts.files()]);
    const readme = docs[0];
    if (!readme) return { outcome: 'fail', summary: 'There is no README to explain decisions.', findings: [{ message: 'No README, so no design decisions.' }] };

    const section = findSections(docs, 'tradeoffs').find((m) => hasContent(m.section));
    if (section) return { outcome: 'pass', summary: `"${section.section.title}" at ${section.doc.path}:${section.section.line}.` };
    const adrs = files.all.filter((f) => ADR_PATH.test(f.path) && !isDocTemplate(f.path));
    if (adrs.length > 0) return { outcome: 'pass', summary: `${adrs.length} architecture decision record(s) in ${adrs[0]!.dir}.` };

    // Prose only: code blocks and headings hold commands and titles, not reasoning.
    const prose = docs.map((d) => d.sections.map((s) => stripCode(s.text, s.code)).join('\n')).join('\n');
    const hits = CUES.filter(([, re]) => re.test(prose)).map(([name]) => name);
    if (hits.length >= 3) return { outcome: 'pass', summary: `The docs discuss ${hits.slice(0, 4).join(', ')}${hits.length > 4 ? ', …' : ''}.` };

    const roadmap = findSections(docs, 'roadmap').find((m) => hasContent(m.section));
    const findings = [{ file: readme.path, message: 'No section on design decisions, tradeoffs, limitations or failure scenarios.' }];
    if (roadmap) return { outcome: 'partial', score: 0.4, summary: `Only a "${roadmap.section.title}" list; no reasoning about choices or failures.`, findings };
    const mentioned = hits.length > 0 ? ` (${hits.length} passing mention(s): ${hits.join(', ')}; 3 distinct cues count)` : '';
    return { outcome: 'fail', summary: `No decisions, tradeoffs or failure scenarios are written down${mentioned}.`, findings };
  },
});

function stripCode(text: string, code: readonly { value: string }[]): string {
  let out = text;
  for (const block of code) out = out.split(block.value).join('');
  return out;
}
