import type { Rule, RuleMeta } from '../types.js';

const ID_PATTERN = /^(?:[a-z0-9-]+\/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const DOCS_BASE = 'https://github.com/portfolio-check/portfolio-check/blob/main/rules/';

/** Declares a rule; validates its metadata once, at definition time. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  const { meta } = rule;
  if (!ID_PATTERN.test(meta.id)) throw new Error(`rule id "${meta.id}" is not kebab-case`);
  if (!(meta.weight >= 0)) throw new Error(`rule ${meta.id}: weight must be >= 0`);
  if (!Number.isInteger(meta.stage) || meta.stage < 1 || meta.stage > 7) {
    throw new Error(`rule ${meta.id}: stage must be 1-7`);
  }
  return rule;
}

/** The documentation URL of a rule. */
export function docsUrl(meta: RuleMeta): string {
  return meta.docs ?? `${DOCS_BASE}${meta.id}.md`;
}

/** The rule's options with defaults applied. */
export function defaultOptions(meta: RuleMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(meta.options ?? {})) out[key] = spec.default;
  return out;
}
