import { BAND_LABELS, type Band, type EndpointsResult, type Result, type RuleResult } from '../types.js';
import { arithmetic, configChangeLines, deductions, endpointSummary, guardLabel, findingUrl, defaultScoreDiffers, formatMinus, formatPlus, location, missingEvidence, OUTCOME_LABEL, trimPoints, unscoredRules } from './common.js';
import { paint } from './style.js';

export interface StylishOptions {
  color: boolean;
  /** Show passing and not-applicable rules too. */
  verbose?: boolean;
  /** Only the score line and the next step. */
  quiet?: boolean;
}


/** The terminal report: score, a bar per category, costly rules with fixes, stage and next step. */
export function formatStylish(result: Result, { color, verbose = false, quiet = false }: StylishOptions): string {
  const c = {
    bold: paint('bold', color),
    dim: paint('dim', color),
    red: paint('red', color),
    yellow: paint('yellow', color),
    green: paint('green', color),
    cyan: paint('cyan', color),
  };
  const paintBand = (band: Band | null, s: string) => (band === 'green' ? c.green(s) : band === 'amber' ? c.yellow(s) : band === 'red' ? c.red(s) : c.dim(s));
  const lines: string[] = [];
  const detected = [...result.ecosystems, ...result.frameworks].join(', ') || 'no supported ecosystem detected';

  lines.push('');
  lines.push(`${c.bold('portfolio-check')} ${result.target.name} ${c.dim(`(${detected})`)}`);
  lines.push('');
  lines.push(`  ${c.bold('Score')}  ${paintBand(result.band, c.bold(`${result.score}/100`))}  ${paintBand(result.band, BAND_LABELS[result.band])}${result.passScore !== undefined ? c.dim(`  (pass mark ${result.passScore})`) : ''}`);
  if (defaultScoreDiffers(result)) {
    const d = result.config.defaultScore!;
    lines.push(`         ${c.dim(`${d}/100 ${BAND_LABELS[result.config.defaultBand!]} under the default rules; the configuration changed it (see below)`)}`);
  }
  if (quiet) {
    if (result.nextStep) lines.push(`  ${c.bold('Next step')}  ${result.nextStep.fix} ${c.dim(`[${result.nextStep.rule}]`)}`);
    lines.push('');
    return lines.join('\n');
  }
  if (result.points) lines.push(`         ${c.dim(arithmetic(result))}`);
  lines.push('');
  const width = Math.max(...result.categories.map((cat) => cat.title.length));
  for (const cat of result.categories) {
    const label = cat.title.padEnd(width);
    if (cat.score === null) {
      lines.push(`  ${label}  ${c.dim('░'.repeat(20))}  ${c.dim('  –  not assessed')}`);
      continue;
    }
    const filled = Math.round(cat.score / 5);
    const bar = paintBand(cat.band, '█'.repeat(filled)) + c.dim('░'.repeat(20 - filled));
    const pts = cat.pointsApplicable !== undefined ? c.dim(`  ${trimPoints(cat.pointsEarned)} of ${trimPoints(cat.pointsApplicable)} points${cat.deductions > 0 ? `, ${formatMinus(cat.deductions)} deducted` : ''}`) : '';
    lines.push(`  ${label}  ${bar}  ${paintBand(cat.band, String(cat.score).padStart(3))}${pts}`);
  }

  // File:line opens the file at the checked commit in terminals that support OSC 8 hyperlinks;
  // only with colours on, so pipes and files get plain text.
  const link = (text: string, url: string | undefined) => (color && url ? `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\` : text);
  const deducted = deductions(result);
  if (deducted.length > 0) {
    lines.push('');
    lines.push(c.bold('  Deductions'));
    const idWidth = Math.min(28, Math.max(...deducted.map((r) => r.id.length)));
    for (const rule of deducted) lines.push(...ruleBlock(rule, idWidth, c, result, link));
  }
  const costly = missingEvidence(result);
  if (costly.length > 0) {
    lines.push('');
    lines.push(c.bold('  Points not earned'));
    const idWidth = Math.min(28, Math.max(...costly.map((r) => r.id.length)));
    for (const rule of costly) lines.push(...ruleBlock(rule, idWidth, c, result, link));
  }
  const unscored = unscoredRules(result);
  if (unscored.length > 0) {
    lines.push('');
    lines.push(c.bold('  Not judged'));
    const unscoredWidth = Math.max(...unscored.map((r) => r.id.length));
    for (const rule of unscored) lines.push(`    ${c.dim(OUTCOME_LABEL[rule.outcome].padEnd(13))} ${rule.id.padEnd(unscoredWidth)}  ${c.dim(rule.summary)}`);
  }
  const exempt = result.rules.filter((r) => r.exemption);
  if (exempt.length > 0) {
    lines.push('');
    lines.push(c.bold('  Exempted'));
    const width = Math.max(...exempt.map((r) => r.id.length));
    for (const rule of exempt) lines.push(`    ${rule.id.padEnd(width)}  ${c.dim(rule.exemption!)}`);
  }
  const changes = configChangeLines(result);
  if (changes.length > 0) {
    lines.push('');
    lines.push(c.bold('  Configuration changed the score'));
    for (const change of changes) lines.push(`    ${change}`);
  }
  if (result.endpoints) lines.push('', ...endpointLines(result.endpoints, verbose, c, result, link));
  if (verbose) {
    const rest = result.rules.filter((r) => r.pointsLost === 0 && !unscored.includes(r) && !r.exemption);
    if (rest.length > 0) {
      lines.push('');
      lines.push(c.bold('  Passing and not applicable'));
      // Pad before painting: escape codes would count towards the width.
      const restWidth = Math.max(...rest.map((r) => r.id.length));
      for (const rule of rest) {
        const pts = rule.kind === 'defect' ? (rule.score === null ? '' : 'clean') : rule.pointsEarned > 0 ? formatPlus(rule.pointsEarned) : '';
        lines.push(`    ${rule.outcome === 'pass' ? c.green('✓ pass') : c.dim('– n/a ')}  ${rule.id.padEnd(restWidth)}  ${c.green(pts.padStart(5))}  ${c.dim(rule.summary)}`);
      }
    }
  }

  lines.push('');
  const stageMarks = result.stages
    .map((s) => (s.status === 'reached' ? c.green(`${s.stage}✓`) : s.status === 'partly' ? c.yellow(`${s.stage}~`) : s.status === 'not-yet' ? c.red(`${s.stage}✗`) : c.dim(`${s.stage}·`)))
    .join(' ');
  const reached = result.stageReached > 0 ? `stage ${result.stageReached} of 7 — ${result.stages[result.stageReached - 1]!.title}` : 'no stage fully evidenced yet';
  lines.push(`  ${c.bold('Roadmap')}  ${stageMarks}  ${c.dim(reached)}`);
  if (result.nextStep) {
    lines.push(`  ${c.bold('Next step')}  ${result.nextStep.fix}`);
    lines.push(`             ${c.dim(`${result.nextStep.rule} · stage ${result.nextStep.stage} · worth ${result.nextStep.pointsLost.toFixed(1)} points · ${result.nextStep.docs}`)}`);
  }
  if (result.depth && result.depth.length > 0) {
    const items = result.depth.map((d) => (d.met ? c.green(`✓ ${d.title}`) : c.dim(`· ${d.title}`)));
    lines.push(`  ${c.bold('Depth')}    ${items.slice(0, 4).join('  ')}`);
    lines.push(`           ${items.slice(4).join('  ')}`);
  }
  if (!result.history.available && result.history.reason && result.rules.some((r) => r.category === 'history')) {
    lines.push(`  ${c.dim(`History: ${result.history.reason}`)}`);
  }
  lines.push('');
  return lines.join('\n');
}

function ruleBlock(
  rule: RuleResult,
  idWidth: number,
  c: Record<'bold' | 'dim' | 'red' | 'yellow' | 'cyan', (s: string) => string>,
  result: Pick<Result, 'target'>,
  link: (text: string, url: string | undefined) => string,
): string[] {
  const mark = rule.outcome === 'fail' ? c.red('✗') : c.yellow('~');
  const points = rule.kind === 'defect' ? formatMinus(rule.pointsLost) : formatMinus(rule.pointsLost);
  const earned = rule.kind !== 'defect' && rule.pointsEarned > 0 ? c.dim(` (${formatPlus(rule.pointsEarned)} earned)`) : '';
  const label = rule.kind === 'defect' ? `${rule.deductionLabel ?? rule.title}: ` : '';
  const out = [`    ${c.red(points.padStart(5))}  ${mark} ${c.bold(rule.id.padEnd(idWidth))}  ${label}${rule.summary}${earned}`];
  const pad = ' '.repeat(13);
  const shown = rule.findings.slice(0, 5);
  for (const f of shown) {
    const where = location(f);
    out.push(`${pad}${where ? `${c.cyan(link(where, findingUrl(result, f)))}  ` : ''}${f.message}`);
    if (f.fix && f.fix !== rule.fix) out.push(`${pad}  ${c.dim(`→ ${f.fix}`)}`);
  }
  if (rule.findings.length > shown.length) out.push(`${pad}${c.dim(`…and ${rule.findings.length - shown.length} more (see --format json)`)}`);
  out.push(`${pad}${c.dim('Why:')} ${rule.rationale}`);
  if (!shown.some((f) => f.fix && f.fix !== rule.fix)) out.push(`${pad}${c.dim('Fix:')} ${rule.fix}`);
  if (rule.fixable) out.push(`${pad}${c.cyan('fixable:')} ${rule.fixable.command} ${c.dim(`(writes ${rule.fixable.files.join(', ')})`)}`);
  out.push(`${pad}${c.dim(rule.docs)}`);
  return out;
}

/** Endpoints shown without --verbose; the rest are counted (all are in --format json). */
const ENDPOINT_ROWS = 20;

/** The endpoint inventory as a compact table: method, path, guard, documented, tested, file:line. */
function endpointLines(
  endpoints: EndpointsResult,
  verbose: boolean,
  c: Record<'bold' | 'dim' | 'red' | 'green' | 'cyan', (s: string) => string>,
  result: Pick<Result, 'target'>,
  link: (text: string, url: string | undefined) => string,
): string[] {
  const out = [`${c.bold('  Endpoints')}  ${c.dim(endpointSummary(endpoints))}`];
  const shown = endpoints.routes.slice(0, verbose ? 500 : ENDPOINT_ROWS);
  if (shown.length === 0) return out;
  const pathWidth = Math.min(48, Math.max(4, ...shown.map((e) => e.path.length)));
  const mark = (known: boolean, yes: boolean) => (!known ? c.dim('·') : yes ? c.green('✓') : c.red('✗'));
  out.push(c.dim(`    ${'METHOD'.padEnd(7)} ${'PATH'.padEnd(pathWidth)}  ${'GUARD'.padEnd(10)}DOC  TEST  WHERE`));
  for (const e of shown) {
    const path = e.path.length > pathWidth ? `${e.path.slice(0, pathWidth - 1)}…` : e.path.padEnd(pathWidth);
    const where = `${e.file}:${e.line}`;
    const guard = guardLabel(e);
    out.push(
      `    ${e.method.padEnd(7)} ${path}  ${guard === '–' ? c.dim(guard.padEnd(10)) : guard.padEnd(10)} ${mark(endpoints.documentationFound, e.documented !== null)}    ${mark(endpoints.testCallsFound, e.tested !== null)}    ${c.cyan(link(where, findingUrl(result, { message: '', file: e.file, line: e.line })))}`,
    );
  }
  const rest = endpoints.routes.length + endpoints.omitted - shown.length;
  if (rest > 0) out.push(c.dim(`    …and ${rest} more (--verbose or --format json)`));
  return out;
}
