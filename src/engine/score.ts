import {
  BAND_LABELS,
  CATEGORY_IDS,
  CATEGORY_TITLES,
  type Band,
  type CategoryId,
  type CategoryResult,
  type RuleResult,
  type ScoreBreakdown,
} from '../types.js';

/** The reviewer's tiers: red "early" < 45, amber "getting there" 45–74, green "job-ready" ≥ 75. */
export const BAND_THRESHOLDS = { amber: 45, green: 75 } as const;

export function band(score: number): Band {
  if (score >= BAND_THRESHOLDS.green) return 'green';
  if (score >= BAND_THRESHOLDS.amber) return 'amber';
  return 'red';
}

/** "job-ready", "getting there", "early". */
export function bandLabel(b: Band): string {
  return BAND_LABELS[b];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export type ScoredRule = Pick<RuleResult, 'id' | 'category' | 'kind' | 'score' | 'weight'>;

export interface ScoreInput {
  rules: readonly ScoredRule[];
  /** Multipliers on the points of each category's rules (default 1; 0 leaves the category out). */
  categoryWeights: Partial<Record<CategoryId, number>>;
}

export interface RulePoints {
  pointsEarned: number;
  pointsLost: number;
  /** Defect rules only. */
  deduction?: number;
}

export interface ScoreOutput {
  score: number;
  points: ScoreBreakdown;
  categories: CategoryResult[];
  /** Points per rule id, on the overall 0–100 scale. */
  rulePoints: Map<string, RulePoints>;
}

/**
 * The one place scores are computed.
 *
 *   score = round(100 × earned / applicable − deductions), clamped to 0–100
 *
 * - An evidence rule of weight w and score s (0–1) earns s × w of w applicable points.
 * - A defect rule of weight w and score s deducts (1 − s) × w points; it never adds to `applicable`,
 *   so a repository is not credited for the secrets it does not contain.
 * - Rules without a score (not-applicable, not-available, error) and rules of weight 0 leave both
 *   sums. A category weight multiplies the weights of its rules (0 leaves the category out).
 *
 * Categories are the report's grouping: each shows its own points and a 0–100 share for its gauge,
 * and none averages into another, so a category of three small rules cannot outweigh the tests.
 */
export function computeScores({ rules, categoryWeights }: ScoreInput): ScoreOutput {
  const multiplier = (id: CategoryId) => categoryWeights[id] ?? 1;
  const effective = (rule: ScoredRule) => rule.weight * multiplier(rule.category);

  let earned = 0;
  let applicable = 0;
  let deductions = 0;
  for (const rule of rules) {
    const w = effective(rule);
    if (rule.score === null || !(w > 0)) continue;
    if (rule.kind === 'defect') deductions += (1 - rule.score) * w;
    else {
      earned += rule.score * w;
      applicable += w;
    }
  }
  // Evidence points on the 0–100 scale: what one raw point is worth in the overall score.
  const scale = applicable > 0 ? 100 / applicable : 0;

  const rulePoints = new Map<string, RulePoints>();
  for (const rule of rules) {
    const w = effective(rule);
    if (rule.score === null || !(w > 0)) {
      rulePoints.set(rule.id, rule.kind === 'defect' ? { pointsEarned: 0, pointsLost: 0, deduction: 0 } : { pointsEarned: 0, pointsLost: 0 });
      continue;
    }
    if (rule.kind === 'defect') {
      const deduction = round1((1 - rule.score) * w);
      rulePoints.set(rule.id, { pointsEarned: 0, pointsLost: deduction, deduction });
    } else {
      rulePoints.set(rule.id, { pointsEarned: round1(rule.score * w * scale), pointsLost: round1((1 - rule.score) * w * scale) });
    }
  }

  const categories: CategoryResult[] = CATEGORY_IDS.map((id) => {
    let catEarned = 0;
    let catApplicable = 0;
    let catDeductions = 0;
    for (const rule of rules) {
      const w = effective(rule);
      if (rule.category !== id || rule.score === null || !(w > 0)) continue;
      if (rule.kind === 'defect') catDeductions += (1 - rule.score) * w;
      else {
        catEarned += rule.score * w;
        catApplicable += w;
      }
    }
    const weight = multiplier(id);
    const base = {
      id,
      title: CATEGORY_TITLES[id],
      weight,
      pointsEarned: round1(catEarned * scale),
      pointsApplicable: round1(catApplicable * scale),
      pointsLost: round1((catApplicable - catEarned) * scale + catDeductions),
      deductions: round1(catDeductions),
    };
    if (catApplicable === 0) return { ...base, score: null, band: null };
    // The gauge: the share of the category's points shown, with its deductions taken off in the
    // category's own units, so a committed secret turns Security red however much else is there.
    const share = Math.max(0, Math.min(100, Math.round(((catEarned - catDeductions / (scale || 1)) / catApplicable) * 100)));
    return { ...base, score: share, band: band(share) };
  });

  const exact = applicable > 0 ? (earned / applicable) * 100 - deductions : 0;
  const score = Math.max(0, Math.min(100, Math.round(exact)));
  return {
    score,
    points: { earned: round1(earned), applicable: round1(applicable), deductions: round1(deductions) },
    categories,
    rulePoints,
  };
}
