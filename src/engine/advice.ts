import type { Orm, Stack } from '../facts/stack.js';
import type { Ecosystem } from '../facts/manifests/types.js';
import type { Finding } from '../types.js';

/**
 * A fix text for one stack: fixed, or built from the detected stack (its package manager, test
 * command, port…). A function returns undefined when the stack lacks what the text needs; the next
 * less specific advice (the ecosystem's, then the rule's generic fix) is used instead.
 */
export type AdviceText = string | ((stack: Stack) => string | undefined);

/** How to fix a rule's findings with the tools of one ecosystem or framework. */
export interface StackAdvice {
  /** Replaces the rule's general fix. */
  fix: AdviceText;
  /** The official documentation of the tool the fix names (appended to the fix as "Docs: …"). */
  docs: string | ((stack: Stack) => string);
  /**
   * Replaces the fix of findings that carry this key in `Finding.advice`. A finding keyed but not
   * listed here keeps the text the rule gave it.
   */
  findings?: Record<string, AdviceText>;
}

/**
 * A rule's stack-specific fixes: one per ecosystem, per framework where the framework has its own
 * tool (Django's `manage.py`, Laravel's `artisan`), and per ORM for rules about the schema. The most
 * specific match wins (ORM, then framework, then ecosystem); the rule's generic fix stays only when
 * nothing of the stack was detected.
 */
export interface RuleAdvice {
  ecosystems: Partial<Record<Ecosystem, StackAdvice>>;
  /** Keyed by framework id (src/facts/frameworks.ts). */
  frameworks?: Record<string, StackAdvice>;
  /** Keyed by the ORM the stack uses (Stack.orm). */
  orms?: Partial<Record<Orm, StackAdvice>>;
}

/** Frameworks that share another's tools: Django REST framework is a Django project. */
const FRAMEWORK_FAMILY: Record<string, string> = { 'django-rest-framework': 'django' };

/** What to tell a project of this stack, most specific first. */
export function adviceChain(advice: RuleAdvice | undefined, stack: Stack | undefined): StackAdvice[] {
  if (!advice || !stack) return [];
  const framework = stack.framework?.id;
  const chain: (StackAdvice | undefined)[] = [stack.orm ? advice.orms?.[stack.orm.value] : undefined];
  if (framework) chain.push(advice.frameworks?.[framework], FRAMEWORK_FAMILY[framework] ? advice.frameworks?.[FRAMEWORK_FAMILY[framework]!] : undefined);
  chain.push(advice.ecosystems[stack.ecosystem]);
  return chain.filter((a): a is StackAdvice => a !== undefined);
}

export interface SelectedAdvice {
  /** The rule's fix for this stack, with its documentation link. */
  fix: string;
  docs: string;
  /** Finding fixes by key (only the keys some advice in the chain defines). */
  findings: Record<string, string>;
}

/** The one helper that picks a rule's advice for the detected stack; undefined keeps the generic texts. */
export function selectAdvice(advice: RuleAdvice | undefined, stack: Stack | undefined): SelectedAdvice | undefined {
  const chain = adviceChain(advice, stack);
  if (!stack || chain.length === 0) return undefined;
  let fix: string | undefined;
  let docs = '';
  for (const a of chain) {
    fix = render(a.fix, stack);
    if (fix !== undefined) {
      docs = typeof a.docs === 'string' ? a.docs : a.docs(stack);
      break;
    }
  }
  if (fix === undefined) return undefined;
  const findings: Record<string, string> = {};
  for (const a of [...chain].reverse()) {
    for (const [key, text] of Object.entries(a.findings ?? {})) {
      const rendered = render(text, stack);
      if (rendered !== undefined) findings[key] = rendered;
    }
  }
  return { fix: `${fix} Docs: ${docs}`, docs, findings };
}

function render(text: AdviceText | undefined, stack: Stack): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text(stack);
}

/**
 * A rule's fix and its findings' fixes for the stack. Finding keys (`Finding.advice`) never reach the
 * Result: they are removed here whether or not advice applied.
 */
export function applyAdvice<R extends { fix: string; findings: Finding[] }>(rule: R, selected: SelectedAdvice | undefined): R {
  const findings = rule.findings.map((f) => {
    if (f.advice === undefined) return f;
    const { advice: key, ...rest } = f;
    const text = selected?.findings[key];
    return text !== undefined ? { ...rest, fix: text } : rest;
  });
  return { ...rule, ...(selected ? { fix: selected.fix } : {}), findings };
}
