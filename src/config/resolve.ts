/**
 * Merging a validated `extends` chain into the engine's configuration, recording where every
 * value came from. Rule ids, options and exemptions are checked here, once plugins are known.
 */
import { defaultOptions } from '../engine/define-rule.js';
import type { EngineConfig, RuleSetting } from '../engine/run.js';
import type { CategoryId, Level, Rule } from '../types.js';
import { didYouMean, jsonPath, zodProblems, type ConfigProblem } from './errors.js';
import type { Layer } from './load.js';
import { PRESET_PREFIX, presetConfig } from './presets.js';
import { ruleOptionsSchema, type ConfigFile, type RuleSettingInput } from './schema.js';

/** Where the value at each JSON path came from: a file, a preset, or `default` (the rule's metadata). */
export type ConfigSources = Record<string, string>;

export interface MergedConfig {
  engineConfig: EngineConfig & { rules: Record<string, Required<RuleSetting>>; exemptions: { rule: string; reason: string }[] };
  ignore: string[];
  sources: ConfigSources;
}

export const DEFAULT_SOURCE = 'default';

/** `"warn"`, `[level, options]` or `{ level, weight, options }` as one shape, with each part's path. */
function normalize(input: RuleSettingInput): { level?: Level; weight?: number; options?: Record<string, unknown>; optionsAt: PropertyKey[] } {
  if (typeof input === 'string') return { level: input, optionsAt: [] };
  if (Array.isArray(input)) return { level: input[0], options: input[1], optionsAt: [1] };
  return { ...input, optionsAt: ['options'] };
}

/** Checks one file's rule ids, options and exemptions against the loaded rules. */
export function validateAgainstRules(name: string, config: ConfigFile, byId: ReadonlyMap<string, Rule<any>>): ConfigProblem[] {
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
  const ignore: string[] = [];
  let passScore: number | undefined;

  const base: Layer = { kind: 'preset', name: `${PRESET_PREFIX}recommended`, preset: 'recommended' };
  for (const layer of [base, ...layers]) {
    const config = layer.kind === 'preset' ? presetConfig(layer.preset, rules) : layer.config;
    const from = layer.name;
    for (const [id, input] of Object.entries(config.rules ?? {})) {
      const target = settings[id];
      if (!target) continue; // reported by validateAgainstRules
      const setting = normalize(input);
      if (setting.level !== undefined) {
        target.level = setting.level;
        sources[`rules.${id}.level`] = from;
      }
      if (setting.weight !== undefined) {
        target.weight = setting.weight;
        sources[`rules.${id}.weight`] = from;
      }
      for (const [key, value] of Object.entries(setting.options ?? {})) {
        target.options[key] = value;
        sources[`rules.${id}.options.${key}`] = from;
      }
    }
    for (const [id, weight] of Object.entries(config.categories ?? {})) {
      if (weight === undefined) continue;
      categories[id as CategoryId] = weight === 'off' ? 0 : weight;
      sources[`categories.${id}`] = from;
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

  return {
    engineConfig: {
      rules: settings,
      categories,
      ...(passScore !== undefined ? { passScore } : {}),
      exemptions: [...exemptions].map(([rule, reason]) => ({ rule, reason })),
    },
    ignore,
    sources,
  };
}
