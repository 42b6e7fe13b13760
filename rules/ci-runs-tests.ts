import { defineRule } from '../src/engine/define-rule.js';
import { runsOnChanges, stepLines, swallowsFailure } from '../src/facts/ci.js';
import { isTestCommand, testCommandContext } from '../src/facts/test-runners.js';
import { testFacts } from '../src/facts/tests.js';
import type { Finding } from '../src/types.js';


export default defineRule({
  meta: {
    id: 'ci-runs-tests',
    category: 'delivery',
    title: 'CI runs the test suite',
    rationale: 'A pipeline that only installs or lints proves little; a reviewer wants to see tests gate every push and pull request.',
    fix: 'Add a step that runs your test command (npm test, pytest, go test ./..., mvn test, …) to a workflow triggered on push and pull_request.',
    level: 'error',
    kind: 'evidence',
    weight: 5,
    stage: 6,
  },
  async check({ facts }) {
    const configs = (await facts.ci()).filter((c) => !c.error);
    if (configs.length === 0) {
      return { outcome: 'fail', summary: 'There is no (parseable) CI configuration to run tests.', findings: [{ message: 'No CI pipeline runs the tests.' }] };
    }
    const [context, tests, sources] = await Promise.all([testCommandContext(facts), testFacts(facts), facts.sourceFiles()]);
    const isTest = (command: string) => isTestCommand(command, context);
    // Code without a single test file: a test step there has nothing to run.
    const noTests = tests.files.length === 0 && sources.length > 0;

    const findings: Finding[] = [];
    let manualOnly = false;
    for (const config of configs) {
      const onEvents = runsOnChanges(config);
      for (const cmd of config.commands) {
        if (!isTest(cmd.command)) continue;
        const where = { file: cmd.file, line: cmd.line };
        if (cmd.disabled) {
          findings.push({ ...where, message: `The test step in job "${cmd.job}" is disabled (if: false).`, fix: 'Remove the `if: false` so the step runs.' });
        } else if (cmd.allowedToFail || stepLines(cmd.command, isTest).some(swallowsFailure)) {
          findings.push({ ...where, message: `Failing tests cannot fail job "${cmd.job}" (continue-on-error, allow_failure or "|| true").`, fix: 'Let the test step fail the job: drop continue-on-error / allow_failure / "|| true".' });
        } else if (!onEvents) {
          manualOnly = true;
          findings.push({ ...where, message: config.triggers!.length ? `Tests run only on ${config.triggers!.join(', ')}, not on push or pull_request.` : 'The workflow has no `on:` trigger, so its tests never run.', fix: 'Add `push` and `pull_request` to the workflow\'s `on:` triggers.' });
        } else {
          // Quote the line of a multi-line step that runs the tests, not its first line.
          const shown = stepLines(cmd.command, isTest)[0] ?? cmd.command;
          if (noTests) {
            // `dotnet test` in a repository without a test project runs nothing (castell0riz0n/ToDo-API).
            return { outcome: 'partial', score: 0.5, summary: `${cmd.file}:${cmd.line} runs \`${firstLine(shown)}\`, but there are no tests for it to run.`, findings: [{ ...where, message: 'The CI test step is in place, but the repository has no test cases (see tests-present).', fix: 'Write tests; the pipeline will run them as it is.' }] };
          }
          return { outcome: 'pass', summary: `${cmd.file}:${cmd.line} runs \`${firstLine(shown)}\` (job "${cmd.job}").` };
        }
      }
    }
    if (findings.length > 0) {
      return { outcome: 'partial', score: manualOnly ? 0.5 : 0.3, summary: 'CI has a test step, but it cannot fail a push or pull request.', findings };
    }
    const where = configs.length === 1 ? configs[0]!.path : `${configs.length} CI files`;
    return {
      outcome: 'fail',
      summary: `No step in ${where} runs the tests.`,
      findings: configs.slice(0, 5).map((c) => ({
        message: `No step in ${c.path} runs a test command (package scripts, Makefile targets and shell scripts were followed).`,
        file: c.path,
      })),
    };
  },
});

function firstLine(command: string): string {
  const line = command.trim().split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
