import { defineRule } from '../src/engine/define-rule.js';
import { envDocumentation } from '../src/facts/env-docs.js';
import { servesHttp } from '../src/facts/http.js';
import type { EnvRead } from '../src/facts/env.js';
import type { Finding } from '../src/types.js';

const MAX_FINDINGS = 10;
/**
 * The share a variable earns when the README, a doc or a committed `.env` names it but no template
 * does: documentation to read, not the file to copy the rubric asks for (reviewers give a
 * documented table without a template about a third of the criterion).
 */
const WITHOUT_TEMPLATE = 1 / 3;

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
    const { reads, frameworkOnly, templates, template, listed, composed, documented, templated, plainDotenv } = await envDocumentation(facts);
    if (reads.size === 0) {
      return template
        ? { outcome: 'pass', summary: `${template.path} present; ${frameworkOnly ? "only Laravel's generated config reads environment variables" : 'the code reads no environment variables directly'}.` }
        : { outcome: 'not-applicable', summary: frameworkOnly ? "Only Laravel's generated config reads environment variables." : 'The code reads no environment variables.' };
    }

    const hasTemplate = template !== undefined || composed.names.size > 0;
    // A service is deployed with its environment set; a CLI or library documents its variables in the README.
    const proseCredit = (await servesHttp(facts)) ? WITHOUT_TEMPLATE : 1;
    let inProse = 0;
    let possible = 0;
    let covered = 0;
    const missing: EnvRead[] = [];
    // Required, but documented only in prose (README, a doc, a committed .env): the reader still has to build the file.
    const untemplated: EnvRead[] = [];
    for (const [name, list] of [...reads].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // Variables with a fallback in code are optional: they count half.
      const optional = list.every((r) => r.hasDefault);
      const weight = optional ? 0.5 : 1;
      possible += weight;
      // Beside a template (which holds what must be set), an optional variable named in the README is enough.
      if (templated(name)) covered += weight;
      else if (optional && hasTemplate && documented(name)) {
        covered += weight;
        inProse++;
      } else if (documented(name) && proseCredit === 1) {
        covered += weight;
        inProse++;
      } else if (documented(name)) {
        covered += weight * WITHOUT_TEMPLATE;
        untemplated.push(list[0]!);
      } else missing.push(list[0]!);
    }
    const names = [...reads.keys()];
    const target = template?.path ?? '.env.example';
    if (missing.length === 0 && untemplated.length === 0) {
      // A Compose `environment:` block names the variables too, as a template does.
      const lists = [...templates.map((t) => t.path), ...composed.files];
      const where = template && composed.names.size === 0 && inProse === 0 ? ` in ${template.path}` : lists.length === 0 ? ' in the README' : ` (in ${lists.join(', ')}${inProse > 0 ? ' or the README' : ''})`;
      return { outcome: 'pass', summary: `All ${names.length} variable(s) the code reads are documented${where}.` };
    }
    const findings: Finding[] = [
      ...missing.map((r) => ({
        message: `${r.name} is read here but not listed in ${template ? template.path : 'an .env.example'} or the README.`,
        file: r.file,
        line: r.line,
        fix: `Add \`${r.name}=\` with a placeholder value to ${target}.`,
      })),
      ...untemplated.map((r) => ({
        message: `${r.name} is read here and named only in the documentation${plainDotenv ? ' or a committed .env' : ''}, not in a template to copy.`,
        file: r.file,
        line: r.line,
        fix: `Add \`${r.name}=\` with a placeholder value to ${target}.`,
      })),
    ];
    const shown = findings.slice(0, MAX_FINDINGS);
    if (findings.length > MAX_FINDINGS) shown.push({ message: `…and ${findings.length - MAX_FINDINGS} more variable(s) without a template entry.` });
    const score = covered / possible;
    const parts = [
      ...(missing.length > 0 ? [`${missing.length} of ${names.length} variable(s) the code reads are undocumented`] : []),
      ...(untemplated.length > 0 ? [`${untemplated.length} of ${names.length} are named only in the documentation, not in a template (a third of their credit)`] : []),
    ];
    const summary = `${parts.join('; ')}${template ? '' : ' and there is no .env.example'}.`;
    return score <= 0 ? { outcome: 'fail', summary, findings: shown } : { outcome: 'partial', score, summary, findings: shown };
  },
});
