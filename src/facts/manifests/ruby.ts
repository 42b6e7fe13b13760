import type { Dependency, ManifestParser } from './types.js';

/** Gemfile: `gem "name"` lines; gems inside development/test groups are dev dependencies. */
export const gemfile: ManifestParser = {
  ecosystem: 'ruby',
  matches: (base) => base === 'gemfile',
  parse(file) {
    const dependencies: Dependency[] = [];
    const groupStack: boolean[] = [];
    file.lines().forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (/^group\b.*\bdo$/.test(line)) {
        groupStack.push(/:(development|test)\b/.test(line) && !/:production\b/.test(line));
        return;
      }
      if (/^(platforms?|source|install_if)\b.*\bdo$/.test(line)) {
        groupStack.push(groupStack.at(-1) ?? false);
        return;
      }
      if (line === 'end') {
        groupStack.pop();
        return;
      }
      const m = /^gem\s+["']([^"']+)["'](.*)$/.exec(line);
      if (!m) return;
      const dev = (groupStack.at(-1) ?? false) || /group:\s*\[?\s*:(development|test)/.test(m[2]!);
      dependencies.push({ name: m[1]!.toLowerCase(), dev, line: i + 1 });
    });
    return { dependencies, scripts: {}, attributes: {} };
  },
};
