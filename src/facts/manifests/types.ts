import type { TextFile } from '../text.js';

export const ECOSYSTEMS = ['javascript', 'python', 'java', 'go', 'php', 'csharp', 'ruby'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export interface Dependency {
  /** Normalised package name (lower-cased for Python, group:artifact for Java). */
  name: string;
  dev: boolean;
  /** Go `// indirect` requirements: transitive, weak evidence. */
  indirect?: boolean;
  line?: number;
}

export interface ManifestProblem {
  message: string;
  line?: number;
}

export interface Manifest {
  path: string;
  /** Directory with a trailing slash ('' at the root). */
  dir: string;
  ecosystem: Ecosystem;
  dependencies: Dependency[];
  /** Named commands (npm and composer scripts). */
  scripts: Record<string, { command: string; line?: number }>;
  license?: string;
  /** Set when the file could not be parsed; the rest is then empty. */
  error?: ManifestProblem;
  /** Extra facts a parser found (e.g. the csproj SDK, the pom parent). */
  attributes: Record<string, string>;
}

export interface ManifestParser {
  ecosystem: Ecosystem;
  /** Whether a lower-cased base name is this parser's manifest. */
  matches(base: string, path: string): boolean;
  parse(file: TextFile): Omit<Manifest, 'path' | 'dir' | 'ecosystem'>;
}

export function emptyManifest(error?: ManifestProblem): Omit<Manifest, 'path' | 'dir' | 'ecosystem'> {
  return { dependencies: [], scripts: {}, attributes: {}, ...(error ? { error } : {}) };
}

/** Line of a JSON parse error, from V8's "position N" or "line N column M" messages. */
export function jsonErrorProblem(file: TextFile, error: unknown): ManifestProblem {
  const message = (error as Error).message ?? String(error);
  const line = /line (\d+)/.exec(message);
  if (line) return { message: `invalid JSON: ${message}`, line: Number(line[1]) };
  const pos = /position (\d+)/.exec(message);
  return { message: `invalid JSON: ${message}`, ...(pos ? { line: file.lineAt(Number(pos[1])) } : {}) };
}

/** A JSON manifest's top-level object, or the problem (with its line) that stops it parsing. */
export function parseJsonObject(file: TextFile, name: string): { data: Record<string, any> } | { problem: ManifestProblem } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return { problem: jsonErrorProblem(file, error) };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: { message: `${name} is not a JSON object`, line: 1 } };
  return { data: data as Record<string, any> };
}
