/**
 * `--report report.html`: one self-contained page (no network, no script) with charts of actions
 * and labels, top rules and terms, and example comments with their evidence highlighted. Comment text
 * is hostile: every piece of it is escaped.
 */
import { writeFile } from 'node:fs/promises';
import type { Decision } from 'comment-moderation';
import type { RunSummary, Tally } from './summary.js';

const PER_ACTION = 6;

/** A comment kept as an example, with its decision. */
export interface ReportExample {
  body: string;
  decision: Decision;
}

/**
 * Keeps the first few example comments of each action (bounded memory whatever the dump size).
 * Workers keep the first few of each batch; merging them batch by batch in input order keeps the same
 * examples as one thread would.
 */
export class ReportExamples {
  readonly byAction = new Map<string, ReportExample[]>();
  /** Keeps the example when its action still needs some. */
  consider(example: ReportExample): void {
    const list = this.byAction.get(example.decision.action) ?? [];
    if (list.length >= PER_ACTION) return;
    list.push(example);
    this.byAction.set(example.decision.action, list);
  }
  /** The kept examples, action by action, in the order they came. */
  list(): ReportExample[] {
    return [...this.byAction.values()].flat();
  }
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The body with every evidence span wrapped in `<mark>`, everything escaped.
 *
 * @example
 * highlight('you <b>idiot</b>', [{ start: 4, end: 16 }]); // 'you <mark>&lt;b&gt;idiot&lt;/b&gt;</mark>'
 */
export function highlight(body: string, spans: readonly { start: number; end: number }[]): string {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let html = '';
  let cursor = 0;
  for (const span of merged) {
    html += `${escapeHtml(body.slice(cursor, span.start))}<mark>${escapeHtml(body.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  return html + escapeHtml(body.slice(cursor));
}

function barChart(title: string, tally: Tally, limit: number): string {
  const rows = tally.top(limit);
  if (rows.length === 0) return `<h2>${escapeHtml(title)}</h2><p>None.</p>`;
  const max = Math.max(...rows.map(([, count]) => count));
  const height = rows.length * 24 + 8;
  const bars = rows.map(([key, count], index) => {
    const width = Math.max(2, Math.round((count / max) * 380));
    const y = index * 24 + 4;
    return `<text x="0" y="${y + 15}">${escapeHtml(key)}</text><rect x="230" y="${y}" width="${width}" height="18" rx="3"></rect><text x="${236 + width}" y="${y + 15}">${count}</text>`;
  });
  return `<h2>${escapeHtml(title)}</h2><svg role="img" aria-label="${escapeHtml(title)}" width="700" height="${height}" viewBox="0 0 700 ${height}">${bars.join('')}</svg>`;
}

function examplesSection(examples: ReportExamples): string {
  const order = ['spam', 'reject', 'hold', 'flag', 'approve'];
  const parts: string[] = ['<h2>Example comments</h2>'];
  for (const action of order) {
    const list = examples.byAction.get(action);
    if (list === undefined) continue;
    parts.push(`<h3>${escapeHtml(action)}</h3>`);
    for (const { body, decision } of list) {
      const spans = decision.reasons.flatMap((reason) => reason.evidence ?? []);
      const reasons = decision.reasons.map((reason) => `<li><code>${escapeHtml(reason.code)}</code> ${escapeHtml(reason.action)}: ${escapeHtml(reason.message)}</li>`).join('');
      parts.push(`<article><p class="meta">${escapeHtml(String(decision.commentId ?? ''))} · ${escapeHtml(decision.labels.join(', ') || 'no labels')}</p><blockquote>${highlight(body.slice(0, 2000), spans.filter((span) => span.end <= 2000))}</blockquote><ul>${reasons}</ul></article>`);
    }
  }
  return parts.join('\n');
}

/**
 * Renders the report page.
 *
 * @example
 * const html = renderReport('dump.jsonl', summary, examples);
 */
export function renderReport(dump: string, summary: RunSummary, examples: ReportExamples): string {
  const counts = `<p id="counts">${summary.moderated} comments moderated, ${summary.unreadable} unreadable records, in ${summary.seconds.toFixed(2)} s.</p>`;
  const actionTable = `<table><tr><th>action</th><th>comments</th></tr>${summary.actions.top(5).map(([action, count]) => `<tr><td>${escapeHtml(action)}</td><td class="count">${count}</td></tr>`).join('')}</table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Moderation report: ${escapeHtml(dump)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
svg text{font:13px system-ui,sans-serif;fill:#1b1b1b} svg rect{fill:#3b6ea5}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left} .count{text-align:right}
article{border-top:1px solid #ddd;padding:.5rem 0} blockquote{white-space:pre-wrap;margin:.3rem 0;padding:.4rem .8rem;background:#f6f6f6}
mark{background:#ffd54f} .meta{color:#555;margin:0}
</style></head><body>
<h1>Moderation report</h1>
<p>Dump: <code>${escapeHtml(dump)}</code></p>
${counts}
${actionTable}
${barChart('Actions', summary.actions, 5)}
${barChart('Labels', summary.labels, 15)}
${barChart('Top rules and classifiers', summary.sources, 12)}
${barChart('Top matched terms', summary.terms, 15)}
${examplesSection(examples)}
</body></html>
`;
}

/** Writes the report file. */
export async function writeReport(path: string, dump: string, summary: RunSummary, examples: ReportExamples): Promise<void> {
  await writeFile(path, renderReport(dump, summary, examples));
}
