import type { RuleAdvice } from '../../src/engine/advice.js';
import { dockerfilePractices, dockerfileExposePort, ciPresent, ciRunsTests, composePresent, containerPresent, deployConfig, gitignorePresent, manifestsValid, noCommittedArtifacts } from './delivery.js';
import { databasePresent, migrationsPresent, seedData } from './data.js';
import { apiDocs, readmeSetup } from './documentation.js';
import { backgroundJobs, errorHandling, healthCheck, logging } from './operations.js';
import { authPresent, authorization, envExample, inputValidation, noCommittedEnv, noCommittedSecrets, passwordHashing, rateLimiting } from './security.js';
import { readmeTesting, testScript, testsApi, testsPresent } from './testing.js';

/**
 * Stack-specific fixes of the built-in rules, by rule id. Rules that name no ecosystem's tools
 * (commit history, licence, README prose and links) keep their one fix for every stack.
 * `node scripts/gen-rule-advice.mjs` writes each rule doc's "Fix by stack" section from these.
 */
export const RULE_ADVICE: Readonly<Record<string, RuleAdvice>> = {
  'api-docs': apiDocs,
  'auth-present': authPresent,
  authorization,
  'background-jobs': backgroundJobs,
  'ci-present': ciPresent,
  'ci-runs-tests': ciRunsTests,
  'compose-present': composePresent,
  'container-present': containerPresent,
  'database-present': databasePresent,
  'deploy-config': deployConfig,
  'dockerfile-expose-port': dockerfileExposePort,
  'dockerfile-practices': dockerfilePractices,
  'env-example': envExample,
  'error-handling': errorHandling,
  'gitignore-present': gitignorePresent,
  'health-check': healthCheck,
  'input-validation': inputValidation,
  logging,
  'manifests-valid': manifestsValid,
  'migrations-present': migrationsPresent,
  'no-committed-artifacts': noCommittedArtifacts,
  'no-committed-env': noCommittedEnv,
  'no-committed-secrets': noCommittedSecrets,
  'password-hashing': passwordHashing,
  'rate-limiting': rateLimiting,
  'readme-setup': readmeSetup,
  'readme-testing': readmeTesting,
  'seed-data': seedData,
  'test-script': testScript,
  'tests-api': testsApi,
  'tests-present': testsPresent,
};
