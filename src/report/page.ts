import { createHash } from 'node:crypto';
import { escapeHtml as esc } from './escape.js';

/**
 * Sorts every `table[data-sortable]` by the column whose heading button is pressed (again: the other
 * way): numbers numerically, text by locale, ties in document order (`data-index` when rows carry
 * one). Only the sorted column has `aria-sort`, as the WAI-ARIA sortable-table pattern does. Cells
 * sort by their `data-sort`; without JavaScript the table keeps the order it was written in.
 */
export const TABLE_SORT_SCRIPT =
  "document.querySelectorAll('table[data-sortable]').forEach(function(t){var b=t.tBodies[0];" +
  "t.querySelectorAll('th button[data-col]').forEach(function(btn){btn.addEventListener('click',function(){" +
  "var col=+btn.getAttribute('data-col'),th=btn.parentNode,asc=th.getAttribute('aria-sort')!=='ascending';" +
  "t.querySelectorAll('th[aria-sort]').forEach(function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');" +
  "var rows=[].slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[col].getAttribute('data-sort'),c=y.cells[col].getAttribute('data-sort');" +
  "var na=parseFloat(a),nc=parseFloat(c),r=(!isNaN(na)&&!isNaN(nc))?na-nc:(isNaN(na)&&!isNaN(nc))?1:(!isNaN(na)&&isNaN(nc))?-1:a.localeCompare(c);" +
  "return (asc?r:-r)||(x.getAttribute('data-index')-y.getAttribute('data-index'))});" +
  "rows.forEach(function(r){b.appendChild(r)})})})});";

/**
 * The start of a self-contained report page, up to `<body>`: the Content-Security-Policy forbids
 * every request and allows only the page's one inline script, by its hash.
 */
export function pageStart(title: string, script: string, css: string): string {
  const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${hash}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
`;
}
