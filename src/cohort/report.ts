import { escapeMarkdown } from '../report/common.js';
import { sortKeys } from '../report/json.js';
import { BAND_WORDS, median, type Cohort, type CohortRow } from './merge.js';

const change = (row: CohortRow): number | undefined => (row.previous === undefined ? undefined : row.score - row.previous);
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Counts shown at the top of every cohort format. */
export function cohortSummary(cohort: Cohort) {
  const count = (band: CohortRow['band']) => cohort.rows.filter((r) => r.band === band).length;
  return {
    checked: cohort.rows.length,
    failed: cohort.failures.length,
    median: median(cohort.rows.map((r) => r.score)),
    jobReady: count('green'),
    gettingThere: count('amber'),
    early: count('red'),
  };
}

/**
 * A spreadsheet cell: quoted when needed (RFC 4180), and text that a spreadsheet would run as a
 * formula (=, +, -, @ first) is prefixed with an apostrophe — repository names are user input.
 */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per repository and one column per rule score (0–100), for spreadsheets and gradebooks. */
export function formatCohortCsv(cohort: Cohort): string {
  const header = ['rank', 'repository', 'url', 'commit', 'status', 'score', 'tier', 'previous', 'change', 'config', 'reason', ...cohort.rules.map((r) => r.id)];
  const lines = [header.map(cell).join(',')];
  cohort.rows.forEach((row, i) => {
    const delta = change(row);
    lines.push(
      [
        i + 1,
        row.target,
        row.url,
        row.commit,
        'checked',
        row.score,
        BAND_WORDS[row.band],
        row.previous,
        delta,
        row.config,
        '',
        ...cohort.rules.map((r) => {
          const score = row.rules[r.id];
          return typeof score === 'number' ? Math.round(score * 100) : '';
        }),
      ]
        .map(cell)
        .join(','),
    );
  });
  for (const failure of cohort.failures) {
    lines.push([null, failure.target, failure.url, null, 'failed', null, null, null, null, null, `${failure.reason}: ${failure.message}`, ...cohort.rules.map(() => '')].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The merged JSON: every repository's Result, the failures, the summary and the gaps. */
export function formatCohortJson(cohort: Cohort): string {
  const data = {
    kind: 'portfolio-check/cohort-report',
    version: 1,
    summary: cohortSummary(cohort),
    configs: cohort.configs,
    gaps: cohort.gaps.map((g) => ({ rule: g.rule.id, title: g.rule.title, lacking: g.lacking, applicable: g.applicable })),
    repositories: cohort.rows.map((row) => ({
      target: row.target,
      key: row.key,
      ...(row.url ? { url: row.url } : {}),
      commit: row.commit,
      score: row.score,
      band: row.band,
      ...(row.previous !== undefined ? { previous: row.previous } : {}),
      config: row.entry.config,
      result: row.entry.result,
    })),
    failures: cohort.failures.map(({ target, key, url, reason, message }) => ({ target, key, ...(url ? { url } : {}), reason, message })),
  };
  return `${JSON.stringify(sortKeys(data), null, 2)}\n`;
}

const MARKDOWN_ROWS = 500;

/** A Markdown summary for a job summary or an issue: counts, the gaps, the leaderboard, failures. */
export function formatCohortMarkdown(cohort: Cohort): string {
  const s = cohortSummary(cohort);
  const out: string[] = ['# Cohort report', ''];
  out.push(
    `${s.checked} repositories checked${s.failed ? `, ${s.failed} could not be checked` : ''} · median score ${s.median ?? '–'} · ` +
      `${s.jobReady} job-ready (75+) · ${s.gettingThere} getting there (45–74) · ${s.early} early (< 45)`,
  );
  if (cohort.configs.length > 0) out.push('', `Scored with ${cohort.configs.map((c) => `\`${escapeMarkdown(c)}\``).join(', ')}.`);
  if (cohort.gaps.length > 0) {
    out.push('', '## What the cohort most often lacks', '');
    for (const gap of cohort.gaps.slice(0, 10)) out.push(`- **${gap.lacking} of ${gap.applicable}** fall short on ${escapeMarkdown(gap.rule.title)} ([${gap.rule.id}](${gap.rule.docs}))`);
  }
  out.push('', '## Leaderboard', '', '| # | Repository | Score | Tier | Change |', '| ---: | --- | ---: | --- | ---: |');
  cohort.rows.slice(0, MARKDOWN_ROWS).forEach((row, i) => {
    const delta = change(row);
    const name = row.url ? `[${escapeMarkdown(row.target)}](${row.url})` : escapeMarkdown(row.target);
    out.push(`| ${i + 1} | ${name} | ${row.score} | ${BAND_WORDS[row.band]} | ${delta === undefined ? '' : signed(delta)} |`);
  });
  if (cohort.rows.length > MARKDOWN_ROWS) out.push('', `… and ${cohort.rows.length - MARKDOWN_ROWS} more (see the CSV or HTML report).`);
  if (cohort.failures.length > 0) {
    out.push('', '## Not checked', '', '| Repository | Reason |', '| --- | --- |');
    for (const f of cohort.failures) out.push(`| ${escapeMarkdown(f.target)} | ${escapeMarkdown(`${f.reason}: ${f.message}`)} |`);
  }
  return `${out.join('\n')}\n`;
}
