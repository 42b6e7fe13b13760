import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { checkSource, type CheckOptions } from '../check.js';
import { ConfigError, formatProblem, loadConfig } from '../config/index.js';
import { formatJson } from '../report/json.js';
import { COMMENT_MARKER, formatComment, formatSummary, selectAnnotations, type GitHubReport } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { readCommits } from '../source/git-log.js';
import { GitRevisionSource } from '../source/git-revision.js';
import { blobUrl, type Project } from '../source/project.js';
import { WorkingTreeSource } from '../source/working-tree.js';
import { evaluateGate as evaluateSharedGate, type Gate } from '../gate.js';
import type { Result } from '../types.js';
import { compareResults, type Comparison } from '../engine/compare.js';
import { changedFiles, prepareBase, repoPrefix, type PreparedBase } from './git-base.js';
import { createClient, isForbidden, pullRequestCommits, upsertComment, type GitHubClient, type PullRequestRef } from './github-api.js';
import { InputError, parseInputs, type ActionInputs, type FailOn } from './inputs.js';
import { gradeCommits, type PullRequestCommits } from '../engine/pr-commits.js';

/** The pull request's own commits read from git, newest first, at most this many. */
const PR_COMMITS_LIMIT = 250;

interface PullRequestEvent {
  number: number;
  baseSha?: string;
  baseRef?: string;
  headSha?: string;
}

/** The Action: score, compare with the base on a pull request, publish, gate. */
export async function run(): Promise<void> {
  try {
    let inputs: ActionInputs;
    try {
      inputs = parseInputs((name) => core.getInput(name));
    } catch (error) {
      if (error instanceof InputError) {
        core.setFailed(`portfolio-check: ${error.message}`);
        return;
      }
      throw error;
    }
    await runWith(inputs, process.env);
  } catch (error) {
    core.setFailed(`portfolio-check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function runWith(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const root = path.resolve(workspace, inputs.path);

  let options: CheckOptions;
  try {
    const loaded = await loadConfig(root, inputs.config !== undefined ? { configPath: path.resolve(workspace, inputs.config) } : {});
    options = { config: loaded.engineConfig, rules: loaded.rules, ignore: loaded.ignore };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    core.setFailed(`portfolio-check: the configuration is invalid:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    return;
  }

  const prefix = await repoPrefix(root);
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const pr = await readPullRequest(env);
  if (env.GITHUB_EVENT_NAME === 'pull_request_target') {
    core.warning(
      'portfolio-check runs on pull_request_target: the default checkout is the base branch, so the score is not the pull request\'s. Run it on pull_request, and post comments on fork PRs with the workflow_run recipe in the README.',
    );
  }
  const client = inputs.githubToken ? createClient(inputs.githubToken, env) : undefined;

  // Fetch first: deepening can complete a shallow history, and head and base must see the same one.
  const prepared =
    pr || inputs.baseRef
      ? await core.group('Fetching the base commit', () =>
          prepareBase(root, {
            ...(inputs.baseRef ? { baseRef: inputs.baseRef } : { baseSha: pr?.baseSha, baseRef: pr?.baseRef }),
            headSha: pr?.headSha,
          }),
        )
      : undefined;
  for (const command of prepared?.fetched ?? []) core.debug(command);

  // Reports name the repository (not the path input, often "."), and file:line links open the file at
  // the checked commit on the server the workflow runs on.
  const project = actionProject(repository, prefix, env);
  const head = await checkSource(new WorkingTreeSource(root, project?.name ?? inputs.path), { ...options, fixRoot: root });
  const blob = project ? blobUrl(project, head.target.commit) : undefined;
  if (blob) head.target.blobUrl = blob;
  core.info(`Portfolio score: ${head.score}/100 ${head.bandLabel} (${head.band})`);
  const report: GitHubReport = { head };
  let touched = new Set<string>();
  let base: Result | undefined;
  if (prepared) {
    base = await scoreBase(root, prepared, project?.name ?? inputs.path, options, report);
    if (prepared.mergeBase && prepared.head) {
      touched = await changedFiles(root, prepared.mergeBase, prepared.head);
      report.commits = await gitCommits(root, prepared.mergeBase, prepared.head);
    } else if (pr && client && repository) {
      report.commits = await apiCommits(client, { ...repository, number: pr.number }, prepared.problem);
    } else if (pr) {
      report.commits = { available: false, reason: `${prepared.problem ?? 'no merge base'}; add fetch-depth: 0 to actions/checkout` };
    }
  }
  report.shallowHistory = head.history.shallow && head.rules.some((r) => r.category === 'history' && r.outcome === 'not-available');

  const gate = evaluateGate(head, inputs);
  if (gate) {
    report.gate = gate;
    const minScore = inputs.minScore ?? head.passScore;
    if (minScore !== undefined) head.passScore = minScore;
    head.passed = gate.passed;
  }

  if (inputs.annotations) publishAnnotations(head, touched, prefix, inputs.failOn);
  await publishSummary(report, env);
  const files = await writeReports(head, report, inputs, env, workspace, prefix);
  setOutputs(head, base, report.comparison, files);

  if (pr && inputs.comment) await publishComment(client, repository, pr, report);

  if (gate && !gate.passed) core.setFailed(`portfolio-check: ${gate.reasons.join('; ')}`);
}

/** Scores the base commit from git objects and records the comparison (or why there is none). */
async function scoreBase(root: string, prepared: PreparedBase, name: string, options: CheckOptions, report: GitHubReport): Promise<Result | undefined> {
  if (!prepared.base) {
    report.baseUnavailable = prepared.problem ?? 'the base commit is unknown';
    return undefined;
  }
  const source = new GitRevisionSource(root, prepared.base, `${name}@${prepared.base.slice(0, 7)}`);
  try {
    const base = await checkSource(source, options);
    report.comparison = compareResults(base, report.head);
    core.info(`Base score: ${base.score}/100; change ${report.comparison.delta >= 0 ? '+' : ''}${report.comparison.delta}`);
    return base;
  } catch (error) {
    report.baseUnavailable = `the base commit could not be scored (${(error as Error).message})`;
    return undefined;
  } finally {
    source.close();
  }
}

/** The gate: min-score (or the config's passScore) and fail-on. Undefined when nothing is gated. */
export function evaluateGate(result: Result, inputs: Pick<ActionInputs, 'minScore' | 'failOn'>): Gate | undefined {
  return evaluateSharedGate(result, { minScore: inputs.minScore, failOn: inputs.failOn });
}

async function readPullRequest(env: NodeJS.ProcessEnv): Promise<PullRequestEvent | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let event: { pull_request?: { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } } };
  try {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = event.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return { number: pr.number, baseSha: pr.base?.sha, baseRef: pr.base?.ref, headSha: pr.head?.sha };
}

/** The checked project on GitHub: `owner/repo` with the checked subdirectory, and its web address. */
export function actionProject(repository: { owner: string; repo: string } | undefined, prefix: string, env: NodeJS.ProcessEnv): Project | undefined {
  if (!repository) return undefined;
  const safePrefix = prefix.startsWith('..') ? '' : prefix;
  const name = `${repository.owner}/${repository.repo}${safePrefix ? `/${safePrefix}` : ''}`;
  let server: URL | undefined;
  try {
    server = new URL(env.GITHUB_SERVER_URL || 'https://github.com');
  } catch {
    server = undefined;
  }
  // Links only to a web server; the name stays either way.
  if (!server || (server.protocol !== 'https:' && server.protocol !== 'http:')) return { name, prefix: safePrefix };
  return { name, web: `${server.origin}/${repository.owner}/${repository.repo}`, prefix: safePrefix };
}

function parseRepository(value: string | undefined): { owner: string; repo: string } | undefined {
  const m = /^([^/]+)\/([^/]+)$/.exec(value ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

async function gitCommits(root: string, mergeBase: string, head: string): Promise<PullRequestCommits> {
  try {
    const commits = await readCommits(root, `${mergeBase}..${head}`, PR_COMMITS_LIMIT);
    return gradeCommits(commits.slice(0, PR_COMMITS_LIMIT), 'git');
  } catch (error) {
    return { available: false, reason: `git log failed: ${(error as Error).message}` };
  }
}

async function apiCommits(client: GitHubClient, pr: PullRequestRef, problem: string | undefined): Promise<PullRequestCommits> {
  try {
    return gradeCommits(await pullRequestCommits(client, pr), 'api');
  } catch (error) {
    return { available: false, reason: `${problem ?? 'no merge base'}, and the API did not list the commits (HTTP ${(error as { status?: number }).status ?? '?'})` };
  }
}

function publishAnnotations(result: Result, touched: Set<string>, prefix: string, failOn: FailOn): void {
  for (const a of selectAnnotations(result, { touchedFiles: touched, pathPrefix: prefix, failOn })) {
    const properties: core.AnnotationProperties = a.file ? { title: a.title, file: a.file, startLine: a.line, ...(a.column ? { startColumn: a.column } : {}) } : { title: a.title };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}

async function publishSummary(report: GitHubReport, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    // Appended directly: core.summary caches the file path of the first step it sees.
    await appendFile(env.GITHUB_STEP_SUMMARY, formatSummary(report));
  } catch (error) {
    core.warning(`portfolio-check could not write the job summary: ${(error as Error).message}`);
  }
}

interface ReportFiles {
  json: string;
  comment: string;
  sarif?: string;
}

async function writeReports(result: Result, report: GitHubReport, inputs: ActionInputs, env: NodeJS.ProcessEnv, workspace: string, prefix: string): Promise<ReportFiles> {
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'portfolio-check');
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  await writeFile(json, formatJson(result));
  // The comment body, for the two-workflow recipe that posts it from a privileged workflow_run.
  const comment = path.join(dir, 'comment.md');
  await writeFile(comment, formatComment(report));
  if (!inputs.sarifFile) return { json, comment };
  const sarif = path.resolve(workspace, inputs.sarifFile);
  await mkdir(path.dirname(sarif), { recursive: true });
  await writeFile(sarif, formatSarif(result, { uriPrefix: prefix }));
  return { json, comment, sarif };
}

function setOutputs(head: Result, base: Result | undefined, comparison: Comparison | undefined, files: ReportFiles): void {
  core.setOutput('score', head.score);
  core.setOutput('band', head.band);
  core.setOutput('band-label', head.bandLabel);
  core.setOutput('default-score', head.config.defaultScore ?? head.score);
  core.setOutput('base-score', base ? base.score : '');
  core.setOutput('score-delta', comparison ? comparison.delta : '');
  core.setOutput('passed', head.passed !== false);
  core.setOutput('report-json', files.json);
  core.setOutput('sarif-file', files.sarif ?? '');
  core.setOutput('comment-file', files.comment);
}

/** The sticky comment; a reporting side channel, so no failure here ever fails the job. */
async function publishComment(client: GitHubClient | undefined, repository: { owner: string; repo: string } | undefined, pr: PullRequestEvent, report: GitHubReport): Promise<void> {
  if (!client || !repository) {
    core.notice('portfolio-check: no github-token or repository, so no pull-request comment; the job summary has the report.');
    return;
  }
  try {
    const outcome = await upsertComment(client, { ...repository, number: pr.number }, COMMENT_MARKER, formatComment(report));
    core.info(`Pull-request comment ${outcome}.`);
  } catch (error) {
    if (isForbidden(error)) {
      core.notice(
        'portfolio-check: the token cannot comment on this pull request (read-only token: a fork or Dependabot pull request, or missing "pull-requests: write"). The job summary and annotations have the report.',
      );
    } else {
      core.warning(`portfolio-check could not update the pull-request comment: ${(error as Error).message}`);
    }
  }
}
