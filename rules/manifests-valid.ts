import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  meta: {
    id: 'manifests-valid',
    category: 'delivery',
    title: 'Manifests parse',
    rationale: 'A package.json, pom.xml or pyproject.toml that does not parse means nobody can install or build the project — the first command a reviewer runs fails.',
    fix: 'Fix the syntax error at the reported line; run the package manager once to confirm it reads the file.',
    level: 'error',
    kind: 'defect',
    deduction: 'invalid manifest',
    weight: 3,
    stage: 1,
  },
  async check({ facts }) {
    const manifests = await facts.manifests();
    if (manifests.length === 0) return { outcome: 'not-applicable', summary: 'No dependency manifest to check.' };
    const broken = manifests.filter((m) => m.error);
    if (broken.length === 0) return { outcome: 'pass', summary: `${manifests.length} manifest(s) parse.` };
    return {
      outcome: 'fail',
      summary: `${broken.length} of ${manifests.length} manifest(s) cannot be parsed.`,
      findings: broken.map((m) => ({ message: `${m.path} cannot be parsed: ${m.error!.message}`, file: m.path, ...(m.error!.line ? { line: m.error!.line } : {}) })),
    };
  },
});
