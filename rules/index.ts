import type { Rule } from '../src/types.js';
import apiDocs from './api-docs.js';
import ciPresent from './ci-present.js';
import ciRunsTests from './ci-runs-tests.js';
import commitMessages from './commit-messages.js';
import composePresent from './compose-present.js';
import containerPresent from './container-present.js';
import deployConfig from './deploy-config.js';
import dockerfileExposePort from './dockerfile-expose-port.js';
import dockerfilePractices from './dockerfile-practices.js';
import envExample from './env-example.js';
import licensePresent from './license-present.js';
import manifestsValid from './manifests-valid.js';
import noCommittedEnv from './no-committed-env.js';
import readmeApi from './readme-api.js';
import readmeArchitecture from './readme-architecture.js';
import readmeCommandsValid from './readme-commands-valid.js';
import readmeLinksValid from './readme-links-valid.js';
import readmePresent from './readme-present.js';
import readmeSetup from './readme-setup.js';
import readmeTesting from './readme-testing.js';
import readmeTradeoffs from './readme-tradeoffs.js';
import testScript from './test-script.js';
import testsApi from './tests-api.js';
import testsPresent from './tests-present.js';

/** Every built-in rule. Keep sorted by id; `scripts/check-rules.mjs` verifies each has a doc and a test. */
export const BUILTIN_RULES: readonly Rule<any>[] = [
  apiDocs,
  ciPresent,
  ciRunsTests,
  commitMessages,
  composePresent,
  containerPresent,
  deployConfig,
  dockerfileExposePort,
  dockerfilePractices,
  envExample,
  licensePresent,
  manifestsValid,
  noCommittedEnv,
  readmeApi,
  readmeArchitecture,
  readmeCommandsValid,
  readmeLinksValid,
  readmePresent,
  readmeSetup,
  readmeTesting,
  readmeTradeoffs,
  testScript,
  testsApi,
  testsPresent,
];
