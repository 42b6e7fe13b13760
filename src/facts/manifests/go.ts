import { emptyManifest, type Dependency, type ManifestParser } from './types.js';

/** go.mod: `require` lines and blocks, keeping the `// indirect` marker. */
export const goMod: ManifestParser = {
  ecosystem: 'go',
  matches: (base) => base === 'go.mod',
  parse(file) {
    const dependencies: Dependency[] = [];
    const attributes: Record<string, string> = {};
    let inRequire = false;
    let sawModule = false;
    file.lines().forEach((raw, i) => {
      const line = raw.trim();
      if (line.startsWith('module ')) {
        sawModule = true;
        attributes.module = line.slice(7).trim();
      }
      if (line.startsWith('go ')) attributes.go = line.slice(3).trim();
      if (/^require\s*\($/.test(line)) {
        inRequire = true;
        return;
      }
      if (inRequire && line === ')') {
        inRequire = false;
        return;
      }
      const spec = inRequire ? line : /^require\s+(.+)$/.exec(line)?.[1];
      if (!spec || spec.startsWith('//')) return;
      const m = /^(\S+)\s+(\S+)(.*)$/.exec(spec);
      if (m) dependencies.push({ name: m[1]!, dev: false, indirect: /\/\/\s*indirect/.test(m[3]!), line: i + 1 });
    });
    if (!sawModule) return emptyManifest({ message: 'go.mod has no module directive', line: 1 });
    return { dependencies, scripts: {}, attributes };
  },
};
