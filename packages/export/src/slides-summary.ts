/**
 * The summary beside a community slide, as HTML: size, years, sub-clusters, top entities by
 * type, and the most representative papers with the sentence that names one of the cluster's
 * entities. Paper text is data: every string goes through escapeHtml, nothing is inlined raw.
 */
import type { ClusterSummary } from "@fieldmap/graph";
import { TYPE_NAMES, type SummaryEntityType } from "./svg-panels";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

type EntityType = SummaryEntityType;
const TYPE_HEADINGS = TYPE_NAMES;


function yearsText(summary: ClusterSummary): string {
  const { first, last } = summary.years;
  if (first === null) return "";
  return first === last ? ` · ${first}` : ` · ${first}–${last}`;
}

function entitiesHtml(summary: ClusterSummary): string {
  const rows = (Object.keys(TYPE_HEADINGS) as EntityType[]).flatMap((type) => {
    const entities = summary.topByType[type];
    if (!entities || entities.length === 0) return [];
    const names = entities.map((e) => `<span class="name">${escapeHtml(e.label)}</span>`).join(", ");
    return [`<dt>${TYPE_HEADINGS[type]}</dt><dd>${names}</dd>`];
  });
  return rows.length > 0 ? `<dl class="entities">${rows.join("")}</dl>` : "";
}

function subclustersHtml(summary: ClusterSummary): string {
  if (summary.subclusters.length < 2) return "";
  const items = summary.subclusters.slice(0, 5).map((s) => `<li>${escapeHtml(s.label)} <span class="meta">(${s.size})</span></li>`);
  return `<h4>Sub-clusters</h4><ul class="subclusters">${items.join("")}</ul>`;
}

function papersHtml(summary: ClusterSummary): string {
  const papers = summary.papers;
  if (papers.length === 0) return "";
  const items = papers.map((paper) => {
    const year = paper.year !== undefined ? ` <span class="meta">${paper.year}</span>` : "";
    const evidence = paper.evidence ? `<blockquote class="evidence">${escapeHtml(paper.evidence.sentence)}</blockquote>` : "";
    return `<li><span class="paper">${escapeHtml(paper.title)}</span>${year}${evidence}</li>`;
  });
  return `<h4>Representative papers</h4><ol class="papers">${items.join("")}</ol>`;
}

/** The <aside> of a community slide (everything the summary holds: trim it with summariseCluster's options). */
export function summaryAside(summary: ClusterSummary): string {
  const head = `<p class="meta">${summary.size} entities${escapeHtml(yearsText(summary))}</p>`;
  return `\n      <aside class="summary">${head}${subclustersHtml(summary)}${entitiesHtml(summary)}${papersHtml(summary)}</aside>`;
}
