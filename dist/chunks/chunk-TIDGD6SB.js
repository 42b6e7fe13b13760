#!/usr/bin/env node
import { createRequire as __pcCreateRequire } from 'node:module';
const require = __pcCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-TSZHKBUC.js";
import {
  BAND_LABELS
} from "./chunk-25QTEZLN.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/portfolio-check/portfolio-check";
var FINGERPRINT_KEY = "portfolioCheckFinding/v1";
function formatSarif(result, options = {}) {
  const prefix = normalisePrefix(options.uriPrefix);
  const rules = [...result.rules].sort((a, b) => compareStrings(a.id, b.id));
  const results = [];
  rules.forEach((rule, ruleIndex) => {
    if (rule.pointsLost <= 0 && rule.outcome !== "fail" && rule.outcome !== "partial") return;
    const seen = /* @__PURE__ */ new Map();
    const located = rule.findings.filter((f) => isRepoRelative(f.file));
    for (const finding of [...located].sort(compareFindings)) {
      const uri = prefix + encodePath(finding.file);
      const base = `${rule.id}\0${uri}\0${finding.message}`;
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      results.push({
        ruleId: rule.id,
        ruleIndex,
        level: sarifLevel(rule),
        message: { text: resultMessage(rule, finding) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
              ...finding.line && finding.line >= 1 ? { region: { startLine: finding.line, ...finding.column && finding.column >= 1 ? { startColumn: finding.column } : {} } } : {}
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${sha256(base).slice(0, 32)}:${occurrence}` }
      });
    }
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(reportingDescriptor)
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the checked repository." } } },
        results,
        properties: {
          score: result.score,
          band: result.band,
          ...result.bandLabel ? { bandLabel: result.bandLabel } : {},
          ...result.points ? { points: result.points } : {},
          stageReached: result.stageReached,
          ...result.config ? { config: result.config } : {},
          rulePoints: Object.fromEntries(
            result.rules.map((r) => [r.id, { kind: r.kind ?? "evidence", outcome: r.outcome, pointsEarned: r.pointsEarned ?? 0, pointsLost: r.pointsLost, ...r.kind === "defect" ? { deduction: r.pointsLost, label: r.deductionLabel } : {} }])
          )
        }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function reportingDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    // helpUri must be an absolute URI; a plugin's relative docs path stays in the help text only.
    .../^https?:\/\//i.test(rule.docs) ? { helpUri: rule.docs } : {},
    help: {
      text: rule.docs ? `${rule.fix}

${rule.docs}` : rule.fix,
      markdown: /^https?:\/\//i.test(rule.docs) ? `${rule.fix}

[Documentation](${rule.docs})` : rule.fix
    },
    defaultConfiguration: { level: rule.level === "error" ? "error" : "warning" },
    properties: { category: rule.category, kind: rule.kind ?? "evidence", stage: rule.stage, weight: rule.weight, pointsEarned: rule.pointsEarned ?? 0, pointsLost: rule.pointsLost, tags: ["portfolio", rule.category] }
  };
}
function sarifLevel(rule) {
  return rule.level === "error" ? "error" : "warning";
}
function resultMessage(rule, finding) {
  const fix = finding.fix ?? rule.fix;
  return fix ? `${finding.message} Fix: ${fix}` : finding.message;
}
function isRepoRelative(file) {
  if (!file || file.trim() === "") return false;
  if (file.startsWith("/") || file.includes("\\") || /^[a-zA-Z]:/.test(file) || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return false;
  return !file.split("/").some((segment) => segment === ".." || segment === "");
}
function normalisePrefix(prefix) {
  const trimmed = (prefix ?? "").replace(/^\.?\/+/, "").replace(/\/+$/, "");
  return trimmed ? `${encodePath(trimmed)}/` : "";
}
function encodePath(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function compareFindings(a, b) {
  return compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.message, b.message);
}
function pascalCase(id) {
  return id.split(/[-/]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

// src/report/common.ts
function costlyRules(result) {
  return result.rules.filter((r) => r.pointsLost > 0).sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function unscoredRules(result) {
  return result.rules.filter((r) => r.outcome === "error" || r.outcome === "not-available");
}
function location(f) {
  if (!f.file) return f.commit ? `commit ${f.commit}` : "";
  return `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`;
}
function findingUrl(result, f) {
  const base = result.target.blobUrl;
  if (!base || !isRepoRelative(f.file)) return void 0;
  return `${base}${f.file.split("/").map(encodeURIComponent).join("/")}${f.line ? `#L${f.line}` : ""}`;
}
var OUTCOME_LABEL = {
  pass: "pass",
  fail: "fail",
  partial: "partial",
  "not-applicable": "n/a",
  "not-available": "not available",
  error: "error"
};
function formatPoints(points) {
  return `-${points.toFixed(1)}`;
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]<>|]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, " ");
}
function formatDeduction(rule) {
  return `${formatMinus(rule.pointsLost)} ${rule.deductionLabel ?? rule.title}`;
}
function formatMinus(points) {
  return `\u2212${trimPoints(points)}`;
}
function formatPlus(points) {
  return `+${trimPoints(points)}`;
}
function trimPoints(points) {
  return points.toFixed(1).replace(/\.0$/, "");
}
function deductions(result) {
  return costlyRules(result).filter((r) => r.kind === "defect");
}
function missingEvidence(result) {
  return costlyRules(result).filter((r) => r.kind !== "defect");
}
function arithmetic(result) {
  const { earned, applicable, deductions: deducted } = result.points;
  const share = applicable > 0 ? Math.round(earned / applicable * 100) : 0;
  const minus = deducted > 0 ? ` \u2212 ${trimPoints(deducted)} deducted` : "";
  return `${trimPoints(earned)} of ${trimPoints(applicable)} evidence points (${share})${minus} = ${result.score}`;
}
function configChangeLines(result) {
  return (result.config?.changes ?? []).map((c) => {
    const was = c.default === null || c.default === void 0 ? "" : ` (default ${JSON.stringify(c.default)})`;
    return `${c.path} = ${JSON.stringify(c.value)}${was} \u2014 ${c.reason} [${c.source}]`;
  });
}
function defaultScoreDiffers(result) {
  return result.config?.defaultScore !== void 0 && result.config.defaultScore !== result.score;
}
function endpointSummary(endpoints) {
  const all = endpoints.routes;
  const total = all.length + endpoints.omitted;
  if (total === 0) {
    return endpoints.unresolved.length > 0 ? `No route path could be resolved statically (${endpoints.unresolved.length} declaration(s) build their path at run time).` : "The project serves HTTP, but no route declaration of a supported framework was found.";
  }
  const count = (p) => all.filter(p).length;
  const share = (n) => `${Math.round(n / all.length * 100)} %`;
  const parts = [`${count((e) => e.guarded)} guarded`];
  parts.push(endpoints.documentationFound ? `${count((e) => e.documented !== null)} documented` : "no endpoint documentation found");
  parts.push(endpoints.testCallsFound ? `${count((e) => e.tested !== null)} tested (${share(count((e) => e.tested !== null))})` : "no test calls an endpoint");
  const extra = [
    endpoints.documentedNotServed.length > 0 ? `${endpoints.documentedNotServed.length} documented but not served` : "",
    endpoints.unresolved.length > 0 ? `${endpoints.unresolved.length} unresolved` : ""
  ].filter(Boolean);
  return `${total} endpoint${total === 1 ? "" : "s"} served: ${parts.join(", ")}${extra.length > 0 ? `; ${extra.join(", ")}` : ""}.`;
}
function guardLabel(e) {
  const kinds = [...new Set(e.guards.map((g) => g.kind))].sort();
  return kinds.length > 0 ? kinds.join("+") : "\u2013";
}

// src/report/escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\uFFFD");
}

// src/report/page.ts
import { createHash as createHash2 } from "node:crypto";
var TABLE_SORT_SCRIPT = "document.querySelectorAll('table[data-sortable]').forEach(function(t){var b=t.tBodies[0];t.querySelectorAll('th button[data-col]').forEach(function(btn){btn.addEventListener('click',function(){var col=+btn.getAttribute('data-col'),th=btn.parentNode,asc=th.getAttribute('aria-sort')!=='ascending';t.querySelectorAll('th[aria-sort]').forEach(function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');var rows=[].slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[col].getAttribute('data-sort'),c=y.cells[col].getAttribute('data-sort');var na=parseFloat(a),nc=parseFloat(c),r=(!isNaN(na)&&!isNaN(nc))?na-nc:(isNaN(na)&&!isNaN(nc))?1:(!isNaN(na)&&isNaN(nc))?-1:a.localeCompare(c);return (asc?r:-r)||(x.getAttribute('data-index')-y.getAttribute('data-index'))});rows.forEach(function(r){b.appendChild(r)})})})});";
function pageStart(title, script, css) {
  const hash = `sha256-${createHash2("sha256").update(script).digest("base64")}`;
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${hash}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
`;
}

// src/report/html.ts
function formatHtml(result) {
  const title = `portfolio-check: ${result.target.name} \u2014 ${result.score}/100`;
  const detected = [...result.ecosystems, ...result.frameworks].join(", ") || "no supported ecosystem detected";
  return `${pageStart(title, SCRIPT, CSS)}<a class="skip" href="#rules">Skip to the rules</a>
<header class="top">
<h1>Portfolio report <span class="target">${escapeHtml(result.target.name)}</span></h1>
<p class="meta">${escapeHtml(detected)}${result.target.commit ? ` \xB7 commit <code>${escapeHtml(result.target.commit.slice(0, 12))}</code>` : ""} \xB7 ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}</p>
</header>
<main>
<section aria-labelledby="scores-heading" class="scores">
<h2 id="scores-heading">Scores</h2>
<div class="overall">${gauge("Overall", result.score, result.band, "large")}${passLine(result)}</div>
<ul class="gauges" aria-label="Category scores">
${result.categories.map((c) => `<li>${categoryGauge(c)}</li>`).join("\n")}
</ul>
${result.points ? `<p class="arithmetic">${escapeHtml(arithmetic(result))}</p>` : ""}${defaultLine(result)}
<p class="legend">Bands: <span class="band-red">0\u201344 ${BAND_LABELS.red}</span> \xB7 <span class="band-amber">45\u201374 ${BAND_LABELS.amber}</span> \xB7 <span class="band-green">75\u2013100 ${BAND_LABELS.green}</span>. The overall score is the evidence points earned over the points that apply, minus deductions; categories group the rules and show their own share.</p>
</section>
${configSection(result)}
${roadmap(result)}
${depthSection(result)}
${endpointsSection(result)}
<section id="rules" aria-labelledby="rules-heading">
<h2 id="rules-heading">Rules</h2>
<p>Every rule, costliest first within its category. Open a row for what was observed, where, why it matters and how to fix it.</p>
${result.categories.map((c) => categoryRules(result, c)).join("\n")}
</section>
</main>
<footer><p>Generated by ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}. Scores come from the repository's files and git history; its code was never run.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
var PRINT_SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details:not([open])').forEach(function(d){d.open=true;d.setAttribute('data-print-opened','')})});addEventListener('afterprint',function(){document.querySelectorAll('details[data-print-opened]').forEach(function(d){d.open=false;d.removeAttribute('data-print-opened')})});";
var SCRIPT = PRINT_SCRIPT + TABLE_SORT_SCRIPT;
var CIRCUMFERENCE = 2 * Math.PI * 52;
function gauge(label, score, band, size, id) {
  const arc = score === null ? 0 : CIRCUMFERENCE * score / 100;
  const cls = band ? `band-${band}` : "band-none";
  const value = score === null ? "\u2013" : String(score);
  const words = band ? BAND_LABELS[band] : "";
  const name = score === null ? `${label}: not assessed` : `${label}: ${score} out of 100, ${words}`;
  return `<figure class="gauge ${size} ${cls}"${id ? ` data-category="${escapeHtml(id)}"` : ' data-overall=""'} data-score="${score === null ? "" : score}">
<div class="ring" role="img" aria-label="${escapeHtml(name)}"><svg viewBox="0 0 120 120" aria-hidden="true" focusable="false"><circle class="track" cx="60" cy="60" r="52"/><circle class="arc${arc === 0 ? " empty" : ""}" cx="60" cy="60" r="52" stroke-dasharray="${arc.toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}" transform="rotate(-90 60 60)"/></svg><span class="gauge-value" aria-hidden="true">${value}</span></div>
<figcaption>${escapeHtml(label)}${score !== null && size === "large" ? ` <span class="band-word">${escapeHtml(words)}</span>` : ""}</figcaption>
</figure>`;
}
function categoryGauge(cat) {
  return gauge(cat.title, cat.score, cat.band, "small", cat.id);
}
function defaultLine(result) {
  if (!defaultScoreDiffers(result)) return "";
  return `<p class="default-score">Under the default rules: <strong>${result.config.defaultScore}/100 ${escapeHtml(BAND_LABELS[result.config.defaultBand])}</strong>. The configuration changed the score.</p>`;
}
function configSection(result) {
  const lines = configChangeLines(result);
  if (lines.length === 0) return "";
  return `<section aria-labelledby="config-heading" class="config">
<h2 id="config-heading">What the configuration changed</h2>
<p>Configuration: ${escapeHtml(result.config.chain.join(" \u2192 "))}</p>
<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>
</section>`;
}
function passLine(result) {
  if (result.passScore === void 0) return "";
  return `<p class="pass ${result.passed ? "band-green" : "band-red"}">Pass mark ${result.passScore}: ${result.passed ? "passed" : "not reached"}</p>`;
}
var STAGE_MARK = { reached: "\u2713", partly: "~", "not-yet": "\u2717", "not-assessed": "\xB7" };
var STAGE_WORD = { reached: "reached", partly: "partly shown", "not-yet": "not yet", "not-assessed": "not assessed" };
function roadmap(result) {
  const reached = result.stageReached > 0 ? `Stage reached: <strong>${result.stageReached} of 7</strong> \u2014 ${escapeHtml(result.stages[result.stageReached - 1]?.title ?? "")}.` : "No stage is fully evidenced yet.";
  const next = result.nextStep ? `<div class="next"><h3>Next step</h3><p>${escapeHtml(result.nextStep.fix)}</p><p class="muted">${link(result.nextStep.docs, `<code>${escapeHtml(result.nextStep.rule)}</code>`)} \xB7 stage ${result.nextStep.stage} \xB7 worth ${result.nextStep.pointsLost.toFixed(1)} points</p></div>` : "";
  return `<section aria-labelledby="roadmap-heading">
<h2 id="roadmap-heading">Roadmap</h2>
<ol class="stages">
${result.stages.map((s) => `<li class="stage stage-${s.status}" data-stage="${s.stage}" data-status="${s.status}"><span class="stage-mark" aria-hidden="true">${STAGE_MARK[s.status]}</span><span class="stage-num">Stage ${s.stage}</span><span class="stage-title">${escapeHtml(s.title)}</span><span class="stage-status">${STAGE_WORD[s.status]}${s.score !== null ? ` (${s.score}%)` : ""}</span></li>`).join("\n")}
</ol>
<p>${reached}</p>
${next}
</section>`;
}
function depthSection(result) {
  const items = result.depth ?? [];
  if (items.length === 0) return "";
  const shown = items.filter((i) => i.met).length;
  const ruleLinks = (ids) => ids.map((r) => `<a href="#rule-${escapeHtml(r)}"><code>${escapeHtml(r)}</code></a>`).join(", ");
  return `<section aria-labelledby="depth-heading" class="depth">
<h2 id="depth-heading">Project depth</h2>
<p>${shown} of ${items.length} shown.</p>
<ul class="checklist">
${items.map((i) => `<li class="${i.met ? "met" : "unmet"}" data-depth="${escapeHtml(i.id)}"><span class="check" aria-hidden="true">${i.met ? "\u2713" : "\u2717"}</span><span><strong>${escapeHtml(i.title)}</strong> <span class="visually-hidden">${i.met ? "shown" : "not shown"}</span>${i.rules.length ? `<br><span class="muted">Judged from ${ruleLinks(i.rules)}</span>` : ""}</span></li>`).join("\n")}
</ul>
</section>`;
}
function endpointsSection(result) {
  const endpoints = result.endpoints;
  if (!endpoints) return "";
  const yesNo = (known, ref) => !known ? '<td data-sort="">\u2013</td>' : ref ? `<td data-sort="1" class="yes">\u2713 <span class="muted">${escapeHtml(`${ref.file}:${ref.line}`)}</span></td>` : '<td data-sort="0" class="no">\u2717<span class="visually-hidden"> no</span></td>';
  const rows = endpoints.routes.map((e, i) => {
    const where = `${e.file}:${e.line}`;
    const url = findingUrl(result, { message: "", file: e.file, line: e.line });
    const code = `<code class="where">${escapeHtml(where)}</code>`;
    const guard = e.guarded ? `<td data-sort="${escapeHtml(guardLabel(e))}" class="yes">\u2713 ${escapeHtml(e.guards.map((g) => g.name).join(", "))} <span class="muted">(${escapeHtml(guardLabel(e))})</span></td>` : '<td data-sort="" class="no">\u2717<span class="visually-hidden"> none</span></td>';
    return `<tr data-index="${i}"><td data-sort="${escapeHtml(e.method)}">${escapeHtml(e.method)}</td><td data-sort="${escapeHtml(e.path)}"><code>${escapeHtml(e.path)}</code>${e.unresolvedPrefix ? ` <span class="muted" title="${escapeHtml(e.unresolvedPrefix)}">(prefix unresolved)</span>` : ""}</td>${guard}${yesNo(endpoints.documentationFound, e.documented)}${yesNo(endpoints.testCallsFound, e.tested)}<td data-sort="${escapeHtml(`${e.file}:${String(e.line).padStart(7, "0")}`)}">${url ? `<a href="${escapeHtml(url)}">${code}</a>` : code}</td></tr>`;
  });
  const heads = ["Method", "Path", "Guarded", "Documented", "Tested", "Where"].map((h, i) => `<th scope="col"><button type="button" data-col="${i}">${h}</button></th>`).join("");
  const table = rows.length ? `<div class="table-wrap"><table class="endpoint-table" data-sortable="">
<caption class="visually-hidden">Endpoints the code serves; press a column heading to sort by it</caption>
<thead><tr>${heads}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table></div>${endpoints.omitted > 0 ? `<p class="muted">\u2026and ${endpoints.omitted} more in the JSON report.</p>` : ""}` : "";
  const notServed = endpoints.documentedNotServed.length ? `<p>Documented but not served: ${endpoints.documentedNotServed.map((d) => `<code>${escapeHtml(`${d.method} ${d.path}`)}</code> <span class="muted">(${escapeHtml(`${d.file}:${d.line}`)})</span>`).join(", ")}.</p>` : "";
  return `<section aria-labelledby="endpoints-heading" class="endpoints">
<h2 id="endpoints-heading">Endpoints</h2>
<p>${escapeHtml(endpointSummary(endpoints))}</p>
${table}
${notServed}
</section>`;
}
function categoryRules(result, cat) {
  const rules = result.rules.filter((r) => r.category === cat.id).sort((a, b) => b.pointsLost - a.pointsLost || compareStrings(a.id, b.id));
  if (rules.length === 0) return "";
  const points = cat.pointsApplicable !== void 0 && cat.score !== null ? ` \xB7 ${trimPoints(cat.pointsEarned)} of ${trimPoints(cat.pointsApplicable)} points${cat.deductions > 0 ? `, ${formatMinus(cat.deductions)} deducted` : ""}` : "";
  const score = cat.score === null ? "not assessed" : `${cat.score}/100 ${cat.band ? BAND_LABELS[cat.band] : ""}${points}`;
  return `<section class="category" aria-labelledby="cat-${cat.id}">
<h3 id="cat-${cat.id}">${escapeHtml(cat.title)} <span class="cat-score ${cat.band ? `band-${cat.band}` : "muted"}">${score}</span></h3>
${rules.map((rule) => ruleRow(rule, result)).join("\n")}
</section>`;
}
function ruleRow(rule, result) {
  const outcome = rule.exemption ? "exempted" : OUTCOME_LABEL[rule.outcome];
  const outcomeClass = rule.exemption ? "na" : { pass: "pass", fail: "fail", partial: "partial", "not-applicable": "na", "not-available": "na", error: "fail" }[rule.outcome];
  const points = rule.pointsLost > 0 ? rule.kind === "defect" ? formatDeduction(rule) : formatPoints(rule.pointsLost) : "";
  const earned = rule.kind !== "defect" && rule.pointsEarned > 0 ? formatPlus(rule.pointsEarned) : "";
  const findings = rule.findings.length ? `<h4>Findings</h4><ul class="findings">${rule.findings.map((f) => {
    const where = location(f);
    const fix = f.fix && f.fix !== rule.fix ? `<br><span class="finding-fix">Fix: ${escapeHtml(f.fix)}</span>` : "";
    const url = findingUrl(result, f);
    const code = where ? `<code class="where">${escapeHtml(where)}</code>` : "";
    return `<li>${where ? `${url ? `<a href="${escapeHtml(url)}">${code}</a>` : code} ` : ""}${escapeHtml(f.message)}${fix}</li>`;
  }).join("")}</ul>` : "";
  return `<details class="rule" id="rule-${escapeHtml(rule.id)}" data-rule="${escapeHtml(rule.id)}" data-outcome="${rule.outcome}">
<summary><span class="outcome outcome-${outcomeClass}">${escapeHtml(outcome)}</span><span class="rule-title">${escapeHtml(rule.title)} <code>${escapeHtml(rule.id)}</code></span><span class="points">${points ? `<span class="visually-hidden">${rule.kind === "defect" ? "deducted" : "points lost"}: </span>${escapeHtml(points)}` : ""}${earned ? ` <span class="earned"><span class="visually-hidden">points earned: </span>${earned}</span>` : ""}</span></summary>
<div class="rule-body">
<p>${escapeHtml(rule.summary)}</p>
${rule.exemption ? `<p><strong>Exempted:</strong> ${escapeHtml(rule.exemption)}</p>` : ""}
${findings}
<dl>
<dt>Why it matters</dt><dd>${escapeHtml(rule.rationale)}</dd>
<dt>How to fix</dt><dd>${escapeHtml(rule.fix)}</dd>
${rule.fixable ? `<dt>Fixable</dt><dd><code>${escapeHtml(rule.fixable.command)}</code> writes ${rule.fixable.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(", ")}</dd>
` : ""}<dt>Details</dt><dd>${rule.kind === "defect" ? `Defect: deducts up to ${rule.weight} points` : `Evidence worth ${rule.weight} points`} \xB7 level ${rule.level} \xB7 stage ${rule.stage}${rule.score !== null ? ` \xB7 score ${Math.round(rule.score * 100)}%` : ""}${earned ? ` \xB7 ${earned} earned` : ""}${points ? ` \xB7 ${escapeHtml(points)}` : ""} \xB7 ${link(rule.docs, `Rule documentation<span class="visually-hidden"> for ${escapeHtml(rule.id)}</span>`)}</dd>
</dl>
</div>
</details>`;
}
function link(url, html) {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${html}</a>` : `${html}${url ? ` (${escapeHtml(url)})` : ""}`;
}
var CSS = `
:root{--green:#1a7f37;--amber:#9a6700;--red:#c5221f;--grey:#57606a;--line:#d0d7de;--bg:#f6f8fa;--text:#1f2328;--link:#0550ae;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--text);background:#fff;overflow-wrap:anywhere}
a{color:var(--link)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--link);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.top,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
.top{padding-top:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}.target{font-weight:400;color:var(--grey)}
.meta,.muted,.legend{color:var(--grey)}
h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:.75rem 0 .25rem}
.band-green{color:var(--green)}.band-amber{color:var(--amber)}.band-red{color:var(--red)}.band-none{color:var(--grey)}
.overall{display:flex;flex-direction:column;align-items:center}
.gauges{list-style:none;padding:0;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(7rem,1fr));gap:.75rem}
.gauge{margin:0;text-align:center}
.ring{position:relative;margin:0 auto}
.gauge.small .ring{width:6rem;height:6rem}.gauge.large .ring{width:9rem;height:9rem}
.ring svg{width:100%;height:100%}
.track{fill:none;stroke:#eaeef2;stroke-width:8}
.arc{fill:none;stroke:currentColor;stroke-width:8;stroke-linecap:round}
.band-none .arc,.arc.empty{stroke:none}
.gauge-value{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:1.6rem}
.gauge.large .gauge-value{font-size:2.6rem}
.gauge figcaption{color:var(--text);font-weight:600;margin-top:.25rem;overflow-wrap:normal;font-size:.9rem}
.pass{font-weight:600}
.stages{list-style:none;padding:0;display:grid;grid-template-columns:repeat(7,1fr);gap:.25rem}
.stage{border-top:6px solid #eaeef2;padding:.4rem .25rem 0;font-size:.85rem;display:flex;flex-direction:column}
.stage-reached{border-color:var(--green)}.stage-partly{border-color:var(--amber)}.stage-not-yet{border-color:var(--red)}
.stage-mark{font-weight:700}.stage-num{font-weight:600}.stage-status{color:var(--grey)}
.stage-reached .stage-mark{color:var(--green)}.stage-partly .stage-mark{color:var(--amber)}.stage-not-yet .stage-mark{color:var(--red)}
.next{background:var(--bg);border-left:4px solid var(--link);padding:.25rem 1rem;margin:1rem 0}
.next h3{margin:.5rem 0 0}
.checklist{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));column-gap:1.5rem}.checklist li{display:flex;gap:.5rem;padding:.25rem 0}
.check{font-weight:700;width:1.2rem}.met .check{color:var(--green)}.unmet .check{color:var(--red)}
.cat-score{font-weight:400;font-size:.95rem}
.table-wrap{overflow-x:auto;max-width:100%}
.endpoint-table{border-collapse:collapse;width:100%;font-size:.9rem}
.endpoint-table th,.endpoint-table td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.endpoint-table th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:var(--link)}
.endpoint-table th[aria-sort=ascending] button::after{content:" \u25B2"}.endpoint-table th[aria-sort=descending] button::after{content:" \u25BC"}
.endpoint-table td.yes{color:var(--green)}.endpoint-table td.no{color:var(--red)}
.endpoint-table code{overflow-wrap:normal;white-space:nowrap}
.rule{border:1px solid var(--line);border-radius:6px;margin:.4rem 0;background:#fff}
.rule summary{cursor:pointer;display:flex;gap:.75rem;align-items:baseline;padding:.5rem .75rem;list-style:none}
.rule summary::-webkit-details-marker{display:none}
.rule summary::before{content:"\u25B8";color:var(--grey)}.rule[open] summary::before{content:"\u25BE"}
.rule[open] summary{border-bottom:1px solid var(--line);background:var(--bg)}
.rule-title{flex:1;min-width:0}
.rule-title code{color:var(--grey);font-size:.8em}
.earned{color:var(--green)}.arithmetic,.default-score{text-align:center}.band-word{display:block;font-weight:400}
.points{color:var(--red);font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.outcome{display:inline-block;min-width:4.5rem;text-align:center;border-radius:999px;padding:0 .5rem;font-size:.8rem;font-weight:700;color:#fff}
.outcome-pass{background:var(--green)}.outcome-fail{background:var(--red)}.outcome-partial{background:var(--amber)}.outcome-na{background:var(--grey)}
.rule-body{padding:.25rem 1rem .75rem}
.findings{padding-left:1.2rem;margin:.25rem 0}.findings li{margin:.2rem 0}
.where{background:var(--bg);padding:0 .25rem;border-radius:3px}
.finding-fix{color:var(--grey)}
dl{margin:.5rem 0 0}dt{font-weight:600;margin-top:.5rem}dd{margin:0}
footer{color:var(--grey);font-size:.85rem;margin-top:2rem;padding-bottom:2rem;border-top:1px solid var(--line)}
@media (max-width:40rem){
.stages{grid-template-columns:1fr}
.stage{border-top:0;border-left:6px solid #eaeef2;padding:.2rem .5rem;flex-direction:row;flex-wrap:wrap;gap:.4rem}
.stage-reached{border-color:var(--green)}.stage-partly{border-color:var(--amber)}.stage-not-yet{border-color:var(--red)}
.gauges{grid-template-columns:repeat(2,1fr)}
.rule summary{flex-wrap:wrap;gap:.4rem}
}
@media print{
.skip{display:none}
body{font-size:11pt}
details::details-content{content-visibility:visible;display:block}
.rule{break-inside:avoid}
a{color:inherit}
.rule-body a::after{content:" (" attr(href) ")";font-size:.8em;color:var(--grey)}
}
`.trim().replace(/\n/g, "");

// src/report/json.ts
function formatJson(result) {
  return `${JSON.stringify(sortKeys(result), null, 2)}
`;
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

export {
  formatSarif,
  unscoredRules,
  location,
  findingUrl,
  OUTCOME_LABEL,
  formatPoints,
  escapeMarkdown,
  formatDeduction,
  formatMinus,
  formatPlus,
  trimPoints,
  deductions,
  missingEvidence,
  arithmetic,
  configChangeLines,
  defaultScoreDiffers,
  endpointSummary,
  guardLabel,
  escapeHtml,
  TABLE_SORT_SCRIPT,
  pageStart,
  formatHtml,
  formatJson,
  sortKeys
};
