import type { Facts } from './facts.js';
import type { MarkdownDocument } from './markdown.js';

const LIMIT = 30;

/**
 * The README, the Markdown it links, and the Markdown those link in turn (a docs/README.md index
 * that links docs/tests.md): two levels, capped, each parsed once per run.
 */
export function linkedDocumentation(facts: Facts): Promise<MarkdownDocument[]> {
  return facts.derive('linked-documentation', async () => {
    const first = await facts.documentation();
    const docs = [...first];
    await facts.followMarkdownLinks(first.slice(1), docs, LIMIT);
    return docs;
  });
}
