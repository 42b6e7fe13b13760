import { compareStrings } from '../util.js';
import type { NextStep, RuleResult, Stage, StageResult, StageStatus } from '../types.js';

export const STAGE_TITLES: Record<Stage, string> = {
  1: 'One language, with unit tests',
  2: 'A small HTTP API, documented',
  3: 'A framework with its concepts visible',
  4: 'A relational database with migrations and seeds',
  5: 'Authentication and authorization',
  6: 'The workflow: git, Docker, CI, a setup guide',
  7: 'Production-minded: config, limits, jobs, logs, deployment',
};

const STAGES: Stage[] = [1, 2, 3, 4, 5, 6, 7];

/** Stage status from the scored rules that evidence it: ≥80% reached, >0% partly. */
export function evaluateStages(rules: RuleResult[]): { stages: StageResult[]; reached: number } {
  const stages = STAGES.map((stage): StageResult => {
    let earned = 0;
    let possible = 0;
    for (const rule of rules) {
      if (rule.stage !== stage || rule.score === null || rule.weight <= 0) continue;
      earned += rule.score * rule.weight;
      possible += rule.weight;
    }
    if (possible === 0) return { stage, title: STAGE_TITLES[stage], status: 'not-assessed', score: null };
    const share = earned / possible;
    const status: StageStatus = share >= 0.8 ? 'reached' : share > 0 ? 'partly' : 'not-yet';
    return { stage, title: STAGE_TITLES[stage], status, score: Math.round(share * 100) };
  });
  // The highest stage such that every assessed stage up to it is reached.
  let reached = 0;
  for (const s of stages) {
    if (s.status === 'not-assessed') continue;
    if (s.status !== 'reached') break;
    reached = s.stage;
  }
  return { stages, reached };
}

/**
 * The single most valuable next step: among rules that lost points, the one in the earliest
 * stage not yet reached, then by points lost, then by id for determinism.
 */
export function nextStep(rules: RuleResult[], stages: StageResult[]): NextStep | null {
  const open = new Set(stages.filter((s) => s.status !== 'reached').map((s) => s.stage));
  const candidates = rules.filter((r) => r.pointsLost > 0 && !r.exemption);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => {
    const aOpen = open.has(a.stage) ? 0 : 1;
    const bOpen = open.has(b.stage) ? 0 : 1;
    return aOpen - bOpen || a.stage - b.stage || b.pointsLost - a.pointsLost || compareStrings(a.id, b.id);
  });
  const best = candidates[0]!;
  const only = best.findings.length === 1 ? best.findings[0]!.fix : undefined;
  const fix = only ?? best.fix;
  return { rule: best.id, title: best.title, stage: best.stage, fix, pointsLost: best.pointsLost, docs: best.docs };
}
