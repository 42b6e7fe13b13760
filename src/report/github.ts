/**
 * GitHub reporters: annotations, the job summary and the sticky pull-request comment. Pure functions
 * from Results to data and Markdown; the Action publishes them.
 */
import type { Comparison } from '../engine/compare.js';
import type { PullRequestCommits } from '../engine/pr-commits.js';
import { failsGate, type FailOn } from '../gate.js';
import { BAND_LABELS, type Band, type EndpointsResult, type Result, type RuleResult } from '../types.js';
import { compareStrings } from '../util.js';
import { arithmetic, configChangeLines, deductions, defaultScoreDiffers, endpointSummary, guardLabel, escapeMarkdown, findingUrl, formatDeduction, formatPlus, formatPoints, location, missingEvidence, OUTCOME_LABEL, trimPoints, unscoredRules } from './common.js';
import { isRepoRelative } from './sarif.js';

/** The hidden marker that identifies the sticky comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- portfolio-check -->';
/** GitHub rejects comment bodies of 65,536 characters or more. */
export const COMMENT_MAX_CHARS = 65_536;
/** GitHub refuses a job summary of 1 MiB or more per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  line: number;
  column?: number;
}

export interface AnnotationOptions {
  /** Repo-relative paths the pull request touches; their findings come first. */
  touchedFiles?: ReadonlySet<string>;
  /** The checked directory relative to the repository root ("" for the root). */
  pathPrefix?: string;
  limit?: number;
  /**
   * The job's fail-on gate. Only findings of rules that fail the gate are errors; the others are
   * warnings (rules at level error) or notices (level warn): a red error never sits on a green job.
   */
  failOn?: FailOn;
}

/**
 * Findings that have a real file and line, as annotations: files the PR touches first, then the
 * costliest rules; errors only for rules that fail the job's gate. At most `limit` per level; the rest are counted in one closing notice.
 */
export function selectAnnotations(result: Result, options: AnnotationOptions = {}): Annotation[] {
  const limit = options.limit ?? ANNOTATIONS_PER_LEVEL;
  const prefix = normalisePrefix(options.pathPrefix);
  const touched = options.touchedFiles ?? new Set<string>();
  const failOn = options.failOn ?? 'none';
  const candidates: (Annotation & { touched: boolean; cost: number })[] = [];
  for (const rule of result.rules) {
    if (rule.pointsLost <= 0 && rule.outcome !== 'fail' && rule.outcome !== 'partial') continue;
    for (const finding of rule.findings) {
      if (!isRepoRelative(finding.file) || !finding.line || finding.line < 1) continue;
      const file = prefix + finding.file;
      candidates.push({
        level: failsGate(rule, failOn) ? 'error' : rule.level === 'error' ? 'warning' : 'notice',
        title: `${rule.title} (${rule.id})`,
        message: `${finding.message}\nFix: ${finding.fix ?? rule.fix}\n${rule.docs}`,
        file,
        line: finding.line,
        ...(finding.column && finding.column >= 1 ? { column: finding.column } : {}),
        touched: touched.has(file),
        cost: rule.pointsLost,
      });
    }
  }
  candidates.sort((a, b) => Number(b.touched) - Number(a.touched) || b.cost - a.cost || compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.message, b.message));
  const out: Annotation[] = [];
  const perLevel = new Map<AnnotationLevel, number>();
  let rest = 0;
  for (const { touched: _t, cost: _c, ...annotation } of candidates) {
    const n = perLevel.get(annotation.level) ?? 0;
    if (n >= limit) {
      rest++;
      continue;
    }
    perLevel.set(annotation.level, n + 1);
    out.push(annotation);
  }
  if (rest > 0) {
    out.push({
      level: 'notice',
      title: 'More portfolio-check findings',
      message: `${rest} more finding(s) with a file and line are not annotated (GitHub shows ${limit} per level); see the job summary.`,
      file: '',
      line: 0,
    });
  }
  return out;
}

/** Everything the summary and the comment show for one run. */
export interface GitHubReport {
  head: Result;
  /** Set on a pull request whose base commit could be scored. */
  comparison?: Comparison;
  /** Why there is no comparison on a pull request (the base could not be read). */
  baseUnavailable?: string;
  commits?: PullRequestCommits;
  /** The gate's verdict, when a gate is set. */
  gate?: { passed: boolean; reasons: string[] };
  /** Shown when history rules could not run because the checkout is shallow. */
  shallowHistory?: boolean;
  /** Link to the full run (the job summary), for the comment. */
  runUrl?: string;
}

const BAND_ICON: Record<Band, string> = { green: '🟢', amber: '🟠', red: '🔴' };

/** Escapes user-controlled text for Markdown and keeps it from mentioning people. */
export function escapeText(text: string): string {
  return escapeMarkdown(text).replace(/@(?=[\w-])/g, '@\u200b');
}

/** A code span for user text (paths): no Markdown or HTML inside, backticks and pipes made harmless. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}

/** The job summary: Markdown under 1 MiB (trimmed with a visible note). */
export function formatSummary(report: GitHubReport): string {
  return assemble(sections(report, 'summary'), SUMMARY_MAX_BYTES, (s) => Buffer.byteLength(s, 'utf8'), 'the JSON report (report-json output)');
}

/**
 * A Result on its own as Markdown (`--format markdown`): the same sections as the job summary and
 * the pull-request comment, without a comparison, for pasting into a portfolio page.
 */
export function formatResultMarkdown(result: Result): string {
  return `${sections({ head: result }, 'summary').join('\n\n')}\n`;
}

/** The sticky pull-request comment: the marker first, under 65,536 characters. */
export function formatComment(report: GitHubReport): string {
  const tail = report.runUrl ? `the [job summary](${report.runUrl})` : 'the job summary';
  return assemble([COMMENT_MARKER, ...sections(report, 'comment')], COMMENT_MAX_CHARS - 1, (s) => s.length, tail);
}

/** Joins blocks in order until the next would cross the limit, then says what was left out. */
function assemble(blocks: string[], limit: number, measure: (s: string) => number, elsewhere: string): string {
  const out: string[] = [];
  const noteFor = (n: number) => `\n> [!NOTE]\n> ${n} more section(s) were left out to stay within GitHub's size limit; see ${elsewhere}.\n`;
  const reserve = measure(noteFor(blocks.length)) + 2;
  let size = 0;
  for (const [i, block] of blocks.entries()) {
    const cost = measure(block) + 2;
    if (size + cost + reserve > limit) {
      out.push(noteFor(blocks.length - i));
      break;
    }
    out.push(block);
    size += cost;
  }
  return `${out.join('\n\n')}\n`;
}

function gauge(score: number): string {
  const filled = Math.round(score / 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}

function signed(n: number, digits = 0): string {
  const text = n.toFixed(digits);
  return n > 0 ? `+${text}` : n === 0 ? `±${text}` : text;
}

/** The report as ordered blocks, most important first, so trimming drops the least useful. */
function sections(report: GitHubReport, target: 'summary' | 'comment'): string[] {
  const { head, comparison } = report;
  const blocks: string[] = [];
  const delta = comparison ? ` (${signed(comparison.delta)} from ${comparison.base} on the base)` : '';
  const defaults = defaultScoreDiffers(head) ? `\n\nUnder the default rules: **${head.config.defaultScore}/100 ${BAND_LABELS[head.config.defaultBand!]}**; the configuration changed the score (see below).` : '';
  const sums = head.points ? `\n\n${escapeText(arithmetic(head))}` : '';
  blocks.push(`## ${BAND_ICON[head.band]} Portfolio score: ${head.score}/100 ${BAND_LABELS[head.band]}${delta}\n\n\`${gauge(head.score)}\` ${BAND_LABELS[head.band]} (${head.band})${head.stageReached > 0 ? ` · roadmap stage ${head.stageReached} reached` : ''}${sums}${defaults}`);
  if (report.gate) {
    blocks.push(report.gate.passed ? '✅ The quality gate passed.' : `❌ The quality gate failed: ${report.gate.reasons.map(escapeText).join('; ')}.`);
  }
  if (report.baseUnavailable) blocks.push(`> [!NOTE]\n> No comparison with the base: ${escapeText(report.baseUnavailable)}.`);

  const rows = ['| Category | Base | Head | Change |', '| --- | ---: | ---: | ---: |'];
  const baseBy = new Map(comparison?.categories.map((c) => [c.id, c]) ?? []);
  for (const cat of head.categories) {
    const d = baseBy.get(cat.id);
    const cell = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));
    rows.push(`| ${cat.band ? BAND_ICON[cat.band] : '➖'} ${escapeText(cat.title)} | ${cell(d?.base)} | ${cell(cat.score)} | ${d?.delta === null || d?.delta === undefined ? '–' : signed(d.delta)} |`);
  }
  if (!comparison) {
    rows[0] = '| Category | Score | Points earned | Deducted |';
    rows[1] = '| --- | ---: | ---: | ---: |';
    for (const [i, cat] of head.categories.entries()) {
      const earned = cat.pointsApplicable === undefined || cat.score === null ? '–' : `${trimPoints(cat.pointsEarned)} of ${trimPoints(cat.pointsApplicable)}`;
      rows[i + 2] = `| ${cat.band ? BAND_ICON[cat.band] : '➖'} ${escapeText(cat.title)} | ${cat.score ?? '–'} | ${earned} | ${cat.deductions ? `−${trimPoints(cat.deductions)}` : '–'} |`;
    }
  }
  blocks.push(rows.join('\n'));

  if (comparison && (comparison.fixed.length > 0 || comparison.regressed.length > 0)) {
    const lines: string[] = [];
    if (comparison.regressed.length > 0) {
      lines.push('### ⬇️ Regressed in this pull request', '');
      for (const r of comparison.regressed) lines.push(`- [\`${r.id}\`](${r.docs}) ${escapeText(r.title)}: ${formatPoints(Math.max(0, r.headPointsLost - r.basePointsLost))} points (${OUTCOME_LABEL[r.baseOutcome]} → ${OUTCOME_LABEL[r.headOutcome]}). _Fix:_ ${escapeText(r.fix)}`);
      lines.push('');
    }
    if (comparison.fixed.length > 0) {
      lines.push('### ⬆️ Fixed in this pull request', '');
      for (const r of comparison.fixed) lines.push(`- [\`${r.id}\`](${r.docs}) ${escapeText(r.title)}: +${Math.max(0, r.basePointsLost - r.headPointsLost).toFixed(1)} points (${OUTCOME_LABEL[r.baseOutcome]} → ${OUTCOME_LABEL[r.headOutcome]})`);
    }
    blocks.push(lines.join('\n').trimEnd());
  }
  if (comparison && comparison.newFindings.length > 0) {
    const shown = comparison.newFindings.slice(0, target === 'comment' ? 20 : 200);
    const lines = ['### New findings', ''];
    for (const f of shown) {
      const where = location(f.finding);
      const url = findingUrl(head, f.finding);
      lines.push(`- \`${f.rule}\` ${where ? `${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} ` : ''}${escapeText(f.finding.message)}`);
    }
    if (comparison.newFindings.length > shown.length) lines.push(`- …and ${comparison.newFindings.length - shown.length} more`);
    blocks.push(lines.join('\n'));
  }

  if (report.commits) blocks.push(commitsSection(report.commits));
  if (report.shallowHistory) {
    blocks.push('> [!TIP]\n> The history rules (commit messages, commit granularity) were not available: the checkout is shallow. Add `fetch-depth: 0` to `actions/checkout` to grade the whole history.');
  }

  const deducted = deductions(head);
  if (deducted.length > 0) {
    const lines = ['### Deductions', ''];
    for (const rule of deducted) lines.push(...failingRule(rule, target === 'comment' ? 3 : 10, head));
    blocks.push(lines.join('\n'));
  }
  const changes = configChangeLines(head);
  if (changes.length > 0) {
    blocks.push(['### What the configuration changed', '', ...changes.map((line) => `- ${escapeText(line)}`)].join('\n'));
  }

  const costly = missingEvidence(head);
  if (costly.length > 0) {
    const perRule = target === 'comment' ? 3 : 10;
    const lines = ['### What to fix', ''];
    for (const rule of costly) lines.push(...failingRule(rule, perRule, head));
    // In the comment the list is folded so the score and the delta stay on screen.
    blocks.push(target === 'comment' ? `<details><summary>What to fix (${costly.length} rule(s) lose points)</summary>\n\n${lines.slice(2).join('\n')}\n\n</details>` : lines.join('\n'));
  }

  const stages = head.stages.map((s) => `${{ reached: '✅', partly: '🟡', 'not-yet': '⬜', 'not-assessed': '➖' }[s.status]} ${s.stage}`).join(' · ');
  const next = head.nextStep ? `\n\n**Next step:** ${escapeText(head.nextStep.fix)} ([\`${head.nextStep.rule}\`](${head.nextStep.docs}), worth ${head.nextStep.pointsLost.toFixed(1)} points)` : '';
  blocks.push(`### Roadmap\n\n${stages}\n\n${head.stageReached > 0 ? `Stage reached: **${head.stageReached}** — ${escapeText(head.stages[head.stageReached - 1]!.title)}.` : 'No stage is fully evidenced yet.'}${next}`);

  if (head.depth && head.depth.length > 0) {
    const items = head.depth.map((d) => `- ${d.met ? '✅' : '⬜'} ${escapeText(d.title)}${d.met && d.rules.length > 0 ? ` (${d.rules.map((r) => `\`${r}\``).join(', ')})` : ''}`);
    blocks.push(['### Project depth', '', ...items].join('\n'));
  }

  if (head.endpoints) blocks.push(endpointsSection(head, head.endpoints, target));

  const exempt = head.rules.filter((r) => r.exemption);
  if (exempt.length > 0) {
    blocks.push(['### Exempted', '', ...exempt.map((r) => `- \`${r.id}\`: ${escapeText(r.exemption!)}`)].join('\n'));
  }

  const unscored = unscoredRules(head);
  if (unscored.length > 0) {
    blocks.push(['### Not judged', '', ...unscored.map((r) => `- \`${r.id}\` (${OUTCOME_LABEL[r.outcome]}): ${escapeText(r.summary)}`)].join('\n'));
  }
  if (target === 'summary') blocks.push(pointsTable(head));
  blocks.push(`<sub>portfolio-check ${escapeText(head.tool.version)}${head.target.commit ? ` · ${head.target.commit.slice(0, 7)}` : ''}</sub>`);
  return blocks;
}

/**
 * The endpoint inventory: a table of method, path, guard, documented, tested and file:line (the
 * comment folds it and shows the first rows; the summary and --format markdown show up to 500).
 */
function endpointsSection(result: Result, endpoints: EndpointsResult, target: 'summary' | 'comment'): string {
  const lines = ['### Endpoints', '', escapeText(endpointSummary(endpoints))];
  const shown = endpoints.routes.slice(0, target === 'comment' ? 30 : 500);
  if (shown.length > 0) {
    const yes = (known: boolean, ref: { file: string; line: number } | null) => (!known ? '–' : ref ? `✅ ${inlineCode(`${ref.file}:${ref.line}`)}` : '❌');
    const rows = ['| Method | Path | Guarded | Documented | Tested | Where |', '| --- | --- | --- | --- | --- | --- |'];
    for (const e of shown) {
      const where = `${e.file}:${e.line}`;
      const url = findingUrl(result, { message: '', file: e.file, line: e.line });
      const guard = e.guarded ? `✅ ${escapeText(e.guards.map((g) => g.name).join(', ').slice(0, 80))} (${guardLabel(e)})` : '❌';
      rows.push(`| ${e.method} | ${inlineCode(e.path)}${e.unresolvedPrefix ? ' (prefix unresolved)' : ''} | ${guard} | ${yes(endpoints.documentationFound, e.documented)} | ${yes(endpoints.testCallsFound, e.tested)} | ${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} |`);
    }
    const rest = endpoints.routes.length + endpoints.omitted - shown.length;
    if (rest > 0) rows.push(`| … | ${rest} more in the JSON report | | | | |`);
    lines.push('', target === 'comment' ? `<details><summary>Endpoints (${shown.length + rest})</summary>\n\n${rows.join('\n')}\n\n</details>` : rows.join('\n'));
  }
  if (endpoints.documentedNotServed.length > 0) {
    const listed = endpoints.documentedNotServed.slice(0, 20).map((d) => `${inlineCode(`${d.method} ${d.path}`)} (${inlineCode(`${d.file}:${d.line}`)})`);
    lines.push('', `Documented but not served: ${listed.join(', ')}${endpoints.documentedNotServed.length > listed.length ? ', …' : ''}.`);
  }
  return lines.join('\n');
}

/** Every rule's points, folded: evidence earned of its worth, a defect's deduction. */
function pointsTable(result: Result): string {
  const rows = ['| Rule | Kind | Outcome | Points |', '| --- | --- | --- | ---: |'];
  for (const rule of result.rules) {
    const points =
      rule.score === null
        ? '–'
        : rule.kind === 'defect'
          ? rule.pointsLost > 0
            ? formatDeduction(rule)
            : '0 (clean)'
          : `${formatPlus(rule.pointsEarned)} of ${trimPoints(rule.pointsEarned + rule.pointsLost)}`;
    rows.push(`| [\`${rule.id}\`](${rule.docs}) | ${rule.kind ?? 'evidence'} | ${rule.exemption ? 'exempted' : OUTCOME_LABEL[rule.outcome]} | ${escapeText(points)} |`);
  }
  return `<details><summary>Points per rule</summary>\n\n${rows.join('\n')}\n\n</details>`;
}

function failingRule(rule: RuleResult, perRule: number, result: Result): string[] {
  const head = rule.kind === 'defect' ? formatDeduction(rule) : formatPoints(rule.pointsLost);
  const lines = [`- **${escapeText(head)}** [\`${rule.id}\`](${rule.docs}) ${escapeText(rule.title)} — ${escapeText(rule.summary)}`];
  for (const f of rule.findings.slice(0, perRule)) {
    const where = location(f);
    const url = findingUrl(result, f);
    lines.push(`  - ${where ? `${url ? `[${inlineCode(where)}](${url})` : inlineCode(where)} ` : ''}${escapeText(f.message)}`);
  }
  if (rule.findings.length > perRule) lines.push(`  - …and ${rule.findings.length - perRule} more`);
  lines.push(`  - _Fix:_ ${escapeText(rule.findings.find((f) => f.fix)?.fix ?? rule.fix)}`);
  if (rule.fixable) lines.push(`  - _Fixable:_ ${inlineCode(rule.fixable.command)} writes ${rule.fixable.files.map(inlineCode).join(', ')}`);
  return lines;
}

function commitsSection(commits: PullRequestCommits): string {
  if (!commits.available) return `### This pull request's commits\n\nNot graded: ${escapeText(commits.reason)}.`;
  const lines = [
    "### This pull request's commits",
    '',
    `${commits.descriptive} of ${commits.graded} commit message(s) are descriptive${commits.large ? `; ${commits.large} commit(s) are very large` : ''}${commits.source === 'api' ? ' (sizes unknown: read through the API)' : ''}.`,
    '',
    '| Commit | Subject | Verdict | Lines |',
    '| --- | --- | --- | ---: |',
  ];
  const shown = commits.commits.slice(0, 50);
  for (const c of shown) {
    const verdict = c.verdict === 'descriptive' ? '✅ descriptive' : c.verdict === 'ignored' ? '➖ not graded' : `⚠️ ${c.verdict}`;
    lines.push(`| \`${c.hash.slice(0, 7)}\` | ${escapeText(c.subject.length > 72 ? `${c.subject.slice(0, 69)}...` : c.subject)} | ${verdict} | ${c.lines ?? '–'}${c.large ? ' ⚠️' : ''} |`);
  }
  if (commits.commits.length > shown.length) lines.push(`| … | ${commits.commits.length - shown.length} more | | |`);
  return lines.join('\n');
}

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return trimmed && trimmed !== '.' ? `${trimmed}/` : '';
}
