import { csproj } from './csharp.js';
import { goMod } from './go.js';
import { gradle, pomXml } from './java.js';
import { packageJson } from './javascript.js';
import { composerJson } from './php.js';
import { pipfile, pyproject, requirements, setupPy } from './python.js';
import { gemfile } from './ruby.js';
import type { ManifestParser } from './types.js';

export * from './types.js';

/** Every manifest parser, one per file format of the seven ecosystems. */
export const MANIFEST_PARSERS: readonly ManifestParser[] = [
  packageJson,
  pyproject,
  pipfile,
  requirements,
  setupPy,
  pomXml,
  gradle,
  goMod,
  composerJson,
  csproj,
  gemfile,
];
