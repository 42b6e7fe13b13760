import { defineRule } from '../src/engine/define-rule.js';
import { licenseFacts } from '../src/facts/license.js';

export default defineRule({
  meta: {
    id: 'license-present',
    category: 'documentation',
    title: 'A license file at the root',
    rationale: 'Without a license nobody may legally reuse the code; a reviewer reads it as a sign you know how open-source publishing works.',
    fix: 'Add a LICENSE file at the root (for example MIT: GitHub → Add file → Create new file → "LICENSE" → Choose a license template).',
    level: 'warn',
    kind: 'evidence',
    weight: 3,
    stage: 6,
  },
  async check({ facts }) {
    const license = await licenseFacts(facts);
    if (!license.file) {
      if (license.licensesDir) return { outcome: 'pass', summary: `REUSE-style license texts in ${license.licensesDir}.` };
      // A license named only in a manifest (npm init writes "ISC") or the README grants nothing a reviewer
      // can read: the text is what licenses the code. The finding names it, so the fix is one file.
      const declared = license.declared;
      // Laravel's skeleton composer.json says "MIT" for the skeleton, not for the author's project.
      if (declared && !declared.skeleton) {
        return {
          outcome: 'fail',
          summary: `${declared.path} names "${declared.license}", but there is no LICENSE file.`,
          findings: [{ message: `The license "${declared.license}" is only named in ${declared.path}; no LICENSE file holds its text.`, file: declared.path, fix: `Add a LICENSE file at the root with the full ${declared.license} text.` }],
        };
      }
      return { outcome: 'fail', summary: 'No LICENSE or COPYING file at the root.', findings: [{ message: 'No license file at the repository root.' }] };
    }
    const file = license.file;
    const line = file.placeholder?.line;
    if (line) {
      return {
        outcome: 'partial',
        score: 0.7,
        summary: `${file.path} still has the template's placeholders.`,
        findings: [{ message: 'The license still contains template placeholders such as [year] [fullname].', file: file.path, line, fix: 'Replace the placeholders with the year and your name.' }],
      };
    }
    return { outcome: 'pass', summary: `${file.path}.` };
  },
});
