/**
 * The gate shared by the CLI and the Action: a minimum score, failing rules at a level (`fail-on`),
 * and a maximum number of warnings. A run "fails" only through it (exit code 1, a failed job).
 */
import type { Result, RuleResult } from './types.js';

export const FAIL_ON = ['error', 'warn', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface GateOptions {
  /** Fail below this score; the configuration's passScore when undefined. */
  minScore?: number | undefined;
  /** Fail when a rule at this level (`warn`: warn or error) fails or only partly passes. */
  failOn: FailOn;
  /** Fail when more rules at level warn fail or partly pass than this (ESLint's --max-warnings). */
  maxWarnings?: number | undefined;
}

export interface Gate {
  passed: boolean;
  reasons: string[];
}

/** Whether a rule costs points: it failed, or passed only in part. */
export const isFailing = (rule: Pick<RuleResult, 'outcome'>): boolean => rule.outcome === 'fail' || rule.outcome === 'partial';

/** Whether this rule alone fails the gate: it is failing at a level `failOn` covers. */
export function failsGate(rule: Pick<RuleResult, 'outcome' | 'level'>, failOn: FailOn): boolean {
  if (failOn === 'none' || !isFailing(rule)) return false;
  return rule.level === 'error' || failOn === 'warn';
}

/** The rules at level warn that fail or partly pass: what --max-warnings counts. */
export const warnings = (result: Pick<Result, 'rules'>): RuleResult[] => result.rules.filter((r) => r.level === 'warn' && isFailing(r));

/** Evaluates the gate; undefined when nothing is gated (no minimum, fail-on none, no --max-warnings). */
export function evaluateGate(result: Result, options: GateOptions): Gate | undefined {
  const minScore = options.minScore ?? result.passScore;
  if (minScore === undefined && options.failOn === 'none' && options.maxWarnings === undefined) return undefined;
  const reasons: string[] = [];
  if (minScore !== undefined && result.score < minScore) reasons.push(`the score ${result.score} is below the minimum ${minScore}`);
  const failing = result.rules.filter((r) => failsGate(r, options.failOn));
  if (failing.length > 0) reasons.push(`${failing.length} rule(s) at level ${options.failOn === 'error' ? 'error' : 'warn or error'} fail: ${failing.map((r) => r.id).join(', ')}`);
  if (options.maxWarnings !== undefined) {
    const warned = warnings(result);
    if (warned.length > options.maxWarnings) reasons.push(`${warned.length} warning(s), more than the maximum ${options.maxWarnings}: ${warned.map((r) => r.id).join(', ')}`);
  }
  return { passed: reasons.length === 0, reasons };
}
