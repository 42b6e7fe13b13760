/**
 * The library entry (`import { defineRule } from 'portfolio-check'`): what plugin authors and
 * scripts use. The CLI and the Action are separate bundles; this one loads neither.
 */
export { defineRule } from './engine/define-rule.js';
export { checkSource } from './check.js';
export { loadConfig } from './config/index.js';
export { WorkingTreeSource } from './source/working-tree.js';
export { GitRevisionSource } from './source/git-revision.js';
export { formatJson } from './report/json.js';
export { formatMarkdown } from './report/markdown.js';
export { VERSION } from './version.js';
/** The observations rules read (`dockerfiles(facts)`, `licenseFacts(facts)`…) and the `Facts` interface. */
export * from './facts/public.js';
export type {
  CategoryId,
  EndpointEntry,
  EndpointsResult,
  Finding,
  Level,
  OutcomeKind,
  Result,
  Rule,
  RuleContext,
  RuleMeta,
  RuleOutcome,
  RuleResult,
  Stage,
} from './types.js';
