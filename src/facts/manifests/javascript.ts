import { emptyManifest, parseJsonObject, type Dependency, type ManifestParser } from './types.js';

/** package.json: dependencies, devDependencies, scripts, license. */
export const packageJson: ManifestParser = {
  ecosystem: 'javascript',
  matches: (base) => base === 'package.json',
  parse(file) {
    const parsed = parseJsonObject(file, 'package.json');
    if ('problem' in parsed) return emptyManifest(parsed.problem);
    const pkg = parsed.data as Record<string, unknown>;
    const dependencies: Dependency[] = [];
    const add = (field: string, dev: boolean) => {
      const deps = pkg[field];
      if (!deps || typeof deps !== 'object') return;
      for (const name of Object.keys(deps)) dependencies.push({ name, dev, line: file.findLine(`"${name}"`) });
    };
    add('dependencies', false);
    add('peerDependencies', false);
    add('optionalDependencies', false);
    add('devDependencies', true);
    const scripts: Record<string, { command: string; line?: number }> = {};
    const scriptsStart = file.text.indexOf('"scripts"');
    if (pkg.scripts && typeof pkg.scripts === 'object') {
      for (const [name, command] of Object.entries(pkg.scripts as Record<string, unknown>)) {
        if (typeof command !== 'string') continue;
        scripts[name] = { command, line: file.findLine(`"${name}"`, Math.max(0, scriptsStart)) };
      }
    }
    const attributes: Record<string, string> = {};
    if (typeof pkg.name === 'string') attributes.name = pkg.name;
    if (pkg.jest) attributes.jest = 'true';
    if (pkg.bin) attributes.bin = 'true';
    return {
      dependencies,
      scripts,
      attributes,
      ...(typeof pkg.license === 'string' ? { license: pkg.license } : {}),
    };
  },
};
