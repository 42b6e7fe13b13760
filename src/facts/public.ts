/**
 * The observations plugin rules share with the built-in ones, exported from the package entry.
 * Each takes the rule's `facts` and memoises its answer for the run, so a plugin asking for
 * `dockerfiles(facts)` reuses the parse a built-in rule already did. They observe; they never judge.
 */

// The repository: files, text, manifests, documents, CI, history.
export type { EcosystemFacts, Facts } from './facts.js';
export type { FileEntry, FileIndex } from './file-index.js';
export type { TextFile } from './text.js';
export type { Dependency, Ecosystem, Manifest } from './manifests/types.js';
export type { CodeBlock, MarkdownDocument, MarkdownLink, Section } from './markdown.js';
export type { CiCommand, CiConfig } from './ci.js';
export { runsOnChanges, stepLines, swallowsFailure } from './ci.js';
export type { History, HistoryCommit, HistorySummary } from './commits.js';
export { isEnvTemplate, isExampleOrDocPath, isTestPath, pathRoles, type PathRole } from './path-roles.js';

// README and linked documentation.
export { linkedDocumentation } from './linked-docs.js';
export { findSections, isShellBlock, shellLines, type SectionKind, type SectionMatch } from './readme-sections.js';
export { readmeCommands, type ReadmeCommands } from './shell-commands.js';
export {
  apiListing,
  architectureNotes,
  decisionNotes,
  isDecisionRecord,
  isDesignDocument,
  readmeTemplate,
  readmeTests,
  relativeLinks,
  type ApiDocsPointer,
  type ApiListing,
  type ArchitectureNotes,
  type DecisionNotes,
  type DiagramEvidence,
  type DocPlace,
  type ListedEndpoint,
  type ReadmeTemplate,
  type ReadmeTests,
  type RelativeLink,
  type RelativeLinks,
} from './readme-content.js';
export { setupSteps, type SetupSteps } from './setup-steps.js';

// The application: HTTP, routes, code signals.
export { servesHttp } from './http.js';
export { routes, type RoutesFact } from './routes/index.js';
export { codeScan, allHits, firstHit, type CodeScan, type SignalHit } from './code-scan.js';
export { apiDocEvidence, type ApiDocEvidence } from './api-docs.js';
export { fastapiDocsEnrichment } from './fastapi-docs.js';
export { authEvidence, declaredKdf } from './auth.js';
export { loggerEvidence } from './logging.js';
export { errorMiddlewares } from './error-handling.js';
export { ownershipChecks, policyFiles } from './access-control.js';
export { declaredDependencies, type DeclaredDependency, type Evidence } from './evidence.js';
export { databaseFacts, migrationCount, usesDatabase, type DatabaseFacts, type Migration } from './database.js';
export { seedEvidence, type SeedEvidence } from './seeds.js';
export { envFacts, type EnvFacts, type EnvRead } from './env.js';
export { envDocumentation, type EnvDocumentation } from './env-docs.js';

// Tests.
export { testFacts, type TestFacts, type TestFile } from './tests.js';
export { documentedTestCommand, ecosystemTestCommand, isTestCommand, testCommandContext, type EcosystemTestCommand, type TestCommandContext } from './test-runners.js';
export { makefiles, type Makefile } from './makefile.js';

// Delivery: containers, compose, deployment.
export {
  dockerfiles,
  exposedPorts,
  inspectDockerfiles,
  startsApp,
  type DockerfileObservation,
  type DockerInstruction,
  type DockerStage,
  type InspectedDockerfile,
  type ParsedDockerfile,
} from './dockerfile.js';
export { codePort, imageListenPort, type AppPort } from './app-port.js';
export { composeFiles, isDataService, type ComposeFile, type ComposeService } from './compose.js';
export { deploymentFacts, type DeploymentFacts } from './deployment.js';

// Security and licensing.
export { gitignoreFacts, type GitignoreFacts } from './gitignore.js';
export { envFiles, type EnvFile, type EnvFileEntry, type EnvFiles } from './env-files.js';
export { historySecrets, treeSecrets, type HistorySecret, type TreeSecret } from './secrets.js';
export { licenseFacts, type LicenseFacts, type LicenseFile } from './license.js';
