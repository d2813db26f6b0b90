/** DOI and arXiv id normalisation: the keys dedupe compares. */

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/;

/** "https://doi.org/10.1000/ABC" -> "10.1000/abc" (DOIs are case-insensitive); undefined when not a DOI. */
export function normaliseDoi(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const doi = raw.trim().replace(DOI_PREFIX, "").toLowerCase();
  return DOI_SHAPE.test(doi) ? doi : undefined;
}

const ARXIV_PREFIX = /^(?:arxiv:|https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/)/i;
const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/i;
const OLD_STYLE = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** "arXiv:2401.01234v2" or "https://arxiv.org/abs/2401.01234v1" -> "2401.01234": versions fold together. */
export function normaliseArxivId(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const id = raw.trim().replace(ARXIV_PREFIX, "");
  const match = NEW_STYLE.exec(id) ?? OLD_STYLE.exec(id);
  return match?.[1];
}

/** arXiv's own DOI (10.48550/arXiv.2401.01234) names the preprint: turn it into an arXiv id. */
export function arxivIdFromDoi(doi: string | undefined): string | undefined {
  const match = doi ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
  return match ? normaliseArxivId(match[1]) : undefined;
}
