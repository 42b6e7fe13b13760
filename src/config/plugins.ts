/**
 * Plugins: modules (local files or npm packages) that export rules made with `defineRule`.
 * Their rules join the built-ins under the plugin's namespace, `<plugin>/<rule-id>`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineRule } from '../engine/define-rule.js';
import { CATEGORY_IDS, type Rule } from '../types.js';
import { ConfigError } from './errors.js';
import { packageName } from './load.js';

/** What a plugin module exports (as its default export or as named exports). */
export interface PluginModule {
  /** The namespace; defaults to the package name without `portfolio-check-plugin-`, or the file name. */
  name?: string;
  rules: readonly Rule<any>[] | Record<string, Rule<any>>;
}

export interface LoadedPlugin {
  name: string;
  file: string;
  rules: Rule<any>[];
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The namespace a plugin gets when it does not name itself. */
export function defaultPluginName(spec: string, file: string): string {
  const base = spec.startsWith('.') || path.isAbsolute(spec) ? path.basename(file).replace(/\.[cm]?js$/, '') : packageName(spec).replace(/^@[^/]+\//, '');
  return base.replace(/^portfolio-check-plugin-/, '');
}

/** Imports a plugin and namespaces its rules; `at` names the config entry for errors. */
export async function loadPlugin(spec: string, file: string, at: { file: string; path: string }): Promise<LoadedPlugin> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError([{ ...at, message: `cannot load the plugin "${spec}": ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` }]);
  }
  const exported = (mod.default && typeof mod.default === 'object' && 'rules' in mod.default ? mod.default : mod) as Partial<PluginModule>;
  const fail = (message: string) => new ConfigError([{ ...at, message: `plugin "${spec}": ${message}` }]);
  const name = exported.name ?? defaultPluginName(spec, file);
  if (typeof name !== 'string' || !NAME.test(name)) throw fail(`its name "${String(name)}" must be kebab-case (a-z, 0-9, -)`);
  const list = Array.isArray(exported.rules) ? exported.rules : exported.rules && typeof exported.rules === 'object' ? Object.values(exported.rules) : undefined;
  if (!list || list.length === 0) throw fail('expected it to export "rules": an array of rules made with defineRule');
  const rules = list.map((rule, i) => {
    const meta = (rule as Rule | undefined)?.meta;
    if (!meta || typeof meta.id !== 'string' || typeof (rule as Rule).check !== 'function') throw fail(`rules[${i}] is not a rule made with defineRule (expected { meta, check })`);
    const id = meta.id.includes('/') ? meta.id : `${name}/${meta.id}`;
    if (!id.startsWith(`${name}/`)) throw fail(`rule "${meta.id}" must be named "${name}/<rule-id>"`);
    if (!CATEGORY_IDS.includes(meta.category)) throw fail(`rule "${meta.id}": category must be one of ${CATEGORY_IDS.join(', ')}`);
    if (meta.level !== 'warn' && meta.level !== 'error') throw fail(`rule "${meta.id}": level must be "warn" or "error"`);
    const missing = (['title', 'rationale', 'fix'] as const).filter((key) => typeof meta[key] !== 'string' || meta[key].trim() === '');
    if (missing.length > 0) throw fail(`rule "${meta.id}": meta needs ${missing.join(', ')} (text shown in every report)`);
    try {
      return defineRule({ ...(rule as Rule), meta: { ...meta, id } });
    } catch (error) {
      throw fail((error as Error).message);
    }
  });
  return { name, file, rules };
}
