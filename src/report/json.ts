import type { Result } from '../types.js';

/** The Result as JSON with sorted keys: the same repository always gives the same bytes. */
export function formatJson(result: Result): string {
  return `${JSON.stringify(sortKeys(result), null, 2)}\n`;
}

/** A copy with object keys sorted at every level: the same value always gives the same bytes. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
