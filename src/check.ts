import { runChecks, type EngineConfig } from './engine/run.js';
import { Facts, type FactsOptions } from './facts/facts.js';
import type { RepositorySource } from './source/types.js';
import type { Result, Rule } from './types.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  config?: EngineConfig;
  rules?: readonly Rule<any>[];
  ignore?: FactsOptions['ignore'];
  timings?: boolean;
}

/** Scores one repository source: the single code path shared by the CLI and the Action. */
export async function checkSource(source: RepositorySource, options: CheckOptions = {}): Promise<Result> {
  const facts = new Facts(source, { ...(options.ignore ? { ignore: options.ignore } : {}) });
  return runChecks({
    facts,
    rules: options.rules ?? BUILTIN_RULES,
    config: options.config ?? { rules: {} },
    version: VERSION,
    timings: options.timings ?? false,
  });
}
