import type { Facts } from '../facts/facts.js';
import type { Result, RuleResult } from '../types.js';
import { planFixes } from './plan.js';
import { needsFix } from './types.js';

/**
 * Marks the rules `portfolio-check fix` would act on for this Result: the plan `fix` would make is
 * computed (nothing is written), and each failing or partial rule a planned file resolves gets
 * `fixable` with the command and the files. Rules whose only planned file is a template or a
 * placeholder are not marked.
 */
export async function markFixable(result: Result, facts: Facts, root: string): Promise<Result> {
  const plan = await planFixes({ root, facts, result, license: 'MIT', year: new Date().getUTCFullYear() });
  const files = new Map<string, string[]>();
  for (const file of plan.files) {
    for (const rule of file.resolves ?? file.rules) files.set(rule, [...(files.get(rule) ?? []), file.path]);
  }
  const rules = result.rules.map((rule): RuleResult => {
    const paths = files.get(rule.id);
    return paths && needsFix(rule) ? { ...rule, fixable: { command: `portfolio-check fix --only ${rule.id}`, files: [...new Set(paths)] } } : rule;
  });
  return { ...result, rules };
}
