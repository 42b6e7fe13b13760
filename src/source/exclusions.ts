/**
 * Vendored, generated and build-output paths removed before analysis (GitHub Linguist's
 * vendor/generated lists plus the build outputs of the seven ecosystems; see signals §1.1).
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

const EXCLUDED_PATH = [
  /(^|\/)env\/(bin|lib|Lib|Scripts)\//, // a virtualenv named env/
  /(^|\/)[^/]+\.egg-info\//,
  /(^|\/)bin\/(Debug|Release)\//,
  /(^|\/)\.mvn\/wrapper\//, // the Maven wrapper's downloader, not the application
  /(^|\/)\.yarn\/(releases|plugins|sdks|versions|unplugged|cache)\//,
  /(^|\/)public\/build\//,
  /(^|\/)storage\/(logs|framework)\//,
  /(^|\/)tmp\//,
  /(^|\/)docs?\/_?(build|themes?|templates?|static)\//,
  /(\.|-)min\.(js|css)$/,
  /\.(js|css)\.map$/,
  /\.d\.ts$/,
  /(^|\/)\.pnp\.[cm]?js$/,
];

/** Whether a listed path is vendored or generated and must not be analysed. */
export function isExcludedPath(path: string): boolean {
  return EXCLUDED_PATH.some((re) => re.test(path));
}
