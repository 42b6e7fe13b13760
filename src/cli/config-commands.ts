/**
 * The configuration side of the CLI: `init`, `explain`, `--print-config` and `--list-rules`.
 * Each returns text (or an exit code) so main.ts stays a thin dispatcher.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_RULES } from '../../rules/index.js';
import { CONFIG_FILE_NAMES, DEFAULT_SOURCE, PRESET_PREFIX, type LoadedConfig, type PresetName } from '../config/index.js';
import { didYouMean } from '../config/errors.js';
import { discoverConfigFile } from '../config/load.js';
import { docsUrl } from '../engine/define-rule.js';
import { CATEGORY_IDS, type Rule } from '../types.js';
import { compareStrings } from '../util.js';
import { readRuleDoc } from './rule-doc.js';

/** Where editors fetch the schema that `init` points `$schema` at. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/portfolio-check/portfolio-check/main/schema/portfolio-check.schema.json';
export const INIT_FILE = CONFIG_FILE_NAMES[0];

/** The starter configuration `init` writes. */
export function starterConfig(preset: PresetName): string {
  const config = {
    $schema: SCHEMA_URL,
    extends: `${PRESET_PREFIX}${preset}`,
    rules: {},
    exemptions: [],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Writes the starter config into `dir`; refuses when any config file is already there. */
export async function initConfig(dir: string, preset: PresetName): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const existing = discoverConfigFile(dir);
  if (existing) return { ok: false, message: `${path.basename(existing)} already exists in ${dir}; not overwriting it` };
  const file = path.join(dir, INIT_FILE);
  try {
    await writeFile(file, starterConfig(preset), { flag: 'wx' });
  } catch (error) {
    return { ok: false, message: `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  return { ok: true, file };
}

const sortRules = (rules: readonly Rule<any>[]) =>
  [...rules].sort((a, b) => CATEGORY_IDS.indexOf(a.meta.category) - CATEGORY_IDS.indexOf(b.meta.category) || compareStrings(a.meta.id, b.meta.id));

/** Every rule with its level, weight, category and stage under the resolved config. */
export function listRules(config: LoadedConfig): string {
  const rows = sortRules(config.rules);
  const exempt = new Map((config.engineConfig.exemptions ?? []).map((e) => [e.rule, e.reason]));
  const idWidth = Math.max(...rows.map((r) => r.meta.id.length));
  const lines = rows.map(({ meta }) => {
    const setting = config.engineConfig.rules[meta.id];
    const level = setting?.level ?? meta.level;
    const weight = setting?.weight ?? meta.weight;
    const note = exempt.has(meta.id) ? `  (exempted: ${exempt.get(meta.id)})` : '';
    const points = meta.kind === 'defect' ? `−${weight} defect  ` : `${String(weight).padStart(2)} points  `;
    return `${meta.id.padEnd(idWidth)}  ${meta.category.padEnd(13)}  ${level.padEnd(5)}  ${points.padStart(12)}  stage ${meta.stage}  ${meta.title}${note}`;
  });
  const from = config.file ? `Configuration: ${config.chain.join(' → ')}` : `Configuration: none found, ${PRESET_PREFIX}recommended`;
  return `${lines.join('\n')}\n\n${from}\nDocs: ${docsUrl(BUILTIN_RULES[0]!.meta).replace(/[^/]+\.md$/, '')}\n`;
}

/** The resolved configuration in config-file form, with the origin of every value. */
export function resolvedConfig(config: LoadedConfig) {
  const { engineConfig } = config;
  const categories = Object.fromEntries(
    CATEGORY_IDS.filter((id) => engineConfig.categories?.[id] !== undefined).map((id) => [id, engineConfig.categories![id] === 0 ? 'off' : engineConfig.categories![id]]),
  );
  return {
    file: config.file ?? null,
    // Every configuration starts from the recommended preset; a chain that begins by extending it
    // names it once ("recommended → file", not "recommended → recommended → file").
    chain: config.chain[0] === `${PRESET_PREFIX}recommended` ? config.chain : [`${PRESET_PREFIX}recommended`, ...config.chain],
    plugins: config.plugins,
    config: {
      ...(engineConfig.passScore !== undefined ? { passScore: engineConfig.passScore } : {}),
      categories,
      rules: Object.fromEntries(sortRules(config.rules).map((r) => [r.meta.id, engineConfig.rules[r.meta.id]])),
      exemptions: engineConfig.exemptions ?? [],
      ignore: config.ignore,
    },
    sources: config.sources,
    changes: engineConfig.changes ?? [],
  };
}

/** `--print-config`: `path = value  # source` lines, or JSON. */
export function printConfig(config: LoadedConfig, json: boolean): string {
  const resolved = resolvedConfig(config);
  if (json) return `${JSON.stringify(resolved, null, 2)}\n`;
  const rows: [string, unknown, string][] = [];
  const source = (key: string) => config.sources[key] ?? DEFAULT_SOURCE;
  const kinds = new Map(config.rules.map((r) => [r.meta.id, r.meta.kind ?? 'evidence']));
  if (resolved.config.passScore !== undefined) rows.push(['passScore', resolved.config.passScore, source('passScore')]);
  for (const [id, weight] of Object.entries(resolved.config.categories)) rows.push([`categories.${id}`, weight, source(`categories.${id}`)]);
  for (const [id, setting] of Object.entries(resolved.config.rules)) {
    if (!setting) continue;
    rows.push([`rules.${id}.level`, setting.level, source(`rules.${id}.level`)]);
    rows.push([`rules.${id}.weight`, setting.weight, `${source(`rules.${id}.weight`)}${kinds.get(id) === 'defect' ? ' (defect: points deducted)' : ''}`]);
    for (const [key, value] of Object.entries(setting.options ?? {})) rows.push([`rules.${id}.options.${key}`, value, source(`rules.${id}.options.${key}`)]);
  }
  for (const e of resolved.config.exemptions) rows.push([`exemptions.${e.rule}`, e.reason, source(`exemptions.${e.rule}`)]);
  resolved.config.ignore.forEach((glob, i) => rows.push([`ignore[${i}]`, glob, source(`ignore[${i}]`)]));
  for (const plugin of resolved.plugins) rows.push([`plugins.${plugin.name}`, plugin.file, source(`plugins.${plugin.name}`)]);
  const cells = rows.map(([key, value, from]) => [`${key} = ${JSON.stringify(value)}`, from] as const);
  const width = Math.min(64, Math.max(...cells.map(([left]) => left.length)));
  const header = [
    `# file: ${config.file ? config.chain.at(-1) : 'none (the recommended preset)'}`,
    `# chain (later wins): ${resolved.chain.join(' → ')}`,
    '# score = round(100 × earned / applicable − deductions), clamped to 0–100: an evidence rule earns its weight',
    '# in points when shown; a defect rule deducts its weight when it finds something; categories multiply their rules.',
    ...(config.engineConfig.changes ?? []).map((c) => `# changes the score: ${c.path} = ${JSON.stringify(c.value)} — ${c.reason} [${c.source}]`),
  ];
  return `${[...header, ...cells.map(([left, from]) => `${left.padEnd(width)}  # ${from}`)].join('\n')}\n`;
}

/** `explain RULE`: the rule's doc, or a plugin rule's metadata; an unknown id suggests a near one. */
export async function explainRule(id: string, rules: readonly Rule<any>[]): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) return { ok: false, message: `unknown rule "${id}"${didYouMean(id, rules.map((r) => r.meta.id))} (portfolio-check --list-rules lists every rule)` };
  const builtin = BUILTIN_RULES.includes(rule);
  const doc = builtin ? await readRuleDoc(id) : undefined;
  if (doc) return { ok: true, text: doc.endsWith('\n') ? doc : `${doc}\n` };
  const { meta } = rule;
  const options = Object.entries(meta.options ?? {}).map(([key, spec]) => `- \`${key}\` (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
  return {
    ok: true,
    text: [
      `# ${meta.id}`,
      '',
      meta.title,
      '',
      `- **Category:** ${meta.category}`,
      `- **Default level:** ${meta.level}`,
      `- **Weight:** ${meta.weight}`,
      `- **Roadmap stage:** ${meta.stage}`,
      '',
      `Why: ${meta.rationale}`,
      '',
      `Fix: ${meta.fix}`,
      ...(options.length ? ['', 'Options:', ...options] : []),
      '',
      `Docs: ${docsUrl(meta)}`,
      '',
    ].join('\n'),
  };
}
