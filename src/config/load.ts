/**
 * Finding and reading configuration files: discovery from the repository root, the file formats,
 * and following `extends` through built-in presets, relative files and npm packages.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeRefusal, isRefused, readInside, readRegularFile } from '../source/safe-read.js';
import { ConfigError, didYouMean, zodProblems, type ConfigProblem } from './errors.js';
import { isPresetName, PRESET_NAMES, PRESET_PREFIX, type PresetName } from './presets.js';
import type { ConfigFile } from './schema.js';

/** Looked for at the repository root, in this order; the first found is used. */
export const CONFIG_FILE_NAMES = [
  'portfolio-check.config.json',
  'portfolio-check.config.yaml',
  'portfolio-check.config.yml',
  'portfolio-check.config.js',
  'portfolio-check.config.mjs',
  '.portfolio-checkrc',
  '.portfolio-checkrc.json',
  '.portfolio-checkrc.yaml',
  '.portfolio-checkrc.yml',
] as const;

/** The key of package.json that may hold the configuration. */
export const PACKAGE_JSON_KEY = 'portfolio-check';

/** One configuration in the `extends` chain, applied in order (later wins). */
export type Layer =
  | { kind: 'file'; name: string; file: string; config: ConfigFile }
  | { kind: 'preset'; name: string; preset: PresetName };

/** How a file is named in messages: relative to the repository root when inside it. */
export function displayName(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/** Limits of a configuration file: its size, its nesting and how many values it holds. */
export const CONFIG_LIMITS = { maxBytes: 2 * 1024 * 1024, maxDepth: 32, maxValues: 20_000 } as const;

/**
 * The config file at the root, or undefined. package.json counts only when it has the key.
 * Candidates are checked through the guarded read: a config file that is a FIFO, a device or a link
 * leaving the repository is an error; such a package.json is simply not a configuration.
 */
export function discoverConfigFile(root: string): string | undefined {
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    return undefined;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const probe = readInside(root, name, 0, realRoot);
    if (!isRefused(probe)) return path.join(root, name);
    if (probe.refused !== 'missing') throw new ConfigError([{ file: name, path: '', message: describeRefusal(probe) }]);
  }
  const pkg = readInside(root, 'package.json', CONFIG_LIMITS.maxBytes, realRoot);
  if (!isRefused(pkg) && pkg.size <= CONFIG_LIMITS.maxBytes) {
    try {
      const json = JSON.parse(pkg.bytes.toString('utf8')) as Record<string, unknown>;
      if (json && typeof json === 'object' && PACKAGE_JSON_KEY in json) return path.join(root, 'package.json');
    } catch {
      // A broken package.json is the manifests rule's finding, not a config error.
    }
  }
  return undefined;
}

/** The text of a JSON or YAML config file, read through the guarded routine and size-capped. */
function readConfigText(file: string, name: string): string {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch (error) {
    throw new ConfigError([{ file: name, path: '', message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? firstLine(error)}` }]);
  }
  const read = readRegularFile(real, CONFIG_LIMITS.maxBytes);
  if (isRefused(read)) throw new ConfigError([{ file: name, path: '', message: describeRefusal(read) }]);
  if (read.size > CONFIG_LIMITS.maxBytes) {
    throw new ConfigError([{ file: name, path: '', message: `is ${(read.size / 1024 / 1024).toFixed(1)} MiB; a configuration file may be at most ${CONFIG_LIMITS.maxBytes / 1024 / 1024} MiB` }]);
  }
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Deep [ and { nesting would overflow the parsers' stacks: refuse it before parsing.
  if (bracketDepth(text) > CONFIG_LIMITS.maxDepth) throw tooDeep(name);
  return text;
}

/** The deepest [ / { nesting in the text (quotes are not tracked: an overestimate is harmless here). */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

function tooDeep(name: string): ConfigError {
  return new ConfigError([{ file: name, path: '', message: `is nested more than ${CONFIG_LIMITS.maxDepth} levels deep (the limit); a configuration is a few levels deep` }]);
}

/** Checks a parsed configuration's nesting and size without recursion, before the schema walks it. */
function checkShape(value: unknown, name: string): void {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= CONFIG_LIMITS.maxDepth) throw tooDeep(name);
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    count += children.length;
    if (count > CONFIG_LIMITS.maxValues) {
      throw new ConfigError([{ file: name, path: '', message: `holds more than ${CONFIG_LIMITS.maxValues.toLocaleString('en-US')} values (the limit); a configuration lists rules and settings, not data` }]);
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
}

/** Reads one file's raw configuration object by its format. */
async function readRaw(file: string, name: string): Promise<unknown> {
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (error) {
      throw new ConfigError([{ file: name, path: '', message: `cannot load the module: ${firstLine(error)}` }]);
    }
    return mod.default;
  }
  const text = readConfigText(file, name);
  if (ext === '.json' || (base.startsWith('.portfolio-checkrc') && ext === '' && text.trimStart().startsWith('{'))) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigError([{ file: name, path: '', message: `invalid JSON: ${jsonError(error, text)}` }]);
    }
    if (base === 'package.json') {
      const value = (json as Record<string, unknown> | null)?.[PACKAGE_JSON_KEY];
      if (value === undefined) throw new ConfigError([{ file: name, path: '', message: `has no "${PACKAGE_JSON_KEY}" field` }]);
      checkShape(value, name);
      return value;
    }
    checkShape(json, name);
    return json;
  }
  // The YAML parser is loaded only for a YAML configuration (most runs have none).
  const { parse: parseYaml } = await import('yaml');
  let yaml: unknown;
  try {
    // maxAliasCount bounds alias expansion (a "billion laughs" document).
    yaml = parseYaml(text, { prettyErrors: true, maxAliasCount: 100 }) ?? {};
  } catch (error) {
    if (/call stack/i.test(firstLine(error))) throw tooDeep(name);
    throw new ConfigError([{ file: name, path: '', message: `invalid YAML: ${firstLine(error)}` }]);
  }
  checkShape(yaml, name);
  return yaml;
}

/**
 * V8's JSON message without the snippet of the file it quotes (which could be a secret): the
 * offending character and, when known, the line and column.
 */
function jsonError(error: unknown, text: string): string {
  const message = firstLine(error);
  const token = /^Unexpected token '(.)'/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const where = position ? ` at line ${text.slice(0, Number(position[1])).split('\n').length}, column ${Number(position[1]) - text.lastIndexOf('\n', Number(position[1]) - 1)}` : '';
  if (token) return `unexpected character '${token[1]}'${where}`;
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ".*$/, '')}${where}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/**
 * The configuration of a repository that is not the user's (a remote clone) may only be data
 * inside it: a JavaScript config or rule set would run the repository's code, and a path outside
 * it would read the user's files.
 */
function assertDataInside(root: string, file: string, declaredIn: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const relative = path.relative(real(root), real(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ConfigError([{ file: declaredIn, path: 'extends', message: `${file} is outside the repository; a remote repository's configuration may only extend files inside it` }]);
  }
  if (/\.[cm]?js$/i.test(file)) {
    throw new ConfigError([{ file: displayName(root, file), path: '', message: 'a JavaScript configuration is not run for a remote repository (it would execute its code); pass --config with a local file' }]);
  }
}

/** Reads and validates one configuration file against the schema. */
export async function readConfigFile(file: string, name: string): Promise<ConfigFile> {
  const raw = await readRaw(file, name);
  const pkgPrefix = path.basename(file) === 'package.json' ? [PACKAGE_JSON_KEY] : [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = Array.isArray(raw) ? 'an array' : raw === undefined ? 'nothing' : typeof raw === 'object' ? 'null' : `a ${typeof raw}`;
    throw new ConfigError([{ file: name, path: pkgPrefix.join('.'), message: `expected a configuration object; got ${got}` }]);
  }
  // The schema (zod, a third of the bundle) is loaded only when there is a file to validate.
  const { configFileSchema, knownKeys } = await import('./schema.js');
  const parsed = configFileSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = zodProblems(name, parsed.error.issues, pkgPrefix, (key, parent) => {
    const unprefixed = pkgPrefix.length ? parent.replace(/^[^.]+\.?/, '') : parent;
    const known = knownKeys(unprefixed);
    const what = unprefixed === 'categories' ? 'category' : 'field';
    return known.length ? `unknown ${what}; expected one of ${known.join(', ')}${didYouMean(key, known)}` : `unknown ${what}`;
  }).map(explainReason);
  throw new ConfigError(problems);
}

/** A missing or blank exemption reason says why it matters. */
function explainReason(problem: ConfigProblem): ConfigProblem {
  if (/exemptions\[\d+\]\.reason$/.test(problem.path)) {
    return { ...problem, message: 'a reason is required (a non-empty string): every report shows why the rule is waived' };
  }
  return problem;
}

/** Where a module specifier from `extends` or `plugins` points. */
export type Resolved = { kind: 'preset'; preset: PresetName } | { kind: 'file'; file: string };

/**
 * Resolves `portfolio-check:<preset>`, a relative or absolute file (from the declaring file's
 * directory), or an npm package (looked up in node_modules from the declaring file, as Node does).
 */
export function resolveSpecifier(spec: string, fromFile: string, at: { file: string; path: string }, allowPresets: boolean): Resolved {
  if (spec.startsWith(PRESET_PREFIX)) {
    const name = spec.slice(PRESET_PREFIX.length);
    const all = PRESET_NAMES.map((p) => PRESET_PREFIX + p);
    if (!allowPresets) throw new ConfigError([{ ...at, message: `"${spec}" is a preset, not a plugin; put it in "extends"` }]);
    if (!isPresetName(name)) throw new ConfigError([{ ...at, message: `unknown preset "${spec}"; expected one of ${all.join(', ')}${didYouMean(spec, all)}` }]);
    return { kind: 'preset', preset: name };
  }
  const dir = path.dirname(fromFile);
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    const file = path.resolve(dir, spec);
    if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError([{ ...at, message: `cannot find the file "${spec}" (looked for ${file})` }]);
    return { kind: 'file', file };
  }
  try {
    return { kind: 'file', file: createRequire(fromFile).resolve(spec) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'MODULE_NOT_FOUND' ? 'is it installed? (npm install --save-dev ' + packageName(spec) + ')' : firstLine(error);
    throw new ConfigError([{ ...at, message: `cannot find the package "${spec}" from ${dir}: ${why}` }]);
  }
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The configuration chain of a file, depth first: each `extends` entry's own chain in order,
 * then the file itself, so later entries and the file override earlier ones. A file reached
 * again through its own `extends` is a cycle, reported with the whole chain.
 */
export async function loadChain(root: string, file: string, stack: string[] = [], untrusted = false): Promise<Layer[]> {
  const name = displayName(root, file);
  if (untrusted) assertDataInside(root, file, stack.length > 0 ? displayName(root, stack[stack.length - 1]!) : name);
  const config = await readConfigFile(file, name);
  const chain: Layer[] = [];
  const entries = asList(config.extends);
  const pathOf = (i: number) => (Array.isArray(config.extends) ? `extends[${i}]` : 'extends');
  for (const [i, spec] of entries.entries()) {
    const at = { file: name, path: pathOf(i) };
    const target = resolveSpecifier(spec, file, at, true);
    if (target.kind === 'preset') {
      chain.push({ kind: 'preset', name: PRESET_PREFIX + target.preset, preset: target.preset });
      continue;
    }
    const seen = [...stack, file];
    if (seen.includes(target.file)) {
      const cycle = [...seen.slice(seen.indexOf(target.file)), target.file].map((f) => displayName(root, f));
      throw new ConfigError([{ ...at, message: `"${spec}" makes an extends cycle: ${cycle.join(' → ')}` }]);
    }
    chain.push(...(await loadChain(root, target.file, seen, untrusted)));
  }
  chain.push({ kind: 'file', name, file, config });
  return chain;
}
