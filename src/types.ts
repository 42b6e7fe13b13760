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
/** The reviewer's tiers: red "early" < 45, amber "getting there" 45–74, green "job-ready" ≥ 75. */
export type Band = 'red' | 'amber' | 'green';

/** The band's meaning in words, shown next to every score. */
export const BAND_LABELS: Record<Band, string> = { red: 'early', amber: 'getting there', green: 'job-ready' };

/**
 * How a rule counts. An `evidence` rule earns its weight in points when the artifact is there (its
 * weight joins the points applicable); a `defect` rule earns nothing when clean and deducts up to
 * its weight when it finds something.
 */
export type RuleKind = 'evidence' | 'defect';
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
  /**
   * Built-in rules: the key of a stack-specific fix for this finding in the rule's advice table
   * (rules/advice/). The engine replaces `fix` with it for the detected stack and removes the key, so
   * a Result never holds it.
   */
  advice?: string;
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
  /** `evidence` (earns points; the default for plugin rules that omit it) or `defect` (deducts points). */
  kind?: RuleKind;
  /** Defect rules: what a deduction is called in reports ("committed secret" → "−8 committed secret"). */
  deduction?: string;
  /** Evidence: the points the rule is worth. Defect: the points it deducts when it finds something. */
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
  kind: RuleKind;
  outcome: OutcomeKind;
  /**
   * 0–1, or null when the rule is not scored (not-applicable, not-available, error). Evidence: the
   * share of its points earned. Defect: 1 when clean; 1 − score of its weight is deducted.
   */
  score: number | null;
  /** Evidence: points the rule is worth. Defect: points it deducts at most. Category weights apply. */
  weight: number;
  /** Evidence: points of the overall 0–100 score this rule earned. Defects: always 0. */
  pointsEarned: number;
  /** Points of the overall 0–100 score this rule cost: evidence not shown, or a defect's deduction. */
  pointsLost: number;
  /** Defect rules only: the points deducted from the overall score (the same as pointsLost). */
  deduction?: number;
  /** Defect rules only: what the deduction is called ("committed secret"). */
  deductionLabel?: string;
  summary: string;
  rationale: string;
  fix: string;
  findings: Finding[];
  docs: string;
  exemption?: string;
  /**
   * Set when `portfolio-check fix` writes a file that resolves this rule's findings (derived from the
   * plan fix would make, when the check ran on a local directory): the command and the files.
   */
  fixable?: { command: string; files: string[] };
}

export interface CategoryResult {
  id: CategoryId;
  title: string;
  /**
   * 0–100: the category's evidence points earned over its points applicable, minus its deductions
   * in the same units; null when no evidence rule of the category was scored. A grouping for the
   * report: categories do not average into the overall score.
   */
  score: number | null;
  band: Band | null;
  /** Multiplier on the points of the category's rules (1 unless the configuration changes it). */
  weight: number;
  /** Points of the overall score earned by the category's evidence rules. */
  pointsEarned: number;
  /** Points of the overall score its evidence rules could earn here. */
  pointsApplicable: number;
  /** Points of the overall score the category's rules cost (evidence not shown plus deductions). */
  pointsLost: number;
  /** Points its defect rules deducted. */
  deductions: number;
}

/** The overall arithmetic: score = round(100 × earned / applicable − deductions), clamped to 0–100. */
export interface ScoreBreakdown {
  /** Evidence points earned (rule weights × rule scores, category weights applied). */
  earned: number;
  /** Evidence points of the rules that apply (not-applicable and not-available leave it). */
  applicable: number;
  /** Points deducted by defect rules, already on the 0–100 scale. */
  deductions: number;
}

/** One score-changing setting of the configuration: what it changed, from which file, and why. */
export interface ConfigChange {
  /** `rules.<id>.level`, `rules.<id>.weight`, `categories.<id>` or `exemptions.<id>`. */
  path: string;
  /** The default value (`null` for an exemption, which has none). */
  default: unknown;
  value: unknown;
  /** The config file (repository-relative) or preset that set it. */
  source: string;
  reason: string;
}

/** Whose configuration decided the score. */
export interface ConfigInfo {
  /** The layers applied over the recommended defaults, in order: presets and files. Empty: defaults only. */
  chain: string[];
  /** Every setting that changes the score, with its reason. */
  changes: ConfigChange[];
  /** Set when the chain is not empty: the score under the default rule set (built-in rules, default weights). */
  defaultScore?: number;
  defaultBand?: Band;
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

/** Where an endpoint is documented or called: a file and line, and the kind of source. */
export interface EndpointReference {
  file: string;
  line: number;
  /** `readme` (README and linked docs), `openapi`, `collection` (Postman, Insomnia), `http-file`, `test`. */
  kind: 'readme' | 'openapi' | 'collection' | 'http-file' | 'test';
}

/** One endpoint the code serves, as every report lists it (src/facts/routes). */
export interface EndpointEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ANY';
  /** Normalised path: parameters as `{name}`, no trailing slash. */
  path: string;
  /** The handler as written, when named. */
  handler?: string;
  file: string;
  line: number;
  framework: string;
  /** Authentication (`auth`) and role, permission or ownership (`role`) checks applied, as the code names them. */
  guards: { kind: 'auth' | 'role'; name: string }[];
  guarded: boolean;
  /** The first README/spec/collection/.http mention with the same method and path; null when none. */
  documented: EndpointReference | null;
  /** The first test call with the same method and path; null when none. */
  tested: EndpointReference | null;
  /** Set when the router's mount prefix is computed at run time: the path is then router-relative. */
  unresolvedPrefix?: string;
}

/** The endpoint inventory: what the code serves, set against what the project documents and tests. */
export interface EndpointsResult {
  /** Served routes in file and line order (at most 2,000; `omitted` counts the rest). */
  routes: EndpointEntry[];
  omitted: number;
  /** Route declarations whose path could not be resolved statically, with the reason. */
  unresolved: { file: string; line: number; framework: string; reason: string }[];
  /** Endpoints the documentation names that no served route matches. */
  documentedNotServed: (EndpointReference & { method: EndpointEntry['method']; path: string })[];
  /** Whether any endpoint documentation was found (otherwise `documented` says nothing about the routes). */
  documentationFound: boolean;
  /** Whether any test calls an endpoint over HTTP. */
  testCallsFound: boolean;
}

export interface Result {
  /** 2: evidence/defect arithmetic, points per rule and category, the config block (see docs/maintainers.md). */
  schemaVersion: 2;
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
  /** The band in words: "early", "getting there", "job-ready". */
  bandLabel: string;
  points: ScoreBreakdown;
  config: ConfigInfo;
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
  /**
   * The endpoint inventory, when the project serves HTTP or declares routes. Optional: absent for
   * projects without an HTTP API, in hand-built Results and in older JSON.
   */
  endpoints?: EndpointsResult;
  ecosystems: string[];
  frameworks: string[];
  history: HistoryInfo;
  timings?: Record<string, number>;
}
