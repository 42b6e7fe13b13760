/**
 * Where the project documents its environment variables: the templates (.env.example, …) and the
 * README with the documents it lists. Paired with the reads of the code, so a rule can tell which
 * variable a newcomer would have to guess.
 */
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
  /** Whether the name is listed in a template or written as a word in the documentation (text or code blocks). */
  documented(name: string): boolean;
}

/** The variables the code reads, and where they are documented. */
export function envDocumentation(facts: Facts): Promise<EnvDocumentation> {
  return facts.derive('env-documentation', async () => {
    const [env, docs, { frameworks }] = await Promise.all([envFacts(facts), facts.documentation(), facts.ecosystems()]);
    const { templates } = env;
    const laravel = frameworks.some((f) => f.id === 'laravel');
    const reads = new Map([...env.reads].filter(([, list]) => !(laravel && list.every((r) => LARAVEL_GENERATED_CONFIG.test(r.file)))));
    const template = templates.find((t) => !PLAIN_DOTENV.test(t.path));
    const listed = new Set(templates.flatMap((t) => t.entries.map((e) => e.key)));
    const docText = docs.map((d) => `${d.text}\n${d.code.map((c) => c.value).join('\n')}`).join('\n');
    return {
      reads,
      frameworkOnly: reads.size === 0 && env.reads.size > 0,
      templates,
      ...(template ? { template } : {}),
      listed,
      documented: (name: string) => listed.has(name) || new RegExp(`\\b${name}\\b`).test(docText),
    };
  });
}
