import { defineRule } from '../src/engine/define-rule.js';
import { envFiles } from '../src/facts/env-files.js';
import type { Finding } from '../src/types.js';
import { maskSecret } from '../src/util.js';

export default defineRule({
  meta: {
    id: 'no-committed-env',
    category: 'security',
    title: 'No .env file with real values is committed',
    rationale: 'A committed .env leaks credentials to anyone who clones the repository — the single most common security slip reviewers spot in portfolios.',
    fix: 'Remove the file from git (git rm --cached .env), add .env to .gitignore, rotate the leaked secrets, and commit a .env.example with placeholders instead.',
    level: 'error',
    kind: 'defect',
    deduction: 'committed runtime .env',
    weight: 5,
    stage: 7,
  },
  async check({ facts }) {
    const [{ runtime, templates, tracked }, { frameworks }] = await Promise.all([envFiles(facts), facts.ecosystems()]);
    const symfony = frameworks.some((f) => f.id === 'symfony');

    const templated = new Set(templates.flatMap((t) => t.entries.map((e) => `${e.key}=${e.value}`)));
    const secrets: Finding[] = [];
    const others: Finding[] = [];
    for (const file of runtime) {
      // Symfony commits .env with non-secret defaults by design; only real secrets count there.
      const symfonyDefaults = symfony && file.path === '.env';
      let real = 0;
      for (const e of file.entries) {
        if (!e.secret || (symfonyDefaults && e.secret === 'secret-name')) continue;
        // The value the committed template already gives (a vendor's public demo key): no new leak here; the template is judged below.
        if (templated.has(`${e.key}=${e.value}`)) continue;
        real++;
        secrets.push({ message: `${e.key} has a real-looking value (${maskSecret(e.value)}) in a committed file.`, file: file.path, line: e.line, fix: `Rotate ${e.key}, remove ${file.path} from git, and keep the value in an untracked .env.` });
      }
      if (real === 0 && !symfonyDefaults && !file.test) {
        others.push({ message: `${file.path} is committed${tracked ? '' : ' (not ignored)'}; it holds no secret-looking values yet.`, file: file.path, line: 1, fix: `Rename it to ${file.path}.example and add ${file.path} to .gitignore.` });
      }
    }
    // Templates are meant to be committed, but a real token pasted into one leaks all the same.
    for (const file of templates) {
      for (const e of file.entries.filter((e) => e.token)) {
        secrets.push({ message: `${e.key} in the template holds a real token (${maskSecret(e.value)}).`, file: file.path, line: e.line, fix: `Rotate ${e.key} and replace the value in ${file.path} with a placeholder.` });
      }
    }
    if (secrets.length > 0) {
      return { outcome: 'fail', summary: `${secrets.length} secret-looking value(s) in committed env file(s).`, findings: [...secrets, ...others] };
    }
    if (runtime.length === 0) return { outcome: 'pass', summary: tracked ? 'No .env file is tracked by git.' : 'No .env file outside .gitignore.' };
    if (others.length > 0) {
      return { outcome: 'partial', score: 0.6, summary: `${runtime.map((f) => f.path).join(', ')} committed, with placeholder or non-secret values only.`, findings: others };
    }
    const kinds = [...(symfony && runtime.some((f) => f.path === '.env') ? ["Symfony's non-secret defaults"] : []), ...(runtime.some((f) => f.test) ? ['test values'] : [])];
    return { outcome: 'pass', summary: `Only ${runtime.map((f) => f.path).join(', ')}, with ${kinds.join(' and ')}.` };
  },
});
