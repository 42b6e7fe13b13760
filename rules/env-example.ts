import { defineRule } from '../src/engine/define-rule.js';
import { envDocumentation } from '../src/facts/env-docs.js';
import type { EnvRead } from '../src/facts/env.js';
import type { Finding } from '../src/types.js';

const MAX_FINDINGS = 10;

export default defineRule({
  meta: {
    id: 'env-example',
    category: 'security',
    title: 'Environment variables are documented',
    rationale: 'A reviewer who clones the project needs to know which settings it reads; an .env.example is how teams share configuration without sharing secrets.',
    fix: 'Commit a .env.example that lists every variable the code reads, with placeholder values.',
    level: 'error',
    kind: 'evidence',
    weight: 3,
    stage: 3,
  },
  async check({ facts }) {
    const { reads, frameworkOnly, templates, template, listed, composed, documented } = await envDocumentation(facts);
    if (reads.size === 0) {
      return template
        ? { outcome: 'pass', summary: `${template.path} present; ${frameworkOnly ? "only Laravel's generated config reads environment variables" : 'the code reads no environment variables directly'}.` }
        : { outcome: 'not-applicable', summary: frameworkOnly ? "Only Laravel's generated config reads environment variables." : 'The code reads no environment variables.' };
    }

    let possible = 0;
    let covered = 0;
    const missing: EnvRead[] = [];
    for (const [name, list] of [...reads].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // Variables with a fallback in code are optional: they count half.
      const weight = list.every((r) => r.hasDefault) ? 0.5 : 1;
      possible += weight;
      if (documented(name)) covered += weight;
      else missing.push(list[0]!);
    }
    const names = [...reads.keys()];
    if (missing.length === 0) {
      // A Compose `environment:` block names the variables too, as a template does.
      const lists = [...templates.map((t) => t.path), ...composed.files];
      const where = template ? ` in ${template.path}` : listed.size > 0 || composed.names.size > 0 ? ` (in ${lists.join(', ')} or the README)` : ' in the README';
      return { outcome: 'pass', summary: `All ${names.length} variable(s) the code reads are documented${where}.` };
    }
    const target = template?.path ?? '.env.example';
    const findings: Finding[] = missing.slice(0, MAX_FINDINGS).map((r) => ({
      message: `${r.name} is read here but not listed in ${template ? template.path : 'an .env.example'} or the README.`,
      file: r.file,
      line: r.line,
      fix: `Add \`${r.name}=\` with a placeholder value to ${target}.`,
    }));
    if (missing.length > MAX_FINDINGS) findings.push({ message: `…and ${missing.length - MAX_FINDINGS} more undocumented variable(s).` });
    const score = covered / possible;
    const summary = `${missing.length} of ${names.length} variable(s) the code reads are undocumented${template ? '' : ' and there is no .env.example'}.`;
    return score <= 0 ? { outcome: 'fail', summary, findings } : { outcome: 'partial', score, summary, findings };
  },
});
