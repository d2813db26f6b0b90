import type { ClusterInfo, CommunityInfo } from "@fieldmap/graph";
import type { ClusterFocus } from "../state/state";

/**
 * Which cluster names the canvas shows: the top-level communities at first sight; zoomed in,
 * or inside a focused community, its sub-clusters (the placer then keeps those on screen and
 * free). Pure: positions stay in graph coordinates.
 */
export interface ClusterNameCandidate {
  level: ClusterFocus["level"];
  id: number;
  /** The top-level community (itself for a community). */
  parent: number;
  lines: string[];
  color: string;
  size: number;
  x: number;
  y: number;
  /** The cluster's top entities by count: where its name may go when its centre is crowded. */
  top: string[];
}

export interface ClusterNameOptions {
  /** Below this camera ratio (zoomed in), sub-cluster names replace community names. */
  subLevelBelowRatio: number;
  /** Characters per line before the next term of a name goes to a new line. */
  maxLineChars: number;
  maxLines: number;
}

export const DEFAULT_CLUSTER_NAME_OPTIONS: ClusterNameOptions = { subLevelBelowRatio: 0.45, maxLineChars: 26, maxLines: 2 };

export interface ClusterNameView {
  ratio: number;
  focus: ClusterFocus | null;
  /** Communities and sub-clusters with at least one visible member (filters applied). */
  visibleCommunities: Set<number>;
  visibleSubcommunities: Set<number>;
}

/** Candidates in placement order: the focused cluster's names first, then the biggest clusters. */
export function selectClusterNames(
  communities: CommunityInfo[],
  view: ClusterNameView,
  options: ClusterNameOptions = DEFAULT_CLUSTER_NAME_OPTIONS,
): ClusterNameCandidate[] {
  const zoomedIn = view.ratio < options.subLevelBelowRatio;
  const focused: ClusterNameCandidate[] = [];
  const others: ClusterNameCandidate[] = [];
  for (const community of communities) {
    if (!view.visibleCommunities.has(community.id)) continue;
    const focusHere = holdsFocus(community, view.focus);
    const target = focusHere ? focused : others;
    const subs = community.subcommunities.filter((s) => view.visibleSubcommunities.has(s.id));
    if ((zoomedIn || focusHere) && subs.length > 0) {
      // A focused sub-cluster goes before its siblings.
      const ordered = [...subs].sort((a, b) => Number(isFocus(view.focus, "subcommunity", b.id)) - Number(isFocus(view.focus, "subcommunity", a.id)));
      for (const sub of ordered) target.push(candidate("subcommunity", sub, community.id, community.color, options));
    } else {
      target.push(candidate("community", community, community.id, community.color, options));
    }
  }
  const bySize = (a: ClusterNameCandidate, b: ClusterNameCandidate) => b.size - a.size || a.id - b.id;
  return [...focused, ...others.sort(bySize)];
}

function holdsFocus(community: CommunityInfo, focus: ClusterFocus | null): boolean {
  if (!focus) return false;
  if (focus.level === "community") return focus.id === community.id;
  return community.subcommunities.some((s) => s.id === focus.id);
}

const isFocus = (focus: ClusterFocus | null, level: ClusterFocus["level"], id: number) => focus?.level === level && focus.id === id;

function candidate(level: ClusterFocus["level"], cluster: ClusterInfo, parent: number, color: string, options: ClusterNameOptions): ClusterNameCandidate {
  const { id, label, size, x, y, top } = cluster;
  return { level, id, parent, lines: splitClusterName(label, options.maxLineChars, options.maxLines), color, size, x, y, top };
}

/**
 * Breaks a name like "3D Gaussian Splatting · novel view synthesis · 3D reconstruction" at its
 * term separators into at most `maxLines` lines; the terms come most characteristic first, so
 * the ones that do not fit are dropped from the end. A single long term is cut with an ellipsis.
 */
export function splitClusterName(label: string, maxLineChars: number, maxLines: number): string[] {
  const terms = label.split(/\s+[·/|]\s+/).map((t) => t.trim()).filter(Boolean);
  const lines: string[] = [];
  for (const term of terms.length > 0 ? terms : [label.trim()]) {
    const cut = term.length > maxLineChars * 1.5 ? `${term.slice(0, Math.round(maxLineChars * 1.5) - 1)}…` : term;
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 3 + cut.length <= maxLineChars) lines[lines.length - 1] = `${last} · ${cut}`;
    else if (lines.length < maxLines) lines.push(cut);
    else break;
  }
  return lines;
}
