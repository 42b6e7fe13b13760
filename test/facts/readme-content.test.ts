import { describe, expect, it } from 'vitest';
import { apiListing, architectureNotes, decisionNotes, isDesignDocument, readmeTemplate, readmeTests, relativeLinks } from '../../src/facts/readme-content.js';
import { factsOf } from '../helpers/facts.js';

describe('what the README says about the API', () => {
  it('lists endpoints by method and path, each once, with bare paths under an API heading', async () => {
    const readme = '# Notes\n\n| Method | Path |\n| --- | --- |\n| GET | /notes |\n| POST | /notes |\n\n- GET /notes\n\n## API\n\n/notes/:id\n\n```bash\ncurl http://localhost:3000/notes\n```\n';
    const listing = await apiListing(factsOf({ 'README.md': readme }));
    expect(listing.readme).toBe('README.md');
    expect(listing.docs).toBeUndefined();
    expect(listing.endpoints.map((e) => `${e.method} ${e.path} ${e.line}`)).toEqual(['GET /notes 5', 'POST /notes 6', 'ANY /notes/:id 10']);
    expect(listing.curl).toEqual({ file: 'README.md', line: 15 });
    expect(listing.section?.section.title).toBe('API');
  });

  it('points to served, linked or named API docs, but not to a code host', async () => {
    expect((await apiListing(factsOf({ 'README.md': '# x\n\nOpen `http://localhost:8000/docs` once it runs.\n' }))).docs).toMatchObject({ how: 'served-url', line: 3 });
    expect((await apiListing(factsOf({ 'README.md': '# x\n\nSee [the spec](docs/openapi.yaml).\n' }))).docs).toMatchObject({ how: 'link', url: 'docs/openapi.yaml' });
    expect((await apiListing(factsOf({ 'README.md': '# x\n\nTry [it](https://notes.onrender.com/api-docs).\n' }))).docs).toMatchObject({ how: 'link' });
    expect((await apiListing(factsOf({ 'README.md': '# x\n\nBuilt on [swagger](https://github.com/swagger-api/swagger-ui/docs).\n' }))).docs).toBeUndefined();
    expect((await apiListing(factsOf({ 'README.md': '# x\n\n## Endpoints\n\nAll routes are listed at `/redoc`.\n' }))).docs).toMatchObject({ how: 'section' });
  });

  it('has nothing to say without a README', async () => {
    expect(await apiListing(factsOf({ 'app.py': 'print(1)\n' }))).toEqual({ endpoints: [] });
  });
});

describe('how the README explains the architecture', () => {
  it('finds a diagram block before an image, and skips badges', async () => {
    const notes = await architectureNotes(factsOf({ 'README.md': '# x\n\n![flow](https://shields.io/badge/flow.svg)\n\n![overview](docs/system-overview.png)\n\n```mermaid\ngraph TD; A-->B\n```\n' }));
    expect(notes.diagram).toEqual({ kind: 'block', label: 'mermaid', file: 'README.md', line: 7 });
    const image = await architectureNotes(factsOf({ 'README.md': '# x\n\n![flow](https://shields.io/badge/flow.svg)\n\n![overview](docs/system-overview.png)\n' }));
    expect(image.diagram).toEqual({ kind: 'image', label: 'docs/system-overview.png', file: 'README.md', line: 5 });
  });

  it('separates a linked design document from one nobody links, and templates from records', async () => {
    const linked = await architectureNotes(factsOf({ 'README.md': '# x\n\nSee [decisions](docs/adr/).\n', 'docs/adr/0001-postgres.md': '# Use Postgres\n' }));
    expect(linked.designLink).toEqual({ file: 'README.md', line: 3, target: 'docs/adr' });
    const unlinked = await architectureNotes(factsOf({ 'README.md': '# x\n', 'docs/adr/template.md': '# Title\n', 'docs/architecture.md': '# Layers\n' }));
    expect(unlinked.designLink).toBeUndefined();
    expect(unlinked.designFile).toBe('docs/architecture.md');
    expect(isDesignDocument('docs/adr/adr-template.md')).toBe(false);
    expect(isDesignDocument('diagrams/c4.puml')).toBe(true);
  });

  it('tells a tech-stack heading from a structure section, and finds trees and external links', async () => {
    const words = 'The API has routes, services and repositories; each request goes through the auth middleware first.';
    const notes = await architectureNotes(factsOf({ 'README.md': `# x\n\n## Tech stack\n\n${words}\n\n## Project structure\n\n${words}\n\n\`\`\`\nsrc\n├── a\n├── b\n└── c\n\`\`\`\n\nRead [Clean Architecture](https://example.com/clean-architecture).\n` }));
    expect(notes.sections.map((s) => [s.match.section.title, s.toolsOnly])).toEqual([['Tech stack', true], ['Project structure', false]]);
    expect(notes.tree).toEqual({ file: 'README.md', line: 11 });
    expect(notes.externalLink).toMatchObject({ label: 'Clean Architecture', line: 18 });
  });
});

describe('decisions and tradeoffs', () => {
  it('counts distinct cues in prose, not in code blocks, and finds ADRs and a roadmap', async () => {
    const readme = '# x\n\nWe chose Postgres instead of Mongo; the trade-off is schema work.\n\n```bash\n# retries timeout\n```\n\n## Roadmap\n\n- Add caching for the list endpoints and invalidate it on writes, with tests.\n- Move email to a queue.\n';
    const notes = await decisionNotes(factsOf({ 'README.md': readme, 'docs/decisions/0001-db.md': '# DB\n', 'docs/decisions/template.md': '# T\n' }));
    expect(notes.cues).toEqual(['trade-off', 'instead of', 'we/I chose']);
    expect(notes.decisionRecords.map((f) => f.path)).toEqual(['docs/decisions/0001-db.md']);
    expect(notes.roadmap?.section.title).toBe('Roadmap');
    expect(notes.section).toBeUndefined();
  });
});

describe('the documented test command', () => {
  it('prefers a shell block, then inline code in the text', async () => {
    expect((await readmeTests(factsOf({ 'README.md': '# x\n\nRun `pytest` first.\n\n```bash\ngo test ./...\n```\n' }))).block).toEqual({ command: 'go test ./...', file: 'README.md', line: 6 });
    const inline = await readmeTests(factsOf({ 'README.md': '# x\n\n## Testing\n\nRun `pytest -q` from the root.\n' }));
    expect(inline).toMatchObject({ inline: { file: 'README.md', line: 5 }, section: { section: { title: 'Testing' } } });
    expect(inline.block).toBeUndefined();
  });
});

describe('relative links', () => {
  it('resolves each once per line, skips templated URLs, and names a path that differs only in case', async () => {
    const readme = '# x\n\n![shot](docs/Shot.png) [api](docs/api.md) [api](docs/api.md)\n\n[repo](<your-repo>/x) [src](src/) [web](https://example.com)\n';
    const { documents, links } = await relativeLinks(factsOf({ 'README.md': readme, 'docs/shot.png': 'x', 'docs/api.md': '# API\n', 'src/app.js': '1\n' }));
    expect(documents).toBe(2);
    expect(links.map((l) => [l.target, l.line, l.image, l.exists, l.caseVariant])).toEqual([
      ['docs/Shot.png', 3, true, false, 'docs/shot.png'],
      ['docs/api.md', 3, false, true, undefined],
      ['src', 5, false, true, undefined],
    ]);
  });
});

describe("the generator's template README", () => {
  it('recognises the Nest starter as written and as prose', async () => {
    const nest = '# app\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n';
    expect(await readmeTemplate(factsOf({ 'README.md': nest }))).toEqual({ written: true, prose: true });
    expect(await readmeTemplate(factsOf({ 'README.md': '# Notes API\n\nMy own words.\n' }))).toEqual({ written: false, prose: false });
  });
});
