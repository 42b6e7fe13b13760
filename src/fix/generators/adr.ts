import type { Generator } from '../types.js';

/**
 * An architecture decision record template in docs/adr/ (Michael Nygard's format). A template is not a
 * decision: it earns nothing until the author copies it and writes one.
 */
export const adrTemplate: Generator = {
  id: 'adr-template',
  rules: ['readme-tradeoffs'],
  async generate(context) {
    const files = await context.facts.files();
    if (files.all.some((f) => /(^|\/)(adrs?|decisions)\//i.test(f.path))) return { skipped: 'an ADR folder exists' };
    const path = 'docs/adr/template.md';
    if (context.exists(path)) return { skipped: `${path} exists` };
    const content = `# NNNN. Title of the decision

Copy this file to \`docs/adr/NNNN-short-title.md\` for each significant decision.

- Status: proposed | accepted | superseded by [NNNN](NNNN-title.md)
- Date: YYYY-MM-DD

## Context

What forces are at play: the problem, the constraints, what the project needs.

## Decision

What was decided, in one or two sentences ("We will …").

## Alternatives considered

What else was possible, and why it was not chosen.

## Consequences

What becomes easier or harder, what it costs, and what would make us revisit it.
`;
    return { files: [{ path, mode: 'create', content, rules: this.rules, resolves: [], summary: 'context, decision, alternatives, consequences' }] };
  },
};
