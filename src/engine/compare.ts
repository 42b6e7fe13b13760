import type { CategoryId, Finding, OutcomeKind, Result, RuleResult } from '../types.js';
import { compareStrings } from '../util.js';

export interface CategoryDelta {
  id: CategoryId;
  title: string;
  base: number | null;
  head: number | null;
  /** head − base; null when either side was not scored. */
  delta: number | null;
}

export interface RuleChange {
  id: string;
  title: string;
  docs: string;
  fix: string;
  baseOutcome: OutcomeKind;
  headOutcome: OutcomeKind;
  basePointsLost: number;
  headPointsLost: number;
}

export interface NewFinding {
  rule: string;
  title: string;
  level: RuleResult['level'];
  finding: Finding;
}

/** What a pull request did to the portfolio score: the head Result measured against the base. */
export interface Comparison {
  base: number;
  head: number;
  /** head − base, in points of the 0–100 score. */
  delta: number;
  categories: CategoryDelta[];
  /** Rules whose score rose since the base, most points regained first. */
  fixed: RuleChange[];
  /** Rules whose score fell since the base (or newly scored rules that lose any). */
  regressed: RuleChange[];
  /** Findings of the head that the base does not have (matched by rule, file and message, not line). */
  newFindings: NewFinding[];
}

/** Rule scores closer than this are the same. */
const EPSILON = 0.001;

/** Compares two Results of the same repository. Pure: same inputs, same output. */
export function compareResults(base: Result, head: Result): Comparison {
  const baseCategories = new Map(base.categories.map((c) => [c.id, c]));
  const categories: CategoryDelta[] = head.categories.map((c) => {
    const before = baseCategories.get(c.id)?.score ?? null;
    return { id: c.id, title: c.title, base: before, head: c.score, delta: before === null || c.score === null ? null : c.score - before };
  });

  const baseRules = new Map(base.rules.map((r) => [r.id, r]));
  const fixed: RuleChange[] = [];
  const regressed: RuleChange[] = [];
  for (const rule of head.rules) {
    const before = baseRules.get(rule.id);
    const change: RuleChange = {
      id: rule.id,
      title: rule.title,
      docs: rule.docs,
      fix: rule.fix,
      baseOutcome: before?.outcome ?? 'not-applicable',
      headOutcome: rule.outcome,
      basePointsLost: before?.pointsLost ?? 0,
      headPointsLost: rule.pointsLost,
    };
    const verdict = judge(before?.score ?? null, rule.score);
    if (verdict === 'fixed') fixed.push(change);
    else if (verdict === 'regressed') regressed.push(change);
  }
  fixed.sort((a, b) => b.basePointsLost - b.headPointsLost - (a.basePointsLost - a.headPointsLost) || compareStrings(a.id, b.id));
  regressed.sort((a, b) => b.headPointsLost - b.basePointsLost - (a.headPointsLost - a.basePointsLost) || compareStrings(a.id, b.id));

  const newFindings: NewFinding[] = [];
  for (const rule of head.rules) {
    if (rule.pointsLost <= 0 && rule.outcome !== 'fail' && rule.outcome !== 'partial') continue;
    // A multiset: two identical findings on the head against one on the base is one new finding.
    const remaining = new Map<string, number>();
    for (const f of baseRules.get(rule.id)?.findings ?? []) remaining.set(findingKey(f), (remaining.get(findingKey(f)) ?? 0) + 1);
    for (const finding of rule.findings) {
      const key = findingKey(finding);
      const left = remaining.get(key) ?? 0;
      if (left > 0) remaining.set(key, left - 1);
      else newFindings.push({ rule: rule.id, title: rule.title, level: rule.level, finding });
    }
  }

  return { base: base.score, head: head.score, delta: head.score - base.score, categories, fixed, regressed, newFindings };
}

/**
 * A rule is fixed or regressed when its own score moves, not when other rules shift its share of
 * the points. A rule scored for the first time regresses if it loses anything; one that stops
 * being scored is fixed if it lost points before.
 */
function judge(before: number | null, after: number | null): 'fixed' | 'regressed' | undefined {
  if (before === null && after === null) return undefined;
  if (before === null) return after! < 1 - EPSILON ? 'regressed' : undefined;
  if (after === null) return before < 1 - EPSILON ? 'fixed' : undefined;
  if (after > before + EPSILON) return 'fixed';
  if (after < before - EPSILON) return 'regressed';
  return undefined;
}

/** Line numbers move when code above changes; the file and message identify a finding. */
function findingKey(f: Finding): string {
  return `${f.file ?? ''}\0${f.message}`;
}
