import type { Result } from '../types.js';
import { costlyRules, formatPoints, location, OUTCOME_LABEL, unscoredRules } from './common.js';

const BAND_ICON = { green: '🟢', amber: '🟠', red: '🔴' } as const;

/** Escapes text for Markdown tables and inline use. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** A Markdown report: the same content as the PR comment, for pasting into a portfolio. */
export function formatMarkdown(result: Result): string {
  const out: string[] = [];
  out.push(`## ${BAND_ICON[result.band]} Portfolio score: ${result.score}/100`);
  out.push('');
  const detected = [...result.ecosystems, ...result.frameworks].join(', ');
  out.push(`\`${escapeMarkdown(result.target.name)}\`${detected ? ` · ${escapeMarkdown(detected)}` : ''}${result.passScore !== undefined ? ` · pass mark ${result.passScore} (${result.passed ? 'passed' : 'not reached'})` : ''}`);
  out.push('');
  out.push('| Category | Score | Points lost |');
  out.push('| --- | ---: | ---: |');
  for (const cat of result.categories) {
    out.push(`| ${cat.title} | ${cat.score === null ? '–' : `${cat.band ? BAND_ICON[cat.band] : ''} ${cat.score}`} | ${cat.score === null ? '–' : cat.pointsLost.toFixed(1)} |`);
  }
  const costly = costlyRules(result);
  if (costly.length > 0) {
    out.push('');
    out.push('### What to fix');
    out.push('');
    for (const rule of costly) {
      out.push(`- **${formatPoints(rule.pointsLost)}** [\`${rule.id}\`](${rule.docs}) — ${escapeMarkdown(rule.summary)}`);
      for (const f of rule.findings.slice(0, 5)) {
        const where = location(f);
        out.push(`  - ${where ? `\`${escapeMarkdown(where)}\` ` : ''}${escapeMarkdown(f.message)}`);
      }
      if (rule.findings.length > 5) out.push(`  - …and ${rule.findings.length - 5} more`);
      out.push(`  - _Fix:_ ${escapeMarkdown(rule.findings.find((f) => f.fix)?.fix ?? rule.fix)}`);
    }
  }
  const unscored = unscoredRules(result);
  if (unscored.length > 0) {
    out.push('');
    out.push('### Not judged');
    out.push('');
    for (const rule of unscored) out.push(`- \`${rule.id}\` (${OUTCOME_LABEL[rule.outcome]}): ${escapeMarkdown(rule.summary)}`);
  }
  const exempt = result.rules.filter((r) => r.exemption);
  if (exempt.length > 0) {
    out.push('');
    out.push('### Exempted');
    out.push('');
    for (const rule of exempt) out.push(`- \`${rule.id}\`: ${escapeMarkdown(rule.exemption!)}`);
  }
  out.push('');
  out.push('### Roadmap');
  out.push('');
  const marks = { reached: '✅', partly: '🟡', 'not-yet': '⬜', 'not-assessed': '➖' } as const;
  out.push(result.stages.map((s) => `${marks[s.status]} ${s.stage}`).join(' · '));
  out.push('');
  out.push(result.stageReached > 0 ? `Stage reached: **${result.stageReached}** — ${result.stages[result.stageReached - 1]!.title}.` : 'No stage is fully evidenced yet.');
  if (result.depth && result.depth.length > 0) {
    out.push('');
    out.push('### Project depth');
    out.push('');
    for (const d of result.depth) out.push(`- ${d.met ? '✅' : '⬜'} ${d.title}${d.met && d.rules.length > 0 ? ` (${d.rules.map((r) => `\`${r}\``).join(', ')})` : ''}`);
  }
  if (result.nextStep) {
    out.push('');
    out.push(`**Next step:** ${escapeMarkdown(result.nextStep.fix)} ([\`${result.nextStep.rule}\`](${result.nextStep.docs}), worth ${result.nextStep.pointsLost.toFixed(1)} points)`);
  }
  out.push('');
  return out.join('\n');
}
