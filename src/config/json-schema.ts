/**
 * The JSON Schema for editors, generated from the zod schema (`z.toJSONSchema`) and committed as
 * schema/portfolio-check.schema.json. Built-in rule ids and their options are spelled out so
 * `$schema` gives completion and checks in VS Code; plugin rules (`<plugin>/<id>`) are allowed
 * by pattern. `node scripts/gen-schema.mjs --check` fails CI when the committed file is stale.
 */
import { z } from 'zod';
import { BUILTIN_RULES } from '../../rules/index.js';
import { docsUrl } from '../engine/define-rule.js';
import type { Rule } from '../types.js';
import { compareStrings } from '../util.js';
import { configFileSchema, ruleOptionsSchema, ruleSettingSchema, settingSchema } from './schema.js';

export const SCHEMA_ID = 'https://raw.githubusercontent.com/portfolio-check/portfolio-check/main/schema/portfolio-check.schema.json';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown> };

function toJson(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as JsonSchema;
  return rest;
}

/** The JSON Schema of a config file under these rules. */
export function buildJsonSchema(rules: readonly Rule<any>[] = BUILTIN_RULES): JsonSchema {
  const schema = z.toJSONSchema(configFileSchema, { target: 'draft-07', io: 'input' }) as JsonSchema;
  const ruleProperties: Record<string, unknown> = {};
  for (const { meta } of [...rules].sort((a, b) => compareStrings(a.meta.id, b.meta.id))) {
    const setting = toJson(settingSchema(ruleOptionsSchema(meta)));
    ruleProperties[meta.id] = {
      ...setting,
      description: `${meta.title} (${meta.category}; default ${meta.level}; ${meta.kind === 'defect' ? `defect: deducts up to ${meta.weight} points` : `evidence: worth ${meta.weight} points`}; turning it off or re-weighting it needs a reason). ${docsUrl(meta)}`,
    };
  }
  const rulesSchema = schema.properties!.rules as JsonSchema;
  schema.properties!.rules = {
    description: rulesSchema.description,
    type: 'object',
    properties: ruleProperties,
    patternProperties: { '^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$': toJson(ruleSettingSchema) },
    additionalProperties: false,
  };
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: SCHEMA_ID, title: 'portfolio-check configuration', ...schema };
}

/** The committed file's exact text. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
