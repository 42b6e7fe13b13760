import { defineRule } from '../src/engine/define-rule.js';
import { linkedDocumentation } from '../src/facts/linked-docs.js';
import { resolveRelativeLink } from '../src/facts/facts.js';
import { findSections, hasContent, isDiagramBlock, isDocTemplate, isTreeBlock } from '../src/facts/readme-sections.js';

/** Image names that show a design (signals §4.4). */
const DIAGRAM_IMAGE = /(architect|arch[-_]|diagram|system|design|overview|flow|sequence|erd|er[-_]diagram|schema|c4|infra|topology|data[-_]?model|uml)[^/]*\.(png|svg|jpe?g|webp|gif)$/i;
const DIAGRAM_SOURCE = /\.(drawio|excalidraw|dio|puml|plantuml|mmd|mermaid)$|(^|\/)workspace\.dsl$/i;
const DIAGRAM_TOOL = /^https?:\/\/([\w-]+\.)?(drawsql\.app|dbdiagram\.io|dbdocs\.io|diagrams\.net|draw\.io|lucid\.app|lucidchart\.com|excalidraw\.com|miro\.com|whimsical\.com|mermaid\.live|structurizr\.com)\//i;
/** Architecture documents and ADR folders. */
const ARCH_DOC = /(^|\/)(architecture|design|system[-_]design)[\w-]*\.(md|markdown|adoc|rst)$|(^|\/)(adrs?(-docs?)?|decisions|architecture\/decisions)\/[^/]+\.md$/i;
/** An external link about the design (a book, an article, an ADR site). */
const EXTERNAL_ARCH = /architect|system[- ]design|design[- ]doc|\badrs?\b/i;
/** Headings that only name the tools used: weaker than an explanation of the structure. */
const STACK_ONLY = /^(tech(nology|nical)? stack|stack|built with|technolog(y|ies)( used)?)$/;

export default defineRule({
  meta: {
    id: 'readme-architecture',
    category: 'documentation',
    title: 'README explains the architecture',
    rationale: 'Reviewers want to see that you can explain how the pieces fit — layers, data flow, where the database sits — not just that the code runs.',
    fix: 'Add an "## Architecture" section with a short description of the layers and a Mermaid diagram, or link docs/architecture.md.',
    level: 'warn',
    kind: 'evidence',
    weight: 5,
    stage: 3,
  },
  async check({ facts }) {
    const [docs, files] = await Promise.all([linkedDocumentation(facts), facts.files()]);
    const readme = docs[0];
    if (!readme) return { outcome: 'fail', summary: 'There is no README to explain the architecture.', findings: [{ message: 'No README, so no architecture notes.' }] };

    for (const doc of docs) {
      const diagram = doc.code.find(isDiagramBlock);
      if (diagram) return { outcome: 'pass', summary: `A ${diagram.lang ?? 'diagram'} diagram at ${doc.path}:${diagram.line}.` };
      // Badges (shields.io, workflow status) can carry words like "system" or "flow" in their names.
      const image = doc.links.find((l) => l.image && !/badge|shields\.io/i.test(l.url) && (DIAGRAM_IMAGE.test(l.url) || /architect|diagram/i.test(l.text)));
      if (image) return { outcome: 'pass', summary: `An architecture image (${image.url}) at ${doc.path}:${image.line}.` };
      // A diagram kept in a diagramming tool (the database design on drawsql.app, a draw.io board).
      const tool = doc.links.find((l) => DIAGRAM_TOOL.test(l.url));
      if (tool) return { outcome: 'pass', summary: `A diagram (${tool.url}) linked at ${doc.path}:${tool.line}.` };
    }
    for (const doc of docs) {
      for (const link of doc.links) {
        const target = resolveRelativeLink(doc.path, link.url);
        if (target && !isDocTemplate(target) && (ARCH_DOC.test(target) || DIAGRAM_SOURCE.test(target) || /(^|\/)(adrs?|decisions)\/?$/i.test(target))) {
          return { outcome: 'pass', summary: `${doc.path}:${link.line} links ${target}.` };
        }
      }
    }

    const sections = findSections(docs, 'architecture').filter((m) => hasContent(m.section));
    const explained = sections.find((m) => !STACK_ONLY.test(m.section.normalized));
    if (explained) return { outcome: 'pass', summary: `"${explained.section.title}" at ${explained.doc.path}:${explained.section.line}.` };
    for (const doc of docs) {
      const tree = doc.code.find(isTreeBlock);
      if (tree) {
        return partial(0.5, `Only a directory tree (${doc.path}:${tree.line}) describes the structure.`, { file: doc.path, line: tree.line, message: 'A folder tree shows where files live, not how the parts interact.', fix: 'Add a few sentences or a Mermaid diagram on how a request flows through the layers to the database.' });
      }
    }
    const unlinked = files.all.find((f) => (ARCH_DOC.test(f.path) && !isDocTemplate(f.path)) || DIAGRAM_SOURCE.test(f.path));
    if (unlinked) {
      return partial(0.7, `${unlinked.path} exists but the README does not link it.`, { file: readme.path, message: `${unlinked.path} explains the design, but nothing in the README points to it.`, fix: `Link it: "See [the architecture notes](${unlinked.path})."` });
    }
    // An external book or article on the architecture: the design is explained, but not for this code.
    for (const doc of docs) {
      const external = doc.links.find((l) => !l.image && /^https?:\/\//i.test(l.url) && !/badge|shields\.io/i.test(l.url) && EXTERNAL_ARCH.test(`${l.text} ${l.url}`));
      if (external) {
        return partial(0.5, `Only an external document explains the architecture (${doc.path}:${external.line}).`, {
          file: doc.path,
          line: external.line,
          message: `"${external.text || external.url}" is linked, but nothing in the repository says how this project is put together.`,
          fix: 'Summarise the layers and the data flow of this code in the README (a Mermaid diagram helps); keep the link for depth.',
        });
      }
    }
    const stack = sections[0];
    if (stack) {
      return partial(0.4, `"${stack.section.title}" lists the tools, not the design.`, { file: stack.doc.path, line: stack.section.line, message: 'A tech-stack list names the tools but not how the application is structured.', fix: 'Describe the layers (routes → services → repositories → database) and add a diagram.' });
    }
    return {
      outcome: 'fail',
      summary: 'No architecture section, diagram or design document.',
      findings: [{ file: readme.path, message: 'No architecture section (Architecture, Design, Project structure, …), diagram, or linked design document.' }],
    };
  },
});

function partial(score: number, summary: string, finding: { file: string; line?: number; message: string; fix: string }) {
  return { outcome: 'partial' as const, score, summary, findings: [finding] };
}
