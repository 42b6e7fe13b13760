import type { DepthItem, DepthItemId, RuleResult } from '../types.js';

interface DepthCriterion {
  id: DepthItemId;
  title: string;
  /** Rules whose pass (or a partial score of at least `min`) evidences the item; any one suffices. */
  rules: string[];
  min?: number;
}

/** The project-depth checklist: what a reviewer asks of a backend project beyond its score. */
const CRITERIA: DepthCriterion[] = [
  { id: 'defines-schema', title: 'Defines a database schema', rules: ['migrations-present', 'database-present'] },
  { id: 'writes-endpoints', title: 'Writes HTTP endpoints', rules: ['input-validation', 'error-handling', 'tests-api', 'api-docs', 'readme-api'] },
  { id: 'validates-input', title: 'Validates input', rules: ['input-validation'] },
  { id: 'authenticates-users', title: 'Authenticates users', rules: ['auth-present'] },
  { id: 'tests-behaviour', title: 'Tests behaviour', rules: ['tests-api', 'tests-present'] },
  { id: 'deploys', title: 'Deploys', rules: ['deploy-config'] },
  { id: 'explains-tradeoffs', title: 'Explains tradeoffs', rules: ['readme-tradeoffs'] },
];

const MET_SCORE = 0.75;

/**
 * Evaluates the checklist from rule results. A rule that did not run (absent, off, not applicable,
 * not available) is no evidence either way, so an item without evidence is simply not met.
 * `writes-endpoints` is also met when the code declares routes (the endpoint inventory), or, when
 * none was found statically, when the project serves HTTP (a framework, or a server the code starts).
 */
export function evaluateDepth(rules: readonly RuleResult[], servesHttp: boolean, routesServed = 0): DepthItem[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return CRITERIA.map(({ id, title, rules: ids, min = MET_SCORE }) => {
    const present = ids.filter((r) => byId.has(r));
    const evidenced = present.filter((r) => (byId.get(r)!.score ?? 0) >= min);
    const met = evidenced.length > 0 || (id === 'writes-endpoints' && (routesServed > 0 || servesHttp));
    return { id, title, met, rules: evidenced.length > 0 ? evidenced : present };
  });
}
