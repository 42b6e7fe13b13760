import type { Manifest } from './manifests/types.js';
import { shellCommands } from './shell-split.js';

/** Commands that run a test suite, per ecosystem (signals §4.3 and §6.2). */
export const TEST_COMMAND =
  /(^|[\s;&|(`'"])(npm\s+(run\s+)?test\b|npm\s+run\s+test:[\w:-]+|npm\s+t\b|pnpm\s+(run\s+)?test\b|yarn\s+(run\s+)?test\b|bun\s+(run\s+)?test\b|npx\s+(jest|vitest|mocha|ava|tap|playwright\s+test|cypress\s+run)\b|(?<![\w-])(jest|vitest|mocha|ava)(?![\w-])|node\s+--test\b|(nx|turbo)\s+(run\s+)?test\b|(python\d?(\.\d+)?\s+-m\s+)?pytest\b|(uv|poetry|pdm|hatch|pipenv)\s+run\s+(python\s+-m\s+)?pytest\b|python\d?\s+manage\.py\s+test\b|python\d?\s+-m\s+unittest\b|(?<![\w-])(tox|nox)(?![\w-])|coverage\s+run\b|(\.\/)?mvnw?\s+(\S+\s+)*(test|verify|package|install)\b|(\.\/)?gradlew?\s+(\S+\s+)*(test|check|build)\b|go\s+test\b|gotestsum\b|php\s+artisan\s+test\b|(\.\/)?vendor\/bin\/(phpunit|pest)\b|(php\s+)?(\.\/)?bin\/phpunit\b|composer\s+(run(-script)?\s+)?test\b|dotnet\s+test\b|(bundle\s+exec\s+)?(rspec\b|rake(\s+[\w:]*(test|spec)\w*\b|\s*$))|bin\/rspec\b|bin\/rails\s+(\S+\s+)*(test|spec)\b|rails\s+test\b|make\s+(\S+\s+)*(tests?|check)\b|flask\s+test\b|just\s+test\b|task\s+test\b|(npx\s+)?nps\s+test\b)/i;

/**
 * A shell script a command runs: `bash scripts/test.sh`, `./run-tests.sh`, or an extensionless
 * executable in bin/ or script(s)/ (`bin/knapsack_pro_rspec`). Group 1 is its path.
 */
export const SCRIPT_REFERENCE = /(?:^|[\s;&|])(?:(?:ba|z)?sh\s+)?((?:\.{0,2}\/)?(?:[\w./-]+\.sh|(?:[\w.-]+\/)*(?:bin|scripts?)\/[\w.-]+))(?![\w./-])/g;

/** Commands that install dependencies. */
export const INSTALL_COMMAND =
  /(^|[\s;&|])(npm\s+(ci|install|i)\b|pnpm\s+(i|install)\b|yarn(\s+install)?\s*($|&&|;)|bun\s+install\b|pip3?\s+install\b|python\d?\s+-m\s+pip\s+install\b|poetry\s+install\b|uv\s+(sync|pip\s+install)\b|pipenv\s+install\b|pdm\s+install\b|go\s+(mod\s+(download|tidy)|get|install|build)\b|(\.\/)?mvnw?\s+(\S+\s+)*(install|package|compile|dependency:)|(\.\/)?gradlew?\s+(\S+\s+)*(build|assemble)\b|composer\s+install\b|dotnet\s+(restore|build)\b|bundle(\s+install)?\s*($|&&|;)|docker(-|\s+)compose\s+(\S+\s+)*(up|build)\b|docker\s+build\b|make\s+(install|setup|deps|bootstrap|build)\b|bin\/setup\b)/im;

/** Commands that start the application. */
export const RUN_COMMAND =
  /(^|[\s;&|])(npm\s+(run\s+)?(start|dev|serve)\b|npm\s+run\s+(start|dev|serve):[\w:-]+|npm\s+run\s+\w*(Dev|Start|Serve)\b|pnpm\s+(run\s+)?(start|dev)\b|yarn\s+(run\s+)?(start|dev)\b|bun\s+(run\s+)?(start|dev)\b|node\s+(?!-)\S+|nodemon\b|ts-node\b|tsx\s+\S+|nest\s+start\b|uvicorn\s+\S+|fastapi\s+(dev|run)\b|gunicorn\b|hypercorn\b|python\d?\s+manage\.py\s+runserver\b|flask\s+(--app\s+\S+\s+)?run\b|python\d?\s+(-m\s+)?\S+\.py\b|python\d?\s+-m\s+(?!(venv|virtualenv|pip|pytest|unittest)\b)\S+|go\s+run\b|\.\/(?!(mvnw|gradlew)\b)\S+|(\.\/)?mvnw?\s+(\S+\s+)*spring-boot:run\b|(\.\/)?gradlew?\s+(\S+\s+)*bootRun\b|java\s+-jar\b|php\s+artisan\s+serve\b|symfony\s+(server:start|serve)\b|php\s+-S\b|dotnet\s+(watch\s+)?run\b|(bin\/)?rails\s+(s|server)\b|bin\/dev\b|rackup\b|ruby\s+\S+\.rb\b|docker(-|\s+)compose\s+(\S+\s+)*up\b|docker\s+run\b|make\s+(run|start|dev|up|serve)\b|(foreman|overmind)\s+start\b|heroku\s+local\b|bin\/(start|server)\b)/im;

/** Installing a package (even a test runner) runs nothing: `pip install pytest`, `npm i -D jest`. */
const INSTALLS_PACKAGE = /^(sudo\s+)?(pip3?|python\d?\s+-m\s+pip|uv\s+pip|pipx|npm|pnpm|yarn|bun|poetry|pdm|gem|go|apt(-get)?|brew|dotnet\s+tool|composer)\s+(install|i|add|get|require)\s+(-\S+\s+)*[\w@]/;
/** Maven/Gradle invocations that skip the tests they would otherwise run. */
const SKIPS_TESTS = /-DskipTests\b|-Dmaven\.test\.skip=true|\s-x\s+test\b/;

/** The npm-init placeholder that fails on purpose: a negative test signal (signals §5.1). */
export const NPM_PLACEHOLDER_TEST = /no test specified/i;

/**
 * Whether a command runs the tests, following indirection (up to three levels) through package
 * scripts (`npm run ci` → scripts.ci), Makefile targets (`make ci` → its recipe) and shell
 * scripts (`bash scripts/test.sh` → the script's text, matched by path suffix).
 */
export function runsTests(
  command: string,
  manifests: readonly Manifest[],
  makeTargets: ReadonlyMap<string, string>,
  shellScripts: ReadonlyMap<string, string> = new Map(),
  depth = 0,
  /**
   * The answers already worked out under the same manifests, targets and scripts, by depth: CI
   * scripts source the same helper script from many lines (git/git's ci/lib.sh), each one read again.
   */
  memo: Map<string, boolean>[] = [],
): boolean {
  const known = (memo[depth] ??= new Map());
  let answer = known.get(command);
  if (answer === undefined) {
    answer = resolvesToTests(command, manifests, makeTargets, shellScripts, depth, memo);
    known.set(command, answer);
  }
  return answer;
}

function resolvesToTests(
  command: string,
  manifests: readonly Manifest[],
  makeTargets: ReadonlyMap<string, string>,
  shellScripts: ReadonlyMap<string, string>,
  depth: number,
  memo: Map<string, boolean>[],
): boolean {
  const follow = (next: string) => runsTests(next, manifests, makeTargets, shellScripts, depth + 1, memo);
  // Judge each shell segment on its own: `pip install pytest && flake8` runs no test.
  const segments = command.split(/\r?\n/).flatMap(shellCommands);
  if (segments.length > 1) return segments.some((s) => runsTests(s, manifests, makeTargets, shellScripts, depth, memo));
  if (INSTALLS_PACKAGE.test(command) || SKIPS_TESTS.test(command)) return false;
  if (TEST_COMMAND.test(command)) {
    // `npm test` that resolves to the npm-init placeholder runs nothing.
    const npmTest = /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(test|t)\b(?!:)/.exec(command);
    if (npmTest) {
      const scripts = manifests.filter((m) => m.ecosystem === 'javascript').map((m) => m.scripts.test?.command);
      if (scripts.length > 0 && scripts.every((s) => !s || NPM_PLACEHOLDER_TEST.test(s))) return false;
    }
    return true;
  }
  if (depth > 2) return false;
  for (const m of command.matchAll(/\b(npm|pnpm|yarn|bun)\s+(run(?:-script)?\s+)?([\w:.-]+)/g)) {
    const name = m[3]!;
    // Without `run`, npm runs only lifecycle scripts: `npm ci` is the clean install, never scripts.ci.
    if (m[1] === 'npm' && !m[2] && !/^(test|t|start|stop|restart)$/.test(name)) continue;
    for (const manifest of manifests) {
      const script = manifest.scripts[name]?.command;
      if (script && follow(script)) return true;
      // `yarn start test` where start is nps (package-scripts.js): the argument names the nps script.
      if (script && /^\s*(npx\s+)?nps\s*$/.test(script) && /^\s+test\b/.test(command.slice(m.index! + m[0].length))) return true;
    }
  }
  for (const m of command.matchAll(/\bcomposer\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g)) {
    for (const manifest of manifests) {
      const script = manifest.scripts[m[1]!]?.command;
      if (script && follow(script)) return true;
    }
  }
  for (const m of command.matchAll(/\bmake\s+((?:[\w.-]+\s*)+)/g)) {
    for (const target of m[1]!.trim().split(/\s+/)) {
      const recipe = makeTargets.get(target);
      if (recipe && follow(recipe)) return true;
    }
  }
  for (const m of command.matchAll(SCRIPT_REFERENCE)) {
    const wanted = m[1]!.replace(/^\.\//, '');
    for (const [path, text] of shellScripts) {
      if ((path === wanted || path.endsWith(`/${wanted}`)) && follow(text)) return true;
    }
  }
  return false;
}

/** Makefile targets and their recipes (the text of the recipe lines). */
export function parseMakefile(text: string): Map<string, string> {
  const targets = new Map<string, string>();
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const rule = /^([A-Za-z0-9_.\-/ ]+):(?!=)(.*)$/.exec(line);
    if (rule && !line.startsWith('\t')) {
      current = rule[1]!.trim().split(/\s+/);
      // Prerequisites run first, so `ci: lint test` runs the `test` target.
      const prerequisites = rule[2]!.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
      for (const t of current) targets.set(t, (targets.get(t) ?? '') + prerequisites.map((p) => `\nmake ${p}`).join(''));
      continue;
    }
    if (line.startsWith('\t') && current.length) {
      for (const t of current) targets.set(t, `${targets.get(t) ?? ''}\n${line.trim()}`);
    } else if (line.trim() && !line.startsWith('#')) current = [];
  }
  return targets;
}
