import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { buildJsonSchema, SCHEMA_ID } from '../../src/config/json-schema.js';
import { SCHEMA_URL } from '../../src/cli/config-commands.js';
import { stubRule, ROOT } from './helpers.js';

type Schema = Record<string, any>;

describe('the JSON Schema for editors', () => {
  it('is generated from the zod schema, for draft-07 editors, at the URL init writes', () => {
    const schema = buildJsonSchema() as Schema;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_URL).toBe(SCHEMA_ID);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'extends', 'plugins', 'rules', 'categories', 'passScore', 'exemptions', 'ignore']);
    expect(schema.properties.exemptions.items.required).toEqual(['rule', 'reason']);
    expect(schema.properties.passScore).toMatchObject({ type: 'number', minimum: 0, maximum: 100 });
  });

  it('spells out every built-in rule and its options, and lets plugin rules through by pattern', () => {
    const rules = (buildJsonSchema() as Schema).properties.rules;
    expect(Object.keys(rules.properties)).toEqual(BUILTIN_RULES.map((r) => r.meta.id).sort());
    expect(rules.additionalProperties).toBe(false);
    const [pattern] = Object.keys(rules.patternProperties);
    expect(new RegExp(pattern!).test('bootcamp/readme-demo-link')).toBe(true);
    expect(new RegExp(pattern!).test('readme-demo-link')).toBe(false);

    const custom = (buildJsonSchema([stubRule('sample', { options: { minWords: { type: 'number', default: 1, description: 'Words.' } } })]) as Schema).properties.rules.properties.sample;
    const objectForm = custom.anyOf.find((s: Schema) => s.type === 'object');
    expect(objectForm.properties.options).toEqual({
      type: 'object',
      properties: { minWords: { type: 'number', description: 'Words. Default: 1.' } },
      additionalProperties: false,
    });
    expect(custom.description).toBe('sample (documentation; default error; evidence: worth 1 points; turning it off or re-weighting it needs a reason). https://github.com/portfolio-check/portfolio-check/blob/main/rules/sample.md');
  });

  it('is committed (npm run check fails when it is stale: node scripts/gen-schema.mjs --check)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/portfolio-check.schema.json'), 'utf8'));
    expect(committed.$id).toBe(SCHEMA_ID);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.check).toContain('node scripts/gen-schema.mjs --check');
  });
});
