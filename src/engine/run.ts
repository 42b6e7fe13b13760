import { compareStrings } from '../util.js';
import type { Facts } from '../facts/facts.js';
import {
  CATEGORY_IDS,
  type CategoryId,
  type ConfigChange,
  type ConfigInfo,
  type Finding,
  type Level,
  type Result,
  type Rule,
  type RuleOutcome,
  type RuleResult,
} from '../types.js';
import { stackFacts } from '../facts/stack.js';
import { applyAdvice, selectAdvice, type RuleAdvice } from './advice.js';
import { defaultOptions, docsUrl } from './define-rule.js';
import { band, bandLabel, computeScores } from './score.js';
import { evaluateDepth } from './depth.js';
import { endpointsResult } from './endpoints.js';
import { routes } from '../facts/routes/index.js';
import { servesHttp } from '../facts/http.js';
import { evaluateStages, nextStep } from './stages.js';

/** Per-rule settings after configuration is resolved. */
export interface RuleSetting {
  level: Level;
  weight?: number;
  options?: Record<string, unknown>;
}

export interface EngineConfig {
  rules: Record<string, RuleSetting>;
  categories?: Partial<Record<CategoryId, number>>;
  passScore?: number;
  exemptions?: { rule: string; reason: string }[];
  /** The configuration layers applied over the defaults (presets and files), in order. */
  chain?: string[];
  /** The settings that change the score, each with its file and reason. */
  changes?: ConfigChange[];
}

type Evaluated = Omit<RuleResult, 'pointsLost' | 'pointsEarned' | 'deduction'>;

/** A built-in rule: plugin rules are named `<plugin>/<id>` and are no part of the default rule set. */
const isBuiltin = (rule: Rule<any>) => !rule.meta.id.includes('/');

export interface RunInput {
  facts: Facts;
  rules: readonly Rule<any>[];
  config: EngineConfig;
  version: string;
  /** Include wall-clock timings (off by default: output stays byte-for-byte deterministic). */
  timings?: boolean;
  /** Stack-specific fixes by rule id: rule and finding fixes name the tools of the detected stack. */
  advice?: Readonly<Record<string, RuleAdvice>>;
}

/** Runs every enabled rule against shared facts and assembles the Result. */
export async function runChecks({ facts, rules, config, version, timings = false, advice }: RunInput): Promise<Result> {
  const started = performance.now();
  const exemptions = new Map((config.exemptions ?? []).map((e) => [e.rule, e.reason]));
  const ruleTimings: Record<string, number> = {};

  const enabled = rules.filter((rule) => (config.rules[rule.meta.id]?.level ?? rule.meta.level) !== 'off');
  const evaluate = async (rule: Rule<any>, options: Record<string, unknown>, exemption: string | undefined, setting: RuleSetting | undefined): Promise<Evaluated> => {
    const { meta } = rule;
    const base = {
      id: meta.id,
      title: meta.title,
      category: meta.category,
      stage: meta.stage,
      level: (setting?.level && setting.level !== 'off' ? setting.level : meta.level) as Exclude<Level, 'off'>,
      kind: meta.kind ?? 'evidence',
      ...(meta.kind === 'defect' ? { deductionLabel: meta.deduction ?? meta.title } : {}),
      weight: setting?.weight ?? meta.weight,
      rationale: meta.rationale,
      fix: meta.fix,
      docs: docsUrl(meta),
    };
    if (exemption !== undefined) {
      return { ...base, outcome: 'not-applicable', score: null, summary: `Exempted: ${exemption}`, findings: [], exemption };
    }
    const t0 = performance.now();
    let outcome: RuleOutcome;
    try {
      outcome = validateOutcome(await rule.check({ facts, options }));
    } catch (error) {
      ruleTimings[meta.id] = performance.now() - t0;
      const message = error instanceof Error ? error.message : String(error);
      return { ...base, outcome: 'error', score: null, summary: `The rule failed to run: ${message}`, findings: [] };
    }
    ruleTimings[meta.id] = performance.now() - t0;
    return {
      ...base,
      outcome: outcome.outcome,
      score: scoreOf(outcome),
      summary: outcome.summary,
      findings: sortFindings(outcome.findings ?? []),
    };
  };
  const optionsOf = (rule: Rule<any>) => ({ ...defaultOptions(rule.meta), ...config.rules[rule.meta.id]?.options });
  const eco = await facts.ecosystems();
  const [ran, stack] = await Promise.all([
    Promise.all(enabled.map((rule) => evaluate(rule, optionsOf(rule), exemptions.get(rule.meta.id), config.rules[rule.meta.id]))),
    advice ? stackFacts(facts) : undefined,
  ]);
  const evaluated = ran.map((r) => applyAdvice(withoutCode(r, eco.ecosystems.length === 0), selectAdvice(advice?.[r.id], stack)));

  const categoryOrder = new Map(CATEGORY_IDS.map((id, i) => [id, i]));
  evaluated.sort((a, b) => categoryOrder.get(a.category)! - categoryOrder.get(b.category)! || compareStrings(a.id, b.id));

  const categoryWeights = { ...config.categories };
  const { score, points, categories, rulePoints } = computeScores({ rules: evaluated, categoryWeights });
  const ruleResults: RuleResult[] = evaluated.map((r) => ({ ...r, ...(rulePoints.get(r.id) ?? { pointsEarned: 0, pointsLost: 0 }) }));

  // The score under the default rule set (built-in rules at their default weights and options, no
  // exemptions), so a reader sees what the configuration changed. Rules the configuration left
  // untouched are not run twice.
  const chain = config.chain ?? [];
  const info: ConfigInfo = { chain, changes: config.changes ?? [] };
  if (chain.length > 0) {
    const byId = new Map(evaluated.map((r) => [r.id, r]));
    const defaults = await Promise.all(
      rules.filter(isBuiltin).map(async (rule) => {
        const options = defaultOptions(rule.meta);
        const ran = byId.get(rule.meta.id);
        const same = ran && !ran.exemption && JSON.stringify(optionsOf(rule)) === JSON.stringify(options);
        const r = same ? ran : withoutCode(await evaluate(rule, options, undefined, undefined), eco.ecosystems.length === 0);
        return { ...r, weight: rule.meta.weight, kind: rule.meta.kind ?? 'evidence' };
      }),
    );
    const defaultScore = computeScores({ rules: defaults, categoryWeights: {} }).score;
    info.defaultScore = defaultScore;
    info.defaultBand = band(defaultScore);
  }
  const { stages, reached } = evaluateStages(ruleResults);
  const [history, commit, routesFact, http] = await Promise.all([historyInfo(facts), facts.source.head(), routes(facts), servesHttp(facts)]);
  const endpoints = endpointsResult(routesFact, http);

  const result: Result = {
    schemaVersion: 2,
    tool: { name: 'portfolio-check', version },
    target: { kind: facts.source.kind, name: facts.source.name, ...(commit ? { commit } : {}) },
    score,
    band: band(score),
    bandLabel: bandLabel(band(score)),
    points,
    config: info,
    ...(config.passScore !== undefined ? { passScore: config.passScore, passed: score >= config.passScore } : {}),
    categories,
    rules: ruleResults,
    stages,
    stageReached: reached,
    nextStep: nextStep(ruleResults, stages),
    depth: evaluateDepth(ruleResults, http, routesFact.routes.length),
    ...(endpoints ? { endpoints } : {}),
    ecosystems: eco.ecosystems,
    frameworks: eco.frameworks.map((f) => f.name),
    history,
  };
  if (timings) {
    result.timings = { total: Math.round(performance.now() - started) };
    for (const [id, ms] of Object.entries(ruleTimings).sort()) result.timings[`rule:${id}`] = Math.round(ms);
  }
  return result;
}

/** History facts for the Result, without forcing a `git log` no rule asked for. */
async function historyInfo(facts: Facts): Promise<Result['history']> {
  const pending = facts.peek<Awaited<ReturnType<Facts['history']>>>('history');
  if (!pending) return { available: false, reason: 'no enabled rule reads the history', shallow: false, commits: 0 };
  const history = await pending;
  return history.available
    ? { available: true, shallow: history.shallow, commits: history.summary.commits }
    : { available: false, reason: history.reason, shallow: history.shallow, commits: 0 };
}

/**
 * `not-applicable` means the project is demonstrably another kind. A repository without source code
 * of a supported language shows no kind at all, so evidence it lacks is not shown rather than not
 * applicable: an empty repository or a README alone scores near 0, not a share of a few README rules.
 */
function withoutCode(rule: Evaluated, noCode: boolean): Evaluated {
  if (!noCode || rule.outcome !== 'not-applicable' || rule.kind === 'defect' || rule.exemption) return rule;
  return {
    ...rule,
    outcome: 'fail',
    score: 0,
    summary: `Not shown (no source code of a supported language): ${rule.summary}`,
    findings: [{ message: 'No source code of a supported language, so nothing shows this project is a kind this rule does not apply to: the evidence counts as not shown.' }],
  };
}

function scoreOf(outcome: RuleOutcome): number | null {
  switch (outcome.outcome) {
    case 'pass':
      return 1;
    case 'fail':
      return 0;
    case 'partial':
      return Math.round(outcome.score! * 1000) / 1000;
    default:
      return null;
  }
}

function validateOutcome(outcome: RuleOutcome): RuleOutcome {
  if (!outcome || typeof outcome !== 'object') throw new Error('check() returned no outcome');
  if (outcome.outcome === 'partial') {
    const s = outcome.score;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 1) throw new Error('a partial outcome needs a score between 0 and 1');
    if (s === 1) return { ...outcome, outcome: 'pass' };
    if (s === 0) return { ...outcome, outcome: 'fail' };
  }
  return outcome;
}

/**
 * Findings with a location sort by file and position; the rest keep the rule's own order (most
 * important first, summaries last), which is deterministic because rules are.
 */
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(!a.file) - Number(!b.file) ||
      compareStrings(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
