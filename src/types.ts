/**
 * The public contract of portfolio-check: rule metadata, outcomes and the Result.
 * Reporters, the CLI, the Action and user scripts all read these shapes.
 */

export const CATEGORY_IDS = [
  'documentation',
  'testing',
  'delivery',
  'data',
  'security',
  'operations',
  'history',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_TITLES: Record<CategoryId, string> = {
  documentation: 'Documentation',
  testing: 'Testing',
  delivery: 'Delivery',
  data: 'Data',
  security: 'Security',
  operations: 'Operations',
  history: 'History',
};

export type Level = 'off' | 'warn' | 'error';
export type Band = 'red' | 'amber' | 'green';
export type Stage = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type OutcomeKind = 'pass' | 'fail' | 'partial' | 'not-applicable' | 'not-available' | 'error';

/** A single observation a rule reports: what, where, and how to fix it. */
export interface Finding {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** A concrete next action. Falls back to the rule's general fix when absent. */
  fix?: string;
  /** A commit the finding refers to (history rules). */
  commit?: string;
}

/** What a rule's check returns. `score` is required for `partial` and ignored otherwise. */
export interface RuleOutcome {
  outcome: Exclude<OutcomeKind, 'error'>;
  score?: number;
  /** One sentence: what was observed. Shown next to the rule. */
  summary: string;
  findings?: Finding[];
}

export interface RuleOptionSpec {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: string;
}

export interface RuleMeta {
  /** Stable kebab-case id; part of the public interface (configs name it). */
  id: string;
  category: CategoryId;
  title: string;
  /** Why a hiring reviewer cares, in one or two sentences. */
  rationale: string;
  /** The general fix, used when a finding carries none. */
  fix: string;
  level: Exclude<Level, 'off'>;
  weight: number;
  stage: Stage;
  /** Direction presets that switch this rule on beyond `recommended` (see presets). */
  presets?: string[];
  options?: Record<string, RuleOptionSpec>;
  /**
   * Costly facts the rule needs beyond the defaults. `commit-stats`: per-file line counts of
   * commits (a `git log --numstat`, several times slower than the plain log).
   */
  needs?: 'commit-stats'[];
  /** Overrides the generated doc URL (plugin rules). */
  docs?: string;
}

export interface RuleContext<O = Record<string, unknown>> {
  facts: import('./facts/facts.js').Facts;
  options: O;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<O>): Promise<RuleOutcome> | RuleOutcome;
}

/** One rule's evaluated entry in the Result. */
export interface RuleResult {
  id: string;
  title: string;
  category: CategoryId;
  stage: Stage;
  level: Exclude<Level, 'off'>;
  outcome: OutcomeKind;
  /** 0–1, or null when the rule is not scored (not-applicable, not-available, error). */
  score: number | null;
  weight: number;
  /** Points of the overall 0–100 score this rule cost. */
  pointsLost: number;
  summary: string;
  rationale: string;
  fix: string;
  findings: Finding[];
  docs: string;
  exemption?: string;
}

export interface CategoryResult {
  id: CategoryId;
  title: string;
  /** 0–100, or null when no rule in the category was scored. */
  score: number | null;
  band: Band | null;
  weight: number;
  pointsLost: number;
}

export type StageStatus = 'reached' | 'partly' | 'not-yet' | 'not-assessed';

export interface StageResult {
  stage: Stage;
  title: string;
  status: StageStatus;
  /** 0–100 share of the stage's evidence that is present, or null when not assessed. */
  score: number | null;
}

export interface NextStep {
  rule: string;
  title: string;
  stage: Stage;
  fix: string;
  pointsLost: number;
  docs: string;
}

export interface HistoryInfo {
  available: boolean;
  reason?: string;
  shallow: boolean;
  commits: number;
}

export type DepthItemId =
  | 'defines-schema'
  | 'writes-endpoints'
  | 'validates-input'
  | 'authenticates-users'
  | 'tests-behaviour'
  | 'deploys'
  | 'explains-tradeoffs';

/** One item of the project-depth checklist, judged from the rule results. */
export interface DepthItem {
  id: DepthItemId;
  title: string;
  met: boolean;
  /** The rules that evidence the item (when met) or that were consulted (when not). */
  rules: string[];
}

export interface Result {
  schemaVersion: 1;
  tool: { name: 'portfolio-check'; version: string };
  target: {
    kind: 'path' | 'git-revision' | 'github';
    /** The project: `owner/repo` (with the checked subdirectory) when the remote is on GitHub, else the directory's name. */
    name: string;
    commit?: string;
    /**
     * Where the checked directory's files are on the web at `commit`, ending in `/`
     * (`https://github.com/owner/repo/blob/<commit>/`): reports link `file:line` to
     * `${blobUrl}${file}#L${line}`. Set only when the repository's GitHub remote is known.
     */
    blobUrl?: string;
  };
  score: number;
  band: Band;
  passScore?: number;
  passed?: boolean;
  categories: CategoryResult[];
  rules: RuleResult[];
  stages: StageResult[];
  stageReached: number;
  nextStep: NextStep | null;
  /**
   * The project-depth checklist: schema, endpoints, validation, auth, tests, deployment, tradeoffs.
   * Always set by the engine; optional so hand-built Results and older JSON still type-check.
   */
  depth?: DepthItem[];
  ecosystems: string[];
  frameworks: string[];
  history: HistoryInfo;
  timings?: Record<string, number>;
}
