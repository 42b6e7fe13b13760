/**
 * Vendored, generated and build-output folders the walk prunes (GitHub Linguist's vendor/generated
 * lists plus the build outputs of the seven ecosystems; see signals §1.1). What a listed path is
 * (test, example, generated, …) is decided in facts/path-roles.ts.
 */

/** Directory names pruned during the walk wherever they appear. */
export const SKIP_DIRS = [
  '.git',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'Godeps',
  'dist',
  'build',
  'out',
  'target',
  '.gradle',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.nox',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  'coverage',
  '.nyc_output',
  'htmlcov',
  'obj',
  '.terraform',
  '.serverless',
  '.vercel',
  '.idea',
  '.vs',
  'testdata',
  'fixtures',
  '__fixtures__',
] as const;
