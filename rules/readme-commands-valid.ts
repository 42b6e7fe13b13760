import { defineRule } from '../src/engine/define-rule.js';
import { readmeCommands } from '../src/facts/shell-commands.js';

export default defineRule({
  meta: {
    id: 'readme-commands-valid',
    category: 'documentation',
    title: "README commands exist in the project",
    rationale: 'A setup command that fails (a missing npm script, make target or .env.example) stops a reviewer on the first step and shows the README drifted from the code.',
    fix: 'Make every command in the README work: add the missing script or target, or correct the command.',
    level: 'warn',
    kind: 'defect',
    deduction: 'README command that does not exist',
    weight: 1,
    stage: 6,
  },
  async check({ facts }) {
    const { documents, checked, problems: findings } = await readmeCommands(facts);
    if (documents === 0) return { outcome: 'not-applicable', summary: 'No README (see readme-present).' };
    if (checked === 0) return { outcome: 'not-applicable', summary: 'The README runs no npm scripts, make targets, file copies or compose commands to check.' };
    if (findings.length === 0) return { outcome: 'pass', summary: `All ${checked} checked command(s) match the project.` };
    const score = Math.max(0, 1 - findings.length / checked);
    const summary = `${findings.length} of ${checked} README command(s) refer to scripts, targets, files or compose services that do not exist.`;
    return score === 0 ? { outcome: 'fail', summary, findings } : { outcome: 'partial', score, summary, findings };
  },
});
