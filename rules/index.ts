import type { Rule } from '../src/types.js';
import apiDocs from './api-docs.js';
import authPresent from './auth-present.js';
import authorization from './authorization.js';
import backgroundJobs from './background-jobs.js';
import ciPresent from './ci-present.js';
import ciRunsReadmeTests from './ci-runs-readme-tests.js';
import ciRunsTests from './ci-runs-tests.js';
import commitGranularity from './commit-granularity.js';
import commitMessages from './commit-messages.js';
import composePresent from './compose-present.js';
import containerPresent from './container-present.js';
import databasePresent from './database-present.js';
import deployConfig from './deploy-config.js';
import dockerfileExposePort from './dockerfile-expose-port.js';
import dockerfilePractices from './dockerfile-practices.js';
import envExample from './env-example.js';
import errorHandling from './error-handling.js';
import gitignorePresent from './gitignore-present.js';
import healthCheck from './health-check.js';
import inputValidation from './input-validation.js';
import licensePresent from './license-present.js';
import logging from './logging.js';
import manifestsValid from './manifests-valid.js';
import migrationsPresent from './migrations-present.js';
import noCommittedArtifacts from './no-committed-artifacts.js';
import noCommittedEnv from './no-committed-env.js';
import noCommittedSecrets from './no-committed-secrets.js';
import passwordHashing from './password-hashing.js';
import rateLimiting from './rate-limiting.js';
import readmeApi from './readme-api.js';
import readmeArchitecture from './readme-architecture.js';
import readmeCommandsValid from './readme-commands-valid.js';
import readmeLinksValid from './readme-links-valid.js';
import readmePresent from './readme-present.js';
import readmeSetup from './readme-setup.js';
import readmeTesting from './readme-testing.js';
import readmeTradeoffs from './readme-tradeoffs.js';
import seedData from './seed-data.js';
import testScript from './test-script.js';
import testsApi from './tests-api.js';
import testsPresent from './tests-present.js';

/** Every built-in rule. Keep sorted by id; `scripts/check-rules.mjs` verifies each has a doc and a test. */
export const BUILTIN_RULES: readonly Rule<any>[] = [
  apiDocs,
  authPresent,
  authorization,
  backgroundJobs,
  ciPresent,
  ciRunsReadmeTests,
  ciRunsTests,
  commitGranularity,
  commitMessages,
  composePresent,
  containerPresent,
  databasePresent,
  deployConfig,
  dockerfileExposePort,
  dockerfilePractices,
  envExample,
  errorHandling,
  gitignorePresent,
  healthCheck,
  inputValidation,
  licensePresent,
  logging,
  manifestsValid,
  migrationsPresent,
  noCommittedArtifacts,
  noCommittedEnv,
  noCommittedSecrets,
  passwordHashing,
  rateLimiting,
  readmeApi,
  readmeArchitecture,
  readmeCommandsValid,
  readmeLinksValid,
  readmePresent,
  readmeSetup,
  readmeTesting,
  readmeTradeoffs,
  seedData,
  testScript,
  testsApi,
  testsPresent,
];
