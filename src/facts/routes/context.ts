import type { Ecosystem } from '../manifests/types.js';
import { MountGraph } from './graph.js';
import type { Source } from './lex.js';
import type { Route, UnresolvedRoute } from './types.js';

/** What an ecosystem's extractors share: the files to read, the mount graph, the results. */
export class ExtractContext {
  readonly graph = new MountGraph();
  readonly routes: Route[] = [];
  readonly unresolved: UnresolvedRoute[] = [];
  /** Module path aliases (tsconfig `paths`: `@shared/*` → `src/shared/*`), for JavaScript imports. */
  aliases: { prefix: string; target: string }[] = [];
  /** Route configuration files of the ecosystem's frameworks (Symfony `config/routes.yaml`), by path. */
  configs = new Map<string, string>();

  constructor(
    readonly ecosystem: Ecosystem,
    /** The ecosystem's candidate files (those mentioning a route term), lexed. */
    readonly sources: Map<string, Source>,
    /** Every analysable path of the repository, for module resolution. */
    readonly paths: ReadonlySet<string>,
  ) {}

  unresolvedAt(src: Source, offset: number, framework: string, reason: string): void {
    if (this.unresolved.length < 500) this.unresolved.push({ file: src.path, line: src.lineAt(offset), framework, reason });
  }

  /** A repository path for a relative module specifier, trying the given extensions and index files. */
  resolveRelative(fromFile: string, spec: string, extensions: readonly string[]): string | undefined {
    let base = fromFile.split('/').slice(0, -1);
    if (!spec.startsWith('.')) {
      const alias = this.aliases.find((a) => spec.startsWith(a.prefix));
      if (!alias) return undefined;
      spec = `./${alias.target}${spec.slice(alias.prefix.length)}`;
      base = [];
    }
    for (const part of spec.split('/')) {
      if (part === '.' || part === '') continue;
      if (part === '..') {
        if (base.length === 0) return undefined;
        base.pop();
      } else base.push(part);
    }
    const stem = base.join('/');
    const stripped = stem.replace(/\.(js|mjs|cjs|jsx)$/, '');
    for (const candidate of [stem, ...extensions.map((e) => stripped + e), ...extensions.map((e) => `${stem}/index${e}`)]) if (this.paths.has(candidate)) return candidate;
    return undefined;
  }
}

/** Lines of a file offset-sorted list of matches, with their index in the text. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    yield m;
  }
}
