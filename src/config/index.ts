/**
 * Configuration: the one entry point the CLI and the Action share.
 *
 *   const { engineConfig, rules, ignore } = await loadConfig(root, { configPath });
 *   const result = await checkSource(source, { config: engineConfig, rules, ignore });
 *
 * `loadConfig(root, { configPath? })`:
 * - `root`: the repository directory. Without `configPath`, the first of `CONFIG_FILE_NAMES`
 *   found there is used, then `package.json#portfolio-check`; with none, the recommended preset.
 * - `configPath`: an explicit config file (absolute, or relative to `root`).
 * - Returns `engineConfig` (every rule's level, weight and options; category weights; passScore;
 *   exemptions), `rules` (the built-ins plus plugin rules), `ignore` (globs relative to the root),
 *   `sources` (for each JSON path like `rules.readme-present.level`, the file or preset it came
 *   from, or `default`), `file` (the config file used) and `chain` (the layers applied, in order).
 * - Throws `ConfigError` (its `problems` name the file, the JSON path and what was expected).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { BUILTIN_RULES } from '../../rules/index.js';
import type { EngineConfig } from '../engine/run.js';
import type { Rule } from '../types.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { discoverConfigFile, displayName, loadChain, resolveSpecifier, type Layer } from './load.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { mergeLayers, validateAgainstRules, type ConfigSources } from './resolve.js';

export { ConfigError, formatProblem, type ConfigProblem } from './errors.js';
export { CONFIG_FILE_NAMES, PACKAGE_JSON_KEY } from './load.js';
export { PRESET_DESCRIPTIONS, PRESET_NAMES, PRESET_PREFIX, type PresetName } from './presets.js';
export { DEFAULT_SOURCE, type ConfigSources } from './resolve.js';
export type { PluginModule } from './plugins.js';

export interface LoadConfigOptions {
  /** An explicit config file; absolute or relative to the root. Overrides discovery. */
  configPath?: string;
  /** The built-in rules (tests substitute their own). */
  builtinRules?: readonly Rule<any>[];
  /**
   * The repository is not the user's (a remote clone): its own configuration may only be JSON or
   * YAML inside it, without plugins, so checking it never runs its code. An explicit `configPath`
   * is the user's own file and is trusted.
   */
  untrusted?: boolean;
  /** Ignore every configuration file (`--no-config`): the default rule set decides the score. */
  noConfig?: boolean;
}

export interface LoadedConfig {
  engineConfig: EngineConfig;
  rules: Rule<any>[];
  ignore: string[];
  sources: ConfigSources;
  /** The config file used (absolute), or undefined when none was found. */
  file?: string;
  /** The layers applied after the recommended base, in order: preset names and file names. */
  chain: string[];
  plugins: { name: string; file: string }[];
}

/** Finds, reads, validates and resolves the configuration of the repository at `root`. */
export async function loadConfig(root: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const absoluteRoot = path.resolve(root);
  let file: string | undefined;
  if (options.configPath !== undefined) {
    file = path.resolve(absoluteRoot, options.configPath);
    if (!existsSync(file)) throw new ConfigError([{ file: options.configPath, path: '', message: 'config file not found' }]);
  } else if (!options.noConfig) {
    file = discoverConfigFile(absoluteRoot);
  }
  const untrusted = Boolean(options.untrusted) && options.configPath === undefined;
  const layers = file ? await loadChain(absoluteRoot, file, [], untrusted) : [];
  if (untrusted) {
    const declaring = layers.find((l) => l.kind === 'file' && l.config.plugins !== undefined);
    if (declaring) throw new ConfigError([{ file: declaring.name, path: 'plugins', message: "plugins are not loaded for a remote repository (they would run its code); pass --config with a local file" }]);
  }
  const plugins = await loadPlugins(absoluteRoot, layers);
  const rules = [...(options.builtinRules ?? BUILTIN_RULES), ...plugins.flatMap((p) => p.rules)];
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

  const problems: ConfigProblem[] = [];
  for (const layer of layers) if (layer.kind === 'file') problems.push(...(await validateAgainstRules(layer.name, layer.config, byId)));
  if (problems.length > 0) throw new ConfigError(problems);

  const merged = mergeLayers(layers, rules);
  merged.engineConfig.chain = layers.map((l) => l.name);
  for (const layer of layers) {
    if (layer.kind !== 'file') continue;
    for (const plugin of plugins) if (plugin.declaredIn.includes(layer.name)) merged.sources[`plugins.${plugin.name}`] ??= layer.name;
  }
  return {
    engineConfig: merged.engineConfig,
    rules,
    ignore: merged.ignore,
    sources: merged.sources,
    ...(file ? { file } : {}),
    chain: layers.map((l) => l.name),
    plugins: plugins.map(({ name, file: pluginFile }) => ({ name, file: displayName(absoluteRoot, pluginFile) })),
  };
}

/** Loads each plugin once, however many layers list it; two plugins may not share a name. */
async function loadPlugins(root: string, layers: readonly Layer[]): Promise<(LoadedPlugin & { declaredIn: string[] })[]> {
  const byFile = new Map<string, LoadedPlugin & { declaredIn: string[] }>();
  for (const layer of layers) {
    if (layer.kind !== 'file') continue;
    const specs = layer.config.plugins === undefined ? [] : Array.isArray(layer.config.plugins) ? layer.config.plugins : [layer.config.plugins];
    for (const [i, spec] of specs.entries()) {
      const at = { file: layer.name, path: Array.isArray(layer.config.plugins) ? `plugins[${i}]` : 'plugins' };
      const target = resolveSpecifier(spec, layer.file, at, false);
      if (target.kind !== 'file') continue;
      const existing = byFile.get(target.file);
      if (existing) {
        existing.declaredIn.push(layer.name);
        continue;
      }
      const plugin = await loadPlugin(spec, target.file, at);
      const clash = [...byFile.values()].find((p) => p.name === plugin.name);
      if (clash) {
        throw new ConfigError([{ ...at, message: `plugin "${spec}" is named "${plugin.name}", like ${displayName(root, clash.file)}; plugin names must be unique` }]);
      }
      byFile.set(target.file, { ...plugin, declaredIn: [layer.name] });
    }
  }
  return [...byFile.values()];
}
