/**
 * The configuration file's shape, as one zod schema. It validates every config file (local,
 * extended or from a package) and is the source of the committed JSON Schema for editors.
 * Rule ids and rule options depend on the loaded rules, so they are checked by
 * `ruleOptionsSchema` once plugins are known.
 */
import { z } from 'zod';
import { CATEGORY_IDS, type RuleMeta, type RuleOptionSpec } from '../types.js';

export const LEVELS = ['off', 'warn', 'error'] as const;

export const levelSchema = z.enum(LEVELS).describe('"off" disables the rule; "warn" and "error" enable it.');
const options = z.record(z.string(), z.unknown()).describe("The rule's options (see its doc).");

const level = levelSchema;

/** `"warn"`, `["error", { minWords: 300 }]` or `{ level, weight, options }`, with the given options schema. */
export function settingSchema<O extends z.ZodType>(optionsSchema: O) {
  return z.union([
    level,
    z.tuple([level, optionsSchema.optional()]),
    z
      .strictObject({
        level: level.optional(),
        weight: z
          .number()
          .min(0)
          .describe('Evidence rule: the points it is worth. Defect rule: the points it deducts. 0 keeps it out of the score. Changing it needs a reason.')
          .optional(),
        options: optionsSchema.optional(),
        reason: z
          .string()
          .trim()
          .min(1)
          .describe('Why this rule is turned off or re-weighted. Required for either: it changes the score, and every report shows it.')
          .optional(),
      })
      .describe('Level, weight, options and the reason for a change that moves the score; omitted fields keep their inherited value.'),
  ]);
}

/** A rule setting whose options are checked later, against the rule's metadata. */
export const ruleSettingSchema = settingSchema(options);

const categoryNumber = z.number().min(0).describe("Multiplier on the points of the category's rules (default 1).");
const categoryOff = z.literal('off').describe('Leave the category out of the score.');
const categoryWeight = z.union([
  categoryNumber,
  categoryOff,
  z
    .strictObject({
      weight: z.union([categoryNumber, categoryOff]),
      reason: z.string().trim().min(1).describe('Why the category is re-weighted or turned off: every report shows it.'),
    })
    .describe('A category weight with the reason it differs from the default (required when it changes the score).'),
]);

export const exemptionSchema = z
  .strictObject({
    rule: z.string().min(1).describe('The id of the exempted rule.'),
    reason: z
      .string()
      .trim()
      .min(1)
      .describe('Why the rule does not apply. Required: every report shows it to the reviewer.'),
  })
  .describe('A rule that does not apply to this repository, and why.');

const moduleList = (what: string) => z.union([z.string().min(1), z.array(z.string().min(1))]).describe(what);

/** One configuration file, before `extends` is resolved. */
export const configFileSchema = z
  .strictObject({
    $schema: z.string().describe('The JSON Schema this file follows (for editors).').optional(),
    extends: moduleList(
      'Configurations this one builds on, applied in order (later wins): a built-in preset ("portfolio-check:recommended", ":saas", ":data", ":platform", ":strict"), a relative file, or an npm package.',
    ).optional(),
    plugins: moduleList(
      'Modules that export rules made with defineRule: a relative file or an npm package. Their rules are named "<plugin>/<rule-id>".',
    ).optional(),
    rules: z.record(z.string(), ruleSettingSchema).describe('Per-rule level, weight and options, by rule id.').optional(),
    categories: z
      .strictObject(Object.fromEntries(CATEGORY_IDS.map((id) => [id, categoryWeight.optional()])) as Record<(typeof CATEGORY_IDS)[number], z.ZodOptional<typeof categoryWeight>>)
      .describe('Multipliers on the points of each category\'s rules, or "off", each as { "weight": …, "reason": "…" } (a change without a reason is a config error).')
      .optional(),
    passScore: z.number().min(0).max(100).describe('The pass mark: below it the CLI exits 1 and the Action fails.').optional(),
    exemptions: z.array(exemptionSchema).describe('Rules waived for this repository, each with the reason shown in every report.').optional(),
    ignore: z.array(z.string().min(1)).describe('Globs (relative to the repository root) of files no rule should see.').optional(),
  })
  .describe('portfolio-check configuration');

export type ConfigFile = z.infer<typeof configFileSchema>;
export type RuleSettingInput = z.infer<typeof ruleSettingSchema>;

function optionSchema(spec: RuleOptionSpec): z.ZodType {
  const base =
    spec.type === 'number' ? z.number() : spec.type === 'string' ? z.string() : spec.type === 'boolean' ? z.boolean() : z.array(z.string());
  return base.describe(`${spec.description} Default: ${JSON.stringify(spec.default)}.`).optional();
}

/** The options a rule accepts, from its metadata; unknown keys are rejected. */
export function ruleOptionsSchema(meta: RuleMeta): z.ZodObject {
  return z.strictObject(Object.fromEntries(Object.entries(meta.options ?? {}).map(([key, spec]) => [key, optionSchema(spec)])));
}

export const TOP_LEVEL_KEYS = Object.keys(configFileSchema.shape);

/** The field names allowed in the object at `parent` (a JSON path), for "unknown field" messages. */
export function knownKeys(parent: string): readonly string[] {
  if (parent === '') return TOP_LEVEL_KEYS;
  if (parent === 'categories') return CATEGORY_IDS;
  if (/^rules\.[^.]+$/.test(parent)) return ['level', 'weight', 'options', 'reason'];
  if (/^categories\.[^.]+$/.test(parent)) return ['weight', 'reason'];
  if (/^exemptions\[\d+\]$/.test(parent)) return ['rule', 'reason'];
  return [];
}
