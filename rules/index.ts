import type { Rule } from '../src/types.js';
import ciPresent from './ci-present.js';
import ciRunsTests from './ci-runs-tests.js';
import commitMessages from './commit-messages.js';
import containerPresent from './container-present.js';
import envExample from './env-example.js';
import licensePresent from './license-present.js';
import manifestsValid from './manifests-valid.js';
import noCommittedEnv from './no-committed-env.js';
import readmePresent from './readme-present.js';
import readmeSetup from './readme-setup.js';
import testsPresent from './tests-present.js';

/** Every built-in rule. Keep sorted by id; `scripts/check-rules.mjs` verifies each has a doc and a test. */
export const BUILTIN_RULES: readonly Rule<any>[] = [
  ciPresent,
  ciRunsTests,
  commitMessages,
  containerPresent,
  envExample,
  licensePresent,
  manifestsValid,
  noCommittedEnv,
  readmePresent,
  readmeSetup,
  testsPresent,
];
