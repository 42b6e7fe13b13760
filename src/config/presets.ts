/**
 * Built-in presets, generated from rule metadata (never hand-listed, as ESLint generates
 * `eslint:recommended`). `recommended` runs every rule at its default level and weight; a
 * direction preset emphasises the rules tagged for it in `meta.presets` (level error, twice the
 * weight), so a SaaS reviewer's priorities move the score more; `strict` makes every rule an error.
 */
import type { Rule } from '../types.js';
import type { ConfigFile } from './schema.js';

export const PRESET_PREFIX = 'portfolio-check:';
export const PRESET_NAMES = ['recommended', 'saas', 'data', 'platform', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const PRESET_DESCRIPTIONS: Record<PresetName, string> = {
  recommended: 'every rule at its default level and weight',
  saas: 'recommended, with authorization, rate limits and jobs weighted double (product APIs)',
  data: 'recommended, with migrations and seed data weighted double (data work)',
  platform: 'recommended, with logging, health checks and rate limits weighted double (platform work)',
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
    else if (name !== 'recommended' && tags.includes(name)) settings[meta.id] = { level: 'error', weight: meta.weight * 2 };
    else settings[meta.id] = meta.level;
  }
  return { rules: settings };
}
