/**
 * Merging a validated `extends` chain into the engine's configuration, recording where every
 * value came from. Rule ids, options and exemptions are checked here, once plugins are known.
 */
import { defaultOptions } from '../engine/define-rule.js';
import type { EngineConfig, RuleSetting } from '../engine/run.js';
import type { CategoryId, ConfigChange, Level, Rule } from '../types.js';
import { didYouMean, jsonPath, zodProblems, type ConfigProblem } from './errors.js';
import type { Layer } from './load.js';
import { PRESET_DESCRIPTIONS, PRESET_PREFIX, presetConfig } from './presets.js';
import type { ConfigFile, RuleSettingInput } from './schema.js';

/** Where the value at each JSON path came from: a file, a preset, or `default` (the rule's metadata). */
export type ConfigSources = Record<string, string>;

export interface MergedConfig {
  engineConfig: EngineConfig & { rules: Record<string, Required<RuleSetting>>; exemptions: { rule: string; reason: string }[]; changes: ConfigChange[] };
  ignore: string[];
  sources: ConfigSources;
}

export const DEFAULT_SOURCE = 'default';

/** `"warn"`, `[level, options]` or `{ level, weight, options }` as one shape, with each part's path. */
function normalize(input: RuleSettingInput): { level?: Level; weight?: number; options?: Record<string, unknown>; reason?: string; optionsAt: PropertyKey[] } {
  if (typeof input === 'string') return { level: input, optionsAt: [] };
  if (Array.isArray(input)) return { level: input[0], options: input[1], optionsAt: [1] };
  return { ...input, optionsAt: ['options'] };
}

type CategoryInput = NonNullable<NonNullable<ConfigFile['categories']>[CategoryId]>;

/** A category value as `{ weight, reason? }` (0 for "off"). */
function categorySetting(input: CategoryInput): { weight: number; reason?: string } {
  if (typeof input === 'object') return { weight: input.weight === 'off' ? 0 : input.weight, reason: input.reason };
  return { weight: input === 'off' ? 0 : input };
}

/**
 * Turning a rule or category off, or re-weighting it, changes the score: like an exemption it needs
 * a reason, which every report shows. A change without one is a configuration error.
 */
function missingReasons(name: string, config: ConfigFile, byId: ReadonlyMap<string, Rule<any>>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [id, input] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) continue;
    const setting = normalize(input);
    if (setting.reason) continue;
    const off = setting.level === 'off';
    const reweighted = setting.weight !== undefined && setting.weight !== rule.meta.weight;
    if (!off && !reweighted) continue;
    const what = off ? 'turning the rule off' : `weight ${setting.weight} instead of ${rule.meta.weight}`;
    const example = off ? `{ "level": "off", "reason": "…" }` : `{ "weight": ${setting.weight}, "reason": "…" }`;
    problems.push({ file: name, path: jsonPath(['rules', id]), message: `${what} changes the score, so it needs a reason every report shows: write ${example}` });
  }
  for (const [id, input] of Object.entries(config.categories ?? {})) {
    if (input === undefined) continue;
    const { weight, reason } = categorySetting(input);
    if (reason || weight === 1) continue;
    const shown = weight === 0 ? '"off"' : String(weight);
    problems.push({ file: name, path: jsonPath(['categories', id]), message: `${weight === 0 ? 'turning the category off' : `weight ${weight} instead of 1`} changes the score, so it needs a reason every report shows: write { "weight": ${shown}, "reason": "…" }` });
  }
  return problems;
}

/** Checks one file's rule ids, options and exemptions against the loaded rules. */
export async function validateAgainstRules(name: string, config: ConfigFile, byId: ReadonlyMap<string, Rule<any>>): Promise<ConfigProblem[]> {
  const { ruleOptionsSchema } = await import('./schema.js');
  const problems: ConfigProblem[] = [];
  const ids = [...byId.keys()];
  const unknownRule = (id: string): string => {
    const slash = id.indexOf('/');
    const namespace = slash > 0 ? id.slice(0, slash) : undefined;
    if (namespace && !ids.some((known) => known.startsWith(`${namespace}/`))) {
      return `unknown rule "${id}": no plugin named "${namespace}" is loaded (add it to "plugins")${didYouMean(id, ids)}`;
    }
    return `unknown rule "${id}"${didYouMean(id, ids)}`;
  };
  for (const [id, input] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ file: name, path: jsonPath(['rules', id]), message: unknownRule(id) });
      continue;
    }
    const setting = normalize(input);
    if (setting.options === undefined) continue;
    const parsed = ruleOptionsSchema(rule.meta).safeParse(setting.options, { reportInput: true });
    if (parsed.success) continue;
    const known = Object.keys(rule.meta.options ?? {});
    problems.push(
      ...zodProblems(name, parsed.error.issues, ['rules', id, ...setting.optionsAt], (key) =>
        known.length ? `unknown option of ${id}; expected one of ${known.join(', ')}${didYouMean(key, known)}` : `unknown option: ${id} takes no options`,
      ),
    );
  }
  for (const [i, exemption] of (config.exemptions ?? []).entries()) {
    if (!byId.has(exemption.rule)) problems.push({ file: name, path: `exemptions[${i}].rule`, message: unknownRule(exemption.rule) });
  }
  problems.push(...missingReasons(name, config, byId));
  return problems;
}

/**
 * Applies the chain in order over the rules' defaults and the recommended preset (the base every
 * configuration starts from). Later layers win per value: a level, a weight, one option key.
 */
export function mergeLayers(layers: readonly Layer[], rules: readonly Rule<any>[]): MergedConfig {
  const sources: ConfigSources = {};
  const settings: Record<string, Required<RuleSetting>> = {};
  for (const { meta } of rules) {
    settings[meta.id] = { level: meta.level, weight: meta.weight, options: defaultOptions(meta) };
    sources[`rules.${meta.id}.level`] = DEFAULT_SOURCE;
    sources[`rules.${meta.id}.weight`] = DEFAULT_SOURCE;
    for (const key of Object.keys(settings[meta.id]!.options)) sources[`rules.${meta.id}.options.${key}`] = DEFAULT_SOURCE;
  }
  const categories: Partial<Record<CategoryId, number>> = {};
  const exemptions = new Map<string, string>();
  /** The reason given with the value at each JSON path (presets give their description). */
  const reasons: Record<string, string> = {};
  const ignore: string[] = [];
  let passScore: number | undefined;

  const base: Layer = { kind: 'preset', name: `${PRESET_PREFIX}recommended`, preset: 'recommended' };
  for (const layer of [base, ...layers]) {
    const config = layer.kind === 'preset' ? presetConfig(layer.preset, rules) : layer.config;
    const from = layer.name;
    const presetReason = layer.kind === 'preset' ? `the ${layer.name} preset: ${PRESET_DESCRIPTIONS[layer.preset]}` : undefined;
    for (const [id, input] of Object.entries(config.rules ?? {})) {
      const target = settings[id];
      if (!target) continue; // reported by validateAgainstRules
      const setting = normalize(input);
      const reason = setting.reason ?? presetReason;
      if (setting.level !== undefined) {
        target.level = setting.level;
        sources[`rules.${id}.level`] = from;
        if (reason) reasons[`rules.${id}.level`] = reason;
      }
      if (setting.weight !== undefined) {
        target.weight = setting.weight;
        sources[`rules.${id}.weight`] = from;
        if (reason) reasons[`rules.${id}.weight`] = reason;
      }
      for (const [key, value] of Object.entries(setting.options ?? {})) {
        target.options[key] = value;
        sources[`rules.${id}.options.${key}`] = from;
      }
    }
    for (const [id, input] of Object.entries(config.categories ?? {})) {
      if (input === undefined) continue;
      const { weight, reason } = categorySetting(input);
      categories[id as CategoryId] = weight;
      sources[`categories.${id}`] = from;
      if (reason ?? presetReason) reasons[`categories.${id}`] = (reason ?? presetReason)!;
    }
    if (config.passScore !== undefined) {
      passScore = config.passScore;
      sources.passScore = from;
    }
    for (const exemption of config.exemptions ?? []) {
      exemptions.set(exemption.rule, exemption.reason.trim());
      sources[`exemptions.${exemption.rule}`] = from;
    }
    for (const glob of config.ignore ?? []) {
      if (ignore.includes(glob)) continue;
      sources[`ignore[${ignore.length}]`] = from;
      ignore.push(glob);
    }
  }

  // What the configuration changed that moves the score, against each rule's metadata.
  const changes: ConfigChange[] = [];
  const change = (at: string, defaultValue: unknown, value: unknown) =>
    changes.push({ path: at, default: defaultValue, value, source: sources[at] ?? DEFAULT_SOURCE, reason: reasons[at] ?? 'no reason given' });
  for (const { meta } of rules) {
    const setting = settings[meta.id]!;
    if (setting.level === 'off') change(`rules.${meta.id}.level`, meta.level, 'off');
    else if (setting.weight !== meta.weight) change(`rules.${meta.id}.weight`, meta.weight, setting.weight);
  }
  for (const [id, weight] of Object.entries(categories)) if (weight !== 1) change(`categories.${id}`, 1, weight === 0 ? 'off' : weight);
  for (const [rule, reason] of exemptions) changes.push({ path: `exemptions.${rule}`, default: null, value: 'exempted', source: sources[`exemptions.${rule}`] ?? DEFAULT_SOURCE, reason });

  return {
    engineConfig: {
      rules: settings,
      categories,
      ...(passScore !== undefined ? { passScore } : {}),
      exemptions: [...exemptions].map(([rule, reason]) => ({ rule, reason })),
      changes,
    },
    ignore,
    sources,
  };
}
