import type { Finding, OutcomeKind, Result, RuleResult } from '../types.js';
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
