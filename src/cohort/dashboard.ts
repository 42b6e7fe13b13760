import { escapeHtml as esc } from '../report/escape.js';
import { pageStart, TABLE_SORT_SCRIPT } from '../report/page.js';
import { CATEGORY_IDS, CATEGORY_TITLES, type OutcomeKind } from '../types.js';
import { BAND_WORDS, distribution, type Cohort, type CohortRow } from './merge.js';
import { cohortSummary } from './report.js';

export interface DashboardOptions {
  /** Relative link to each repository's own report (`reports/<key>.html`), when those were written. */
  reportHref?: (row: CohortRow) => string;
}

const SYMBOL: Record<OutcomeKind, string> = { pass: '✓', partial: '~', fail: '✗', 'not-applicable': '·', 'not-available': '?', error: '!' };

/**
 * The cohort dashboard: one self-contained page (inline CSS, SVG and one hashed script; the
 * Content-Security-Policy forbids every request) with the counts, the score distribution, what
 * the cohort most often lacks, a sortable leaderboard with the trend, a heat map of repositories ×
 * criteria and the repositories that could not be checked.
 */
export function formatCohortHtml(cohort: Cohort, options: DashboardOptions = {}): string {
  const s = cohortSummary(cohort);
  const title = `Cohort report — ${s.checked} repositories`;
  return `${pageStart(title, TABLE_SORT_SCRIPT, CSS)}<header><h1>${esc(title)}</h1>
<p class="meta">Scored with ${cohort.configs.map((c) => `<code>${esc(c)}</code>`).join(', ') || 'no configuration'} by portfolio-check. Repositories were read, never run.</p></header>
<main>
<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<ul class="cards">
<li><span class="n">${s.checked}</span> checked</li>
<li><span class="n">${s.failed}</span> not checked</li>
<li><span class="n">${s.median ?? '–'}</span> median score</li>
<li class="band-green"><span class="n">${s.jobReady}</span> job-ready (75+)</li>
<li class="band-amber"><span class="n">${s.gettingThere}</span> getting there (45–74)</li>
<li class="band-red"><span class="n">${s.early}</span> early (&lt; 45)</li>
</ul>
${histogram(cohort.rows)}
</section>
${gaps(cohort)}
<section aria-labelledby="board-h"><h2 id="board-h">Leaderboard</h2>
<p>Sorted by score; select a column heading to sort by it.</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="board-h">${leaderboard(cohort, options)}</div>
</section>
<section aria-labelledby="heat-h"><h2 id="heat-h">Criteria by repository</h2>
<p>✓ met · ~ partly · ✗ missing · · not applicable · ? not available. Columns are the rules; hover or focus a cell for its score.</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="heat-h">${heatmap(cohort)}</div>
</section>
${failures(cohort)}
</main>
<script>${TABLE_SORT_SCRIPT}</script>
</body>
</html>
`;
}

function histogram(rows: readonly CohortRow[]): string {
  const buckets = distribution(rows);
  const max = Math.max(1, ...buckets);
  // Bars are one colour: the tiers (45, 75) do not fall on the buckets' edges.
  const bars = buckets
    .map((count, i) => {
      const h = Math.round((count / max) * 100);
      const x = i * 30 + 4;
      return `<rect class="bar" x="${x}" y="${116 - h}" width="24" height="${h}"><title>${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${count}</title></rect><text x="${x + 12}" y="${112 - h}" text-anchor="middle">${count || ''}</text><text x="${x + 12}" y="130" text-anchor="middle">${i * 10}</text>`;
    })
    .join('');
  const label = buckets.map((c, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${c}`).join(', ');
  return `<figure class="hist"><svg viewBox="0 0 304 136" role="img" aria-label="Score distribution: ${esc(label)}">${bars}</svg><figcaption>Score distribution (repositories per ten points)</figcaption></figure>`;
}

function gaps(cohort: Cohort): string {
  if (cohort.gaps.length === 0) return '';
  const items = cohort.gaps
    .slice(0, 12)
    .map((g) => {
      const pct = Math.round((100 * g.lacking) / g.applicable);
      return `<li><span class="gap-count">${g.lacking} of ${g.applicable}</span> fall short on <a href="${esc(g.rule.docs)}">${esc(g.rule.title)}</a> <span class="meter" aria-hidden="true"><span style="width:${pct}%"></span></span></li>`;
    })
    .join('\n');
  return `<section aria-labelledby="gaps-h"><h2 id="gaps-h">What the cohort most often lacks</h2>\n<ol class="gaps">\n${items}\n</ol></section>`;
}

function leaderboard(cohort: Cohort, options: DashboardOptions): string {
  const categories = CATEGORY_IDS.filter((id) => cohort.rows.some((r) => typeof r.categories[id] === 'number'));
  const head = ['#', 'Repository', 'Score', 'Tier', 'Change', ...categories.map((id) => CATEGORY_TITLES[id])];
  const ths = head.map((h, i) => `<th scope="col"${i === 2 ? ' aria-sort="descending"' : ''}><button type="button" data-col="${i}">${esc(h)}</button></th>`).join('');
  const body = cohort.rows
    .map((row, i) => {
      const delta = row.previous === undefined ? undefined : row.score - row.previous;
      const trend = delta === undefined ? '<span class="muted">new</span>' : delta === 0 ? '±0' : delta > 0 ? `<span class="up">▲ +${delta}</span>` : `<span class="down">▼ ${delta}</span>`;
      const href = options.reportHref?.(row);
      const name = href ? `<a href="${esc(href)}">${esc(row.target)}</a>` : esc(row.target);
      const repoLink = row.url ? ` <a class="ext" href="${esc(row.url)}" aria-label="${esc(row.target)} on GitHub">repo</a>` : '';
      const cells = categories.map((id) => {
        const v = row.categories[id];
        return `<td data-sort="${typeof v === 'number' ? v : ''}">${typeof v === 'number' ? v : '–'}</td>`;
      });
      return `<tr><td data-sort="${i + 1}">${i + 1}</td><th scope="row" data-sort="${esc(row.target)}">${name}${repoLink}</th><td data-sort="${row.score}" class="score band-${row.band}">${row.score}</td><td data-sort="${row.score}">${esc(BAND_WORDS[row.band])}</td><td data-sort="${delta ?? ''}">${trend}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table data-sortable class="board"><thead><tr>${ths}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function heatmap(cohort: Cohort): string {
  const head = cohort.rules.map((r) => `<th scope="col" class="rot"><a href="${esc(r.docs)}" title="${esc(r.title)}"><span>${esc(r.id)}</span></a></th>`).join('');
  const body = cohort.rows
    .map((row) => {
      const cells = cohort.rules.map((r) => {
        const outcome = row.outcomes[r.id];
        const score = row.rules[r.id];
        if (!outcome) return '<td class="o-none">–</td>';
        const label = `${row.target} · ${r.id}: ${outcome}${typeof score === 'number' ? ` (${Math.round(score * 100)} %)` : ''}`;
        return `<td class="o-${outcome}" title="${esc(label)}"><span aria-label="${esc(label)}">${SYMBOL[outcome]}</span></td>`;
      });
      return `<tr><th scope="row">${esc(row.target)}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="heat"><thead><tr><th scope="col">Repository</th>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function failures(cohort: Cohort): string {
  if (cohort.failures.length === 0) return '';
  const rows = cohort.failures.map((f) => `<tr><th scope="row">${f.url ? `<a href="${esc(f.url)}">${esc(f.target)}</a>` : esc(f.target)}</th><td>${esc(f.reason)}</td><td>${esc(f.message)}</td></tr>`).join('\n');
  return `<section aria-labelledby="fail-h"><h2 id="fail-h">Not checked</h2><div class="scroll" tabindex="0" role="region" aria-labelledby="fail-h"><table><thead><tr><th scope="col">Repository</th><th scope="col">Reason</th><th scope="col">Details</th></tr></thead><tbody>\n${rows}\n</tbody></table></div></section>`;
}

const CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--red:#b3261e;--amber:#8a5300;--green:#116329}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
header,main{max-width:1100px;margin:0 auto;padding:0 16px}h1{font-size:1.5rem;margin:16px 0 4px}h2{font-size:1.2rem;margin:28px 0 8px}
.meta,.muted{color:var(--muted)}code{font-size:.9em}a{color:#0550ae}
.cards{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}.cards li{border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:120px}
.cards .n{display:block;font-size:1.6rem;font-weight:700}
.band-red .n,td.band-red,.up+.band-red{color:var(--red)}.band-amber .n,td.band-amber{color:var(--amber)}.band-green .n,td.band-green{color:var(--green)}
.hist{margin:12px 0;max-width:420px}.hist svg{width:100%;height:auto}.hist text{font-size:9px;fill:var(--fg)}
rect.bar{fill:#8fb8de}.hist figcaption{color:var(--muted);font-size:.9em}
.gaps{padding-left:1.4em}.gaps li{margin:4px 0}.gap-count{font-weight:700}
.meter{display:inline-block;vertical-align:middle;width:80px;height:8px;background:#eaeef2;border-radius:4px;margin-left:6px}.meter span{display:block;height:100%;background:#cf222e;border-radius:4px}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.92rem}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;white-space:nowrap}
.board th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:var(--fg)}
.board th[aria-sort=ascending] button::after{content:" ▲"}.board th[aria-sort=descending] button::after{content:" ▼"}
td.score{font-weight:700}.up{color:var(--green)}.down{color:var(--red)}.ext{font-size:.8em}
.heat td{text-align:center;padding:2px 6px}.heat tbody th,.board tbody th{position:sticky;left:0;background:#fff}.heat th.rot{vertical-align:bottom;padding:2px}.heat th.rot span{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:400;font-size:.8rem}
.o-pass{background:#d1f0d9;color:#0a4a1f}.o-partial{background:#fbe7b5;color:#5c3b00}.o-fail{background:#f9d0cc;color:#7d1a13}
.o-not-applicable,.o-none{background:#f6f8fa;color:#57606a}.o-not-available,.o-error{background:#eaeef2;color:#32383f}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
@media print{.scroll{overflow:visible}}
`;
