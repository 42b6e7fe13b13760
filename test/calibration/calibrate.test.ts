import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { CRITERIA, spearman, tier } from '../../scripts/calibrate.mjs';

describe('calibration statistics', () => {
  it('ranks identical orderings at 1 and reversed orderings at -1', () => {
    expect(spearman([10, 20, 30, 40], [1, 5, 7, 90])).toBeCloseTo(1);
    expect(spearman([10, 20, 30, 40], [90, 7, 5, 1])).toBeCloseTo(-1);
  });

  it('gives tied values their average rank', () => {
    // ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });

  it('uses the reviewer tiers: weak < 45, mid 45–74, strong ≥ 75', () => {
    expect([44, 45, 74, 75].map(tier)).toEqual(['weak', 'mid', 'mid', 'strong']);
  });

  it('maps the rubric criteria to 100 points', () => {
    const total = Object.values(CRITERIA as Record<string, { max: number }>).reduce((sum, c) => sum + c.max, 0);
    expect(total).toBe(100);
  });
});
