/**
 * Environment variables a configuration library names from a prefix and the fields of a struct or
 * class, so that the name is written nowhere in full:
 * - Go kelseyhightower/envconfig: `envconfig.Process("app", &cfg)` reads APP_ + each field's name
 *   (or its `envconfig:"…"` tag), upper-cased;
 * - Go caarlos0/env: `env:"HOST"` under a field tagged `envPrefix:"DB_"`, or parsed with
 *   `env.Options{Prefix: "APP_"}`, reads DB_HOST / APP_HOST;
 * - Go spf13/viper: after `SetEnvPrefix("app")`, `AutomaticEnv()` makes `viper.GetString("port")`
 *   read APP_PORT, and `BindEnv("port")` binds APP_PORT (`BindEnv("port", "PORT")` binds PORT itself);
 * - Python pydantic-settings: each field of a `BaseSettings` class without a default is a variable
 *   the app needs, prefixed with its `env_prefix` (model_config or class Config) unless an alias
 *   names it.
 * Spring's `@ConfigurationProperties(prefix = "app")` is a property prefix, not an environment one,
 * and stays out.
 */
import type { Detector } from './detector.js';
import type { EnvRead } from './env.js';
import type { TextFile } from './text.js';

/** Lines that make a file worth reading whole for prefixed reads (their terms feed the content pass). */
export const PREFIXED_ENV_MARKERS: Detector[] = [
  { terms: ['envconfig.'], re: /\benvconfig\.(?:Must)?Process\(/, ecosystems: ['go'] },
  { terms: ['envPrefix:"'], re: /\benvPrefix:"/, ecosystems: ['go'] },
  { terms: ['Prefix:'], re: /\bPrefix:\s*"/, ecosystems: ['go'] },
  { terms: ['SetEnvPrefix', 'AutomaticEnv', 'BindEnv'], re: /\.(?:SetEnvPrefix|AutomaticEnv|BindEnv)\(/, ecosystems: ['go'] },
  { terms: ['BaseSettings'], re: /\bBaseSettings\b/, ecosystems: ['python'] },
];

/** Reads a repository file's text (bounded), or undefined. */
export type ReadText = (path: string) => Promise<TextFile | undefined>;

/** One field of a Go struct: its name, type, tags and line. */
interface GoField {
  name: string;
  type: string;
  tags: Map<string, string>;
  index: number;
}

const GO_TAG = /(\w+):"([^"]*)"/g;

/** The fields of `type NAME struct { … }` in the text, or undefined when it is not declared there. */
function goStructFields(text: string, name: string): GoField[] | undefined {
  const m = new RegExp(String.raw`\btype\s+${name}\s+struct\s*\{`).exec(text);
  if (!m) return undefined;
  const fields: GoField[] = [];
  let depth = 1;
  let at = m.index + m[0].length;
  for (const line of text.slice(at).split('\n')) {
    const start = at;
    at += line.length + 1;
    if (depth === 1) {
      const f = /^\s*([A-Za-z_]\w*)(?:\s+(\*?[\w.[\]]+))?\s*(?:`([^`]*)`)?\s*(?:\/\/.*)?$/.exec(line);
      if (f && f[1] !== '}') {
        const tags = new Map([...(f[3] ?? '').matchAll(GO_TAG)].map((t) => [t[1]!, t[2]!] as [string, string]));
        // An embedded struct has no name of its own: `Base` alone is its type.
        fields.push(f[2] ? { name: f[1]!, type: f[2], tags, index: start } : { name: '', type: f[1]!, tags, index: start });
      }
    }
    depth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
    if (depth <= 0) return fields;
  }
  return fields;
}

/** envconfig's key for a field: its tag or name, words split on `split_words`, upper-cased. */
function envconfigKey(field: GoField): string {
  const tag = field.tags.get('envconfig')?.split(',')[0];
  if (tag) return tag.toUpperCase();
  const words = field.tags.get('split_words') === 'true' ? field.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2') : field.name;
  return words.toUpperCase();
}

/**
 * Go reads through a prefix, found from the files that hold a marker. Types and constants are looked
 * up in the same file, then the files of the package a qualifier names (`version.APPNAME` in a
 * directory named version), then every Go file given.
 */
export async function goPrefixedReads(marked: { path: string; text: TextFile }[], goPaths: readonly string[], read: ReadText): Promise<{ reads: EnvRead[]; superseded: Set<string> }> {
  const reads: EnvRead[] = [];
  const superseded = new Set<string>();
  const cache = new Map<string, TextFile | undefined>(marked.map((m) => [m.path, m.text]));
  const textOf = async (path: string) => {
    if (!cache.has(path)) cache.set(path, await read(path));
    return cache.get(path);
  };
  const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  /** Candidate files for a possibly qualified name: the file itself, its package, the named package, then all. */
  const candidates = (from: string, qualified: string): string[] => {
    const dot = qualified.lastIndexOf('.');
    const pkg = dot > 0 ? qualified.slice(0, dot) : '';
    const inPkg = pkg ? goPaths.filter((p) => dirOf(p).endsWith(`/${pkg}/`) || dirOf(p) === `${pkg}/`) : goPaths.filter((p) => dirOf(p) === dirOf(from));
    return [...new Set([from, ...inPkg, ...goPaths])].slice(0, 400);
  };
  const bare = (qualified: string) => qualified.slice(qualified.lastIndexOf('.') + 1);

  /** The struct's fields; `near` looks only in the file and its package (a field's type), else the whole tree too. */
  const findStruct = async (from: string, type: string, near = false): Promise<{ path: string; text: TextFile; fields: GoField[] } | undefined> => {
    const qualified = type.replace(/^[*&]/, '');
    const name = bare(qualified);
    if (!/^[A-Z]/.test(name)) return undefined; // string, int, []byte: no struct of the project
    const paths = near ? [from, ...goPaths.filter((p) => dirOf(p) === dirOf(from))] : candidates(from, qualified);
    for (const path of paths) {
      const text = await textOf(path);
      const fields = text && goStructFields(text.text, name);
      if (text && fields) return { path, text, fields };
    }
    return undefined;
  };
  /** A string literal, or a constant or variable initialised with one. */
  const resolveString = async (from: string, expr: string): Promise<string | undefined> => {
    const literal = /^"([^"]*)"$/.exec(expr.trim());
    if (literal) return literal[1];
    if (!/^[A-Za-z_][\w.]*$/.test(expr.trim())) return undefined;
    const decl = new RegExp(String.raw`\b${bare(expr.trim())}\s*(?:string\s*)?=\s*"([^"]*)"`);
    for (const path of candidates(from, expr.trim())) {
      const m = decl.exec((await textOf(path))?.text ?? '');
      if (m) return m[1];
    }
    return undefined;
  };
  /** The type of a variable in a file: `var cfg Config`, `cfg := Config{}`, `cfg := &Config{}`, `new(Config)`, a receiver or parameter `(d *DbConfig)`. */
  const typeOf = (text: string, variable: string): string | undefined => {
    const v = variable.replace(/^&/, '');
    if (/\{\}$/.test(v)) return v.slice(0, -2); // &Config{} passed directly
    const m = new RegExp(String.raw`\bvar\s+${v}\s+\*?([\w.]+)|\b${v}\s*:?=\s*&?([\w.]+)\s*\{|\b${v}\s*:?=\s*new\(\s*([\w.]+)\s*\)|[(,]\s*${v}\s+\*?([\w.]+)\s*[,)]`).exec(text);
    return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
  };

  /** How a library names a field (undefined: not read) and the prefix a nested struct's fields get. */
  interface Naming {
    key: (f: GoField) => string | undefined;
    nest: (prefix: string, f: GoField) => string;
  }
  /** Every field of the struct as an env name, nested structs of the project followed. */
  const walk = async (found: { path: string; text: TextFile; fields: GoField[] }, prefix: string, naming: Naming, depth = 0): Promise<void> => {
    for (const f of found.fields) {
      if (f.tags.get('ignored') === 'true' || f.tags.get('env') === '-' || (f.name && !/^[A-Z]/.test(f.name))) continue;
      const nested = depth < 3 ? await findStruct(found.path, f.type, true) : undefined;
      if (nested) {
        await walk(nested, naming.nest(prefix, f), naming, depth + 1);
        continue;
      }
      const key = naming.key(f);
      const envName = key && `${prefix}${key}`;
      if (!envName || !/^[A-Z][A-Z0-9_]{1,63}$/.test(envName)) continue;
      const line = found.text.lineAt(f.index);
      superseded.add(`${found.path}:${line}`);
      reads.push({ name: envName, file: found.path, line, hasDefault: f.tags.has('default') || f.tags.has('envDefault') });
    }
  };
  // kelseyhightower/envconfig: a nested struct adds its own key as a segment.
  const ENVCONFIG: Naming = { key: envconfigKey, nest: (p, f) => (f.name ? `${p}${envconfigKey(f)}_` : p) };
  // caarlos0/env: env tags, prefixed by the envPrefix tags of the fields that lead to them.
  const CAARLOS0: Naming = { key: (f) => f.tags.get('env')?.split(',')[0] || undefined, nest: (p, f) => p + (f.tags.get('envPrefix') ?? '') };

  for (const { path, text } of marked) {
    const t = text.text;
    // kelseyhightower/envconfig: nested structs add their own name as a segment.
    for (const m of t.matchAll(/\benvconfig\.(?:Must)?Process\(\s*([^,]+?)\s*,\s*(&?[\w.]+(?:\{\})?)\s*\)/g)) {
      const prefix = await resolveString(path, m[1]!);
      const type = typeOf(t, m[2]!);
      const found = type && (await findStruct(path, type));
      if (prefix !== undefined && found) await walk(found, prefix ? `${prefix.toUpperCase()}_` : '', ENVCONFIG);
    }
    for (const m of t.matchAll(/\benv\.(?:Parse|ParseWithOptions|ParseAs|ParseAsWithOptions)(?:\[[\w.]+\])?\(\s*(&?[\w.]+(?:\{\})?)\s*(?:,\s*env\.Options\s*\{([^}]*)\})?/g)) {
      const type = typeOf(t, m[1]!);
      const found = type && (await findStruct(path, type));
      if (found) await walk(found, /\bPrefix:\s*"([^"]*)"/.exec(m[2] ?? '')?.[1] ?? '', CAARLOS0);
    }
    // viper: keys read through the environment once a prefix is set.
    const viperPrefix = /\.SetEnvPrefix\(\s*([^)]+?)\s*\)/.exec(t);
    if (viperPrefix || /\.(?:AutomaticEnv|BindEnv)\(/.test(t)) {
      const resolved = viperPrefix ? await resolveString(path, viperPrefix[1]!) : '';
      if (resolved === undefined) continue;
      const prefix = resolved ? `${resolved.toUpperCase()}_` : '';
      const dots = /\.SetEnvKeyReplacer\(\s*strings\.NewReplacer\(\s*"\."\s*,\s*"_"/.test(t);
      const defaults = new Set([...t.matchAll(/\.SetDefault\(\s*"([^"]+)"/g)].map((d) => d[1]!.toLowerCase()));
      const add = (key: string, index: number, explicit?: string) => {
        const name = explicit ?? `${prefix}${(dots ? key.replace(/\./g, '_') : key).toUpperCase()}`;
        if (/^[A-Z][A-Z0-9_]{1,63}$/.test(name)) reads.push({ name, file: path, line: text.lineAt(index), hasDefault: defaults.has(key.toLowerCase()) });
      };
      for (const b of t.matchAll(/\.BindEnv\(\s*"([^"]+)"\s*(?:,\s*"([^"]+)")?/g)) add(b[1]!, b.index, b[2]);
      if (/\.AutomaticEnv\(/.test(t)) for (const g of t.matchAll(/\b\w+\.Get(?:String|Int|Int32|Int64|Bool|Float64|Duration|StringSlice|Uint|Uint32|Uint64|Time|SizeInBytes)?\(\s*"([^"]+)"\s*\)/g)) add(g[1]!, g.index);
    }
  }
  return { reads, superseded };
}

/**
 * Fields of pydantic-settings classes as env var names: `class Settings(BaseSettings)` with
 * `env_prefix` in its model_config or class Config; an alias (`Field(alias="X")`,
 * `validation_alias="X"`, pydantic 1's `env="X"`) names the variable without the prefix. Names are
 * upper-cased (pydantic matches them case-insensitively by default).
 */
export function pydanticSettingsReads(path: string, text: TextFile): EnvRead[] {
  const reads: EnvRead[] = [];
  const t = text.text;
  for (const cls of t.matchAll(/^([ \t]*)class\s+\w+\s*\([^)]*\bBaseSettings\b[^)]*\)\s*:[^\n]*\n/gm)) {
    const indent = cls[1]!.length;
    const bodyStart = cls.index + cls[0].length;
    // The body: every following line indented deeper (or blank).
    let end = bodyStart;
    for (const line of t.slice(bodyStart).split('\n')) {
      if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
      end += line.length + 1;
    }
    const body = t.slice(bodyStart, Math.min(end, t.length));
    const prefix = /\benv_prefix['"]?\s*[=:]\s*['"]([^'"]*)['"]/.exec(body)?.[1] ?? '';
    const fieldIndent = /^([ \t]+)\S/m.exec(body)?.[1] ?? '    ';
    const field = new RegExp(String.raw`^${fieldIndent}([A-Za-z]\w*)\s*:\s*([^=\n#]+?)\s*(?:=\s*([^\n]*))?$`, 'gm');
    for (const f of body.matchAll(field)) {
      const [, name, type, value] = f;
      if (name === 'model_config' || /^ClassVar\b|^typing\.ClassVar\b/.test(type!)) continue;
      const alias = /\b(?:validation_alias|alias|env)\s*=\s*['"]([^'"]+)['"]/.exec(value ?? '')?.[1];
      const envName = (alias ?? `${prefix}${name}`).toUpperCase();
      if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(envName)) continue;
      // `= Field(...)` or `= Field(alias=…)` is required; any other value is a default. A field with a
      // default is an optional knob the class itself lists with its value (app_name, docs_url): only
      // the ones without a default are variables a newcomer must set.
      const required = value === undefined || /^Field\(\s*(?:\.\.\.|(?:alias|validation_alias|env)\s*=|\))/.test(value.trim());
      if (required) reads.push({ name: envName, file: path, line: text.lineAt(bodyStart + f.index), hasDefault: false });
    }
  }
  return reads;
}
