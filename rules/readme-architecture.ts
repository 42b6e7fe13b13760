import { defineRule } from '../src/engine/define-rule.js';
import { architectureNotes, type DiagramEvidence } from '../src/facts/readme-content.js';

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
    const notes = await architectureNotes(facts);
    if (!notes.readme) return { outcome: 'fail', summary: 'There is no README to explain the architecture.', findings: [{ message: 'No README, so no architecture notes.' }] };
    if (notes.diagram) return { outcome: 'pass', summary: `${DIAGRAM[notes.diagram.kind](notes.diagram.label)} at ${notes.diagram.file}:${notes.diagram.line}.` };
    if (notes.designLink) return { outcome: 'pass', summary: `${notes.designLink.file}:${notes.designLink.line} links ${notes.designLink.target}.` };

    const explained = notes.sections.find((s) => !s.toolsOnly)?.match;
    if (explained) return { outcome: 'pass', summary: `"${explained.section.title}" at ${explained.doc.path}:${explained.section.line}.` };
    const { tree, designFile, externalLink: external } = notes;
    if (tree) {
      return partial(0.5, `Only a directory tree (${tree.file}:${tree.line}) describes the structure.`, { ...tree, message: 'A folder tree shows where files live, not how the parts interact.', fix: 'Add a few sentences or a Mermaid diagram on how a request flows through the layers to the database.' });
    }
    if (designFile) {
      return partial(0.7, `${designFile} exists but the README does not link it.`, { file: notes.readme, message: `${designFile} explains the design, but nothing in the README points to it.`, fix: `Link it: "See [the architecture notes](${designFile})."` });
    }
    // An external book or article on the architecture: the design is explained, but not for this code.
    if (external) {
      return partial(0.5, `Only an external document explains the architecture (${external.file}:${external.line}).`, {
        file: external.file,
        line: external.line,
        message: `"${external.label}" is linked, but nothing in the repository says how this project is put together.`,
        fix: 'Summarise the layers and the data flow of this code in the README (a Mermaid diagram helps); keep the link for depth.',
      });
    }
    const stack = notes.sections[0]?.match;
    if (stack) {
      return partial(0.4, `"${stack.section.title}" lists the tools, not the design.`, { file: stack.doc.path, line: stack.section.line, message: 'A tech-stack list names the tools but not how the application is structured.', fix: 'Describe the layers (routes → services → repositories → database) and add a diagram.' });
    }
    return {
      outcome: 'fail',
      summary: 'No architecture section, diagram or design document.',
      findings: [{ file: notes.readme, message: 'No architecture section (Architecture, Design, Project structure, …), diagram, or linked design document.' }],
    };
  },
});

/** How each kind of diagram is named in the summary. */
const DIAGRAM: Record<DiagramEvidence['kind'], (label: string) => string> = {
  block: (lang) => `A ${lang} diagram`,
  image: (url) => `An architecture image (${url})`,
  tool: (url) => `A diagram (${url}) linked`,
};

function partial(score: number, summary: string, finding: { file: string; line?: number; message: string; fix: string }) {
  return { outcome: 'partial' as const, score, summary, findings: [finding] };
}
