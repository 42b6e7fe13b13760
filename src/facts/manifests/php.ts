import { emptyManifest, parseJsonObject, type Dependency, type ManifestParser } from './types.js';

/** composer.json: require, require-dev, scripts, license, and the package name (attributes.name). */
export const composerJson: ManifestParser = {
  ecosystem: 'php',
  matches: (base) => base === 'composer.json',
  parse(file) {
    const parsed = parseJsonObject(file, 'composer.json');
    if ('problem' in parsed) return emptyManifest(parsed.problem);
    const data = parsed.data;
    const dependencies: Dependency[] = [];
    for (const [field, dev] of [['require', false], ['require-dev', true]] as const) {
      for (const name of Object.keys(data[field] ?? {})) {
        if (name === 'php' || name.startsWith('ext-')) continue;
        dependencies.push({ name: name.toLowerCase(), dev, line: file.findLine(`"${name}"`) });
      }
    }
    const scripts: Record<string, { command: string; line?: number }> = {};
    const scriptsStart = Math.max(0, file.text.indexOf('"scripts"'));
    for (const [name, cmd] of Object.entries<any>(data.scripts ?? {})) {
      const command = Array.isArray(cmd) ? cmd.join(' && ') : typeof cmd === 'string' ? cmd : '';
      scripts[name] = { command, line: file.findLine(`"${name}"`, scriptsStart) };
    }
    const license = Array.isArray(data.license) ? data.license.join(' OR ') : data.license;
    const attributes: Record<string, string> = typeof data.name === 'string' ? { name: data.name } : {};
    return { dependencies, scripts, attributes, ...(typeof license === 'string' ? { license } : {}) };
  },
};
