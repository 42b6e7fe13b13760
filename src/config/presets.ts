/**
 * Built-in presets, generated from rule metadata (never hand-listed, as ESLint generates
 * `eslint:recommended`): a rule tagged with `meta.presets` is off in `recommended` and on in the
 * direction presets it names; `strict` turns every rule on as an error.
 */
import type { Rule } from '../types.js';
import type { ConfigFile } from './schema.js';

export const PRESET_PREFIX = 'portfolio-check:';
export const PRESET_NAMES = ['recommended', 'saas', 'data', 'platform', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const PRESET_DESCRIPTIONS: Record<PresetName, string> = {
  recommended: 'the rules every backend portfolio is judged on',
  saas: 'recommended plus the rules for a product API (auth, limits, jobs)',
  data: 'recommended plus the rules for data work (databases, migrations, pipelines)',
  platform: 'recommended plus the rules for platform and infrastructure work',
  strict: 'every rule, as an error',
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The configuration a built-in preset stands for, under the given rules. */
export function presetConfig(name: PresetName, rules: readonly Rule<any>[]): ConfigFile {
  const settings: NonNullable<ConfigFile['rules']> = {};
  for (const { meta } of rules) {
    const tags = meta.presets ?? [];
    if (name === 'strict') settings[meta.id] = 'error';
    else if (tags.length === 0 || tags.includes(name)) settings[meta.id] = meta.level;
    else settings[meta.id] = 'off';
  }
  return { rules: settings };
}
