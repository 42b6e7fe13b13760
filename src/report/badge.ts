import { BAND_LABELS, type Band, type Result } from '../types.js';
import { escapeHtml } from './escape.js';

/**
 * Band colours dark enough for white text at ≥ 4.5:1 contrast (WCAG AA), unlike the brighter
 * shields.io defaults: green 5.1:1, amber 4.9:1, red 5.4:1, label grey 7.5:1.
 */
export const BADGE_COLORS: Record<Band, string> = { green: '#1a7f37', amber: '#9a6700', red: '#cf222e' };
const LABEL_COLOR = '#555555';

export interface BadgeOptions {
  /** Left-hand text; default "portfolio". */
  label?: string;
}

/** The badge's message: the score and its band in words ("87 job-ready"). */
export function badgeMessage(result: Pick<Result, 'score' | 'band'>): string {
  return `${result.score} ${BAND_LABELS[result.band]}`;
}

/** An SVG badge "portfolio | 87 job-ready" in the score's band colour, in the flat shields.io style. */
export function formatBadge(result: Pick<Result, 'score' | 'band'>, { label = 'portfolio' }: BadgeOptions = {}): string {
  const message = badgeMessage(result);
  const color = BADGE_COLORS[result.band];
  const pad = 6;
  const labelWidth = Math.round(textWidth(label)) + pad * 2;
  const messageWidth = Math.round(textWidth(message)) + pad * 2;
  const width = labelWidth + messageWidth;
  const title = escapeHtml(`${label}: ${message}`);
  const text = (content: string, x: number) =>
    `<text x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${(textWidth(content) * 10).toFixed(0)}">${escapeHtml(content)}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${(textWidth(content) * 10).toFixed(0)}">${escapeHtml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="${LABEL_COLOR}"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">`,
    text(label, labelWidth / 2),
    text(message, labelWidth + messageWidth / 2),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}

/** The shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) for the same badge. */
export function formatShields(result: Pick<Result, 'score' | 'band'>, { label = 'portfolio' }: BadgeOptions = {}): string {
  const body = { schemaVersion: 1, label, message: badgeMessage(result), color: BADGE_COLORS[result.band].slice(1) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

// Approximate advance widths of 11px Verdana, the badge font, by character class. Exact metrics would
// need the font file; these keep text inside its box for Latin text and err wide for the rest.
const NARROW = new Set([...'fijlrtI!|.,:;\'()[] ']);
const WIDE = new Set([...'mwMW@%']);
const UPPER = /[A-Z]/;

/** Estimated rendered width of `text` in 11px Verdana, in pixels. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) width += 4.2;
    else if (WIDE.has(ch)) width += 10.6;
    else if (UPPER.test(ch)) width += 7.6;
    else if (/[0-9a-z_\-#$&*+=?^~<>"/\\]/.test(ch)) width += 7;
    else width += 11; // CJK, emoji and other scripts: err wide so text never spills.
  }
  return width;
}
