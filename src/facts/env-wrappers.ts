/**
 * Reads through a project's own helper: `func getEnv(name, fallback string) string` that calls
 * `os.LookupEnv(name)`, `const env = (key, d) => process.env[key] ?? d`, `def get_env(key,
 * default=None): return os.getenv(key, default)`. The helper reads whatever name it is given, so each
 * call with a literal name (`getEnv("DB_HOST", "localhost")`) is a read of that variable; a second
 * argument is the fallback. Calls are looked for in the helper's own file (a config module defines
 * its helper beside the settings it reads).
 */
import type { EnvRead } from './env.js';
import type { Ecosystem } from './manifests/types.js';
import type { TextFile } from './text.js';

interface WrapperSyntax {
  /** A function definition: group 1 its name, group 2 its first parameter. */
  def: RegExp;
  /** A read of the environment through a variable, `%s` standing for the parameter. */
  read: string;
  quotes: string;
}

const SYNTAX: Partial<Record<Ecosystem, WrapperSyntax>> = {
  go: { def: /^func\s+(\w+)\s*\(\s*(\w+)\b[^)]*\)/gm, read: String.raw`\bos\.(?:Getenv|LookupEnv)\(\s*%s\s*\)`, quotes: '"' },
  javascript: {
    def: /(?:\bfunction\s+(\w+)\s*\(\s*(\w+)|\b(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?(?:\(\s*(\w+)[^)]*\)|(\w+))\s*(?::\s*[\w<>[\]| ]+)?\s*=>)/g,
    read: String.raw`\bprocess\.env\[\s*%s\s*\]`,
    quotes: `'"\``,
  },
  python: { def: /^\s*def\s+(\w+)\s*\(\s*(\w+)/gm, read: String.raw`\bos\.(?:environ\.get|getenv)\(\s*%s\b|\bos\.environ\[\s*%s\s*\]`, quotes: `'"` },
};

/** A read through a variable (not a literal name): the sign that a file may define a helper. */
export const DYNAMIC_READ: Partial<Record<Ecosystem, RegExp>> = {
  go: /\bos\.(?:Getenv|LookupEnv)\(\s*[a-zA-Z_]\w*\s*\)/,
  javascript: /\bprocess\.env\[\s*[a-zA-Z_$][\w$]*\s*\]/,
  python: /\bos\.(?:environ\.get|getenv)\(\s*[a-zA-Z_]\w*\s*[,)]|\bos\.environ\[\s*[a-zA-Z_]\w*\s*\]/,
};

/** Reads through the helpers a file defines, at each call with a literal name in that file. */
export function wrapperReads(eco: Ecosystem, path: string, text: TextFile): EnvRead[] {
  const syntax = SYNTAX[eco];
  if (!syntax) return [];
  const t = text.text;
  const defs = [...t.matchAll(new RegExp(syntax.def.source, syntax.def.flags))].map((m) => ({ index: m.index, name: m[1] ?? m[3]!, param: m[2] ?? m[4] ?? m[5]! }));
  const helpers = defs.filter((d, i) => {
    const body = t.slice(d.index, defs[i + 1]?.index ?? t.length);
    return new RegExp(syntax.read.replaceAll('%s', d.param)).test(body);
  });
  const reads: EnvRead[] = [];
  for (const { name, index } of helpers) {
    const q = `[${syntax.quotes}]`;
    const call = new RegExp(String.raw`(?<![\w$])${name}\(\s*${q}([A-Z][A-Z0-9_]{1,63})${q}\s*(,)?`, 'g');
    for (const m of t.matchAll(call)) {
      if (m.index === index) continue;
      reads.push({ name: m[1]!, file: path, line: text.lineAt(m.index), hasDefault: Boolean(m[2]) });
    }
  }
  return reads;
}
