import {
  CATEGORY_IDS,
  CATEGORY_TITLES,
  type Band,
  type CategoryId,
  type CategoryResult,
  type RuleResult,
} from '../types.js';

/** Lighthouse bands: 0–49 red, 50–89 amber, 90–100 green. */
export function band(score: number): Band {
  if (score >= 90) return 'green';
  if (score >= 50) return 'amber';
  return 'red';
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export interface ScoreInput {
  rules: Omit<RuleResult, 'pointsLost'>[];
  categoryWeights: Partial<Record<CategoryId, number>>;
}

export interface ScoreOutput {
  score: number;
  categories: CategoryResult[];
  /** pointsLost per rule id. */
  pointsLost: Map<string, number>;
}

/**
 * The one place scores are computed. Rule score × weight → category 0–100 → overall as the
 * weighted mean of the categories that have at least one scored rule. Rules without a score
 * (not-applicable, not-available, error) leave the denominator.
 */
export function computeScores({ rules, categoryWeights }: ScoreInput): ScoreOutput {
  const byCategory = new Map<CategoryId, { earned: number; possible: number }>();
  for (const rule of rules) {
    if (rule.score === null || rule.weight <= 0) continue;
    const acc = byCategory.get(rule.category) ?? { earned: 0, possible: 0 };
    acc.earned += rule.score * rule.weight;
    acc.possible += rule.weight;
    byCategory.set(rule.category, acc);
  }

  let totalCategoryWeight = 0;
  for (const id of CATEGORY_IDS) {
    const weight = categoryWeights[id] ?? 1;
    if (byCategory.has(id) && weight > 0) totalCategoryWeight += weight;
  }

  const pointsLost = new Map<string, number>();
  for (const rule of rules) {
    const acc = byCategory.get(rule.category);
    const weight = categoryWeights[rule.category] ?? 1;
    if (rule.score === null || !acc || totalCategoryWeight === 0 || weight <= 0) {
      pointsLost.set(rule.id, 0);
      continue;
    }
    const share = (rule.weight / acc.possible) * (weight / totalCategoryWeight);
    pointsLost.set(rule.id, round1((1 - rule.score) * share * 100));
  }

  let overall = 0;
  const categories: CategoryResult[] = CATEGORY_IDS.map((id) => {
    const acc = byCategory.get(id);
    const weight = categoryWeights[id] ?? 1;
    if (!acc || weight <= 0) {
      return { id, title: CATEGORY_TITLES[id], score: null, band: null, weight, pointsLost: 0 };
    }
    const exact = (acc.earned / acc.possible) * 100;
    overall += exact * (weight / totalCategoryWeight);
    const score = Math.round(exact);
    const lost = round1((100 - exact) * (weight / totalCategoryWeight));
    return { id, title: CATEGORY_TITLES[id], score, band: band(score), weight, pointsLost: lost };
  });

  return { score: totalCategoryWeight === 0 ? 0 : Math.round(overall), categories, pointsLost };
}
