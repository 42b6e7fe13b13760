import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const actionYml = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('runs the bundle on node24 and describes every input with a kebab-case name and a default', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
      expect(input.default).toBeDefined();
    }
    expect(actionYml.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('declares exactly the inputs the Action reads, and its defaults parse', () => {
    const read: string[] = [];
    const defaults = parseInputs((name) => {
      read.push(name);
      return actionYml.inputs[name]?.default ?? '';
    });
    expect(read.sort()).toEqual(Object.keys(actionYml.inputs).sort());
    expect(defaults).toMatchObject({ path: '.', failOn: 'none', comment: true, annotations: true, minScore: undefined, sarifFile: undefined });
  });

  it('declares the outputs the Action sets', () => {
    const source = readFileSync(path.join(ROOT, 'src/action/main.ts'), 'utf8');
    const set = [...source.matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(set.sort()).toEqual(Object.keys(actionYml.outputs).sort());
  });
});
