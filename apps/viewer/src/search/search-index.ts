/**
 * Autocomplete over labels and aliases: a linear scan over pre-lowercased strings (20k nodes: < 5 ms).
 * Paper titles are indexed the same way, in an index of their own.
 */
export interface SearchEntry {
  key: string;
  label: string;
  aliases: string[];
  count: number;
  type: string;
  /** A generic entity (fieldmap.generic): searchable, but not a node of the map. */
  generic?: boolean;
  /** A paper (label = its title, key = its id), not an entity. */
  paper?: boolean;
  /** Shown after the type in the result, e.g. a paper's date. */
  detail?: string;
}

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  count: number;
  /** The alias that matched, when the label itself did not. */
  alias: string | null;
  /** Lower is better: exact < prefix < word prefix < substring. */
  rank: number;
  generic: boolean;
  paper: boolean;
  detail?: string;
}

interface IndexedEntry {
  entry: SearchEntry;
  names: string[];
}

export interface SearchIndex {
  entries: IndexedEntry[];
}

export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  return {
    entries: [...entries].map((entry) => ({ entry, names: [entry.label, ...entry.aliases].map(fold) })),
  };
}

export function searchEntities(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = fold(query.trim());
  if (q === "") return [];
  const hits: SearchHit[] = [];
  for (const { entry, names } of index.entries) {
    let best = Infinity;
    let bestName = 0;
    names.forEach((name, i) => {
      const rank = matchRank(name, q) + (i === 0 ? 0 : 0.5);
      if (rank < best) {
        best = rank;
        bestName = i;
      }
    });
    if (best === Infinity) continue;
    const alias = bestName === 0 ? null : entry.aliases[bestName - 1] ?? null;
    const hit: SearchHit = { key: entry.key, label: entry.label, type: entry.type, count: entry.count, alias, rank: best, generic: entry.generic === true, paper: entry.paper === true };
    if (entry.detail) hit.detail = entry.detail;
    hits.push(hit);
  }
  hits.sort((a, b) => a.rank - b.rank || b.count - a.count || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}

function matchRank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const at = name.indexOf(q);
  if (at < 0) return Infinity;
  return /[\s\-_/(.]/.test(name[at - 1] ?? "") ? 2 : 3;
}

/** Case- and accent-insensitive form used for matching. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
