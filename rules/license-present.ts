import { defineRule } from '../src/engine/define-rule.js';

/** Scorecard's top-level license file pattern (signals §18). */
const LICENSE_FILE = /^([a-z0-9.-]+[-_])?(patents?|copy(ing|right)|licen[sc]es?|unlicense)([-_.][a-z0-9.-]+)?(\.[a-z]+)?$/;
const PLACEHOLDER = /\[(year|yyyy|fullname|name of copyright owner|copyright holders?)\]|<(year|copyright holders?|name)>/i;

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
    const files = await facts.files();
    const candidates = files.all.filter((f) => f.dir === '' && LICENSE_FILE.test(f.base));
    if (candidates.length === 0) {
      const dirLicense = files.all.find((f) => f.dir.toLowerCase() === 'licenses/');
      if (dirLicense) return { outcome: 'pass', summary: `REUSE-style license texts in ${dirLicense.dir}.` };
      const manifests = await facts.manifests();
      const declared = manifests.find((m) => m.license && m.dir === '');
      // Laravel's skeleton composer.json says "MIT" for the skeleton, not for the author's project.
      const skeleton = declared?.path === 'composer.json' && declared.attributes.name === 'laravel/laravel';
      if (declared && !skeleton) {
        return {
          outcome: 'partial',
          score: 0.5,
          summary: `${declared.path} declares "${declared.license}" but there is no LICENSE file.`,
          findings: [{ message: `The license "${declared.license}" is declared in ${declared.path} but no LICENSE file holds its text.`, file: declared.path, fix: `Add a LICENSE file with the full ${declared.license} text.` }],
        };
      }
      return { outcome: 'fail', summary: 'No LICENSE or COPYING file at the root.', findings: [{ message: 'No license file at the repository root.' }] };
    }
    const file = candidates[0]!;
    const text = await facts.read(file.path, 64 * 1024);
    // Apache-2.0 and GPL carry "[yyyy]"/"<year>" in their how-to-apply appendix; only the header counts.
    const header = text?.text.split(/\r?\n/).slice(0, 12).join('\n') ?? '';
    const match = PLACEHOLDER.exec(header);
    const line = match ? text!.lineAt(match.index) : undefined;
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
