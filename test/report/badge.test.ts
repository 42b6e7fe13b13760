import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, formatBadge, formatShields, textWidth } from '../../src/report/badge.js';
import { escapeHtml } from '../../src/report/escape.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function svg(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text).svg;
}

describe('formatBadge', () => {
  it('draws "portfolio | 87 job-ready" in the band colour with an accessible name', () => {
    const doc = svg(formatBadge({ score: 87, band: 'green' }));
    expect(doc['aria-label']).toBe('portfolio: 87 job-ready');
    expect(doc.role).toBe('img');
    expect(doc.title).toBe('portfolio: 87 job-ready');
    const rects = doc.g[0].rect;
    expect(rects[0].fill).toBe('#555555');
    expect(rects[1].fill).toBe(BADGE_COLORS.green);
    const texts = doc.g[1].text.map((t: { '#text': string | number }) => String(t['#text']));
    expect(texts).toEqual(['portfolio', 'portfolio', '87 job-ready', '87 job-ready']);
    // The two boxes add up to the badge width and each holds its text with padding.
    expect(Number(rects[0].width) + Number(rects[1].width)).toBe(Number(doc.width));
    expect(Number(rects[0].width)).toBeGreaterThan(textWidth('portfolio'));
  });

  it('uses each band colour', () => {
    expect(formatBadge({ score: 95, band: 'green' })).toContain(`fill="${BADGE_COLORS.green}"`);
    expect(formatBadge({ score: 12, band: 'red' })).toContain(`fill="${BADGE_COLORS.red}"`);
  });

  it('grows with the text and escapes a hostile label', () => {
    const short = svg(formatBadge({ score: 7, band: 'red' }));
    const long = svg(formatBadge({ score: 100, band: 'green' }));
    expect(Number(long.width)).toBeGreaterThan(Number(short.width));
    const text = formatBadge({ score: 50, band: 'amber' }, { label: '<script>alert("x")</script> & \u0001' });
    expect(text).not.toContain('<script>');
    expect(XMLValidator.validate(text)).toBe(true);
    // Parsed back, the label reads as the user wrote it (the control character replaced).
    expect(svg(text)['aria-label']).toBe('<script>alert("x")</script> & \ufffd: 50 getting there');
  });

  it('estimates wider text for wide and non-Latin characters', () => {
    expect(textWidth('iii')).toBeLessThan(textWidth('mmm'));
    expect(textWidth('ポートフォリオ')).toBeGreaterThan(textWidth('portfol'));
  });
});

describe('formatShields', () => {
  it('writes a shields.io endpoint body', () => {
    expect(JSON.parse(formatShields({ score: 60, band: 'amber' }))).toEqual({
      schemaVersion: 1,
      label: 'portfolio',
      message: '60 getting there',
      color: BADGE_COLORS.amber.slice(1),
    });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters and control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0000`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;\ufffd');
  });
});
