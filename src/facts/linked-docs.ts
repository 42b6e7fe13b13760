import { resolveRelativeLink, type Facts } from './facts.js';
import { parseMarkdown, type MarkdownDocument } from './markdown.js';

const LIMIT = 30;

/**
 * The README, the Markdown it links, and the Markdown those link in turn (a docs/README.md index
 * that links docs/tests.md): two levels, capped, each parsed once per run.
 */
export function linkedDocumentation(facts: Facts): Promise<MarkdownDocument[]> {
  return facts.derive('linked-documentation', async () => {
    const [first, files] = await Promise.all([facts.documentation(), facts.files()]);
    const docs = [...first];
    const seen = new Set(docs.map((d) => d.path));
    for (const doc of first.slice(1)) {
      for (const link of doc.links) {
        if (docs.length >= LIMIT) return docs;
        const target = resolveRelativeLink(doc.path, link.url);
        if (!target) continue;
        const entry = files.get(target) ?? files.get(`${target.replace(/\/$/, '')}/README.md`);
        if (!entry || !/\.(md|markdown)$/i.test(entry.path) || seen.has(entry.path)) continue;
        seen.add(entry.path);
        const text = await facts.read(entry.path, 512 * 1024);
        if (text) docs.push(parseMarkdown(entry.path, text.text));
      }
    }
    return docs;
  });
}
