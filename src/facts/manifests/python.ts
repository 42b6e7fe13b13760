import { parse as parseToml } from 'smol-toml';
import { emptyManifest, type Dependency, type ManifestParser } from './types.js';
import type { TextFile } from '../text.js';
import { escapeRegExp } from '../../util.js';

/** PEP 503 normalisation plus extras/version stripped: "Flask[async]>=2" → "flask". */
export function pythonName(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? m[1]!.toLowerCase().replace(/[-_.]+/g, '-') : undefined;
}

function tomlProblem(error: unknown) {
  const err = error as { message?: string; line?: number };
  const first = (err.message ?? String(error)).split('\n')[0];
  return { message: `invalid TOML: ${first}`, ...(typeof err.line === 'number' ? { line: err.line } : {}) };
}

function depsFromList(list: unknown, dev: boolean, file: TextFile, out: Dependency[]): void {
  if (!Array.isArray(list)) return;
  for (const spec of list) {
    if (typeof spec !== 'string') continue;
    const name = pythonName(spec);
    if (name) out.push({ name, dev, line: file.findLine(spec) });
  }
}

function depsFromTable(table: unknown, dev: boolean, file: TextFile, out: Dependency[]): void {
  if (!table || typeof table !== 'object') return;
  for (const key of Object.keys(table)) {
    if (key.toLowerCase() === 'python') continue;
    const name = pythonName(key);
    if (name) out.push({ name, dev, line: file.findLine(new RegExp(`^\\s*"?${escapeRegExp(key)}"?\\s*=`, 'm')) });
  }
}

/** A TOML manifest's data, or the problem (with its line) that stops it parsing. */
function parseTomlFile(file: TextFile): { data: Record<string, any> } | { problem: ReturnType<typeof tomlProblem> } {
  try {
    return { data: parseToml(file.text) as Record<string, any> };
  } catch (error) {
    return { problem: tomlProblem(error) };
  }
}


export const pyproject: ManifestParser = {
  ecosystem: 'python',
  matches: (base) => base === 'pyproject.toml',
  parse(file) {
    const parsed = parseTomlFile(file);
    if ('problem' in parsed) return emptyManifest(parsed.problem);
    const data = parsed.data;
    const dependencies: Dependency[] = [];
    const project = data.project ?? {};
    depsFromList(project.dependencies, false, file, dependencies);
    for (const list of Object.values(project['optional-dependencies'] ?? {})) depsFromList(list, true, file, dependencies);
    for (const list of Object.values(data['dependency-groups'] ?? {})) depsFromList(list, true, file, dependencies);
    const poetry = data.tool?.poetry ?? {};
    depsFromTable(poetry.dependencies, false, file, dependencies);
    depsFromTable(poetry['dev-dependencies'], true, file, dependencies);
    for (const group of Object.values<any>(poetry.group ?? {})) depsFromTable(group?.dependencies, true, file, dependencies);
    const attributes: Record<string, string> = {};
    if (data.tool?.pytest) attributes.pytest = 'true';
    if (project.scripts || poetry.scripts) attributes.scripts = 'true';
    const license = typeof project.license === 'string' ? project.license : project.license?.text;
    return { dependencies, scripts: {}, attributes, ...(typeof license === 'string' ? { license } : {}) };
  },
};

export const pipfile: ManifestParser = {
  ecosystem: 'python',
  matches: (base) => base === 'pipfile',
  parse(file) {
    const parsed = parseTomlFile(file);
    if ('problem' in parsed) return emptyManifest(parsed.problem);
    const data = parsed.data;
    const dependencies: Dependency[] = [];
    depsFromTable(data.packages, false, file, dependencies);
    depsFromTable(data['dev-packages'], true, file, dependencies);
    return { dependencies, scripts: {}, attributes: {} };
  },
};

/** requirements*.txt and requirements/*.txt (pip's line format). */
export const requirements: ManifestParser = {
  ecosystem: 'python',
  matches: (base, path) => /^requirements.*\.(txt|in)$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(path),
  parse(file) {
    const dev = /dev|test|lint|ci/i.test(file.path);
    const dependencies: Dependency[] = [];
    file.lines().forEach((raw, i) => {
      const line = raw.replace(/\s#.*$/, '').trim();
      if (!line || line.startsWith('#') || line.startsWith('-')) return;
      const name = pythonName(line);
      if (name) dependencies.push({ name, dev, line: i + 1 });
    });
    return { dependencies, scripts: {}, attributes: {} };
  },
};

/** setup.py is code: only its install_requires strings are read, never executed. */
export const setupPy: ManifestParser = {
  ecosystem: 'python',
  matches: (base, path) => base === 'setup.py' && !path.includes('/'),
  parse(file) {
    const dependencies: Dependency[] = [];
    const block = /install_requires\s*=\s*\[([^\]]*)\]/s.exec(file.text);
    if (block) {
      const listStart = block.index + block[0].indexOf('[') + 1; // offsets below are inside the list
      for (const m of block[1]!.matchAll(/["']([^"']+)["']/g)) {
        const name = pythonName(m[1]!);
        if (name) dependencies.push({ name, dev: false, line: file.lineAt(listStart + m.index!) });
      }
    }
    return { dependencies, scripts: {}, attributes: {} };
  },
};
