import { readFile } from 'node:fs/promises';

/** A built-in rule's Markdown doc (rules/<id>.md in the package), or undefined. */
export async function readRuleDoc(id: string): Promise<string | undefined> {
  // Bundled, this module sits in dist/chunks/ or dist/; from source, in src/cli/: the package root is
  // one or two levels up.
  for (const relative of [`../rules/${id}.md`, `../../rules/${id}.md`]) {
    try {
      return await readFile(new URL(relative, import.meta.url), 'utf8');
    } catch {
      // try the next layout
    }
  }
  return undefined;
}
