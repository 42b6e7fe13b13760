import { BAND_LABELS, type EndpointEntry, type EndpointsResult, type Finding, type OutcomeKind, type Result, type RuleResult } from '../types.js';
import { isRepoRelative } from './sarif.js';

/** Rules that lost points, most costly first (ties by id for determinism). */
export function costlyRules(result: Result): RuleResult[] {
  return result.rules
    .filter((r) => r.pointsLost > 0)
    .sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rules that could not be judged or failed to run. */
export function unscoredRules(result: Result): RuleResult[] {
  return result.rules.filter((r) => r.outcome === 'error' || r.outcome === 'not-available');
}

export function location(f: Finding): string {
  if (!f.file) return f.commit ? `commit ${f.commit}` : '';
  return `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`;
}

/** The finding's file and line at the checked commit on the web, when the Result knows where that is. */
export function findingUrl(result: Pick<Result, 'target'>, f: Finding): string | undefined {
  const base = result.target.blobUrl;
  if (!base || !isRepoRelative(f.file)) return undefined;
  return `${base}${f.file.split('/').map(encodeURIComponent).join('/')}${f.line ? `#L${f.line}` : ''}`;
}

export const OUTCOME_LABEL: Record<OutcomeKind, string> = {
  pass: 'pass',
  fail: 'fail',
  partial: 'partial',
  'not-applicable': 'n/a',
  'not-available': 'not available',
  error: 'error',
};

export function formatPoints(points: number): string {
  return `-${points.toFixed(1)}`;
}

/** Escapes text for Markdown tables and inline use. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** "−8 committed secret": a defect rule's deduction as every report shows it. */
export function formatDeduction(rule: RuleResult): string {
  return `${formatMinus(rule.pointsLost)} ${rule.deductionLabel ?? rule.title}`;
}

/** "−8" or "−2.5" (a true minus sign), dropping a trailing ".0". */
export function formatMinus(points: number): string {
  return `−${trimPoints(points)}`;
}

/** "+10.9" for points earned. */
export function formatPlus(points: number): string {
  return `+${trimPoints(points)}`;
}

export function trimPoints(points: number): string {
  return points.toFixed(1).replace(/\.0$/, '');
}

/** Defect rules that deducted points, largest first. */
export function deductions(result: Result): RuleResult[] {
  return costlyRules(result).filter((r) => r.kind === 'defect');
}

/** Evidence rules that did not earn all their points, costliest first. */
export function missingEvidence(result: Result): RuleResult[] {
  return costlyRules(result).filter((r) => r.kind !== 'defect');
}

/** "72/100 getting there". */
export function scoreWords(result: Pick<Result, 'score' | 'band'>): string {
  return `${result.score}/100 ${BAND_LABELS[result.band]}`;
}

/** One line on the arithmetic: "41.5 of 62 evidence points (67) − 8 deducted = 59". */
export function arithmetic(result: Result): string {
  const { earned, applicable, deductions: deducted } = result.points;
  const share = applicable > 0 ? Math.round((earned / applicable) * 100) : 0;
  const minus = deducted > 0 ? ` − ${trimPoints(deducted)} deducted` : '';
  return `${trimPoints(earned)} of ${trimPoints(applicable)} evidence points (${share})${minus} = ${result.score}`;
}

/** What the configuration changed, one line each ("rules.logging.level off (was warn) — reason [file]"). */
export function configChangeLines(result: Result): string[] {
  return (result.config?.changes ?? []).map((c) => {
    const was = c.default === null || c.default === undefined ? '' : ` (default ${JSON.stringify(c.default)})`;
    return `${c.path} = ${JSON.stringify(c.value)}${was} — ${c.reason} [${c.source}]`;
  });
}

/** Whether to show the default-rule-set score next to the configured one. */
export function defaultScoreDiffers(result: Result): boolean {
  return result.config?.defaultScore !== undefined && result.config.defaultScore !== result.score;
}

/** "24 endpoints served: 18 guarded, 12 documented, 9 tested (38 %)", or why none are listed. */
export function endpointSummary(endpoints: EndpointsResult): string {
  const all = endpoints.routes;
  const total = all.length + endpoints.omitted;
  if (total === 0) {
    return endpoints.unresolved.length > 0
      ? `No route path could be resolved statically (${endpoints.unresolved.length} declaration(s) build their path at run time).`
      : 'The project serves HTTP, but no route declaration of a supported framework was found.';
  }
  const count = (p: (e: EndpointEntry) => boolean) => all.filter(p).length;
  const share = (n: number) => `${Math.round((n / all.length) * 100)} %`;
  const parts = [`${count((e) => e.guarded)} guarded`];
  parts.push(endpoints.documentationFound ? `${count((e) => e.documented !== null)} documented` : 'no endpoint documentation found');
  parts.push(endpoints.testCallsFound ? `${count((e) => e.tested !== null)} tested (${share(count((e) => e.tested !== null))})` : 'no test calls an endpoint');
  const extra = [
    endpoints.documentedNotServed.length > 0 ? `${endpoints.documentedNotServed.length} documented but not served` : '',
    endpoints.unresolved.length > 0 ? `${endpoints.unresolved.length} unresolved` : '',
  ].filter(Boolean);
  return `${total} endpoint${total === 1 ? '' : 's'} served: ${parts.join(', ')}${extra.length > 0 ? `; ${extra.join(', ')}` : ''}.`;
}

/** The guard column: "auth", "role", "auth+role" or "–". */
export function guardLabel(e: EndpointEntry): string {
  const kinds = [...new Set(e.guards.map((g) => g.kind))].sort();
  return kinds.length > 0 ? kinds.join('+') : '–';
}
