import { runChecks, type EngineConfig } from './engine/run.js';
import { RepositoryFacts, type Facts, type FactsOptions } from './facts/facts.js';
import type { RepositorySource } from './source/types.js';
import type { Result, Rule } from './types.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { RULE_ADVICE } from '../rules/advice/index.js';
import { VERSION } from './version.js';
import { markFixable } from './fix/fixable.js';

/** Newest commits whose per-file stats are read when an enabled rule needs them. */
export const COMMIT_STATS_LIMIT = 250;

export interface CheckOptions {
  config?: EngineConfig;
  rules?: readonly Rule<any>[];
  ignore?: FactsOptions['ignore'];
  timings?: boolean;
  /** Facts to reuse (the caller keeps them to read the repository after the check); built here when absent. */
  facts?: Facts;
  /**
   * The local directory being checked: rules `portfolio-check fix` can resolve there are marked
   * `fixable` (from the plan fix would make; nothing is written).
   */
  fixRoot?: string;
}

/** Scores one repository source: the single code path shared by the CLI and the Action. */
export async function checkSource(source: RepositorySource, options: CheckOptions = {}): Promise<Result> {
  const rules = options.rules ?? BUILTIN_RULES;
  const config = options.config ?? { rules: {} };
  const enabled = rules.filter((r) => (config.rules[r.meta.id]?.level ?? r.meta.level) !== 'off');
  // With a configuration the default rule set is scored too, so its rules' needs count.
  const scored = (config.chain ?? []).length > 0 ? [...enabled, ...rules.filter((r) => !r.meta.id.includes('/'))] : enabled;
  const statsLimit = scored.some((r) => r.meta.needs?.includes('commit-stats')) ? COMMIT_STATS_LIMIT : 0;
  const facts = options.facts ?? new RepositoryFacts(source, { statsLimit, ...(options.ignore ? { ignore: options.ignore } : {}) });
  // Start the one `git log` now: git walks the history on the other core while rules read files.
  if (scored.some((r) => r.meta.category === 'history')) void facts.history();
  const result = await runChecks({
    facts,
    rules,
    config,
    version: VERSION,
    timings: options.timings ?? false,
    advice: RULE_ADVICE,
  });
  return options.fixRoot !== undefined ? markFixable(result, facts, options.fixRoot) : result;
}
