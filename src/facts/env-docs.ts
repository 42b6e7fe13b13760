/**
 * Where the project documents its environment variables: the templates (.env.example, …) and the
 * README with the documents it lists. Paired with the reads of the code, so a rule can tell which
 * variable a newcomer would have to guess.
 */
import { composeFiles, type ComposeFile } from './compose.js';
import { envFacts, LARAVEL_GENERATED_CONFIG, type EnvRead, type EnvTemplate } from './env.js';
import type { Facts } from './facts.js';

/** A plain `.env`: a configuration, not a template to copy. */
const PLAIN_DOTENV = /(^|\/)\.env$/;

export interface EnvDocumentation {
  /** The project's own reads by name; Laravel's generated config (an env() read for every framework knob) left out. */
  reads: Map<string, EnvRead[]>;
  /** Whether the code reads variables only through Laravel's generated config. */
  frameworkOnly: boolean;
  templates: EnvTemplate[];
  /** The first template other than a plain `.env`. */
  template?: EnvTemplate;
  /** The names the templates list. */
  listed: Set<string>;
  /**
   * Names the app's Compose service (built from the repository) asks for in its `environment:`
   * block (`KEY: ${KEY}`, `- KEY`), with the Compose files: like a template, they tell a newcomer
   * what to set. A literal value (`DB_PASSWORD=qwerty`) configures the container instead.
   */
  composed: { names: Set<string>; files: string[] };
  /** Whether the name is listed in a template, set in a Compose `environment:` block, or written as a word in the documentation (text or code blocks). */
  documented(name: string): boolean;
  /**
   * Whether the name is listed in a template to copy (.env.example and kin, not a plain `.env`) or
   * asked for by a Compose `environment:` block: what a newcomer copies and fills in. Named only in
   * the README, a doc or a committed `.env`, it is documented but has no template.
   */
  templated(name: string): boolean;
  /** Whether a plain `.env` is among the files that name variables (it documents keys, but is no template). */
  plainDotenv: boolean;
}

/** The variables the code reads, and where they are documented. */
export function envDocumentation(facts: Facts): Promise<EnvDocumentation> {
  return facts.derive('env-documentation', async () => {
    const [env, docs, { frameworks }, composes] = await Promise.all([envFacts(facts), facts.documentation(), facts.ecosystems(), composeFiles(facts)]);
    const { templates } = env;
    const laravel = frameworks.some((f) => f.id === 'laravel');
    const reads = new Map([...env.reads].filter(([, list]) => !(laravel && list.every((r) => LARAVEL_GENERATED_CONFIG.test(r.file)))));
    const template = templates.find((t) => !PLAIN_DOTENV.test(t.path));
    const listed = new Set(templates.flatMap((t) => t.entries.map((e) => e.key)));
    const inTemplates = new Set(templates.filter((t) => !PLAIN_DOTENV.test(t.path)).flatMap((t) => t.entries.map((e) => e.key)));
    const asked = (c: ComposeFile) => c.services.filter((s) => s.build !== undefined).flatMap((s) => s.environment.filter((v) => v.fromShell).map((v) => v.name));
    const withEnv = composes.filter((c) => asked(c).length > 0);
    const composed = { names: new Set(withEnv.flatMap(asked)), files: withEnv.map((c) => c.path) };
    const docText = docs.map((d) => `${d.text}\n${d.code.map((c) => c.value).join('\n')}`).join('\n');
    return {
      reads,
      frameworkOnly: reads.size === 0 && env.reads.size > 0,
      templates,
      ...(template ? { template } : {}),
      listed,
      composed,
      documented: (name: string) => listed.has(name) || composed.names.has(name) || new RegExp(`\\b${name}\\b`).test(docText),
      templated: (name: string) => inTemplates.has(name) || composed.names.has(name),
      plainDotenv: templates.some((t) => PLAIN_DOTENV.test(t.path)),
    };
  });
}
